// OpenDocument files (.odt text, .ods spreadsheets): content.xml passed over once (xml-stream.ts),
// each paragraph and table row parsed with fast-xml-parser.
// Paragraphs, headings, lists and tables of a text document in order; every table of a
// spreadsheet as a sheet. Spans (number-columns/rows-spanned) and repeats are laid out, within limits.
import { strFromU8 } from 'fflate';
import { DiagnosticSink } from '../errors.js';
import type { Block, Sheet } from './blocks.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';
import { checkTag, parseSubtree, scanXml, startTag } from './xml-stream.js';
import { children, tagOf, unescapeXml, type XmlNode } from './xml-tree.js';
import { unzipEntries } from './zip.js';

const attr = (node: XmlNode, name: string): string | undefined => node[':@']?.[name];

const count = (value: string | undefined, max: number): number => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/** Text of a paragraph: runs, `text:s` spaces, tabs and line breaks; notes and annotations left out. */
function inlineText(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') out += unescapeXml(String(node['#text']));
    else if (tag === 'text:s') out += ' '.repeat(count(attr(node, 'text:c'), 64));
    else if (tag === 'text:tab') out += '\t';
    else if (tag === 'text:line-break') out += '\n';
    else if (tag === 'text:note' || tag === 'office:annotation' || tag === 'text:bookmark-ref' || tag === 'text:soft-page-break') continue;
    else if (tag !== undefined) out += inlineText(children(node, tag));
  }
  return out;
}

/** Paragraph texts inside a cell or a list, in order. */
function paragraphsIn(nodes: readonly XmlNode[], depth = 0): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'text:p' || tag === 'text:h') out.push(inlineText(children(node, tag)));
    else if (tag !== undefined && tag !== '#text' && depth < 64) out.push(...paragraphsIn(children(node, tag), depth + 1));
  }
  return out;
}

/**
 * A table being read: its rows so far, the cells a row span covers below (a covered cell there
 * repeats the spanning cell's text), and whether a limit stopped it.
 */
interface TableState {
  rows: string[][];
  below: Map<number, { text: string; until: number }>;
  trimRepeats: boolean;
  stopped: boolean;
}

const newTable = (trimRepeats: boolean): TableState => ({ rows: [], below: new Map(), trimRepeats, stopped: false });

/**
 * Adds a table:table-row to its table, repeats laid out. Cells covered by a span are written out in
 * the XML (table:covered-table-cell): one below a row span repeats the spanning cell's text, one
 * beside a column span is empty.
 */
function addRow(tr: XmlNode, table: TableState, sink: DiagnosticSink, budget: { cells: number }): void {
  if (table.stopped) return;
  const { rows, below } = table;
  const cells: string[] = [];
  for (const tc of children(tr, 'table:table-row')) {
    const tag = tagOf(tc);
    if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
    const text = tag === 'table:table-cell' ? paragraphsIn(children(tc, tag)).join('\n').trim() : '';
    // Repeated empty cells (a spreadsheet's trailing columns) add nothing.
    const repeat = count(attr(tc, 'table:number-columns-repeated'), text === '' && table.trimRepeats ? 1 : MAX_COLUMNS + 1);
    const down = count(attr(tc, 'table:number-rows-spanned'), 1 << 20);
    for (let k = 0; k < repeat; k += 1) {
      const column = cells.length;
      if (column >= MAX_COLUMNS) {
        sink.error('too-large', rows.length + 1, `a table row has more than ${MAX_COLUMNS} columns`);
        table.stopped = true;
        return;
      }
      const covering = below.get(column);
      if (tag === 'table:covered-table-cell' && covering !== undefined && covering.until >= rows.length) cells.push(covering.text);
      else cells.push(text);
      if (tag === 'table:table-cell' && down > 1) below.set(column, { text, until: rows.length + down - 1 });
    }
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  const repeatRows = count(attr(tr, 'table:number-rows-repeated'), cells.length === 0 ? 1 : 1 << 20);
  for (let k = 0; k < repeatRows; k += 1) {
    budget.cells -= Math.max(1, cells.length);
    if (budget.cells < 0) {
      sink.error('too-large', rows.length + 1, `the document's tables have more than ${MAX_CELLS} cells`);
      table.stopped = true;
      return;
    }
    rows.push([...cells]);
  }
}

/** A table read to its end: empty rows at the end dropped (not when a limit stopped it). */
function endTable(table: TableState): void {
  if (table.stopped) return;
  while (table.rows.length > 0 && (table.rows[table.rows.length - 1] as string[]).length === 0) table.rows.pop();
}

/** Elements of a table that hold its rows. */
const ROW_GROUPS = new Set(['table:table-header-rows', 'table:table-rows', 'table:table-row-group']);

/**
 * An element open around the reading point: the document, its body, the part read (office:text:
 * `level` elements deep; office:spreadsheet), a table (`groups`: row groups around the point), or
 * anything else.
 */
type Frame =
  | { kind: 'content' }
  | { kind: 'body' }
  | { kind: 'text'; level: number }
  | { kind: 'spreadsheet' }
  | { kind: 'table'; table: TableState; groups: number }
  | { kind: 'other' };
const OTHER: Frame = { kind: 'other' };

/** What a document holds: its paragraphs and tables in order, or its sheets. */
interface Content {
  blocks: Block[];
  sheets: Sheet[];
}

/**
 * content.xml's paragraphs and tables (office:text) or sheets (office:spreadsheet), read in one
 * pass (`scanXml`) that parses one paragraph or table row at a time into a tree.
 */
function readContent(xml: string, kind: 'office:text' | 'office:spreadsheet', sink: DiagnosticSink): Content {
  const content: Content = { blocks: [], sheets: [] };
  const budget = { cells: MAX_CELLS };
  const frames: Frame[] = [];
  const seen = new Set<string>();
  const first = (name: string): boolean => {
    const fresh = !seen.has(name);
    seen.add(name);
    return fresh;
  };
  const open: TableState[] = [];
  let unit: { start: number; depth: number; table: TableState | undefined } | undefined;
  const finish = (start: number, end: number, table: TableState | undefined): void => {
    const node = parseSubtree(xml, start, end);
    if (table !== undefined) addRow(node, table, sink, budget);
    else {
      const tag = tagOf(node) as string;
      content.blocks.push({ kind: 'paragraph', text: inlineText(children(node, tag)) });
    }
  };
  scanXml(xml, {
    open(name, start, end, selfClosing, depth) {
      if (unit !== undefined) return;
      const parent = frames[frames.length - 1];
      let frame = OTHER;
      let table: TableState | undefined;
      let isUnit = false;
      if (parent === undefined) {
        if (name === 'office:document-content' && first(name)) frame = { kind: 'content' };
      } else if (parent.kind === 'content') {
        if (name === 'office:body' && first(name)) frame = { kind: 'body' };
      } else if (parent.kind === 'body') {
        if (name === kind && first(name)) frame = kind === 'office:text' ? { kind: 'text', level: 0 } : { kind: 'spreadsheet' };
      } else if (parent.kind === 'text') {
        if (name === 'table:table') {
          table = newTable(false);
          content.blocks.push({ kind: 'table', rows: table.rows });
        } else if (name === 'text:p' || name === 'text:h') isUnit = true;
        else if (parent.level < 64 && !name.endsWith('-decls') && name !== 'office:forms') frame = { kind: 'text', level: parent.level + 1 };
      } else if (parent.kind === 'spreadsheet') {
        if (name === 'table:table') {
          table = newTable(true);
          content.sheets.push({ name: attr(startTag(xml, start, end, selfClosing), 'table:name') ?? '', rows: table.rows });
        }
      } else if (parent.kind === 'table') {
        if (name === 'table:table-row') {
          isUnit = true;
          table = parent.table;
        } else if (parent.groups < 8 && ROW_GROUPS.has(name)) frame = { kind: 'table', table: parent.table, groups: parent.groups + 1 };
      }
      if (isUnit && selfClosing) finish(start, end, table);
      else if (isUnit) unit = { start, depth, table };
      else {
        if (table !== undefined) {
          frame = { kind: 'table', table, groups: 0 };
          if (selfClosing) endTable(table);
          else open.push(table);
        }
        checkTag(xml, start, end, selfClosing);
        if (!selfClosing) frames.push(frame);
      }
    },
    close(end, depth) {
      if (unit === undefined) {
        const frame = frames.pop();
        if (frame?.kind === 'table' && frame.groups === 0) endTable(open.pop() as TableState);
      } else if (depth === unit.depth) {
        finish(unit.start, end, unit.table);
        unit = undefined;
      }
    },
  });
  // Elements left open run to the end of the text, as in fast-xml-parser's tree.
  if (unit !== undefined) finish(unit.start, xml.length - 1, unit.table);
  for (const table of open) endTable(table);
  return content;
}

/** content.xml of the archive, read (see {@link readContent}); a fault in its XML is the only error reported, as when the whole text was parsed first. */
function contentOf(bytes: Uint8Array, file: string | undefined, kind: 'office:text' | 'office:spreadsheet'): Content {
  const sink = new DiagnosticSink(file);
  const data = unzipEntries(bytes, (name) => name === 'content.xml', file)['content.xml'];
  if (data === undefined) {
    sink.error('unreadable-file', 1, 'not an OpenDocument file: the archive has no content.xml');
    sink.throwIfErrors();
  }
  let content: Content = { blocks: [], sheets: [] };
  try {
    content = readContent(strFromU8(data as Uint8Array), kind, sink);
  } catch (error) {
    const fault = new DiagnosticSink(file);
    fault.error('unreadable-file', 1, `content.xml is not well-formed XML: ${(error as Error).message}`);
    fault.throwIfErrors();
  }
  sink.throwIfErrors();
  return content;
}

/**
 * Reads an OpenDocument text (.odt): paragraphs, headings, list items and tables in order,
 * also inside sections.
 *
 * @throws {TableParseError} when the archive or its XML cannot be read, or passes the limits.
 */
export function readOdt(bytes: Uint8Array, file?: string): Block[] {
  return contentOf(bytes, file, 'office:text').blocks;
}

/**
 * Reads an OpenDocument spreadsheet (.ods): every sheet, repeated rows and columns laid out
 * (empty ones at the end dropped), merged cells as {@link Sheet} says.
 *
 * @throws {TableParseError} when the archive or its XML cannot be read, or passes the limits.
 */
export function readOds(bytes: Uint8Array, file?: string): Sheet[] {
  return contentOf(bytes, file, 'office:spreadsheet').sheets;
}
