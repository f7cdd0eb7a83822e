// Readers for tables as delimited text (CSV, TSV: via papaparse) and Markdown pipe tables.
import Papa from 'papaparse';
import type { ResponsibilityTable } from '../types.js';
import { DiagnosticSink } from './errors.js';
import { columnRole, looksLikeHeader } from './columns.js';
import { interpretRows, type Item } from './rows.js';
import { lastAtOrBefore, splitLines } from './text.js';
import { sectionAcross } from './numbering.js';
import { statesFirstListedRule } from './labels.js';
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
    delimiter: options.delimiter ?? guessDelimiter(source),
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
  const sectioned = sink.hasErrors ? undefined : withSectionCategories(items);
  const rowOptions = { ...options, layout: 'delimited' as const, firstListedLeads: options.firstListedLeads ?? leadConvention(items), ...(sectioned === undefined ? {} : { addedCategory: true }) };
  const table = sink.hasErrors ? undefined : interpretRows(sectioned ?? items, rowOptions, sink);
  if (table !== undefined && sectioned !== undefined) table.columns = table.columns.slice(1);
  sink.throwIfErrors();
  return table as ResponsibilityTable;
}

/**
 * The delimiter of the table's header: the first of tab, comma, full-width comma and semicolon that
 * splits one of the first 200 lines with text into a header row; '' (the CSV reader's own guess) when none does.
 * (The CSV reader guesses from the first lines, blank ones too: a table after many blank lines, as a
 * part of a longer document is read, was split on commas.)
 */
function guessDelimiter(text: string): string {
  // (200 lines with text: a part of a longer text comes after its blanked lines.)
  const lines = splitLines(text).filter((l) => l.trim() !== '').slice(0, 200);
  for (const line of lines) {
    for (const sep of ['\t', ',', '，', ';']) {
      const cells = line.split(sep);
      if (cells.length >= 3 && looksLikeHeader(cells.map((c) => c.trim()))) return sep;
    }
  }
  return '';
}

/**
 * Whether the first listed unit of a lone 责任单位 cell leads. A file that opens with its header row (a
 * spreadsheet saved as CSV or TSV) keeps the bundled table's convention: yes. Rows under a title (附件,
 * the table's name) are a table copied out of a document, read as the document's text is: only where
 * it states the rule (列第一位者为牵头单位) above the table, in a row of one cell or under it.
 */
function leadConvention(items: readonly Item[]): boolean {
  const first = items[0];
  if (first !== undefined && first.kind === 'row' && looksLikeHeader(first.cells.map((c) => c.text))) return true;
  // (…in a header cell too: 责任单位（第一个为牵头单位）.)
  const said = (it: Item): string => (it.kind === 'text' ? it.text : onlyCell(it) ?? (looksLikeHeader(it.cells.map((c) => c.text)) ? it.cells.map((c) => c.text).join(' ') : ''));
  return items.some((it) => statesFirstListedRule(said(it)));
}

/** The one cell a row fills, when it fills one. */
const onlyCell = (it: Item): string | undefined => {
  if (it.kind !== 'row') return undefined;
  const filled = it.cells.filter((c) => c.text !== '');
  return filled.length === 1 ? (filled[0] as { text: string }).text : undefined;
};

/**
 * Section rows of one cell (一、某方面, （二）某方面) in a table with no 类别 column are the categories of
 * the rows below, as in a spreadsheet: the rows with a 类别 column added (each section row giving
 * its cell, without its numbering, to the rows below it). Other rows of one cell (a continuation, a
 * note under the table) are left as they were, for the table reader to warn of. Undefined when
 * the table has a 类别 column or no section row before its last row.
 */
function withSectionCategories(items: readonly Item[]): Item[] | undefined {
  const at = items.findIndex((it) => it.kind === 'row' && looksLikeHeader(it.cells.map((c) => c.text)));
  const header = items[at];
  if (header === undefined || header.kind !== 'row' || header.cells.some((c) => columnRole(c.text) === 'category')) return undefined;
  const lastRow = items.reduce((last, it, i) => (it.kind === 'row' && onlyCell(it) === undefined ? i : last), -1);
  // (A section's number across cells only where the rows' own numbers are Arabic: 一 | 某任务 | | is a row when rows count 一, 二, 三.)
  const arabic = items.some((it) => it.kind === 'row' && /^\d{1,4}$/u.test(it.cells[0]?.text ?? ''));
  const isSection = (it: Item, i: number): boolean => i > at && i < lastRow && sectionText(it, arabic) !== undefined;
  if (!items.some(isSection)) return undefined;
  let category = '';
  const out: Item[] = [];
  items.forEach((it, i) => {
    if (i < at || it.kind !== 'row') out.push(it);
    else if (i === at) out.push({ ...it, cells: [{ text: '类别', line: it.line }, ...it.cells] });
    else if (isSection(it, i)) category = sectionText(it, arabic) as string;
    else if (onlyCell(it) !== undefined && i > lastRow) out.push(it);
    else out.push({ ...it, cells: [{ text: category, line: it.line }, ...it.cells] });
  });
  return out;
}

/**
 * A section row's heading, without its numbering: one cell 一、某方面 (（一）某方面, 第一部分 某方面),
 * or the numeral alone in the first cell and the heading in the next, every other cell empty
 * (`一 | 经济发展 | | `: the 序号 column holding the section's number).
 */
function sectionText(it: Item, across: boolean): string | undefined {
  const only = onlyCell(it);
  if (only !== undefined) return SECTION.test(only) ? only.replace(SECTION, '').trim() : undefined;
  if (it.kind !== 'row' || !across) return undefined;
  return sectionAcross(it.cells.map((c) => c.text))?.replace(SECTION, '').trim();
}

/** A section row's text: 一、某方面, （一）某方面, 第一部分 某方面. */
const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节))\s*/u;

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
  // Section rows (| 一、经济发展 | | |, or | 一 | 经济发展 | | |) are categories, as in CSV.
  const sectioned = withSectionCategories(items);
  const table = interpretRows(sectioned ?? items, { ...options, layout: 'markdown', ...(sectioned === undefined ? {} : { addedCategory: true }) }, sink);
  if (table !== undefined && sectioned !== undefined) table.columns = table.columns.slice(1);
  sink.throwIfErrors();
  return table as ResponsibilityTable;
}
