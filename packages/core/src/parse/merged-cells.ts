// Rows of a flattened table that show fewer cells than its header: pages that copy a table with
// vertically merged cells (rowspan) leave the merged cell out of every row but the first of its
// run. Which columns a short row leaves out is told from what its cells hold.
import { isAgencyName } from './agency-name.js';
import { isUnitPhrase } from './unit-phrase-checks.js';
import { isNamedPerson } from './flat-align.js';
import type { HeaderKind } from './header-kind.js';

/** Columns whose empty cell means “none” rather than “merged with the cell above”. */
export const EMPTY_IS_NONE: ReadonlySet<HeaderKind> = new Set(['co', 'deadline', 'extra']);

/** Columns a row may leave out where its cell is merged with the row above (rowspan). */
const MERGEABLE: ReadonlySet<HeaderKind> = new Set(['category', 'lead', 'official', 'units']);

/** Whether a cell's text reads as unit names (a list, or one name). */
const unitsLike = (t: string): boolean => isUnitPhrase(t, true) || isAgencyName(t);

/**
 * Whether cells fit the columns they stand in: units in unit columns and nowhere else, no person's
 * name (a surname and one or two characters: 王建国, not 非遗保护) in the task's or the category's, a short non-unit text for an official.
 */
export function fits(cells: readonly string[], kinds: readonly HeaderKind[]): boolean {
  return cells.every((c, i) => {
    const k = kinds[i] as HeaderKind;
    if (c === '') return k !== 'title';
    if (k === 'lead' || k === 'co' || k === 'units') return unitsLike(c);
    if (k === 'title' || k === 'category') return !unitsLike(c) && !isNamedPerson(c);
    if (k === 'official') return !unitsLike(c) && c.length <= 12;
    // A unit's name is never a deadline, a number or a remark.
    return !unitsLike(c);
  });
}

/**
 * The columns of a row that shows fewer cells than the header: the mergeable columns it leaves
 * out, chosen so that its cells fit what their columns hold, the leftmost first; or undefined when
 * no choice fits. A row whose trailing empty cells were only trimmed (its last columns hold
 * nothing) is not merged: see {@link paddedToWidth}.
 */
export function mergedColumns(cells: readonly string[], headerKinds: readonly HeaderKind[]): number[] | undefined {
  const missing = headerKinds.length - cells.length;
  const candidates = headerKinds.flatMap((k, h) => (MERGEABLE.has(k) ? [h] : []));
  if (missing <= 0 || missing > candidates.length || candidates.length > 8) return undefined;
  let best: number[] | undefined;
  const choose = (from: number, chosen: number[]): void => {
    if (best !== undefined) return;
    if (chosen.length === missing) {
      if (fits(cells, headerKinds.flatMap((k, h) => (chosen.includes(h) ? [] : [k])))) best = [...chosen];
      return;
    }
    for (let i = from; i < candidates.length; i += 1) choose(i + 1, [...chosen, candidates[i] as number]);
  };
  choose(0, []);
  return best;
}

/**
 * A short row with its trailing cells only trimmed (an editor or a CSV without the last commas):
 * the row padded with empty cells, when the columns it lacks at the end are ones an empty cell
 * leaves empty (配合单位, 完成时限, 备注) and the cells then fit; otherwise undefined.
 */
export function paddedToWidth(cells: readonly string[], headerKinds: readonly HeaderKind[]): string[] | undefined {
  if (cells.length >= headerKinds.length) return undefined;
  if (!headerKinds.slice(cells.length).every((k) => EMPTY_IS_NONE.has(k))) return undefined;
  const padded = [...cells, ...new Array<string>(headerKinds.length - cells.length).fill('')];
  return fits(padded, headerKinds) ? padded : undefined;
}
