// Word 97–2003 binary documents (.doc, and .wps as WPS Office writes them), read from the bytes
// as [MS-DOC] describes them: the OLE container (ole.ts), the FIB and the
// piece table (doc-text.ts), the paragraph properties that make tables (doc-properties.ts), and
// the main document's characters walked into paragraphs and table rows here. Runs in Node and in
// browsers: Uint8Array and TextDecoder only.
import { DiagnosticSink } from '../errors.js';
import type { Block } from './blocks.js';
import { fail, FormatFailure } from './binary.js';
import { CompoundFile, isOle } from './ole.js';
import { ParagraphProperties } from './doc-properties.js';
import type { ParagraphTable } from './doc-sprm.js';
import { tableRows, type RawRow } from './doc-tables.js';
import { fcOf, mainText, readFib, readPieces, type Pieces } from './doc-text.js';
import { MAX_CELLS, MAX_COLUMNS } from './limits.js';

export { isOle } from './ole.js';

/**
 * True for an OLE compound file ([MS-CFB], signature D0 CF 11 E0 A1 B1 1A E1) whose root storage
 * holds a `WordDocument` stream ([MS-DOC] 2.1.1): a Word 97–2003 .doc, or a .wps saved by WPS
 * Office in the same format. An .xls, an encrypted .docx or another compound file is not one.
 * Never throws.
 */
export function isWordBinary(bytes: Uint8Array): boolean {
  if (!isOle(bytes)) return false;
  try {
    return CompoundFile.open(bytes).hasStream('WordDocument');
  } catch {
    return false;
  }
}

/** Characters of the text with a meaning of their own ([MS-DOC] 2.4.1, 2.4.3, 2.8.25 PlcFld). */
const CH = {
  CELL: 0x07,
  TAB: 0x09,
  LINE: 0x0b,
  PAGE: 0x0c,
  PARAGRAPH: 0x0d,
  COLUMN: 0x0e,
  FIELD_BEGIN: 0x13,
  FIELD_SEPARATOR: 0x14,
  FIELD_END: 0x15,
  NON_BREAKING_HYPHEN: 0x1e,
  NBSP: 0xa0,
} as const;

/** Tables nested deeper than this are a damaged sprmPItap, not a document: far deeper than any real one. */
const MAX_DEPTH = 64;

/** Marks a page or column break inside a paragraph's text until the paragraph's end says where it is. */
const BREAK = '\f';

/** A table being read: its finished rows, the cells of the row being read, the paragraphs of the cell being read. */
interface OpenTable {
  rows: RawRow[];
  cells: string[];
  cell: string[];
}

/**
 * Builds blocks from paragraphs as their marks end them. Tables nest: a paragraph of depth d
 * closes the tables deeper than d (a nested table's cells become lines of the cell holding it,
 * as the .docx reader reads them) and opens tables up to depth d.
 */
class Assembler {
  readonly blocks: Block[] = [];
  private readonly open: OpenTable[] = [];
  private readonly budget = { cells: MAX_CELLS, raw: MAX_CELLS };

  paragraph(text: string, table: ParagraphTable, cellMark: boolean): void {
    const depth = table.depth;
    if (depth > MAX_DEPTH) fail(`a paragraph is in a table nested ${depth} deep (sprmPItap): the file is damaged`);
    this.closeTo(depth);
    if (depth === 0) {
      const parts = text.split(BREAK).filter((p) => p !== '');
      for (const part of parts.length === 0 ? [''] : parts) this.blocks.push({ kind: 'paragraph', text: part });
      return;
    }
    while (this.open.length < depth) this.open.push({ rows: [], cells: [], cell: [] });
    const t = this.open[depth - 1] as OpenTable;
    const rowEnd = depth === 1 ? table.ttp : table.innerTtp;
    const cellEnd = depth === 1 ? cellMark : table.innerCell || cellMark;
    if (rowEnd) {
      if (text !== '' || t.cell.length > 0) this.endCell(t, text);
      t.rows.push({ cells: t.cells, layout: table.row });
      t.cells = [];
    } else if (cellEnd) {
      this.endCell(t, text);
    } else {
      t.cell.push(text);
    }
  }

  /** Closes every open table (at the end of the text). */
  finish(): Block[] {
    this.closeTo(0);
    return this.blocks;
  }

  private endCell(t: OpenTable, text: string): void {
    t.cell.push(text);
    t.cells.push(t.cell.join('\n').replaceAll(BREAK, '\n').trim());
    t.cell = [];
    if (t.cells.length > MAX_COLUMNS) fail(`a table row has more than ${MAX_COLUMNS} cells`, 'too-large');
    this.budget.raw -= 1;
    if (this.budget.raw < 0) fail(`the document's tables have more than ${MAX_CELLS} cells`, 'too-large');
  }

  private closeTo(depth: number): void {
    while (this.open.length > depth) {
      const t = this.open.pop() as OpenTable;
      if (t.cell.length > 0) this.endCell(t, t.cell.pop() as string);
      if (t.cells.length > 0) t.rows.push({ cells: t.cells, layout: undefined });
      const parent = this.open[this.open.length - 1];
      if (parent === undefined) {
        if (t.rows.length > 0) this.blocks.push({ kind: 'table', rows: tableRows(t.rows, this.budget) });
      } else {
        for (const row of t.rows) for (const cell of row.cells) if (cell !== '') parent.cell.push(cell);
      }
    }
  }
}

/**
 * Walks the main document's characters into blocks. Field codes ([MS-DOC] 2.8.25): between a
 * field's begin (0x13) and separator (0x14) is its instruction, dropped; between the separator
 * and the end (0x15) its result, kept; fields nest. A paragraph mark (0x0D) or cell mark (0x07)
 * ends a paragraph, whose properties are those of the mark's FC.
 */
function walk(text: Uint8Array, pieces: Pieces, properties: ParagraphProperties): Block[] {
  const length = text.length / 2;
  const utf16 = new TextDecoder('utf-16le');
  const decode = (from: number, to: number) => utf16.decode(text.subarray(2 * from, 2 * to));
  const out = new Assembler();
  const fields: boolean[] = [];
  let hidden = 0;
  let paragraph = '';
  let run = 0;
  let piece = 0;
  const add = (s: string) => {
    if (hidden === 0) paragraph += s;
  };
  for (let cp = 0; cp < length; cp += 1) {
    const c = (text[2 * cp] as number) | ((text[2 * cp + 1] as number) << 8);
    if (c >= 0x20 && c !== CH.NBSP) continue;
    if (hidden === 0 && run < cp) paragraph += decode(run, cp);
    run = cp + 1;
    switch (c) {
      case CH.PARAGRAPH:
      case CH.CELL: {
        while (piece + 1 < pieces.count && (pieces.cps[piece + 1] as number) <= cp) piece += 1;
        out.paragraph(paragraph, properties.at(fcOf(pieces, piece, cp), piece), c === CH.CELL);
        paragraph = '';
        break;
      }
      case CH.FIELD_BEGIN:
        fields.push(true);
        hidden += 1;
        break;
      case CH.FIELD_SEPARATOR:
        if (fields[fields.length - 1] === true) {
          fields[fields.length - 1] = false;
          hidden -= 1;
        }
        break;
      case CH.FIELD_END:
        if (fields.pop() === true) hidden -= 1;
        break;
      case CH.TAB:
        add('\t');
        break;
      case CH.LINE:
        add('\n');
        break;
      case CH.PAGE:
      case CH.COLUMN:
        add(BREAK);
        break;
      case CH.NON_BREAKING_HYPHEN:
        add('-');
        break;
      case CH.NBSP:
        add(' ');
        break;
      default:
        // 0x01 picture, 0x08 drawn object, 0x1F optional hyphen, 0x02 / 0x05 note and comment
        // references, other control characters: no text.
        break;
    }
  }
  if (hidden === 0 && run < length) paragraph += decode(run, length);
  if (paragraph !== '') out.paragraph(paragraph, { depth: 0, ttp: false, innerCell: false, innerTtp: false, row: undefined }, false);
  return out.finish();
}

/** The document's streams, FIB and text, then the walk. */
function read(bytes: Uint8Array): Block[] {
  const ole = CompoundFile.open(bytes);
  if (!ole.hasStream('WordDocument')) {
    if (ole.hasStream('EncryptedPackage')) fail('the document is password-protected (an encrypted Office 2007+ file): open it in Word or WPS, remove the password, and save it again');
    if (ole.hasStream('Workbook') || ole.hasStream('Book')) fail('an Excel workbook, not a Word document: the OLE compound file has no WordDocument stream');
    fail('an OLE compound file without a WordDocument stream: not a Word 97–2003 document');
  }
  const streams = ole.read(['WordDocument', '0Table', '1Table']);
  const wd = streams.get('WordDocument') as Uint8Array;
  const fib = readFib(wd);
  if (fib.encrypted) fail('the document is password-protected (encrypted): open it in Word or WPS, remove the password, and save it again');
  const table = streams.get(fib.tableStream);
  if (table === undefined) fail(`the document has no ${fib.tableStream} stream, which its FIB names: the file is damaged`);
  const pieces = readPieces(table, fib, wd.length);
  const text = mainText(wd, pieces);
  let data: Uint8Array | null | undefined;
  const dataStream = (): Uint8Array | undefined => {
    data ??= ole.read(['Data']).get('Data') ?? null;
    return data ?? undefined;
  };
  return walk(text, pieces, new ParagraphProperties(wd, table, fib, pieces, dataStream));
}

/**
 * Reads a Word 97–2003 document (.doc; also .wps in the same format) into blocks: the main
 * document's paragraphs and tables in reading order — footnotes, headers, comments and text boxes
 * are left out ([MS-DOC] 2.4.1: only the first FibRgLw97.ccpText characters).
 *
 * Text ([MS-DOC] 2.4.1, 2.9.73): the piece table (Clx → Pcdt → PlcPcd) in the 0Table or 1Table
 * stream (FibBase.fWhichTblStm) maps characters to the WordDocument stream, as UTF-16LE or as
 * 8-bit text at fc/2 (fCompressed, with the mapping of 2.9.73). Field instructions are dropped and
 * their results kept (nested fields too); 0x0B is a line break (`\n`), 0x0C / 0x0E (page, section
 * and column breaks) end a paragraph (`\n` inside a cell), 0x1E is `-`, 0xA0 a space, tabs stay;
 * pictures (0x01), drawn objects (0x08), optional hyphens (0x1F) and other control characters
 * are dropped.
 *
 * Tables ([MS-DOC] 2.4.3): paragraphs are in a table by their properties (PlcBtePapx → PapxFkp
 * → sprmPFInTable / sprmPItap / sprmPDtap; a piece's Prm too); a cell ends at its 0x07 mark (in a
 * nested table at sprmPFInnerTableCell), a row at its TTP mark (sprmPFTtp; nested:
 * sprmPFInnerTtp) — so empty cells stay `''`. The cell edges of each row (sprmTDefTable) give the
 * table's grid: a cell spanning grid columns is followed by `''`, a vertically merged cell
 * (TC80 vertMerge, sprmTVertMerge) repeats the text above (see {@link Block}). A nested table's
 * cells become lines of the cell that holds it. A cell's paragraphs are joined by `\n` and trimmed.
 *
 * Throws a `TableParseError`: `unreadable-file` for a damaged or truncated file (each structure's
 * offsets are checked against its stream), a password-protected document (FibBase.fEncrypted), a
 * Word 6.0/95 document, or a compound file without a WordDocument stream; `too-large` when a
 * stream exceeds MAX_EXTRACTED_BYTES, the piece table has more than a million pieces, or the
 * tables exceed MAX_CELLS cells or MAX_COLUMNS cells in a row — each checked before the work.
 */
export function readDoc(bytes: Uint8Array, file?: string): Block[] {
  const sink = new DiagnosticSink(file);
  let blocks: Block[] = [];
  try {
    blocks = read(bytes);
  } catch (error) {
    if (error instanceof FormatFailure) sink.error(error.code, 1, error.message);
    else sink.error('unreadable-file', 1, `not a readable Word 97–2003 document: ${error instanceof Error ? error.message : String(error)}`);
  }
  sink.throwIfErrors();
  return blocks;
}
