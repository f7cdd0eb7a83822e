// Reader for a table flattened to one cell per line (a Word or web table copied as plain text):
// the header cells on consecutive lines, then each row's cells, with heading rows between them.
import type { ResponsibilityTable } from '../types.js';
import { columnRole, looksLikeHeader } from './columns.js';
import { DiagnosticSink } from './errors.js';
import { numberedLine, parentNumber, parseTaskNumber } from './numbering.js';
import { interpretRows, type Item } from './rows.js';
import { splitLines } from './text.js';
import type { ParseOptions } from './word-table.js';

function isExtraHeader(text: string): boolean {
  return text.length <= 8 && !/[0-9０-９]/u.test(text) && numberedLine(text) === undefined && parseTaskNumber(text) === undefined;
}

/** Finds a run of ≥ 3 non-empty lines that are all header names, e.g. 序号 / 重点工作 / 牵头责任单位 / 协同责任单位. */
export function findLineHeader(lines: readonly { text: string; line: number }[]): [number, number] | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    let j = i;
    while (j < lines.length && j - i < 12 && columnRole((lines[j] as { text: string }).text) !== undefined) j += 1;
    if (j - i >= 3 && looksLikeHeader(lines.slice(i, j).map((l) => l.text))) {
      // Further short header cells the parser does not know (任务来源, 完成时限) belong to the header too.
      while (j < lines.length && isExtraHeader((lines[j] as { text: string }).text)) j += 1;
      let k = i;
      while (k > 0 && isExtraHeader((lines[k - 1] as { text: string }).text) && columnRole((lines[k - 1] as { text: string }).text) === undefined) k -= 1;
      return [k, j];
    }
  }
  return undefined;
}

/**
 * Parses a table flattened to lines: blank lines are ignored; the header is a run of header names
 * (序号, 重点工作, 牵头责任单位 …), one per line; then every row is as many lines as the header has
 * cells, starting with its task number. A line such as 一、… between rows is a category heading.
 * The rows are then read like any table.
 */
export function parseLineCells(text: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  const lines = splitLines(text)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  const header = findLineHeader(lines);
  if (header === undefined) {
    sink.error('missing-header', lines[0]?.line ?? 1, 'no header found: expected column names (序号 / 重点任务 / 责任单位 …) one per line');
    sink.throwIfErrors();
  }
  const [from, to] = header as [number, number];
  const items: Item[] = lines.slice(0, from).map((l) => ({ kind: 'text', line: l.line, text: l.text }));
  let columns = lines.slice(from, to);
  // Columns whose cells are merged down the whole group (目标, 任务 before a 主要内容 column) appear
  // only once per group, as heading lines: they are categories, not cells of each row.
  const titles = columns.filter((c) => columnRole(c.text) === 'title');
  const lastTitle = titles[titles.length - 1];
  if (titles.length > 1 && lastTitle !== undefined) columns = columns.slice(columns.indexOf(lastTitle));
  else {
    const firstKnown = columns.findIndex((c) => columnRole(c.text) !== undefined);
    columns = columns.slice(Math.max(firstKnown, 0));
  }
  const width = columns.length;
  const hasCategory = columns.some((c) => columnRole(c.text) === 'category');
  items.push({ kind: 'row', line: columns[0]?.line ?? 1, cells: [...(hasCategory ? [] : [{ text: '类别', line: columns[0]?.line ?? 1 }]), ...columns] });
  let category = '';
  let i = to;
  while (i < lines.length) {
    const l = lines[i] as { text: string; line: number };
    const n = numberedLine(l.text);
    if (!hasCategory && n !== undefined && (n.style === 'chinese' || n.style === 'chinese-paren') && parseTaskNumber(l.text) === undefined) {
      category = n.rest.endsWith('。') ? n.rest.slice(0, -1) : n.rest;
      i += 1;
      continue;
    }
    // A parent row of its number and title alone (its empty cells dropped with the blank lines) over rows
    // numbered below it: 1 / 经济发展 / 1.1 / 完成… — the rows' category.
    if (!hasCategory && parentNumber(l.text, lines[i + 2]?.text ?? '') !== undefined) {
      category = (lines[i + 1] as { text: string }).text.replace(/。$/u, '');
      i += 2;
      continue;
    }
    const cells = lines.slice(i, i + width);
    items.push({ kind: 'row', line: l.line, cells: [...(hasCategory ? [] : [{ text: category, line: l.line }]), ...cells] });
    category = '';
    i += width;
  }
  const table = interpretRows(items, { ...options, layout: 'line-cells', addedCategory: !hasCategory }, sink);
  sink.throwIfErrors();
  if (table !== undefined && !hasCategory) table.columns = table.columns.slice(1);
  return table as ResponsibilityTable;
}
