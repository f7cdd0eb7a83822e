// A second look at the rows of a flattened table, across rows: the aligner reads each row on its own,
// so a row that lost an empty cell (`3 某某任务 某某要求。 县人社局`, its 配合单位 empty) may be read
// one column to the left of the others — its task in the category column the header does not name,
// its requirement in the task's. Where most rows hold the task and the text column after it, and
// leave that category empty, a row read the other way is read as they are.
import type { AlignedRow } from './flat-align.js';
import type { HeaderKind } from './header-kind.js';

/**
 * Rows whose unnamed category and task cells are the task and the text column after it, as most
 * rows have them, moved one column to the right; `named` says which columns the header names.
 * The rows are changed in place; returns how many were moved.
 */
export function alignToMajority(rows: AlignedRow[], kinds: readonly HeaderKind[], named: readonly boolean[]): number {
  const title = kinds.indexOf('title');
  const category = kinds.indexOf('category');
  const after = title + 1;
  if (title < 0 || category < 0 || category !== title - 1 || named[category] === true || kinds[after] !== 'extra' || named[after] !== true) return 0;
  const body = rows.filter((r): r is Extract<AlignedRow, { kind: 'row' }> => r.kind === 'row' && r.cells[title] !== undefined);
  const majority = body.filter((r) => r.cells[category] === undefined && r.cells[after] !== undefined).length;
  const odd = body.filter((r) => r.cells[category] !== undefined && r.cells[after] === undefined);
  if (odd.length === 0 || majority <= odd.length || majority < 2) return 0;
  for (const r of odd) {
    r.cells[after] = r.cells[title];
    r.cells[title] = r.cells[category];
    r.cells[category] = undefined;
  }
  return odd.length;
}
