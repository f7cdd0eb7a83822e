// Reader for tables flattened to text whose cells cannot be counted: one cell per line with `|`
// lines between cells (web tables copied as text), or rows whose cells are separated by spaces.
// Cells are read by what they hold (a number, unit names, a person, a deadline, text) and
// aligned to the header's columns in order; a cell that cannot follow the last one starts a
// new row, and columns a row skips (merged cells) carry the value from the row above.
import type { ResponsibilityTable, TaskRecord } from '../types.js';
import { alignToMajority } from './majority-columns.js';
import { alignPieces, type AlignedRow, type Piece } from './flat-align.js';
import { DiagnosticSink } from './errors.js';
import { numberedLine, parseTaskNumber, subNumber } from './numbering.js';
import { parentRow } from './row-numbers.js';
import { quote, splitLines } from './text.js';
import type { ParseOptions } from './word-table.js';

import type { HeaderKind as Kind } from './header-kind.js';
import { findHeader, headerKinds, inferredHeader, isRowBreak } from './flat-header.js';
import { unfoldedHeader } from './sub-header.js';
import { positionalRows } from './flat-positional.js';
import { statesFirstListedRule } from './labels.js';
import { rowUnits } from './flat-units.js';
import { trailingNotes } from './table-notes.js';
import { linePieces, pipePieces, spacePieces } from './flat-pieces.js';

interface Cell {
  text: string;
  line: number;
}


/**
 * The body without the header repeated where the table goes on to a new page (序号 / 项目 / 牵头 /
 * 部门 / …, cells wrapped as they may be): those pieces are no row.
 */
function withoutRepeatedHeaders(body: Piece[], headerCells: readonly string[]): Piece[] {
  const squash = (t: string): string => t.replace(/[\s\u3000|]/gu, '');
  const header = squash(headerCells.join(''));
  if (header.length < 4) return body;
  const out: Piece[] = [];
  let restart = false;
  for (let p = 0; p < body.length; p += 1) {
    let seen = '';
    let q = p;
    while (q < body.length && seen.length < header.length) {
      seen += squash((body[q] as Piece).text);
      if (!header.startsWith(seen)) break;
      q += 1;
    }
    if (seen === header && q - p >= 2) {
      p = q - 1;
      restart = true;
      continue;
    }
    const piece = body[p] as Piece;
    out.push(restart ? { ...piece, before: 'row' } : piece);
    restart = false;
  }
  return out;
}

/** The score of skipping the 牵头单位 column where rows are padded with `|` (see flat-align's SKIP). */
const MERGED_LEAD_SKIP = -0.75;

/**
 * The columns the body is aligned to: the header's, with a category column before the title when
 * the header has none, and a 序号 column the header may not name — before the title and, when a
 * text column follows the title, after it (`regroup`). With `regrouped`, the title column is
 * read as the category and the text column after it as the task.
 */
function schema(headerCells: readonly string[], regrouped: boolean): { kinds: Kind[]; headers: string[]; skips: (number | undefined)[]; regroup: boolean } {
  const named = headerKinds(headerCells);
  let kinds: Kind[] = named.map((k) => k ?? 'extra');
  // A second title-like column (目标任务 beside 项目名称) is kept as an extra column.
  kinds = kinds.map((k, i) => (k === 'title' && kinds.indexOf('title') !== i ? 'extra' : k));
  let titleAt = kinds.indexOf('title');
  const headers = [...headerCells];
  const skips: (number | undefined)[] = kinds.map(() => undefined);
  const insert = (at: number, kind: Kind): void => {
    kinds.splice(at, 0, kind);
    headers.splice(at, 0, '');
    skips.splice(at, 0, 0);
  };
  // (…a text column, not one its header names as remarks or progress: 进展情况, 备注, 工作要求.)
  const textAfter = titleAt >= 0 && kinds[titleAt + 1] === 'extra' && named[titleAt + 1] !== 'extra';
  if (regrouped && textAfter) {
    kinds[titleAt] = kinds.includes('category') ? 'extra' : 'category';
    kinds[titleAt + 1] = 'title';
    if (!kinds.includes('number')) insert(titleAt + 1, 'number');
    return { kinds, headers, skips, regroup: false };
  }
  const hasNumber = kinds.includes('number');
  if (!hasNumber && textAfter) insert(titleAt + 1, 'number');
  if (!hasNumber && titleAt >= 0) {
    insert(titleAt, 'number');
    titleAt += 1;
  }
  // A category the header does not name stands before the task, and before any units column (merged cells on the left).
  const firstUnits = kinds.findIndex((k) => k === 'units' || k === 'lead' || k === 'co');
  const categoryAt = hasNumber ? titleAt : titleAt - 1;
  if (!kinds.includes('category') && titleAt >= 0) insert(firstUnits >= 0 && firstUnits < categoryAt ? firstUnits : categoryAt, 'category');
  return { kinds, headers, skips, regroup: !hasNumber && textAfter };
}

/**
 * Whether the text marks where every row starts: three rows or more, and (nearly) every run of
 * pieces between row marks no longer than the header — rows, not stretches of several rows.
 */
function rowsMarked(body: readonly Piece[], width: number): boolean {
  const runs: number[] = [];
  for (const p of body) {
    if (isRowBreak(p) || runs.length === 0) runs.push(0);
    runs[runs.length - 1] = (runs[runs.length - 1] as number) + 1;
  }
  return runs.length >= 3 && runs.filter((r) => r <= width).length >= 0.9 * runs.length;
}

type Schema = { kinds: Kind[]; headers: string[]; skips: (number | undefined)[] };

/**
 * The rows read again without column `at` (a category the header does not name), its place kept
 * empty in each row; the first reading when the second finds fewer rows with units.
 */
function withoutColumn(aligned: AlignedRow[], sch: Schema, align: (s: Schema) => AlignedRow[], at: number): AlignedRow[] {
  const drop = <T,>(list: readonly T[]): T[] => list.filter((_, i) => i !== at);
  const fewer = { kinds: drop(sch.kinds), headers: drop(sch.headers), skips: drop(sch.skips) };
  const again = align(fewer);
  const withUnits = (rows: AlignedRow[], kinds: readonly Kind[]): number =>
    rows.filter((r) => r.kind === 'row' && r.cells.some((c, i) => c !== undefined && (kinds[i] === 'lead' || kinds[i] === 'co' || kinds[i] === 'units'))).length;
  if (withUnits(again, fewer.kinds) < withUnits(aligned, sch.kinds)) return aligned;
  return again.map((r) => (r.kind === 'row' ? { ...r, cells: [...r.cells.slice(0, at), undefined, ...r.cells.slice(at)] } : r));
}

/**
 * The rows read again without the category column the header does not name, when that column is
 * filled on most rows and the header names a text column after the task's: a merged category shows
 * on the first row of each run only, so a column filled nearly everywhere is the task read one
 * column to the left, the text column's paragraphs spread over two columns. The reading without it
 * is kept when it finds as many rows with units.
 */
function withoutVirtualCategory(aligned: AlignedRow[], sch: Schema, align: (s: Schema) => AlignedRow[]): AlignedRow[] {
  const at = sch.kinds.findIndex((k, i) => k === 'category' && sch.headers[i] === '');
  const title = sch.kinds.indexOf('title');
  if (at < 0 || title !== at + 1 || sch.kinds[title + 1] !== 'extra' || sch.headers[title + 1] === '') return aligned;
  const titled = aligned.filter((r) => r.kind === 'row' && r.cells[title] !== undefined);
  const filled = titled.filter((r) => r.kind === 'row' && r.cells[at] !== undefined).length;
  // (A table of one row, a page cut after its first: filled on every row it has is enough.)
  if (filled === 0 || (filled < 2 && filled < titled.length) || filled * 2 <= titled.length) return aligned;
  return withoutColumn(aligned, sch, align, at);
}

/**
 * The rows read again without the category column the header does not name, when what was read
 * into it cannot be a merged category: the first row has none yet a later row takes one from above (a
 * merged category shows on the first row of its run, and the table's first row opens one), or heading
 * rows give the categories and one row alone has such a cell — unless a row with such a cell has
 * sub-items of its own under it (rows with no number). Such a
 * cell is a title's first words cut at a space (公共场所全民健身 器材更换项目). Kept when the reading
 * without the column finds as many rows with units.
 */
function withoutStrayCategory(aligned: AlignedRow[], sch: Schema, align: (s: Schema) => AlignedRow[]): AlignedRow[] {
  const at = sch.kinds.findIndex((k, i) => k === 'category' && sch.headers[i] === '');
  const title = sch.kinds.indexOf('title');
  if (at < 0 || title < 0) return aligned;
  const titled = aligned.filter((r): r is Extract<AlignedRow, { kind: 'row' }> => r.kind === 'row' && r.cells[title] !== undefined);
  if (!titled.some((r) => r.cells[at] !== undefined)) return aligned;
  // (Without a first one, a category cell heading only its own row's sub-items, 9 某方面 某项 / 某项, is
  // one: only a category carried on to a later numbered row is stray.)
  const number = sch.kinds.indexOf('number');
  const carried = titled.some((r, i) => i > 0 && r.cells[at] === undefined && (number < 0 || r.cells[number] !== undefined) && titled.slice(0, i).some((p) => p.cells[at] !== undefined));
  // (A category over sub-items of its own, rows with no number under it, is one: 深化某某改革 / 完成… / 完成….)
  const overSubItems = number >= 0 && titled.some((r, i) => r.cells[at] !== undefined && titled[i + 1] !== undefined && (titled[i + 1] as Extract<AlignedRow, { kind: 'row' }>).cells[number] === undefined);
  if (overSubItems) return aligned;
  // (Under heading rows, which give the categories, one such cell alone is a title's words cut off.)
  const once = titled.filter((r) => r.cells[at] !== undefined).length === 1;
  const stray = carried && ((titled[0] as Extract<AlignedRow, { kind: 'row' }>).cells[at] === undefined || (once && aligned.some((r) => r.kind === 'heading')));
  if (!stray) return aligned;
  return withoutColumn(aligned, sch, align, at);
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
  const all = mode === 'pipe' ? pipePieces(lines) : mode === 'spaces' ? spacePieces(lines) : linePieces(lines);
  let header = findHeader(all);
  if (header === undefined && mode === 'pipe') header = inferredHeader(all, lines, sink);
  if (header === undefined) return undefined;
  const [at, end] = header;
  // (A header in two rows, 责任单位 over 牵头单位 / 配合单位, read as one.)
  const headerCells = unfoldedHeader(all.slice(at, end).map((c) => c.text));
  const preamble = all.slice(0, at).map((c) => c.text);
  // Notes under the table (注：…) are kept as notes, not read into its last row.
  const { rows: body, notes } = trailingNotes(withoutRepeatedHeaders(all.slice(end), headerCells), headerCells.filter((h) => /^(?:备注|備註|说明|說明|附注|附註)$/u.test(h.trim())));
  const noteLines = [...new Set(notes.map((p) => p.line))].map((line) => notes.filter((p) => p.line === line).map((p) => p.text).join(' '));
  // A first-listed rule stated above the table (列第一位者为牵头单位), or in a note under it, holds for every row.
  const firstListed = options.firstListedLeads ?? [...preamble, ...noteLines].some(statesFirstListedRule);
  if (body[0] !== undefined) body[0] = { ...body[0], before: 'row' };
  const first = schema(headerCells, false);
  const explicit = mode === 'pipe' && rowsMarked(body, headerCells.length);
  // A header on one line with its cells split by tabs or |, and rows like it: cells by position.
  const headerOnOneLine = all.slice(at, end).every((p) => p.line === all[at]?.line);
  const byPosition = mode === 'lines' || !headerOnOneLine ? undefined : positionalRows(splitLines(text), all[at]?.line ?? 1, headerCells, first.kinds, first.headers);
  // Pages that copy a table with `|` leave vertically merged cells out and pad the row at its end (`X | |`):
  // there a row showing one of two unit cells has its lead merged from above. Elsewhere an empty
  // 配合单位 cell is likelier than a merged 牵头单位 one.
  const padded = mode === 'pipe' && lines.some((l) => /\|\s*\|$/u.test(l.text));
  const leadSkip = (sch: { kinds: Kind[]; skips: (number | undefined)[] }): (number | undefined)[] =>
    padded ? sch.skips.map((v, i) => v ?? (sch.kinds[i] === 'lead' ? MERGED_LEAD_SKIP : undefined)) : sch.skips;
  const align = (sch: { kinds: Kind[]; headers: string[]; skips: (number | undefined)[] }): AlignedRow[] =>
    alignPieces(body, sch.kinds, sch.kinds.includes('official'), leadSkip(sch), explicit);
  let aligned = byPosition ?? align(first);
  // 序号 numbers the text after it: where it stands after the title column, that column groups
  // the rows (a category merged down) and the text column after the number is the task.
  const numberAfterTitle = aligned.filter((r) => r.kind === 'row' && r.cells[first.kinds.indexOf('title') + 1] !== undefined).length;
  const numbered = aligned.filter((r) => r.kind === 'row' && r.cells.some((c, i) => c !== undefined && first.kinds[i] === 'number')).length;
  let current = first;
  if (byPosition === undefined && first.regroup && numberAfterTitle * 2 > numbered && numberAfterTitle >= 2) {
    current = schema(headerCells, true);
    aligned = align(current);
  }
  const { kinds: columns, headers } = current;
  if (byPosition === undefined) aligned = withoutStrayCategory(withoutVirtualCategory(aligned, current, align), current, align);
  const virtual = headers.some((h, i) => h === '' && columns[i] === 'category');
  // Rows read a column to the left of the others (an empty cell lost): read as most rows are.
  if (byPosition === undefined) alignToMajority(aligned, columns, headers.map((h) => h !== ''));

  const rows: { cells: (Cell | undefined)[]; line: number }[] = [];
  const headings: (string | null)[] = [];
  let heading: string | null = null;
  for (const r of aligned) {
    if (r.kind === 'heading') {
      const n = numberedLine(r.text);
      heading = (n?.rest ?? r.text).replace(/[。：:]$/u, '');
      continue;
    }
    rows.push(r);
    headings.push(heading);
  }

  const tasks: TaskRecord[] = [];
  const categories: string[] = [];
  const seenCategories = new Set<string>();
  const carried: (Cell | undefined)[] = new Array<Cell | undefined>(columns.length).fill(undefined);
  const used = new Set<string>();
  // Rows numbered by a 序号 cell of their own: a row with neither a number nor a unit cell of its
  // own is the rest of the row above (a progress note listing 1. … 2. …), not a task.
  const numberAt = columns.indexOf('number');
  const numberedRows = numberAt < 0 ? 0 : rows.filter((r) => r.cells[numberAt] !== undefined).length;
  const unitAt = columns.flatMap((k, i) => (k === 'lead' || k === 'units' || k === 'co' ? [i] : []));
  // A parent row of number and title alone over rows numbered below it (1 / 经济发展 / 1.1 / …): their category.
  const titleAt = columns.indexOf('title');
  let parent: { number: string; title: string } | undefined;
  rows.forEach((r, index) => {
    const heads = parentRow(r.cells, rows[index + 1]?.cells, numberAt, titleAt);
    if (heads !== undefined) {
      parent = heads;
      return;
    }
    const sub = numberAt < 0 ? undefined : subNumber(r.cells[numberAt]?.text ?? '');
    if (parent !== undefined && !sub?.startsWith(`${parent.number}.`)) parent = undefined;
    if (numberedRows >= 3 && r.cells[numberAt] === undefined && unitAt.every((i) => r.cells[i] === undefined) && index > 0) {
      const first = r.cells.find((c) => c !== undefined);
      if (first !== undefined) sink.warn('text-inside-table', first.line, `${quote(first.text, 30)} has no 序号 and no units of its own: read as the rest of the row above, kept as a note, not a task`);
      return;
    }
    const at = (k: Kind): Cell | undefined => r.cells[columns.indexOf(k)];
    // Merged cells: a column the row skips takes the cell above it — the co-operating units only
    // when the row shows no unit cell at all (both merged); a row with its own lead and no 配合单位
    // cell has none.
    const ownUnits = unitAt.some((i) => r.cells[i] !== undefined);
    const secondUnits = (k: Kind): boolean => k === 'co' || (k === 'units' && columns.includes('lead'));
    columns.forEach((k, c) => {
      if (r.cells[c] === undefined && ['category', 'units', 'lead', 'co', 'official'].includes(k) && !(ownUnits && secondUnits(k))) r.cells[c] = carried[c];
      else if (r.cells[c] !== undefined) carried[c] = r.cells[c];
    });
    const title = at('title');
    if (title === undefined) {
      // Cells with no task text: never dropped without a word.
      const first = r.cells.find((c) => c !== undefined && c.text !== '');
      if (first !== undefined) sink.warn('empty-title', first.line, `row ${quote(first.text, 30)} has no task cell: not read as a task, kept as a note`);
      return;
    }
    const own = numberedLine(title.text);
    const numberCell = r.cells.find((c, i) => c !== undefined && columns[i] === 'number');
    // A row under a group (a text before the task text): its 序号 numbers the group, not the task.
    const grouped = virtual && r.cells[columns.indexOf('category')] !== undefined;
    let marker: string | null | undefined;
    let number: number;
    if (own !== undefined && own.style === 'arabic') {
      marker = own.marker;
      number = own.number;
    } else if (numberCell !== undefined && !grouped) {
      marker = undefined;
      number = sub !== undefined ? Number(sub.slice(sub.lastIndexOf('.') + 1)) : (parseTaskNumber(numberCell.text) ?? index + 1);
    } else if (!columns.some((k, i) => k === 'number' && headers[i] !== '')) {
      // A table without a 序号 column: its rows are numbered in order, as table rows.
      marker = undefined;
      number = tasks.length + 1;
    } else {
      marker = null;
      number = index + 1;
    }
    const { found, leadSource, dutyClause, extra } = rowUnits(r.cells, columns, headers, firstListed);
    columns.forEach((k, c) => {
      const cell = r.cells[c];
      if (cell === undefined || cell.text === '') return;
      if (k === 'official') extra[(headers[c] ?? '领导').replace(/\s/gu, '')] = cell.text.split('\n').join('、');
      else if (k === 'deadline' || k === 'extra') extra[(headers[c] ?? '').replace(/\s/gu, '') || `列${c + 1}`] = cell.text;
    });
    if (found.length === 0) {
      sink.warn('empty-units', title.line, `row ${quote(title.text, 30)} lists no responsible unit; kept as a note`);
      return;
    }
    const categoryCell = at('category')?.text.replace(/\n/gu, '');
    const sectioned = categoryCell === undefined ? undefined : numberedLine(categoryCell);
    const category = parent?.title ?? (sectioned !== undefined && sectioned.style !== 'arabic' && sectioned.rest !== '' ? sectioned.rest : categoryCell) ?? headings[index] ?? null;
    if (category !== null && !seenCategories.has(category)) {
      seenCategories.add(category);
      categories.push(category);
    }
    let id = sub !== undefined && numberCell !== undefined && !grouped && (own === undefined || own.style !== 'arabic') ? sub : String(number);
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
  const headerLine = all[at]?.line ?? 1;
  const table: ResponsibilityTable = {
    layout: 'line-cells',
    preamble,
    notes: noteLines,
    columns: headerCells,
    categories,
    tasks,
    diagnostics: sink.warnings,
    evidence: [
      `header on line ${headerLine}: ${headerCells.join(' / ')}; columns read as ${columns.join(' / ')}`,
      byPosition !== undefined ? 'one row per line, cells read by their position (tabs or | between them)' : explicit ? 'rows start only where the text marks them (| at the start of a row, or a lone |)' : 'rows told apart by what their cells hold (a number, units, a person, a deadline, text)',
    ],
  };
  if (options.file !== undefined) table.file = options.file;
  return table;
}

