// Reading a table from the bytes of a file, whatever its format: the format is recognised from
// the content (magic bytes, zip entries, OLE streams, MIME headers), never from the file name,
// and each format's reader is loaded only when a file of its kind comes in.
import type { FileFormat, ResponsibilityTable } from '../types.js';
import { DiagnosticSink } from './errors.js';
import type { Block } from './formats/blocks.js';
import type { ReadPdfOptions } from './formats/pdf.js';
import { decodeDeclared, decodeText } from './formats/charset.js';
import { isOle, isPdf, isRtf, isZip, looksLikeHtml } from './formats/magic.js';
import { checkSize, parseTable, type ParseTableOptions } from './table.js';

export { decodeText } from './formats/charset.js';


/** Options of {@link parseFile}: those of `parseTable`, and how PDFs are read. */
export interface ParseFileOptions extends ParseTableOptions {
  /**
   * For PDFs: loaders of the CMaps and standard fonts pdf.js ships (a browser must give them; Node
   * reads them from the installed pdfjs-dist), a worker port, a step timeout. See `ReadPdfOptions`.
   */
  pdf?: ReadPdfOptions;
}

const fail = (file: string | undefined, message: string): never => {
  const sink = new DiagnosticSink(file);
  sink.error('unreadable-file', 1, message);
  sink.throwIfErrors();
  throw new Error('unreachable');
};

/**
 * The format of a file's bytes, from its content. Zip archives are told apart by their entries
 * (word/document.xml, xl/workbook.xml, an OpenDocument mimetype), OLE files by their streams
 * (WordDocument, Workbook); HTML by its first tag, a saved page (.mht) by its MIME headers.
 *
 * @throws {TableParseError} for a container fengong does not read (a PowerPoint file, an OFD file …).
 */
export async function detectFormat(bytes: Uint8Array, file?: string): Promise<FileFormat> {
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) {
    // fflate loads with the first zip container.
    const { unzipEntries, zipEntryNames } = await import('./formats/zip.js');
    const names = new Set(zipEntryNames(bytes, file));
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
    if (names.has('content.xml') && names.has('mimetype')) {
      const mime = new TextDecoder().decode(unzipEntries(bytes, (n) => n === 'mimetype', file).mimetype ?? new Uint8Array());
      if (mime.includes('opendocument.text')) return 'odt';
      if (mime.includes('opendocument.spreadsheet')) return 'ods';
      return fail(file, `an OpenDocument file of a kind fengong does not read (${mime || 'no mimetype'}): save it as .odt or .ods`);
    }
    if (names.has('OFD.xml')) return fail(file, 'an OFD document (GB/T 33190): fengong cannot read OFD yet; save or print it as PDF, or export it to .docx');
    if (names.has('ppt/presentation.xml')) return fail(file, 'a PowerPoint presentation, not a document or a spreadsheet');
    return fail(file, 'a zip archive that is neither a Word (.docx), Excel (.xlsx) nor OpenDocument (.odt, .ods) file');
  }
  if (isOle(bytes)) {
    // The streams tell: only the container reader loads, not the Word or Excel one.
    const { CompoundFile } = await import('./formats/ole.js');
    const open = (): ReturnType<typeof CompoundFile.open> | undefined => {
      try {
        return CompoundFile.open(bytes);
      } catch {
        return undefined; // a damaged container: said below
      }
    };
    const ole = open();
    if (ole?.hasStream('WordDocument') === true) return 'doc';
    if (ole?.hasStream('Workbook') === true || ole?.hasStream('Book') === true) return 'xls';
    return fail(file, 'an OLE compound file that is neither a Word 97–2003 (.doc, .wps) document nor an Excel 97–2003 (.xls) workbook');
  }
  if (isRtf(bytes)) return 'rtf';
  const { looksLikeMhtml } = await import('./formats/mhtml.js');
  if (looksLikeMhtml(bytes)) return 'mhtml';
  // htmlparser2 loads only for a page (htmlToBlocks).
  if (looksLikeHtml(bytes)) return 'html';
  return 'text';
}

async function htmlToBlocks(bytes: Uint8Array, charset: string | undefined, file: string | undefined): Promise<Block[]> {
  const { htmlBlocks, declaredCharset } = await import('./formats/html.js');
  return htmlBlocks(decodeDeclared(bytes, declaredCharset(bytes) ?? charset), file);
}

/** A document format's blocks, its reader loaded on demand. */
async function documentBlocks(format: FileFormat, bytes: Uint8Array, file: string | undefined, pdf: ReadPdfOptions | undefined): Promise<Block[]> {
  switch (format) {
    case 'docx':
      return (await import('./formats/docx.js')).readDocx(bytes, file);
    case 'odt':
      return (await import('./formats/odf.js')).readOdt(bytes, file);
    case 'doc':
      return (await import('./formats/doc.js')).readDoc(bytes, file);
    case 'rtf':
      return (await import('./formats/rtf.js')).readRtf(bytes, file);
    case 'pdf':
      return (await import('./formats/pdf.js')).readPdf(bytes, file, pdf);
    case 'html':
      return htmlToBlocks(bytes, undefined, file);
    case 'mhtml': {
      const { mhtmlPage } = await import('./formats/mhtml.js');
      const page = mhtmlPage(bytes, file);
      return htmlToBlocks(page.html, page.charset, file);
    }
    default:
      throw new Error(`not a document format: ${format}`);
  }
}

/**
 * Reads a table from a file's bytes, in Node or the browser. The format is recognised from the
 * content ({@link detectFormat}) and recorded in the result's `format`:
 *
 * - documents — Word (.docx; .doc and .wps, Word 97–2003 binary), OpenDocument text (.odt), RTF,
 *   web pages (.html, and .mht saved by a browser or WPS, in the charset they declare) and PDF
 *   with a text layer: the first table with a header row is read cell by cell; without one the
 *   document's text is read in any layout `parseTable` knows;
 * - spreadsheets — .xlsx, .xls, .ods: the first sheet with a header row;
 * - text in UTF-8, UTF-16 or GB18030 (see {@link decodeText}), in any layout `parseTable` reads.
 *
 * @throws {TableParseError} with every problem and its line (row or paragraph number in documents).
 */
export async function parseFile(data: Uint8Array | ArrayBuffer, options: ParseFileOptions = {}): Promise<ResponsibilityTable> {
  // A plain Uint8Array view (a Node Buffer is a subclass some readers refuse), no copy.
  const bytes = data instanceof Uint8Array ? (data.constructor === Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) : new Uint8Array(data);
  checkSize(bytes.length, 'bytes', options.file);
  const format = await detectFormat(bytes, options.file);
  if (format === 'text') {
    const { text, encoding } = decodeText(bytes);
    const bad = encoding === 'gb18030' ? text.indexOf('\uFFFD') : -1;
    if (bad >= 0) {
      const sink = new DiagnosticSink(options.file);
      sink.error('not-a-table', text.slice(0, bad).split('\n').length, 'cannot decode the file: it is neither UTF-8, UTF-16 nor GB18030 text, nor a document or spreadsheet format fengong reads');
      sink.throwIfErrors();
    }
    return { ...parseTable(text, options), format };
  }
  const { readDocument, readWorkbook } = await import('./formats/document.js');
  if (format === 'xlsx') return { ...readWorkbook(await (await import('./formats/xlsx.js')).readXlsx(bytes, options.file), options), format };
  if (format === 'ods') return { ...readWorkbook((await import('./formats/odf.js')).readOds(bytes, options.file), options), format };
  if (format === 'xls') return { ...readWorkbook((await import('./formats/xls.js')).readXls(bytes, options.file), options), format };
  const { pdf, ...rest } = options;
  return { ...readDocument(await documentBlocks(format, bytes, options.file, pdf), rest), format };
}
