// Shared by the spreadsheet and Word readers: a grid of cells (rows of strings) → items for the
// table interpreter, with full-width heading rows (一、交通建设) turned into categories.
import type { Layout, ResponsibilityTable } from '../types.js';
import { columnRole, looksLikeHeader } from './columns.js';
import type { DiagnosticSink } from './errors.js';
import { parseTaskNumber, sectionAcross } from './numbering.js';
import { interpretRows, type Item } from './rows.js';
import type { ParseOptions } from './word-table.js';

export interface GridRow {
  cells: string[];
  /** Row number shown in messages (the spreadsheet row, or the row's position in the document). */
  line: number;
}

/**
 * Reads a grid as a table. Rows before the header are preamble; a row with a single non-empty
 * cell that is not a task number is a heading: its text becomes the category of the rows below
 * (through a 类别 column added when the table has none). Trailing empty cells are dropped.
 */
export function interpretGrid(grid: readonly GridRow[], layout: Layout, options: ParseOptions, sink: DiagnosticSink): ResponsibilityTable | undefined {
  const rows = grid
    .map((r) => {
      const cells = r.cells.map((c) => c.trim());
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return { cells, line: r.line };
    })
    .filter((r) => r.cells.length > 0);
  const at = rows.findIndex((r) => looksLikeHeader(r.cells));
  if (at < 0) {
    sink.error('missing-header', rows[0]?.line ?? 1, 'no header row found: expected a row naming the columns, such as 序号 / 类别 / 重点任务 / 责任单位');
    return undefined;
  }
  const header = rows[at] as GridRow;
  const width = header.cells.length;
  const hasCategory = header.cells.some((c) => columnRole(c) === 'category');
  const items: Item[] = rows.slice(0, at).map((r) => ({ kind: 'text', line: r.line, text: r.cells.filter((c) => c !== '').join(' ') }));
  const row = (cells: string[], line: number): Item => ({ kind: 'row', line, cells: cells.map((text) => ({ text, line })) });
  items.push(row(hasCategory ? header.cells : ['类别', ...header.cells], header.line));
  let category = '';
  // (A section's number in the 序号 column and its heading beside it, 一 | 经济发展 | |, where the rows' own numbers are Arabic.)
  const arabic = rows.slice(at + 1).some((r) => /^\d{1,4}$/u.test(r.cells[0] ?? ''));
  for (const r of rows.slice(at + 1)) {
    const filled = r.cells.filter((c) => c !== '');
    const across = !hasCategory && arabic && filled.length === 2 ? sectionAcross(r.cells) : undefined;
    if (across !== undefined) {
      category = across.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*/u, '');
      continue;
    }
    if (!hasCategory && filled.length === 1 && parseTaskNumber(filled[0] as string) === undefined) {
      // (Without its numbering, 一、 or （一）, as categories are everywhere.)
      category = (filled[0] as string).replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*/u, '');
      continue;
    }
    const cells = [...r.cells, ...Array<string>(Math.max(0, width - r.cells.length)).fill('')];
    items.push(row(hasCategory ? cells : [category, ...cells], r.line));
    category = '';
  }
  const table = interpretRows(items, { ...options, layout, addedCategory: !hasCategory }, sink);
  if (table !== undefined && !hasCategory) table.columns = table.columns.slice(1);
  return table;
}
