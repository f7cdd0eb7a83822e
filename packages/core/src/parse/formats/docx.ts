// Word documents (.docx): the body's paragraphs and tables in reading order (vertical merges
// repeat the text above, grid spans keep the columns), unzipped with fflate, passed over once
// (xml-stream.ts) and each paragraph or table row parsed with fast-xml-parser.
import { strFromU8 } from 'fflate';
import type { ResponsibilityTable } from '../../types.js';
import { DiagnosticSink } from '../errors.js';
import type { ParseTableOptions } from '../table.js';
import type { Block } from './blocks.js';
import { readDocument } from './document.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';
import { children, tagOf, unescapeXml, type XmlNode } from './xml-tree.js';
import { checkTag, parseSubtree, scanXml } from './xml-stream.js';
import { unzipEntries } from './zip.js';

/** Text of a paragraph or cell: runs' w:t, with w:tab as a tab and w:br as a line break. */
function textOf(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') out += unescapeXml(String(node['#text']));
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag === 'w:p') out += `${textOf(children(node, tag))}\n`;
    else if (tag !== undefined && tag !== 'w:tcPr' && tag !== 'w:rPr' && tag !== 'w:pPr' && tag !== 'w:instrText' && tag !== 'w:delText') out += textOf(children(node, tag));
  }
  return out;
}

/** A table being read: its rows so far, the row above (for vertical merges), and whether a limit stopped it. */
interface TableState {
  rows: string[][];
  above: string[];
  stopped: boolean;
}

/** Adds a w:tr to its table: vertically merged cells (w:vMerge continue) take the text above, w:gridSpan widths are kept. */
function addRow(tr: XmlNode, table: TableState, sink: DiagnosticSink, budget: { cells: number }): void {
  if (table.stopped) return;
  const { rows } = table;
  const cells: string[] = [];
  for (const tc of cellsOf(tr)) {
    const props = children(tc, 'w:tc').find((n) => tagOf(n) === 'w:tcPr');
    const propList = props === undefined ? [] : children(props, 'w:tcPr');
    const span = Number(propList.find((n) => tagOf(n) === 'w:gridSpan')?.[':@']?.['w:val'] ?? 1);
    if (!Number.isInteger(span) || span < 1 || cells.length + span > MAX_COLUMNS) {
      sink.error('too-large', rows.length + 1, `a table cell spans ${String(span)} columns: more than the ${MAX_COLUMNS} a row may have`);
      table.stopped = true;
      return;
    }
    const vMerge = propList.find((n) => tagOf(n) === 'w:vMerge');
    const continued = vMerge !== undefined && vMerge[':@']?.['w:val'] !== 'restart';
    const text = continued ? (table.above[cells.length] ?? '') : textOf(children(tc, 'w:tc')).trim();
    cells.push(text);
    for (let k = 1; k < span; k += 1) cells.push('');
  }
  budget.cells -= cells.length;
  if (budget.cells < 0) {
    sink.error('too-large', rows.length + 1, `the document's tables have more than ${MAX_CELLS} cells`);
    table.stopped = true;
    return;
  }
  rows.push(cells);
  table.above = cells;
}

/** The w:tc of a row, also those wrapped in content controls (w:sdt) or custom XML. */
function cellsOf(tr: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (nodes: XmlNode[], depth: number) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:tc') out.push(n);
      else if (depth < 256 && (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')) walk(children(n, tag), depth + 1);
    }
  };
  walk(children(tr, 'w:tr'), 0);
  return out;
}

/** Content controls and custom XML: their paragraphs and tables are read as the body's own. */
const CONTAINERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml']);

/** An element open around the reading point: the document, the body or a container (`level`: containers around it), a table, or anything else. */
type Frame = { kind: 'document' } | { kind: 'body'; level: number } | { kind: 'table'; table: TableState } | { kind: 'other' };
const OTHER: Frame = { kind: 'other' };

/** The blocks of word/document.xml, read in one pass; only a paragraph or a table row at a time is parsed into a tree. */
function bodyBlocks(xml: string, sink: DiagnosticSink): Block[] {
  const blocks: Block[] = [];
  const budget = { cells: MAX_CELLS };
  const frames: Frame[] = [];
  let seenDocument = false;
  let seenBody = false;
  /** The paragraph or row being passed over, parsed whole once it closes. */
  let unit: { start: number; depth: number; table: TableState | undefined } | undefined;
  const finish = (start: number, end: number, table: TableState | undefined): void => {
    const node = parseSubtree(xml, start, end);
    if (table !== undefined) addRow(node, table, sink, budget);
    else blocks.push({ kind: 'paragraph', text: textOf(children(node, 'w:p')).replace(/\n$/u, '') });
  };
  scanXml(xml, {
    open(name, start, end, selfClosing, depth) {
      if (unit !== undefined) return;
      const parent = frames[frames.length - 1];
      let frame = OTHER;
      let table: TableState | undefined;
      let isUnit = false;
      if (parent === undefined) {
        if (name === 'w:document' && !seenDocument) frame = { kind: 'document' };
        seenDocument ||= name === 'w:document';
      } else if (parent.kind === 'document') {
        if (name === 'w:body' && !seenBody) frame = { kind: 'body', level: 0 };
        seenBody ||= name === 'w:body';
      } else if (parent.kind === 'body') {
        if (name === 'w:p') isUnit = true;
        else if (name === 'w:tbl') {
          const rows: string[][] = [];
          blocks.push({ kind: 'table', rows });
          frame = { kind: 'table', table: { rows, above: [], stopped: false } };
        } else if (CONTAINERS.has(name) && parent.level < 256) frame = { kind: 'body', level: parent.level + 1 };
      } else if (parent.kind === 'table' && name === 'w:tr') {
        isUnit = true;
        table = parent.table;
      }
      if (isUnit && selfClosing) finish(start, end, table);
      else if (isUnit) unit = { start, depth, table };
      else {
        checkTag(xml, start, end, selfClosing);
        if (!selfClosing) frames.push(frame);
      }
    },
    close(end, depth) {
      if (unit === undefined) frames.pop();
      else if (depth === unit.depth) {
        finish(unit.start, end, unit.table);
        unit = undefined;
      }
    },
  });
  // An element left open runs to the end of the text, as in fast-xml-parser's tree.
  if (unit !== undefined) finish(unit.start, xml.length - 1, unit.table);
  return blocks;
}

/**
 * Reads a .docx file's body as blocks: paragraphs and tables in order, also those inside content
 * controls (w:sdt). Nested tables are read as the text of their cell. word/document.xml is read in
 * one pass (`scanXml`) that parses one paragraph or table row at a time, so memory follows the
 * text read, not the tree of the whole document.
 *
 * @throws {TableParseError} when the archive or its XML cannot be read, or passes the limits.
 */
export function readDocx(bytes: Uint8Array, file?: string): Block[] {
  const xml = documentXml(bytes, file);
  const sink = new DiagnosticSink(file);
  let blocks: Block[] = [];
  try {
    blocks = bodyBlocks(xml, sink);
  } catch (error) {
    // As when the whole document was parsed first: a fault in the XML is the only error reported.
    const fault = new DiagnosticSink(file);
    fault.error('unreadable-file', 1, `word/document.xml is not well-formed XML: ${(error as Error).message}`);
    fault.throwIfErrors();
  }
  sink.throwIfErrors();
  return blocks;
}

/** word/document.xml as text (the inflated bytes are not kept). */
function documentXml(bytes: Uint8Array, file: string | undefined): string {
  const doc = unzipEntries(bytes, (name) => name === 'word/document.xml', file)['word/document.xml'];
  if (doc === undefined) {
    const sink = new DiagnosticSink(file);
    sink.error('unreadable-file', 1, 'not a Word document: the archive has no word/document.xml');
    sink.throwIfErrors();
  }
  return strFromU8(doc as Uint8Array);
}

/**
 * Parses a .docx file. The first table with a header row (序号 / 重点任务 / 责任单位 …) is read
 * as a table: a full-width row becomes the category of the rows below it, vertically merged cells
 * repeat the text above. Without such a table, the document's text is read in any text layout
 * (see `readDocument`). In messages, "line" is the row or paragraph number in the document.
 */
export function parseDocx(bytes: Uint8Array, options: ParseTableOptions = {}): ResponsibilityTable {
  return { ...readDocument(readDocx(bytes, options.file), options), format: 'docx' };
}
