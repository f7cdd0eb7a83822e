// Reader for tables flattened to text whose cells cannot be counted: one cell per line with `|`
// lines between cells (web tables copied as text), or rows whose cells are separated by spaces.
// Cells are read by what they hold (a number, unit names, a person, a deadline, text) and
// aligned to the header's columns in order; a cell that cannot follow the last one starts a
// new row, and columns a row skips (merged cells) carry the value from the row above.
import type { ResponsibilityTable, TaskRecord, UnitMention } from '../types.js';
import { isAgencyName } from './agency-name.js';
import { isUnitPhrase } from './clauses.js';
import { isDeadline } from './deadline.js';
import { DiagnosticSink } from './errors.js';
import { numberedLine, parseTaskNumber } from './numbering.js';
import { quote, splitLines } from './text.js';
import { parseUnitPhrase } from './unit-phrase.js';
import type { ParseOptions } from './word-table.js';

import { headerKind, type HeaderKind as Kind } from './header-kind.js';

type CellType = 'number' | 'units' | 'official' | 'deadline' | 'text' | 'empty';

interface Cell {
  text: string;
  line: number;
}

const isHeaderRow = (cells: readonly string[]): boolean => {
  const kinds = cells.map(headerKind);
  return kinds.filter((k) => k !== undefined).length >= 2 && kinds.includes('title') && (kinds.includes('units') || kinds.includes('lead'));
};

/** Person names (王 东, 钱宇, 张三、李四), as a 牵头领导 column holds them. */
const isPerson = (t: string): boolean => t.split(/[\n、，,]/u).every((p) => /^(\p{Script=Han}[\s\u3000]?){1,3}\p{Script=Han}$/u.test(p.trim()) && !isAgencyName(p.replace(/\s/gu, '')));

function typeOf(cell: Cell, hasOfficials: boolean): CellType {
  const raw = cell.text.trim();
  // A cell wrapped over lines is one text, unless it lists people one per line (王 嵘 / 方 勇).
  const t = hasOfficials && isPerson(raw) ? raw : raw.replace(/\n(?![\s\S]*[、，,])(?=\S)/gu, '');
  if (t === '') return 'empty';
  if (/^\d{1,4}$/u.test(t) || (t.length <= 5 && parseTaskNumber(t) !== undefined && numberedLine(t)?.rest === '')) return 'number';
  const bare = t.replace(/^[★☆※▲△●◆*＊]+/u, '').replace(/[★☆※▲△●◆]/gu, '');
  if (isUnitPhrase(bare, true) || isUnitPhrase(t, false)) return 'units';
  if (hasOfficials && isPerson(t)) return 'official';
  if (isDeadline(t)) return 'deadline';
  return 'text';
}

const ACCEPTS: Record<Kind, readonly CellType[]> = {
  number: ['number'],
  category: ['text'],
  title: ['text'],
  units: ['units'],
  lead: ['units'],
  co: ['units'],
  official: ['official'],
  deadline: ['deadline', 'text'],
  extra: ['text', 'number', 'deadline', 'official'],
};

/** The cells of a text flattened one per line, with `|` lines between cells (`||||` lines end rows). */
function pipeCells(lines: readonly Cell[]): (Cell | 'row-end')[] {
  const out: (Cell | 'row-end')[] = [];
  let current: Cell | undefined;
  let open = false;
  // Two conventions: `|` lines between cells (`||||` ends a row), or cells opening with `| ` and a lone `|` ending the row.
  const prefixed = lines.filter((l) => /^\|\s*\S/u.test(l.text) && !/^\|+$/u.test(l.text)).length >= 3;
  for (const l of lines) {
    const t = l.text.trim();
    if (/^\|{2,}$/u.test(t) || (prefixed && t === '|')) {
      if (current !== undefined) out.push(current);
      current = undefined;
      open = false;
      out.push('row-end');
      continue;
    }
    if (t === '|' || t.startsWith('| ') || t.startsWith('|')) {
      if (current !== undefined) out.push(current);
      else if (open) out.push({ text: '', line: l.line });
      current = undefined;
      open = true;
      const rest = t.replace(/^\|/u, '').trim();
      if (rest !== '') current = { text: rest, line: l.line };
      continue;
    }
    if (current === undefined) current = { text: t, line: l.line };
    else current = { text: `${current.text}\n${t}`, line: current.line };
  }
  if (current !== undefined) out.push(current);
  return out;
}

/**
 * Parses a flattened table: `|`-separated cells one per line, one cell per line, or rows of
 * space-separated cells (`mode`). Returns undefined when no header row is found.
 */
export function parseFlatTable(text: string, mode: 'pipe' | 'lines' | 'spaces', options: ParseOptions = {}): ResponsibilityTable | undefined {
  const sink = new DiagnosticSink(options.file);
  const lines = splitLines(text)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  // The header: a line of space-separated names, or a run of one-name cells.
  let columns: Kind[] = [];
  let headerCells: string[] = [];
  let body: (Cell | 'row-end')[] = [];
  const preamble: string[] = [];
  if (mode === 'spaces') {
    const at = lines.findIndex((l) => isHeaderRow(l.text.split(/[\s\u3000]+/u)));
    if (at < 0) return undefined;
    headerCells = (lines[at] as Cell).text.split(/[\s\u3000]+/u);
    preamble.push(...lines.slice(0, at).map((l) => l.text));
    for (const l of lines.slice(at + 1)) {
      for (const c of l.text.split(/[\s\u3000]+/u)) body.push({ text: c, line: l.line });
      body.push('row-end');
    }
  } else {
    const cells: (Cell | 'row-end')[] = mode === 'pipe' ? pipeCells(lines) : [...lines];
    let at = -1;
    let end = -1;
    for (let i = 0; i < cells.length && at < 0; i += 1) {
      let j = i;
      while (j < cells.length && cells[j] !== 'row-end' && j - i < 12) {
        const here = cells[j] as Cell;
        const next = cells[j + 1];
        // A header cell wrapped over two lines (市政府 / 分管领导) is one cell.
        if (headerKind(here.text) === undefined && next !== undefined && next !== 'row-end' && j > i && headerKind(here.text + next.text) !== undefined) {
          cells.splice(j, 2, { text: here.text + next.text, line: here.line });
        }
        if (headerKind((cells[j] as Cell).text) === undefined) break;
        j += 1;
      }
      if (j - i >= 3 && isHeaderRow(cells.slice(i, j).map((c) => (c as Cell).text))) {
        at = i;
        end = j;
      }
    }
    if (at < 0) return undefined;
    headerCells = cells.slice(at, end).map((c) => (c as Cell).text);
    preamble.push(...cells.slice(0, at).filter((c): c is Cell => c !== 'row-end').map((c) => c.text));
    body = cells.slice(end);
  }
  columns = headerCells.map((h) => headerKind(h) ?? 'extra');
  // A second title-like column (目标任务 beside 项目名称) is kept as an extra column.
  columns = columns.map((k, i) => (k === 'title' && columns.indexOf('title') !== i ? 'extra' : k));
  // Tables without a category column get one before the title: a text cell before the task text is its group.
  const titleAt = columns.indexOf('title');
  const virtual = !columns.includes('category');
  if (virtual) {
    columns.splice(titleAt, 0, 'category');
    headerCells.splice(titleAt, 0, '');
  }
  const hasOfficials = columns.includes('official');

  interface Row {
    cells: (Cell | undefined)[];
    line: number;
  }
  const rows: Row[] = [];
  let row: Row | undefined;
  let last = -1;
  let heading: string | null = null;
  let headingNext = false;
  const headings: (string | null)[] = [];
  const close = (): void => {
    if (row !== undefined && row.cells.some((c) => c !== undefined && c.text !== '')) {
      rows.push(row);
      headings.push(heading);
    }
    row = undefined;
    last = -1;
  };
  body.forEach((cell, i) => {
    if (cell === 'row-end') {
      if (mode === 'spaces') close();
      return;
    }
    if (headingNext) {
      headingNext = false;
      if (!/^\d/u.test(cell.text)) {
        close();
        heading = cell.text.replace(/[。：:]$/u, '');
        return;
      }
    }
    // A section marker alone in its cell ((一) / 一、), the section's name in the next cell.
    if (/^[(（]?[一二三四五六七八九十]+[)）、]?$/u.test(cell.text.trim())) {
      headingNext = true;
      return;
    }
    const nextCell = body.slice(i + 1).find((c) => c !== 'row-end');
    // A line of text right before such a marker names the section above it.
    if (nextCell !== undefined && typeof nextCell !== 'string' && /^[(（]?[一二三四五六七八九十]+[)）、]?$/u.test(nextCell.text.trim()) && (row === undefined || last >= columns.indexOf('title'))) {
      close();
      heading = cell.text.replace(/[。：:]$/u, '');
      return;
    }
    const type = typeOf(cell, hasOfficials);
    const n = numberedLine(cell.text);
    // A heading row spanning the table: 一、…, （一）… alone.
    if (type === 'text' && n !== undefined && (n.style === 'chinese' || n.style === 'chinese-paren') && last < 0) {
      heading = n.rest.replace(/[。：:]$/u, '');
      return;
    }
    if (type === 'empty') {
      if (row !== undefined) last += 1;
      return;
    }
    const accepts = (k: number): boolean => ACCEPTS[columns[k] as Kind].includes(type);
    /** The first column from `from` on that takes the cell; text goes to the category column only when more text follows it. */
    const columnFrom = (from: number): number => {
      let j = -1;
      for (let k = from; k < columns.length && j < 0; k += 1) if (accepts(k)) j = k;
      if (j >= 0 && columns[j] === 'category' && type === 'text') {
        const next = body.slice(i + 1).find((c) => c !== 'row-end' && c.text.trim() !== '');
        // …unless a column between the title and the units can take that text (当前进度, 具体要求).
        const t = columns.indexOf('title');
        const u = columns.findIndex((k, x) => x > t && (k === 'units' || k === 'lead' || k === 'co'));
        const textAfterTitle = columns.slice(t + 1, u < 0 ? undefined : u).some((k) => k === 'deadline' || k === 'extra');
        if (next === undefined || next === 'row-end' || typeOf(next, hasOfficials) !== 'text' || textAfterTitle) j = t;
      }
      return j;
    };
    let j = columnFrom(last + 1);
    if (j < 0 || row === undefined) {
      close();
      row = { cells: new Array<Cell | undefined>(columns.length).fill(undefined), line: cell.line };
      j = columnFrom(0);
      if (j < 0) return;
    }
    row.cells[j] = cell;
    last = j;
  });
  close();

  const tasks: TaskRecord[] = [];
  const categories: string[] = [];
  const carried: (Cell | undefined)[] = new Array<Cell | undefined>(columns.length).fill(undefined);
  const used = new Set<string>();
  rows.forEach((r, index) => {
    const at = (k: Kind): Cell | undefined => r.cells[columns.indexOf(k)];
    // Merged cells: a column the row skips takes the cell above it.
    columns.forEach((k, c) => {
      if (r.cells[c] === undefined && ['category', 'units', 'lead', 'co', 'official'].includes(k)) r.cells[c] = carried[c];
      else if (r.cells[c] !== undefined) carried[c] = r.cells[c];
    });
    const title = at('title');
    if (title === undefined) return;
    const own = numberedLine(title.text);
    const numberCell = at('number');
    // A row under a group (a text before the task text): its 序号 numbers the group, not the task.
    const grouped = virtual && r.cells[columns.indexOf('category')] !== undefined;
    let marker: string | null | undefined;
    let number: number;
    if (own !== undefined && own.style === 'arabic') {
      marker = own.marker;
      number = own.number;
    } else if (numberCell !== undefined && !grouped) {
      marker = undefined;
      number = parseTaskNumber(numberCell.text) ?? index + 1;
    } else if (!columns.includes('number')) {
      // A table without a 序号 column: its rows are numbered in order, as table rows.
      marker = undefined;
      number = tasks.length + 1;
    } else {
      marker = null;
      number = index + 1;
    }
    const found: { name: string; role: UnitMention['role']; line: number }[] = [];
    let leadSource: TaskRecord['leadSource'] = 'none';
    let dutyClause = false;
    const extra: Record<string, string> = {};
    const hasLeadColumn = columns.includes('lead');
    for (const k of ['lead', 'units', 'co'] as const) {
      const c = at(k);
      if (c === undefined || c.text === '') continue;
      const marked = /[★☆※▲△●◆]/u.test(c.text);
      const phrase = parseUnitPhrase(c.text.replace(/\n/gu, ''), 'marked-only', k === 'units' ? undefined : k);
      // ★ marks the lead: the cell's other units co-operate.
      if (marked && phrase.units.some((u) => u.role === 'lead')) for (const u of phrase.units) if (u.role === 'responsible') u.role = 'co';
      if (k === 'units' && hasLeadColumn) for (const u of phrase.units) if (u.role === 'responsible') u.role = 'co';
      if (phrase.leadSource !== 'none') leadSource = phrase.leadSource;
      dutyClause ||= phrase.dutyClause;
      for (const u of phrase.units) if (!found.some((f) => f.name === u.name)) found.push({ name: u.name, role: u.role, line: c.line });
      for (const a of [...phrase.attributes, ...phrase.officials]) extra[a.label] = a.text;
    }
    columns.forEach((k, c) => {
      const cell = r.cells[c];
      if (cell === undefined || cell.text === '') return;
      if (k === 'official') extra[(headerCells[c] ?? '领导').replace(/\s/gu, '')] = cell.text.split('\n').join('、');
      else if (k === 'deadline' || k === 'extra') extra[(headerCells[c] ?? '').replace(/\s/gu, '') || `列${c + 1}`] = cell.text;
    });
    if (found.length === 0) {
      sink.warn('empty-units', title.line, `row ${quote(title.text, 30)} lists no responsible unit; kept as a note`);
      return;
    }
    const category = at('category')?.text ?? headings[index] ?? null;
    if (category !== null && !categories.includes(category)) categories.push(category);
    let id = String(number);
    let k = 2;
    while (used.has(id)) id = `${number}-${k++}`;
    used.add(id);
    const titleText = (own !== undefined && own.style === 'arabic' ? own.rest : title.text).replace(/\n/gu, '').replace(/。$/u, '');
    const task: TaskRecord = {
      id,
      number,
      category: category === null ? null : category.replace(/[。：:]$/u, ''),
      title: titleText,
      units: found.map((f, position) => ({ name: f.name, canonical: f.name, role: f.role, position, line: f.line })),
      dutyClause,
      leadSource,
      extra,
      line: r.line,
    };
    if (marker !== undefined) task.marker = marker;
    tasks.push(task);
  });
  if (tasks.length === 0) return undefined;
  const table: ResponsibilityTable = {
    layout: 'line-cells',
    preamble,
    notes: [],
    columns: headerCells.filter((h, i) => !(virtual && i === titleAt && h === '')),
    categories,
    tasks,
    diagnostics: sink.warnings,
  };
  if (options.file !== undefined) table.file = options.file;
  return table;
}

