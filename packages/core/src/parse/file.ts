// Reading a table from the bytes of a file: Word (.docx), Excel (.xlsx), or text in UTF-8,
// UTF-16 or GB18030, whatever its layout.
import type { ResponsibilityTable } from '../types.js';
import { parseDocx, isZip } from './docx.js';
import { DiagnosticSink } from './errors.js';
import { parseXlsx } from './xlsx.js';
import { checkSize, parseTable, type ParseTableOptions } from './table.js';

/**
 * Decodes text bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
 * falling back to GB18030 (common in Chinese government files, a superset of GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * Reads a table from a file's bytes, in Node or the browser: .docx (tables, or paragraphs as
 * prose), .xlsx (first sheet), or text (decoded by {@link decodeText}) in any layout `parseTable`
 * reads. The format is recognised from the content, not the file name.
 *
 * @throws {TableParseError} with every problem and its line (row number for docx and xlsx).
 */
export async function parseFile(data: Uint8Array | ArrayBuffer, options: ParseTableOptions = {}): Promise<ResponsibilityTable> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkSize(bytes.length, 'bytes', options.file);
  if (isZip(bytes)) {
    const sink = new DiagnosticSink(options.file);
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
    if (head.includes('word/')) return parseDocx(bytes, options);
    if (head.includes('xl/')) return parseXlsx(bytes, options);
    sink.error('not-a-table', 1, 'a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) file');
    sink.throwIfErrors();
  }
  const { text, encoding } = decodeText(bytes);
  const bad = encoding === 'gb18030' ? text.indexOf('\uFFFD') : -1;
  if (bad >= 0) {
    const sink = new DiagnosticSink(options.file);
    sink.error('not-a-table', text.slice(0, bad).split('\n').length, 'cannot decode the file: it is neither UTF-8, UTF-16 nor GB18030 text (nor a .docx or .xlsx file)');
    sink.throwIfErrors();
  }
  return parseTable(text, options);
}
