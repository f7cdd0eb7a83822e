// OpenDocument files (.odt text, .ods spreadsheets): content.xml read with fast-xml-parser.
// Paragraphs, headings, lists and tables of a text document in order; every table of a
// spreadsheet as a sheet. Spans (number-columns/rows-spanned) and repeats are laid out, within limits.
import { strFromU8 } from 'fflate';
import { DiagnosticSink } from '../errors.js';
import type { Block, Sheet } from './blocks.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';
import { children, tagOf, unescapeXml, xmlParser, type XmlNode } from './xml-tree.js';
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
 * The rows of a table:table, repeats laid out. Cells covered by a span are written out in the XML
 * (table:covered-table-cell): one below a row span repeats the spanning cell's text, one beside a
 * column span is empty.
 */
function tableRows(table: XmlNode, sink: DiagnosticSink, budget: { cells: number }, trimRepeats: boolean): string[][] {
  const rows: string[][] = [];
  const below = new Map<number, { text: string; until: number }>();
  const rowNodes: XmlNode[] = [];
  const collect = (nodes: XmlNode[], depth: number) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'table:table-row') rowNodes.push(n);
      else if (depth < 8 && (tag === 'table:table-header-rows' || tag === 'table:table-rows' || tag === 'table:table-row-group')) collect(children(n, tag), depth + 1);
    }
  };
  collect(children(table, 'table:table'), 0);
  for (const tr of rowNodes) {
    const cells: string[] = [];
    for (const tc of children(tr, 'table:table-row')) {
      const tag = tagOf(tc);
      if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
      const text = tag === 'table:table-cell' ? paragraphsIn(children(tc, tag)).join('\n').trim() : '';
      // Repeated empty cells (a spreadsheet's trailing columns) add nothing.
      const repeat = count(attr(tc, 'table:number-columns-repeated'), text === '' && trimRepeats ? 1 : MAX_COLUMNS + 1);
      const down = count(attr(tc, 'table:number-rows-spanned'), 1 << 20);
      for (let k = 0; k < repeat; k += 1) {
        const column = cells.length;
        if (column >= MAX_COLUMNS) {
          sink.error('too-large', rows.length + 1, `a table row has more than ${MAX_COLUMNS} columns`);
          return rows;
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
        return rows;
      }
      rows.push([...cells]);
    }
  }
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).length === 0) rows.pop();
  return rows;
}

function contentOf(bytes: Uint8Array, file: string | undefined): XmlNode[] {
  const sink = new DiagnosticSink(file);
  const content = unzipEntries(bytes, (name) => name === 'content.xml', file)['content.xml'];
  if (content === undefined) {
    sink.error('unreadable-file', 1, 'not an OpenDocument file: the archive has no content.xml');
    sink.throwIfErrors();
  }
  try {
    return xmlParser.parse(strFromU8(content as Uint8Array)) as XmlNode[];
  } catch (error) {
    sink.error('unreadable-file', 1, `content.xml is not well-formed XML: ${(error as Error).message}`);
    sink.throwIfErrors();
    return [];
  }
}

/** The office:body's child of the given kind (office:text, office:spreadsheet). */
function bodyOf(root: XmlNode[], kind: string): XmlNode[] {
  const doc = root.find((n) => tagOf(n) === 'office:document-content');
  const body = doc === undefined ? undefined : children(doc, 'office:document-content').find((n) => tagOf(n) === 'office:body');
  const part = body === undefined ? undefined : children(body, 'office:body').find((n) => tagOf(n) === kind);
  return part === undefined ? [] : children(part, kind);
}

/**
 * Reads an OpenDocument text (.odt): paragraphs, headings, list items and tables in order,
 * also inside sections.
 *
 * @throws {TableParseError} when the archive or its XML cannot be read, or passes the limits.
 */
export function readOdt(bytes: Uint8Array, file?: string): Block[] {
  const sink = new DiagnosticSink(file);
  const budget = { cells: MAX_CELLS };
  const blocks: Block[] = [];
  const walk = (nodes: XmlNode[], depth: number): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'table:table') blocks.push({ kind: 'table', rows: tableRows(node, sink, budget, false) });
      else if (tag === 'text:p' || tag === 'text:h') blocks.push({ kind: 'paragraph', text: inlineText(children(node, tag)) });
      else if (depth < 64 && tag !== undefined && tag !== '#text' && !tag.endsWith('-decls') && tag !== 'office:forms') walk(children(node, tag), depth + 1);
    }
  };
  walk(bodyOf(contentOf(bytes, file), 'office:text'), 0);
  sink.throwIfErrors();
  return blocks;
}

/**
 * Reads an OpenDocument spreadsheet (.ods): every sheet, repeated rows and columns laid out
 * (empty ones at the end dropped), merged cells as {@link Sheet} says.
 *
 * @throws {TableParseError} when the archive or its XML cannot be read, or passes the limits.
 */
export function readOds(bytes: Uint8Array, file?: string): Sheet[] {
  const sink = new DiagnosticSink(file);
  const budget = { cells: MAX_CELLS };
  const sheets = bodyOf(contentOf(bytes, file), 'office:spreadsheet')
    .filter((n) => tagOf(n) === 'table:table')
    .map((t) => ({ name: attr(t, 'table:name') ?? '', rows: tableRows(t, sink, budget, true) }));
  sink.throwIfErrors();
  return sheets;
}
