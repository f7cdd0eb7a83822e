// PDF files with a text layer → paragraphs and tables. pdf.js (pdfjs-dist, loaded on first use)
// gives each page's positioned text and drawing operators; the text is grouped into lines and
// paragraphs (pdf-lines.ts), tables are rebuilt from their ruling lines (pdf-rulings.ts,
// pdf-grid.ts) and pages joined into one document (pdf-pages.ts). A PDF without a text layer (a
// scan) is refused with a pointer to OCR.
import { DiagnosticSink } from '../errors.js';
import type { Block } from './blocks.js';
import { MAX_CELLS, MAX_EXTRACTED_BYTES, MAX_PAGES } from './limits.js';
import { openPdf, type AssetLog, type PdfEngineOptions, type PdfJsLoadingTask, type PdfJsTextItem } from './pdf-engine.js';
import { cleanText, type TextPiece } from './pdf-lines.js';
import { findGrids } from './pdf-grid.js';
import { assemble, layoutPage, type PageLayout } from './pdf-pages.js';
import { rulings, type RulingOps } from './pdf-rulings.js';

/**
 * Options of `readPdf` (the PDF reader `parseFile` uses; give them as `parseFile(bytes, { pdf })`). In Node none are needed. A browser build gives `cMap` (and
 * `standardFont`) loaders, since pdf.js cannot read its CMaps from disk there, e.g. with the
 * folders `pdfjs-dist/cmaps/` and `pdfjs-dist/standard_fonts/` copied into the app's assets:
 *
 * ```ts
 * const load = (url: string) => fetch(url).then(async (r) => new Uint8Array(await r.arrayBuffer()));
 * await readPdf(bytes, 'plan.pdf', {
 *   cMap: (name) => load(`/pdfjs/cmaps/${name}.bcmap`),
 *   standardFont: (filename) => load(`/pdfjs/standard_fonts/${filename}`),
 *   // optional: parse off the main thread
 *   workerPort: new Worker(new URL('pdfjs-dist/legacy/build/pdf.worker.mjs', import.meta.url), { type: 'module' }),
 * });
 * ```
 *
 * Without a `cMap` loader in a browser, text in fonts that use a predefined CMap (common in
 * Chinese PDFs: UniGB-UCS2-H, GBK-EUC-H …) is lost, and a PDF with only such text is refused.
 */
export interface ReadPdfOptions extends PdfEngineOptions {
  /**
   * Gives up on a step of pdf.js (opening the document, reading one page) that takes longer than
   * this many milliseconds (default 30 000), reporting the file as unreadable. It cannot stop
   * pdf.js's worker code while it is busy on this thread, only a step that never settles.
   */
  stepTimeout?: number;
}

export { isPdf } from './magic.js';

const NO_TEXT = 'the PDF has no text layer (a scan?): run OCR on it first, e.g. ocrmypdf, then read the result';

class Timeout extends Error {}

/** An error from pdf.js (often thrown asynchronously, sometimes not an Error) as a sentence. */
function describe(error: unknown): { code: 'unreadable-file'; message: string } {
  const e = error as { name?: unknown; message?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : '';
  const message = typeof e?.message === 'string' && e.message !== '' ? e.message : String(error);
  if (name === 'PasswordException') {
    return { code: 'unreadable-file', message: 'the PDF is encrypted and needs a password to open: remove the protection (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and read the result' };
  }
  if (name === 'InvalidPDFException') return { code: 'unreadable-file', message: `not a readable PDF (damaged or truncated?): ${message}` };
  return { code: 'unreadable-file', message: `cannot read the PDF: ${message}` };
}

/** Text items of a page (marked-content markers skipped) as pieces, y flipped to grow downward. */
function piecesOf(items: readonly unknown[], pageTop: number): TextPiece[] {
  const out: TextPiece[] = [];
  for (const raw of items) {
    const item = raw as Partial<PdfJsTextItem>;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform) || item.transform.length < 6) continue;
    const [a, b, c, d, e, f] = item.transform;
    const size = Math.hypot(c ?? 0, d ?? 0) || (typeof item.height === 'number' ? item.height : 0) || Math.hypot(a ?? 0, b ?? 0);
    const text = cleanText(item.str);
    if (text === '' || typeof e !== 'number' || typeof f !== 'number') continue;
    out.push({ text, x: e, y: pageTop - f, width: typeof item.width === 'number' && Number.isFinite(item.width) ? item.width : 0, size: Number.isFinite(size) && size > 0 ? size : 1 });
  }
  return out;
}

/**
 * Reads a PDF's text layer as paragraphs and tables, in reading order. Text is grouped into
 * lines by baseline and joined left to right (no space between CJK characters, a space for a
 * wide gap); a line wrapped onto the next joins its paragraph when it clearly continues (same
 * left margin, the line before reaching the right margin, no sentence end), otherwise each line
 * is a paragraph. Tables are rebuilt from their ruling lines: merged cells give their text to
 * the top-left grid cell, repeated down a vertical merge, '' across a horizontal span; in-cell
 * line wraps join (no space between CJK text), separate paragraphs in a cell are joined by '\n'.
 * A table continued on the next page is one table, its repeated header row dropped. Text in a
 * table without ruling lines comes out as lines (no table is guessed).
 *
 * pdf.js runs its worker code on this thread unless `options.workerPort` is given, logs only
 * errors, fetches nothing from the network, and in Node reads its CMaps and standard fonts from
 * the installed pdfjs-dist (see {@link ReadPdfOptions} for browsers).
 *
 * @throws {TableParseError} 'no-text' for a PDF without a text layer (a scan), 'unreadable-file'
 * for a damaged or password-protected one, 'too-large' beyond {@link MAX_PAGES} pages,
 * {@link MAX_EXTRACTED_BYTES} of text or {@link MAX_CELLS} table cells.
 */
export async function readPdf(bytes: Uint8Array, file?: string, options: ReadPdfOptions = {}): Promise<Block[]> {
  const sink = new DiagnosticSink(file);
  const log: AssetLog = { missing: [] };
  const limit = options.stepTimeout ?? 30_000;
  let task: PdfJsLoadingTask | undefined;
  const step = <T>(promise: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Timeout(`pdf.js did not finish reading the PDF (a step took over ${limit / 1000} s): a damaged file?`)), limit);
      promise.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  const pages: PageLayout[] = [];
  let characters = 0;
  let extracted = 0;
  let cells = 0;
  try {
    const opened = await openPdf(bytes, options, log);
    task = opened.task;
    const O = opened.ops;
    const ops: RulingOps = {
      ...O,
      stroke: [O.stroke, O.closeStroke, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke],
      fill: [O.fill, O.eoFill, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke],
    };
    const doc = await step(task.promise);
    if (doc.numPages > MAX_PAGES) sink.error('too-large', 1, `the PDF has ${doc.numPages} pages; at most ${MAX_PAGES} are read`);
    for (let n = 1; n <= doc.numPages && !sink.hasErrors; n += 1) {
      const page = await step(doc.getPage(n));
      const pageTop = Math.max(page.view[1] ?? 0, page.view[3] ?? 0);
      const content = await step(page.getTextContent({ includeMarkedContent: false }));
      const pieces = piecesOf(content.items, pageTop);
      for (const p of pieces) {
        characters += p.text.trim().length;
        extracted += p.text.length * 3;
      }
      if (extracted > MAX_EXTRACTED_BYTES) {
        sink.error('too-large', 1, `the PDF holds more than ${MAX_EXTRACTED_BYTES} bytes of text`);
        break;
      }
      // Ruling lines only matter where there is text to put in a table.
      const segments = pieces.length === 0 ? [] : await step(page.getOperatorList()).then((list) => rulings(list.fnArray, list.argsArray, ops, pageTop));
      const grids = findGrids(segments);
      for (const grid of grids) cells += (grid.xs.length - 1) * (grid.ys.length - 1);
      if (cells > MAX_CELLS) {
        sink.error('too-large', 1, `the PDF's tables have more than ${MAX_CELLS} cells`);
        break;
      }
      pages.push(layoutPage(pieces, { grids }));
      page.cleanup();
    }
    if (!sink.hasErrors && characters === 0) {
      const missing = [...new Set(log.missing)];
      if (doc.numPages === 0) sink.error('no-text', 1, 'the PDF has no pages');
      else if (missing.length > 0) sink.error('no-text', 1, `the PDF's text could not be decoded: ${missing.join(', ')} could not be loaded (give readPdf cMap and standardFont loaders)`);
      else sink.error('no-text', 1, NO_TEXT);
    }
  } catch (error) {
    if (error instanceof Timeout) sink.error('unreadable-file', 1, error.message);
    else {
      const d = describe(error);
      sink.error(d.code, 1, d.message);
    }
  } finally {
    // Destroying ends pdf.js's work on the document. Not awaited: with the worker code on this
    // thread its promise may never settle, and waiting would hold the caller (and a CLI process)
    // for the step timeout after the reading is done.
    if (task !== undefined) task.destroy().catch(() => undefined);
  }
  sink.throwIfErrors();
  return assemble(pages);
}
