// Rows of a flattened table whose cells can be counted: each row on one line, its cells split by
// tabs or opened and closed by `|` (`| 1 | 某项任务 | 市甲局 |  |`). There a cell's column is its position,
// not a guess from what it holds: an empty 配合单位 cell stays empty, instead of the lead cell
// being read as the co-operating one with the lead carried down from the row above.
import type { AlignedCell, AlignedRow } from './flat-align.js';
import type { HeaderKind } from './header-kind.js';
import { markdownCells } from './delimited.js';
import { isEmptyCellMark } from './unit-phrase-checks.js';
import { numberedLine, sectionAcross } from './numbering.js';
import { EMPTY_IS_NONE, fits, mergedColumns, paddedToWidth } from './merged-cells.js';

/** Splits a line into its cells, or undefined when the line is not a row of that kind; a cell filled to say it has nothing (—, /, 无) is empty. */
function cellsOf(raw: string, mode: 'pipe' | 'tab'): string[] | undefined {
  return splitCells(raw, mode)?.map((c) => (isEmptyCellMark(c) ? '' : c));
}

function splitCells(raw: string, mode: 'pipe' | 'tab'): string[] | undefined {
  if (mode === 'tab') {
    if (!raw.includes('\t')) return undefined;
    // Spaces around the row are not cells; tabs at its ends are empty cells.
    return raw.replace(/^[^\S\t]+|[^\S\t]+$/gu, '').split('\t').map((c) => c.trim());
  }
  // Only rows opened and closed by |: pages that copy a table as `a | b |` leave merged cells
  // out and pad the row at its end, so there a cell's position says nothing.
  const t = raw.trim();
  return t.length >= 3 && t.startsWith('|') && t.endsWith('|') ? markdownCells(t) : undefined;
}

/**
 * The body rows by position, when the header is one line of `headerCells` and (nearly) every
 * line below it is a row with as many cells or a heading (one cell); undefined otherwise.
 * `kinds` and `headers` are the aligned columns (with the columns the reader adds, whose header
 * is empty); a header cell's column is the next column with a header.
 */
export function positionalRows(
  raw: readonly string[],
  headerLine: number,
  headerCells: readonly string[],
  kinds: readonly HeaderKind[],
  headers: readonly string[],
): AlignedRow[] | undefined {
  const headerText = raw[headerLine - 1] ?? '';
  const mode = headerText.includes('\t') ? 'tab' : headerText.includes('|') ? 'pipe' : undefined;
  if (mode === undefined) return undefined;
  const all = cellsOf(headerText, mode);
  const head = all?.filter((c) => c !== '');
  if (all === undefined || head === undefined || head.length !== headerCells.length || head.length < 3) return undefined;
  const width = all.length;
  const columnOf: number[] = [];
  headers.forEach((h, i) => {
    if (h !== '') columnOf.push(i);
  });
  if (columnOf.length !== headerCells.length || width !== headerCells.length) return undefined;
  // Beside a 牵头单位 column, a 责任单位 column holds the co-operating units: empty is none.
  const hasLead = kinds.includes('lead');
  const rows: AlignedRow[] = [];
  let misfits = 0;
  let lines = 0;
  // A table whose full rows keep their empty last cells (a trailing tab) keeps empty cells: there a
  // row one cell short left a merged cell out; elsewhere its trailing empty cells were trimmed.
  const keepsEmpties = mode === 'tab' && raw.slice(headerLine).some((l) => {
    const c = cellsOf(l, 'tab');
    return c !== undefined && c.length === width && c[width - 1] === '';
  });
  // (A section's number across cells only where the rows' own numbers are Arabic: rows counted 一, 二, 三 are rows.)
  const arabic = raw.slice(headerLine).some((l) => /^\d{1,4}$/u.test(cellsOf(l, mode)?.find((c) => c.trim() !== '')?.trim() ?? ''));
  for (let i = headerLine; i < raw.length; i += 1) {
    const text = (raw[i] as string).trim();
    if (text === '') continue;
    lines += 1;
    const line = i + 1;
    const cells = cellsOf(raw[i] as string, mode);
    const filled = cells?.filter((c) => c !== '') ?? [text];
    // A row one or more cells short in a tab table, or a `|` row padded at its end whose cells do
    // not fit their columns as they stand: its merged cells were left out.
    const headerKinds = columnOf.map((at) => kinds[at] as HeaderKind);
    let shown = cells;
    let merged: number[] | undefined;
    const padded = mode === 'tab' && cells !== undefined && !keepsEmpties ? paddedToWidth(cells, headerKinds) : undefined;
    if (padded !== undefined) shown = padded;
    else if (mode === 'tab' && cells !== undefined && cells.length < width && filled.length >= 2) merged = mergedColumns(cells, headerKinds);
    else if (mode === 'pipe' && cells !== undefined && cells.length === width && cells[width - 1] === '' && filled.length >= 2 && !fits(cells, headerKinds)) {
      // As few padding cells as make the row fit: the others are its own empty cells.
      for (let k = 1; merged === undefined && k <= width && cells[width - k] === ''; k += 1) {
        shown = cells.slice(0, width - k);
        merged = mergedColumns(shown, headerKinds);
      }
    }
    if (merged === undefined && padded === undefined) shown = cells;
    const positions = merged === undefined ? undefined : columnOf.flatMap((_, h) => (merged.includes(h) ? [] : [h]));
    // (A section's number in the 序号 column and its heading beside it: a heading row, 一、经济发展.)
    const section = arabic && cells !== undefined && filled.length === 2 ? sectionAcross(cells) : undefined;
    if (section !== undefined) rows.push({ kind: 'heading', text: section, line });
    else if (shown !== undefined && (shown.length === width || positions !== undefined) && filled.length >= 2) {
      const row: (AlignedCell | undefined)[] = new Array<AlignedCell | undefined>(kinds.length).fill(undefined);
      shown.forEach((c, k) => {
        const h = positions === undefined ? k : (positions[k] as number);
        const at = columnOf[h] as number;
        if (c !== '') row[at] = { text: c, line };
        else if (EMPTY_IS_NONE.has(kinds[at] as HeaderKind) || (kinds[at] === 'units' && hasLead)) row[at] = { text: '', line };
      });
      rows.push({ kind: 'row', cells: row, line });
    } else if (filled.length === 1 && ((filled[0] as string).length <= 40 || numberedLine(filled[0] as string) !== undefined)) {
      rows.push({ kind: 'heading', text: filled[0] as string, line });
    } else misfits += 1;
  }
  const counted = rows.filter((r) => r.kind === 'row').length;
  // A line that is neither (text after the table, a row split differently): the cells are read by what they hold instead.
  return counted >= 2 && misfits === 0 && lines > 0 ? rows : undefined;
}
