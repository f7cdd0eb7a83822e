// Excel workbooks (.xlsx): every sheet's cells read with read-excel-file, merged ranges read from
// the sheets' XML (workbook and relationships parsed with fast-xml-parser).
import { XMLParser } from 'fast-xml-parser';
import { strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import type { ResponsibilityTable } from '../../types.js';
import { DiagnosticSink } from '../errors.js';
import type { ParseTableOptions } from '../table.js';
import type { Sheet } from './blocks.js';
import { readWorkbook } from './document.js';
import { MAX_CELLS } from './limits.js';
import { cellReferences, tagProblem } from './xml-scan.js';
import { unzipEntries } from './zip.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, parseTagValue: false, isArray: (name) => ['sheet', 'Relationship', 'mergeCell'].includes(name) });

/** `C4` → [row 3, column 2] (0-based); undefined when it is not a cell reference Excel allows. */
function cellRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/u.exec(ref);
  if (m === null) return undefined;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

type Range = [number, number, number, number];

/**
 * Refuses a sheet whose cells reach further than fengong lays out: read-excel-file builds a grid
 * as large as the furthest cell, so one cell at XFD1048576 (or a reference Excel does not allow,
 * such as ZZZZZZZZ1) in a file of a few kilobytes would exhaust memory. Read from the cells'
 * references in the sheet's XML, before the sheet is read.
 */
function checkExtent(xml: string, sheet: string, file: string | undefined): void {
  let rows = 0;
  let columns = 0;
  for (const ref of cellReferences(xml)) {
    if (ref === undefined) continue;
    const at = cellRef(ref);
    if (at === undefined || at[0] >= 1_048_576 || at[1] >= 16_384) {
      const sink = new DiagnosticSink(file);
      sink.error('unreadable-file', 1, `sheet “${sheet}” has a cell at “${ref.slice(0, 20)}”, which is not a cell Excel allows`);
      sink.throwIfErrors();
    }
    const [r, c] = at as [number, number];
    if (r >= rows) rows = r + 1;
    if (c >= columns) columns = c + 1;
  }
  if (rows * columns > MAX_CELLS) {
    const sink = new DiagnosticSink(file);
    sink.error('too-large', 1, `sheet “${sheet}” reaches ${rows} rows × ${columns} columns: more than the ${MAX_CELLS} cells fengong reads`);
    sink.throwIfErrors();
  }
}

/**
 * The longest tag a workbook part may have. Excel's are short, but a conditional format's `sqref`
 * can list thousands of ranges (12,000 in 80 KB read in 0.1 s); one tag of 500 KB stalled
 * read-excel-file's parser for 53 s.
 */
const MAX_TAG = 256 * 1024;

/** The parts read-excel-file reads (the workbook, its relationships, shared strings, styles, the sheets) and the ones merges are read from. */
const READ_PARTS = /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/u;

/**
 * Those parts as text, each checked before read-excel-file sees it: every tag closes and none is
 * longer than {@link MAX_TAG} (`tagProblem`; its parser is quadratic on both). Other parts (charts,
 * drawings, pivot caches) are not inflated.
 */
function xmlParts(bytes: Uint8Array, file: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipEntries(bytes, (f) => READ_PARTS.test(f), file))) {
    const text = strFromU8(data);
    const problem = tagProblem(text, MAX_TAG);
    texts.set(name, text);
    if (problem === undefined) continue;
    const what = problem.kind === 'unclosed' ? 'a tag that does not close' : `a tag longer than ${MAX_TAG} characters`;
    const sink = new DiagnosticSink(file);
    sink.error('unreadable-file', 1, `not a readable .xlsx workbook: ${name} has ${what} (character ${problem.at + 1})`);
    sink.throwIfErrors();
  }
  return texts;
}

/** Merged ranges of each sheet by name, as [top, left, bottom, right] (0-based). */
function mergedRanges(files: Map<string, string>, file: string | undefined): Map<string, Range[]> {
  const ranges = new Map<string, Range[]>();
  const parse = (name: string): Record<string, unknown> => {
    const data = files.get(name);
    try {
      return data === undefined ? {} : (parser.parse(data) as Record<string, unknown>);
    } catch {
      return {};
    }
  };
  const workbook = parse('xl/workbook.xml').workbook as { sheets?: { sheet?: Record<string, string>[] } } | undefined;
  const rels = parse('xl/_rels/workbook.xml.rels').Relationships as { Relationship?: Record<string, string>[] } | undefined;
  const targets = new Map((rels?.Relationship ?? []).map((r) => [r.Id, r.Target]));
  for (const sheet of workbook?.sheets?.sheet ?? []) {
    const target = targets.get(sheet['r:id'] ?? '');
    if (target === undefined || sheet.name === undefined) continue;
    const text = files.get(`xl/${target.replace(/^\/?xl\//u, '')}`);
    if (text === undefined) continue;
    checkExtent(text, sheet.name, file);
    // Only the <mergeCells> element is parsed, not the whole sheet.
    const start = text.indexOf('<mergeCells');
    const end = text.indexOf('</mergeCells>', start);
    if (start < 0 || end < 0) continue;
    let merges: { mergeCells?: { mergeCell?: { ref?: string }[] } } = {};
    try {
      merges = parser.parse(text.slice(start, end + '</mergeCells>'.length)) as typeof merges;
    } catch {
      continue;
    }
    const list: Range[] = [];
    for (const m of merges.mergeCells?.mergeCell ?? []) {
      const [a, b] = (m.ref ?? '').split(':');
      const from = cellRef(a ?? '');
      const to = cellRef(b ?? a ?? '');
      if (from !== undefined && to !== undefined) list.push([from[0], from[1], to[0], to[1]]);
    }
    ranges.set(sheet.name, list);
  }
  return ranges;
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/**
 * Reads every sheet of an .xlsx workbook as rows of cell text. A vertical merge repeats its value
 * down (a merged 类别 cell continues downwards); a horizontal one stays in its first cell. Merges
 * fill only cells inside the sheet's used range.
 *
 * @throws {TableParseError} when the workbook cannot be read or passes the limits.
 */
export async function readXlsx(bytes: Uint8Array, file?: string): Promise<Sheet[]> {
  const sink = new DiagnosticSink(file);
  const merges = mergedRanges(xmlParts(bytes, file), file);
  let sheets: { sheet: string; data: unknown[][] }[] = [];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    sheets = await readXlsxFile(buffer);
  } catch (error) {
    sink.error('unreadable-file', 1, `not a readable .xlsx workbook: ${(error as Error).message}`);
    sink.throwIfErrors();
  }
  return sheets.map(({ sheet, data }) => {
    const grid = data.map((row) => row.map(cellText));
    const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
    if (grid.length * width > MAX_CELLS) {
      sink.error('too-large', 1, `sheet “${sheet}” has ${grid.length} rows × ${width} columns: more than the ${MAX_CELLS} cells fengong reads`);
      sink.throwIfErrors();
    }
    for (const [top, left, bottom] of merges.get(sheet) ?? []) {
      const value = grid[top]?.[left] ?? '';
      if (left >= width) continue;
      for (let r = top + 1; r <= Math.min(bottom, grid.length - 1); r += 1) {
        const row = grid[r] as string[];
        while (row.length <= left) row.push('');
        row[left] = value;
      }
    }
    return { name: sheet, rows: grid };
  });
}

/**
 * Parses an .xlsx workbook: the first sheet holding a header row is read as a table (see
 * `interpretGrid`): one row per task, a row with a single filled cell as a category heading.
 * In messages, "line" is the spreadsheet row number.
 */
export async function parseXlsx(bytes: Uint8Array, options: ParseTableOptions = {}): Promise<ResponsibilityTable> {
  return { ...readWorkbook(await readXlsx(bytes, options.file), options), format: 'xlsx' };
}
