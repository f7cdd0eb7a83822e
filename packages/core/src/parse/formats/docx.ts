// Word documents (.docx): the body's paragraphs and tables in reading order (vertical merges
// repeat the text above, grid spans keep the columns), unzipped with fflate and read with
// fast-xml-parser.
import { strFromU8 } from 'fflate';
import type { ResponsibilityTable } from '../../types.js';
import { DiagnosticSink } from '../errors.js';
import type { ParseTableOptions } from '../table.js';
import type { Block } from './blocks.js';
import { readDocument } from './document.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';
import { children, tagOf, unescapeXml, xmlParser, type XmlNode } from './xml-tree.js';
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

/** Rows of a w:tbl, with vertically merged cells (w:vMerge continue) taking the text above and w:gridSpan widths kept. */
function tableRows(tbl: XmlNode, sink: DiagnosticSink, budget: { cells: number }): string[][] {
  const rows: string[][] = [];
  let above: string[] = [];
  for (const tr of children(tbl, 'w:tbl').filter((n) => tagOf(n) === 'w:tr')) {
    const cells: string[] = [];
    for (const tc of cellsOf(tr)) {
      const props = children(tc, 'w:tc').find((n) => tagOf(n) === 'w:tcPr');
      const propList = props === undefined ? [] : children(props, 'w:tcPr');
      const span = Number(propList.find((n) => tagOf(n) === 'w:gridSpan')?.[':@']?.['w:val'] ?? 1);
      if (!Number.isInteger(span) || span < 1 || cells.length + span > MAX_COLUMNS) {
        sink.error('too-large', rows.length + 1, `a table cell spans ${String(span)} columns: more than the ${MAX_COLUMNS} a row may have`);
        return rows;
      }
      const vMerge = propList.find((n) => tagOf(n) === 'w:vMerge');
      const continued = vMerge !== undefined && vMerge[':@']?.['w:val'] !== 'restart';
      const text = continued ? (above[cells.length] ?? '') : textOf(children(tc, 'w:tc')).trim();
      cells.push(text);
      for (let k = 1; k < span; k += 1) cells.push('');
    }
    budget.cells -= cells.length;
    if (budget.cells < 0) {
      sink.error('too-large', rows.length + 1, `the document's tables have more than ${MAX_CELLS} cells`);
      return rows;
    }
    rows.push(cells);
    above = cells;
  }
  return rows;
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

/**
 * Reads a .docx file's body as blocks: paragraphs and tables in order, also those inside content
 * controls (w:sdt). Nested tables are read as the text of their cell.
 *
 * @throws {TableParseError} when the archive or its XML cannot be read, or passes the limits.
 */
export function readDocx(bytes: Uint8Array, file?: string): Block[] {
  const sink = new DiagnosticSink(file);
  const doc = unzipEntries(bytes, (name) => name === 'word/document.xml', file)['word/document.xml'];
  if (doc === undefined) {
    sink.error('unreadable-file', 1, 'not a Word document: the archive has no word/document.xml');
    sink.throwIfErrors();
  }
  let root: XmlNode[] = [];
  try {
    root = xmlParser.parse(strFromU8(doc as Uint8Array)) as XmlNode[];
  } catch (error) {
    sink.error('unreadable-file', 1, `word/document.xml is not well-formed XML: ${(error as Error).message}`);
    sink.throwIfErrors();
  }
  const documentNode = root.find((n) => tagOf(n) === 'w:document');
  const body = documentNode === undefined ? undefined : children(documentNode, 'w:document').find((n) => tagOf(n) === 'w:body');
  const blocks: Block[] = [];
  const budget = { cells: MAX_CELLS };
  const walk = (nodes: XmlNode[], depth: number): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'w:tbl') blocks.push({ kind: 'table', rows: tableRows(node, sink, budget) });
      else if (tag === 'w:p') blocks.push({ kind: 'paragraph', text: textOf(children(node, 'w:p')).replace(/\n$/u, '') });
      else if (depth < 256 && (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml')) walk(children(node, tag), depth + 1);
    }
  };
  walk(body === undefined ? [] : children(body, 'w:body'), 0);
  sink.throwIfErrors();
  return blocks;
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
