// Word documents (.docx): tables read cell by cell (vertical merges respected), or the paragraphs
// read as prose when the document holds no responsibility table. Unzipped with fflate, XML read
// with fast-xml-parser.
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { ResponsibilityTable } from '../types.js';
import { DiagnosticSink } from './errors.js';
import { interpretGrid, type GridRow } from './grid.js';
import { parseProse } from './prose.js';
import type { ParseOptions } from './word-table.js';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

const children = (node: XmlNode, tag: string): XmlNode[] => (node[tag] as XmlNode[] | undefined) ?? [];
const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((k) => k !== ':@');

/** Text of a paragraph or cell: runs' w:t, with w:tab as a tab and w:br as a line break. */
function textOf(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') out += String(node['#text']);
    else if (tag === 'w:tab') out += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') out += '\n';
    else if (tag === 'w:p') out += `${textOf(children(node, tag))}\n`;
    else if (tag !== undefined && tag !== 'w:tcPr' && tag !== 'w:rPr' && tag !== 'w:pPr' && tag !== 'w:instrText') out += textOf(children(node, tag));
  }
  return out;
}

/** Rows of a w:tbl, with vertically merged cells (w:vMerge continue) taking the text above and w:gridSpan widths kept. */
function tableRows(tbl: XmlNode, start: number): GridRow[] {
  const rows: GridRow[] = [];
  let above: string[] = [];
  for (const tr of children(tbl, 'w:tbl').filter((n) => tagOf(n) === 'w:tr')) {
    const cells: string[] = [];
    for (const tc of children(tr, 'w:tr').filter((n) => tagOf(n) === 'w:tc')) {
      const props = children(tc, 'w:tc').find((n) => tagOf(n) === 'w:tcPr');
      const propList = props === undefined ? [] : children(props, 'w:tcPr');
      const span = Number(propList.find((n) => tagOf(n) === 'w:gridSpan')?.[':@']?.['w:val'] ?? 1);
      const vMerge = propList.find((n) => tagOf(n) === 'w:vMerge');
      const continued = vMerge !== undefined && vMerge[':@']?.['w:val'] !== 'restart';
      const text = continued ? (above[cells.length] ?? '') : textOf(children(tc, 'w:tc')).trim();
      cells.push(text);
      for (let k = 1; k < span; k += 1) cells.push('');
    }
    rows.push({ cells, line: start + rows.length });
    above = cells;
  }
  return rows;
}

/** True for the bytes of a zip archive (docx and xlsx are zips). */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Parses a .docx file. The first table with a header row (序号 / 重点任务 / 责任单位 …) is read
 * as a table: a full-width row becomes the category of the rows below it, vertically merged cells
 * repeat the text above. Without such a table, the paragraphs are read as prose (numbered tasks
 * with 牵头单位：… lines or closing parentheticals). In messages, "line" is the row or paragraph
 * number in the document.
 */
export function parseDocx(bytes: Uint8Array, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  let xml: string | undefined;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = files['word/document.xml'];
    if (doc !== undefined) xml = strFromU8(doc);
  } catch (error) {
    sink.error('not-a-table', 1, `not a readable .docx file: ${(error as Error).message}`);
  }
  if (xml === undefined) {
    if (!sink.hasErrors) sink.error('not-a-table', 1, 'not a Word document: the archive has no word/document.xml');
    sink.throwIfErrors();
  }
  const root = parser.parse(xml as string) as XmlNode[];
  const documentNode = root.find((n) => tagOf(n) === 'w:document');
  const body = documentNode === undefined ? undefined : children(documentNode, 'w:document').find((n) => tagOf(n) === 'w:body');
  const blocks = body === undefined ? [] : children(body, 'w:body');

  const paragraphs: string[] = [];
  let counter = 1;
  for (const [index, block] of blocks.entries()) {
    const tag = tagOf(block);
    if (tag === 'w:tbl') {
      const rows = tableRows(block, counter);
      const probe = new DiagnosticSink(options.file);
      const table = interpretGrid(
        [...paragraphs.map((p, i) => ({ cells: [p], line: i + 1 })), ...rows],
        'docx',
        options,
        probe,
      );
      if (table !== undefined || probe.items.some((d) => d.code !== 'missing-header')) {
        probe.throwIfErrors();
        const found = table as ResponsibilityTable;
        // Paragraphs after the table are kept as notes, like text under a pasted table.
        let line = counter + rows.length;
        for (const after of blocks.slice(index + 1)) {
          if (tagOf(after) !== 'w:p') continue;
          const text = textOf(children(after, 'w:p')).trim();
          if (text !== '') {
            found.notes.push(text);
            const d = { severity: 'warning' as const, code: 'text-after-table' as const, message: `text “${text.slice(0, 40)}” after the table is not a task; kept as a note`, line };
            found.diagnostics.push(options.file === undefined ? d : { ...d, file: options.file });
          }
          line += 1;
        }
        return found;
      }
      counter += rows.length;
    } else if (tag === 'w:p') {
      paragraphs.push(textOf(children(block, 'w:p')).replace(/\n$/u, ''));
      counter += 1;
    }
  }
  return parseProse(paragraphs.join('\n'), options);
}
