// A Word 97–2003 table's rows of cell text → the rows of a table block. Each row of a .doc table
// has its own cell edges (sprmTDefTable's rgdxaCenter) rather than a shared grid, so the grid is
// the union of all rows' edges: a cell spanning several grid columns is followed by '' for each
// extra column, and a cell merged with the one above ([MS-DOC] VerticalMergeFlag 1) repeats the
// text of the grid column above it, as blocks.ts asks.
import { fail } from './binary.js';
import type { RowLayout } from './doc-sprm.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';

/** A table row as read from the text: its cells' text and, from its row-end mark, its layout. */
export interface RawRow {
  cells: string[];
  layout: RowLayout | undefined;
}

/** Edges closer than this (in twips, 1/1440 inch: about half a millimetre) are the same grid line. */
const SNAP = 30;

/** The layout if it fits the row's cells (one more edge than cells, edges in order), else undefined. */
function usable(row: RawRow): RowLayout | undefined {
  const layout = row.layout;
  if (layout === undefined || layout.edges.length !== row.cells.length + 1) return undefined;
  for (let k = 1; k < layout.edges.length; k += 1) if ((layout.edges[k] as number) < (layout.edges[k - 1] as number)) return undefined;
  return layout;
}

/** The grid lines: every row's edges, sorted, those within {@link SNAP} of the previous line merged. */
function gridLines(rows: readonly RawRow[]): number[] {
  const all: number[] = [];
  for (const row of rows) all.push(...(usable(row)?.edges ?? []));
  all.sort((a, b) => a - b);
  const lines: number[] = [];
  for (const edge of all) if (lines.length === 0 || edge - (lines[lines.length - 1] as number) > SNAP) lines.push(edge);
  if (lines.length - 1 > MAX_COLUMNS) fail(`a table has ${lines.length - 1} grid columns, more than the ${MAX_COLUMNS} a row may have`, 'too-large');
  return lines;
}

/** Index of the grid line an edge falls on: the last line at most {@link SNAP} to its right. */
function lineOf(lines: readonly number[], edge: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as number) <= edge + SNAP) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The rows of a table block. Rows whose layout does not match their cells keep one entry per
 * cell. `budget.cells` counts down the cells all tables of the document may still have.
 */
export function tableRows(rows: readonly RawRow[], budget: { cells: number }): string[][] {
  const lines = gridLines(rows);
  const out: string[][] = [];
  let above: string[] = [];
  for (const row of rows) {
    const layout = usable(row);
    const cells: string[] = [];
    if (layout === undefined) {
      cells.push(...row.cells);
    } else {
      for (const [k, text] of row.cells.entries()) {
        const first = lineOf(lines, layout.edges[k] as number);
        const last = lineOf(lines, layout.edges[k + 1] as number);
        while (cells.length < first) cells.push('');
        const column = cells.length;
        cells.push(layout.vertMerge[k] === 1 ? (above[column] ?? '') : text);
        for (let c = column + 1; c < last; c += 1) cells.push('');
      }
    }
    if (cells.length > MAX_COLUMNS) fail(`a table row has ${cells.length} cells, more than the ${MAX_COLUMNS} a row may have`, 'too-large');
    budget.cells -= cells.length;
    if (budget.cells < 0) fail(`the document's tables have more than ${MAX_CELLS} cells`, 'too-large');
    out.push(cells);
    above = cells;
  }
  return out;
}
