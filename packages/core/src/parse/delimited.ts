// Readers for tables as delimited text (CSV, TSV: via papaparse) and Markdown pipe tables.
import Papa from 'papaparse';
import type { ResponsibilityTable } from '../types.js';
import { DiagnosticSink } from './errors.js';
import { columnRole, looksLikeHeader } from './columns.js';
import { interpretGrid } from './grid.js';
import { interpretRows, type Item } from './rows.js';
import { lastAtOrBefore, splitLines } from './text.js';
import type { ParseOptions } from './word-table.js';

/**
 * Parses CSV or TSV (delimiter detected by papaparse, or `delimiter`): a header row naming the
 * columns in Chinese or English (序号/id, 类别/category, 重点任务/task, 责任单位/units,
 * 牵头单位/lead, 配合单位/co), then one row per task; quoted fields may hold commas and newlines.
 * The rows are read like any table (see {@link parseWordTable}).
 */
export function parseDelimited(text: string, options: ParseOptions & { delimiter?: string } = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) if (source[i] === '\n') starts.push(i + 1);
  const items: Item[] = [];
  let offset = 0;
  Papa.parse<string[]>(source, {
    delimiter: options.delimiter ?? '',
    skipEmptyLines: false,
    step: (result) => {
      const row = result.data;
      // The row starts after the previous one's line break: that is its line.
      let start = offset;
      while (source[start] === '\n' || source[start] === '\r') start += 1;
      const line = lastAtOrBefore(starts, start) + 1;
      offset = result.meta.cursor;
      if (row.every((c) => c.trim() === '')) return;
      for (const e of result.errors) sink.error('missing-cells', line, `CSV: ${e.message}`);
      items.push({ kind: 'row', line, cells: row.map((c) => ({ text: c.trim(), line })) });
    },
  });
  // Section rows of one cell (一、某方面) in a table with no 类别 column are its categories, as in a
  // spreadsheet: read as a grid (interpretGrid), which turns them into categories.
  const rows = items.filter((it): it is Extract<Item, { kind: 'row' }> => it.kind === 'row');
  const headerAt = rows.findIndex((r) => looksLikeHeader(r.cells.map((c) => c.text)));
  const header = rows[headerAt];
  const sections = header !== undefined && header.cells.every((c) => columnRole(c.text) !== 'category') && rows.slice(headerAt + 1).some((r) => r.cells.filter((c) => c.text !== '').length === 1 && SECTION.test(r.cells.find((c) => c.text !== '')?.text ?? ''));
  let table: ResponsibilityTable | undefined;
  if (sink.hasErrors) table = undefined;
  else if (sections) table = interpretGrid(rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.text) })), 'delimited', options, sink);
  else table = interpretRows(items, { ...options, layout: 'delimited' }, sink);
  sink.throwIfErrors();
  return table as ResponsibilityTable;
}

/** A section row's text: 一、某方面, （一）某方面, 第一部分 某方面. */
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节])/u;

/** Splits a Markdown table line `| a | b \\| c |` into cells, honouring escaped pipes. */
export function markdownCells(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '\\' && text[i + 1] === '|') {
      cell += '|';
      i += 1;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** `|---|:--:|`: only pipes, dashes, colons and spaces, with at least three dashes. */
function isSeparatorRow(line: string): boolean {
  for (const ch of line) if (ch !== '|' && ch !== '-' && ch !== ':' && ch !== ' ') return false;
  return line.includes('---');
}

/** Parses a Markdown pipe table (text around it kept as preamble and notes). */
export function parseMarkdown(text: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  const items: Item[] = [];
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t === '') return;
    if (!t.startsWith('|')) {
      items.push({ kind: 'text', line, text: t });
      return;
    }
    if (isSeparatorRow(t)) return;
    items.push({ kind: 'row', line, cells: markdownCells(t).map((c) => ({ text: c, line })) });
  });
  const table = interpretRows(items, { ...options, layout: 'markdown' }, sink);
  sink.throwIfErrors();
  return table as ResponsibilityTable;
}
