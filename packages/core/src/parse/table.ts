// parseTable: detects the layout of a text and runs its reader.
import { undoLabelTypography } from './label-typography.js';
import { readInParts } from './document-parts.js';
import type { Layout, ResponsibilityTable } from '../types.js';
import { headerKind } from './header-kind.js';
import { numberedLine } from './numbering.js';
import { looksLikeHeader } from './columns.js';
import { parseDelimited, parseMarkdown } from './delimited.js';
import { DiagnosticSink } from './errors.js';
import { parseJsonTable } from './json.js';
import { findLineHeader, parseLineCells } from './line-cells.js';
import { parseFlatTable } from './flat-table.js';
import { removeHtmlRemnants } from './html-remnants.js';
import { removePageFurniture } from './page-furniture.js';
import { removeClosingMatter } from './closing-matter.js';
import { unwrapHardWrapped } from './hard-wrap.js';
import { removePinyin } from './pinyin-annotations.js';
import { parseRunTogether } from './run-together.js';
import { parseSubjectSentences } from './subject-sentences.js';
import { parseProse } from './prose.js';
import { quote, splitLines } from './text.js';
import { unclosedBrackets } from './bracket-match.js';
import { parseWordTable, type ParseOptions } from './word-table.js';

/**
 * The largest input read: 64 MiB of file, or 64 Mi characters of text — about 100 times the
 * largest responsibility lists published, and well within a browser tab's memory.
 */
export const MAX_INPUT_SIZE = 64 * 1024 * 1024;

/** Throws a clear `too-large` error for input past {@link MAX_INPUT_SIZE}. */
export function checkSize(size: number, unit: 'bytes' | 'characters', file: string | undefined): void {
  if (size <= MAX_INPUT_SIZE) return;
  const sink = new DiagnosticSink(file);
  sink.error('too-large', 1, `input is too large: ${size} ${unit}, more than the ${MAX_INPUT_SIZE} fengong reads; split the table into smaller files`);
  sink.throwIfErrors();
}

export interface ParseTableOptions extends ParseOptions {
  /** The layout to read; `auto` (default) detects it with {@link detectLayout}. */
  layout?: Layout | 'auto';
}

/** Layouts `parseTable` knows, with their readers. */
const READERS: Record<Layout, (text: string, options: ParseOptions) => ResponsibilityTable> = {
  'word-table': parseWordTable,
  'line-cells': parseLineCells,
  prose: parseProse,
  delimited: parseDelimited,
  markdown: parseMarkdown,
  json: parseJsonTable,
  grid: binaryOnly,
};

/** Lines with text a title may take above a delimited table's header row (附件, the table's name, a date). */
const TITLE_LINES = 4;

/** Characters a column name takes at most (具体工作措施及完成时限 is 11). */
const HEADER_CELL = 20;

/** Line number (1-based) of the first line with text. */
const firstLine = (lines: readonly string[]): number => lines.findIndex((l) => l.trim() !== '') + 1;

/**
 * The header row of a CSV or TSV table: the first of the first {@link TITLE_LINES} + 1 lines with text
 * that splits on tab, comma, full-width comma or semicolon into three or more cells naming columns
 * (below a title, cells of at most {@link HEADER_CELL} characters and no full stop), each line above it holding no
 * separator (a title, not a row of cells).
 */
function delimitedHeader(lines: readonly string[]): { sep: string; line: number } | undefined {
  let seen = 0;
  for (let i = 0; i < lines.length && seen <= TITLE_LINES; i += 1) {
    const line = (lines[i] as string).trim() === '' ? undefined : (lines[i] as string);
    if (line === undefined) continue;
    seen += 1;
    for (const sep of seen === 1 ? ['\t', ',', '，', ';'] : ['\t', ',']) {
      const cells = line.split(sep);
      // (Below a title, a header's cells are column names, short, each one a reader knows: a sentence
      // split on its commas, 明确责任单位，细化工作任务，压实工作责任, is no header.)
      const named = seen === 1 || cells.every((c) => c.trim() === '' || (c.trim().length <= HEADER_CELL && headerKind(c) !== undefined));
      if (cells.length >= 3 && named && looksLikeHeader(cells)) return { sep, line: i + 1 };
    }
    // (A line above it is a title: no cells, no numbered item — 1.加强组织领导。（县委办负责） is a task.)
    if (/[\t,，;]/u.test(line.trim()) || numberedLine(line.trim()) !== undefined) return undefined;
  }
  return undefined;
}

/** Tables read cell by cell come from documents and spreadsheets, which are bytes: they go through `parseFile`. */
function binaryOnly(_text: string, options: ParseOptions): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  sink.error('not-a-table', 1, 'the grid layout is read from documents and spreadsheets (their bytes): use parseFile (or fengong on the file) instead of parseTable');
  sink.throwIfErrors();
  throw new Error('unreachable');
}

/** Layout names accepted by `parseTable`'s `layout` option. */
export const LAYOUTS = Object.keys(READERS) as Layout[];

/**
 * Guesses the layout of a table from its text: fengong JSON (starts with `{`), a Markdown pipe
 * table (a `|---|` separator row), a Word table pasted as text (tab-indented cells), CSV/TSV
 * (the first non-empty line splits on tabs or commas into a header row), a table flattened to one
 * cell per line (a run of header names on consecutive lines), else prose (numbered
 * tasks with labelled units or a closing parenthetical). Looks at 200 lines from the first line with text.
 */
export function detectLayout(text: string): Layout {
  return detectWithEvidence(text).layout;
}

/** {@link detectLayout}, with the evidence for the layout in words. */
function detectWithEvidence(text: string): { layout: Layout; why: string } {
  const start = text.trimStart();
  if (start.startsWith('{')) return { layout: 'json', why: 'the text starts with {: fengong JSON' };
  // (From the first line with text: blank lines before it, as a part of a longer text is read with the rest blanked, use none of the window.)
  const all = splitLines(text);
  const skipped = Math.max(0, all.findIndex((l) => l.trim() !== ''));
  const lines = [...new Array<string>(skipped).fill(''), ...all.slice(skipped, skipped + 200)];
  const separator = lines.findIndex((l) => l.trim().startsWith('|') && l.includes('---'));
  if (separator >= 0) return { layout: 'markdown', why: `a Markdown separator row |---| on line ${separator + 1}` };
  // A Word table pasted as text has one cell per tab-indented line; a tab-separated row whose first
  // cell is empty (a merged category) starts with a tab too, but has more tabs after it.
  const indented = lines.filter((l) => l.startsWith('\t') && l.trim() !== '');
  const cellLines = indented.filter((l) => !l.slice(1).trimEnd().includes('\t')).length;
  // (…unless the text opens with a header row split by tabs: then a line opening with a tab is a row whose
  // first cell is empty, `\t一、某方面\t\t`, its trailing empty cells trimmed off above.)
  const headerFirst = /^[^\t]/u.test(lines[lines.findIndex((l) => l.trim() !== '')] ?? '') && delimitedHeader(lines)?.sep === '\t';
  const tab = cellLines * 2 >= indented.length && !headerFirst ? lines.findIndex((l) => l.startsWith('\t') && l.trim() !== '') : -1;
  if (tab >= 0) return { layout: 'word-table', why: `tab-indented cells from line ${tab + 1}: a Word table pasted as text` };
  const header = delimitedHeader(lines);
  if (header !== undefined) return { layout: 'delimited', why: `a header row split by ${JSON.stringify(header.sep)} on line ${header.line}${header.line > firstLine(lines) ? ' (the lines above it a title)' : ''}` };
  const nonEmpty = lines.map((l, i) => ({ text: l.trim(), line: i + 1 })).filter((l) => l.text !== '');
  if (findLineHeader(nonEmpty) !== undefined) return { layout: 'line-cells', why: 'header names on consecutive lines: a table flattened one cell per line' };
  return { layout: 'prose', why: 'no header row in the first 200 lines: read as numbered tasks with their units' };
}

/**
 * Reads a responsibility-division table from text in any layout fengong knows (see
 * {@link detectLayout}; `layout` forces one).
 *
 * @param text The table as text (a leading byte-order mark is ignored).
 * @param options `file` names the source in messages; `layout` forces a layout;
 *   `firstListedLeads` sets the lead convention where the text marks none.
 * @returns The tasks with their units and roles, plus warnings.
 * @throws {TableParseError} with every error and its line when the text cannot be read.
 */
export function parseTable(text: string, options: ParseTableOptions = {}): ResponsibilityTable {
  return parseText(text, options, true);
}

/** {@link parseTable}; `parts` says whether a text in two parts of different layouts may be read in its parts. */
function parseText(text: string, options: ParseTableOptions, parts: boolean): ResponsibilityTable {
  if (typeof text !== 'string') {
    throw new TypeError(`parseTable: expected the table as a string, got ${text === null ? 'null' : typeof text}`);
  }
  checkSize(text.length, 'characters', options.file);
  const { layout = 'auto', ...rest } = options;
  if (layout !== 'auto' && !(layout in READERS)) {
    throw new Error(`parseTable: unknown layout "${String(layout)}" (known: auto, ${LAYOUTS.join(', ')})`);
  }
  const original = text;
  // No-break and other fixed-width spaces (a web page's &nbsp; copied as U+00A0) are spaces to the reader.
  if (layout !== 'json') text = text.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/gu, ' ');
  // Labels set as a word processor sets them (牵 头 单 位：, ◆配合单位：) are labels.
  const typography = layout === 'json' ? { text, count: 0 } : undoLabelTypography(text);
  text = typography.text;
  // A paragraph's indent of full-width spaces that a page's encoding lost, each now a question mark,
  // before an item's number (`??1.加强…`, `??（一）…`): an indent to the reader.
  if (layout !== 'json' && layout !== 'delimited') text = text.replace(/^([ \t\u3000]*)[?？]{1,4}(?=[0-9０-９]{1,3}[.、．]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/gmu, '$1');
  const html = layout === 'json' ? { text, count: 0, lines: [] } : removeHtmlRemnants(text);
  const pinyin = layout === 'json' ? { text, count: 0, lines: [] } : removePinyin(html.text);
  const site = layout === 'json' ? { text, count: 0, lines: [] } : removePageFurniture(pinyin.text);
  // (CSV and Markdown rows are cells, never a notice's closing lines.)
  const closing = layout === 'json' || layout === 'delimited' || layout === 'markdown' ? { text: site.text, count: 0, lines: [] } : removeClosingMatter(site.text);
  const furniture = { text: closing.text, count: site.count, lines: site.lines };
  // Only text read line by line can be hard-wrapped: not CSV, Markdown or JSON, whose lines are rows.
  const lineByLine = (l: Layout): boolean => l === 'prose' || l === 'line-cells' || l === 'word-table';
  const first = layout === 'auto' ? detectWithEvidence(furniture.text) : undefined;
  const wrappable = first !== undefined ? lineByLine(first.layout) : lineByLine(layout as Layout);
  const wrapped = wrappable ? unwrapHardWrapped(furniture.text) : { text: furniture.text, count: 0 };
  text = wrapped.text;
  let table: ResponsibilityTable;
  if (layout !== 'auto') table = withEvidence(READERS[layout](text, rest), [`layout ${layout}, as asked`]);
  else {
    // (Detected again only when joining wrapped lines changed the text.)
    const { layout: detected, why } = wrapped.count === 0 && first !== undefined ? first : detectWithEvidence(text);
    table = detected !== 'prose' && detected !== 'line-cells' ? withEvidence(READERS[detected](text, rest), [why]) : bestReading(text, detected, rest, why);
    // Numbered paragraphs and a table in one text (a notice with its table attached): each part read on its own.
    if (parts) table = readInParts(table, text, (part) => parseText(part, options, false));
  }
  if (pinyin.count > 0 && table.layout !== 'json') table = withCleaningNote(table, pinyin, original, 'pinyin-removed', 'pinyin annotation', 'read as text printed for reading aloud, not part of names or titles');
  if (typography.count > 0) table = withEvidence(table, [`labels set as a word processor sets them on ${typography.count} line${typography.count === 1 ? '' : 's'} (牵 头 单 位：, ◆配合单位：, 牵头单位 市甲局): read as labels`]);
  if (wrapped.count > 0) table = withEvidence(table, [`joined ${wrapped.count} line${wrapped.count === 1 ? '' : 's'} broken at the width of the text (${wrapped.width ?? 0} columns), as copied from a PDF or a page`]);
  if (furniture.count > 0 && table.layout !== 'json') table = withCleaningNote(table, furniture, original, 'furniture-removed', 'line', 'of a web page around the document (breadcrumbs, print and close buttons, footers), not part of it');
  // (Blanked only where the layout was detected, and then said whatever the layout read: a CSV's closing lines too.)
  if (closing.count > 0) table = withCleaningNote(table, closing, original, 'closing-removed', 'line', 'of the document’s closing matter (抄送, the issuer and date, a contact), not tasks');
  if (html.count > 0 && table.layout !== 'json') table = withCleaningNote(table, html, original, 'markup-removed', 'markup remnant', 'tags and entities left in copied text are not part of names or titles');
  return withUnclosedBrackets(table, text);
}

/** Says what was removed from the text before it was read, how much and on which line first. */
function withCleaningNote(
  table: ResponsibilityTable,
  removed: { count: number; lines: number[] },
  original: string,
  code: 'pinyin-removed' | 'markup-removed' | 'furniture-removed' | 'closing-removed',
  what: string,
  why: string,
): ResponsibilityTable {
  const sink = new DiagnosticSink(table.file);
  const first = removed.lines[0] ?? 1;
  const sample = splitLines(original)[first - 1] ?? '';
  const n = removed.lines.length;
  sink.warn(code, first, `removed ${removed.count} ${what}${removed.count === 1 ? '' : 's'} on ${n} line${n === 1 ? '' : 's'} (as in ${quote(sample, 30)}): ${why}`);
  return { ...table, diagnostics: [...sink.warnings, ...table.diagnostics] };
}

/** The table with `lines` of evidence before its own. */
function withEvidence(table: ResponsibilityTable, lines: readonly string[]): ResponsibilityTable {
  return { ...table, evidence: [...lines, ...(table.evidence ?? [])] };
}

/**
 * Warns of every bracket left open on the lines from the first task on (`（市发改委、市财政局` with
 * no `）`): it was read as a plain character, so the names after it are still read, but the text
 * may have lost its closing bracket.
 */
function withUnclosedBrackets(table: ResponsibilityTable, text: string): ResponsibilityTable {
  if (table.layout === 'json') return table;
  let first = Infinity;
  for (const t of table.tasks) first = Math.min(first, t.line);
  const lines = splitLines(text);
  const found = unclosedBrackets(lines).filter((b) => b.line >= first);
  if (found.length === 0) return table;
  const sink = new DiagnosticSink(table.file);
  for (const b of found.slice(0, 200)) {
    sink.warn('unclosed-bracket', b.line, `${b.bracket} at column ${b.column} is never closed; read as a plain character, so the names after it are read apart (${quote(lines[b.line - 1]?.slice(b.column - 1) ?? '', 30)})`);
  }
  return { ...table, diagnostics: [...table.diagnostics, ...sink.warnings] };
}

/**
 * Prose and flattened tables look alike: read the text both ways — as prose (or a one-cell-per-line
 * table), and as a flattened table whose cells are aligned by what they hold (`|` lines between
 * cells, one cell per line, or spaces between cells) — and keep the reading with the most tasks
 * (a flattened-table reading always replaces one made by counting lines).
 */
function bestReading(text: string, detected: Layout, options: ParseOptions, why: string): ResponsibilityTable {
  let best: ResponsibilityTable | undefined;
  let failure: unknown;
  const tried: string[] = [];
  try {
    best = READERS[detected](text, options);
    tried.push(`read as ${detected}: ${best.tasks.length} tasks`);
  } catch (error) {
    failure = error;
    tried.push(`read as ${detected}: no task`);
  }
  const lines = splitLines(text).slice(0, 400);
  // A one-cell-per-line table read by its cells' contents beats one read by counting lines.
  const countedLines = detected === 'line-cells' ? best : undefined;
  // `|` between cells says how the cells are delimited; otherwise spaces or one cell per line.
  // (Two lines of several cells each are enough: a header and one row, as a page cut after its first task.)
  const piped = lines.filter((l) => l.includes('|'));
  const modes: ('pipe' | 'lines' | 'spaces')[] = piped.length >= 3 || (piped.length === 2 && piped.every((l) => l.split('|').length >= 4)) ? ['pipe'] : ['spaces', 'lines'];
  const described = { pipe: 'a flattened table, | between cells', lines: 'a flattened table, one cell per line', spaces: 'a flattened table, spaces between cells' };
  for (const mode of modes) {
    const table = parseFlatTable(text, mode, options);
    tried.push(`read as ${described[mode]}: ${table === undefined ? 'no header row' : `${table.tasks.length} tasks`}`);
    if (table === undefined || table.tasks.length === 0) continue;
    // Cells a `|` delimits are the document's own: a reading by them wins a tie with one that ignores them.
    // …and so does one whose header the other reading took for a heading (具体任务 as every task's category).
    const isHeader = (category: string): boolean => category.split(/[\s\u3000|]+/u).filter((w) => w !== '').every((w) => table.columns.includes(w));
    const headerAsCategory = best !== undefined && table.tasks.length === best.tasks.length && best.tasks.some((t) => t.category !== null && isHeader(t.category));
    // …and one whose task titles the other reading took for headings over the rows' measures (深化科技体制改革 / 1.… 2.… / ★省科技厅).
    const categories = new Set(best?.tasks.map((b) => b.category));
    const titlesAsCategories = best !== undefined && table.tasks.length === best.tasks.length && 2 * table.tasks.filter((t) => categories.has(t.title)).length >= table.tasks.length;
    const more = mode === 'pipe' || headerAsCategory || titlesAsCategories ? table.tasks.length >= (best?.tasks.length ?? 0) : table.tasks.length > (best?.tasks.length ?? 0);
    if ((countedLines !== undefined && best === countedLines) || more) best = table;
  }
  // A table whose cells run together on one line (序号工作内容目标任务责任单位1…): read by its header words.
  const runTogether = parseRunTogether(text, options);
  tried.push(`read as a table whose cells run together: ${runTogether === undefined ? 'no header written that way' : `${runTogether.tasks.length} tasks`}`);
  if (runTogether !== undefined && runTogether.tasks.length > (best?.tasks.length ?? 0)) best = runTogether;
  // Nothing else read: news whose sentences have a unit for subject (市教育局要在11月底…).
  if (best === undefined) {
    best = parseSubjectSentences(text, options);
    tried.push(`read as sentences whose subject is a unit: ${best === undefined ? 'fewer than two' : `${best.tasks.length} tasks`}`);
  }
  if (best === undefined) throw failure;
  const chosen = best;
  return withEvidence(chosen, [why, ...tried, `kept the reading with the most tasks (${chosen.tasks.length})`]);
}
