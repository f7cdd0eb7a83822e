// Excel 97–2003 workbooks (.xls, BIFF8), read from the bytes: the Workbook stream out of its OLE
// compound file (xls-container.ts), then its records as [MS-XLS] describes them — the workbook
// globals (BOF, FILEPASS, BOUNDSHEET8, SST + CONTINUE, EOF) here, each worksheet's substream in
// xls-sheet.ts, its cells and merges in xls-grid.ts. Runs in Node and in browsers: Uint8Array and
// DataView only.
import type { Sheet } from './blocks.js';
import { DiagnosticSink } from '../errors.js';
import { holdsWorkbook, readWorkbookStream } from './xls-container.js';
import type { CellBudget } from './xls-grid.js';
import { need, recordAt, RT } from './xls-records.js';
import { fail, FormatFailure, u16, u32 } from './binary.js';
import { readSheet, type ScanBudget } from './xls-sheet.js';
import { ContinuedData, readSharedStrings, readShortUnicodeString } from './xls-strings.js';

/** BIFF8's BOF version ([MS-XLS] 2.4.21 BOF, vers) and the globals substream's type (dt). */
const BIFF8 = 0x0600;
const BOF_GLOBALS = 0x0005;
/** BOF record types of BIFF2, BIFF3 and BIFF4, which predate 0x0809. */
const OLD_BOFS = new Set([0x0009, 0x0209, 0x0409]);
const OLD_VERSION = 'an Excel 5.0/95 workbook: save it as .xls (97–2003) or .xlsx';

interface BoundSheet {
  name: string;
  /** Stream position of the sheet's BOF record. */
  offset: number;
  /** [MS-XLS] 2.4.28 BoundSheet8 dt: 0 worksheet or dialog sheet, 1 macro sheet, 2 chart, 6 VBA module. */
  kind: number;
}

/**
 * True for an OLE compound file ([MS-CFB], signature D0 CF 11 E0 A1 B1 1A E1) holding a root-level
 * `Workbook` stream (Excel 97–2003) or `Book` stream (Excel 5.0/95, which {@link readXls} rejects
 * with a clear message). A Word `.doc` or other compound file is not one.
 */
export function isXls(bytes: Uint8Array): boolean {
  return holdsWorkbook(bytes);
}

/** [MS-XLS] Workbook globals substream: sheet list and shared strings; fails on FILEPASS. */
function readGlobals(stream: Uint8Array): { sheets: BoundSheet[]; sst: string[] } {
  const where = 'the workbook globals substream';
  const bof = recordAt(stream, 0, where);
  if (bof.type !== RT.BOF) fail(OLD_BOFS.has(bof.type) ? OLD_VERSION : 'the Workbook stream does not start with a BOF record: the file is damaged');
  need(bof, 4, 'BOF');
  if (u16(bof.data, 0) !== BIFF8) fail(OLD_VERSION);
  if (u16(bof.data, 2) !== BOF_GLOBALS) fail('the Workbook stream does not start with the workbook globals: the file is damaged');
  const sheets: BoundSheet[] = [];
  let sst: string[] = [];
  for (let pos = bof.next; ; ) {
    const record = recordAt(stream, pos, where);
    pos = record.next;
    if (record.type === RT.EOF) break;
    if (record.type === RT.FILEPASS) {
      fail('the workbook is password-protected (encrypted): open it in Excel or WPS, remove the password, and save it again');
    } else if (record.type === RT.BOUNDSHEET8) {
      // lbPlyPos (4), hsState (1), dt (1), stName (ShortXLUnicodeString).
      need(record, 8, 'BOUNDSHEET8');
      const name = readShortUnicodeString(new ContinuedData([record.data.subarray(6)], 'a sheet name'));
      sheets.push({ name, offset: u32(record.data, 0), kind: record.data[5] as number });
    } else if (record.type === RT.SST) {
      const parts = [record.data];
      while (pos + 4 <= stream.length && u16(stream, pos) === RT.CONTINUE) {
        const more = recordAt(stream, pos, where);
        parts.push(more.data);
        pos = more.next;
      }
      sst = readSharedStrings(parts);
    }
  }
  return { sheets, sst };
}

/**
 * Reads every worksheet of an Excel 97–2003 workbook (.xls, BIFF8 in an OLE compound file), in
 * workbook order; chart, macro and dialog sheets are skipped, hidden worksheets are kept. Each
 * sheet's rows hold its cells' text, row index = spreadsheet row − 1: empty rows inside stay as
 * `[]`, trailing empty cells and rows are dropped. Merged ranges follow the {@link Sheet} rule
 * (below the top-left cell the range's first column repeats its text; other covered cells are '').
 *
 * Cell text ([MS-XLS] 2.4): shared strings (LABELSST → SST, 2.4.265, with CONTINUE records, rich
 * text runs and phonetic data skipped), LABEL and RSTRING (XLUnicodeString, 2.5.294), NUMBER,
 * RK and MULRK (RkNumber, 2.5.217), BOOLERR (TRUE/FALSE or the error, e.g. #N/A), FORMULA (the
 * cached result; a string result from the STRING record after it). Numbers are written without
 * number formats: integers as "1", others in JavaScript's shortest form ("1.5"); a date is its
 * serial number (e.g. 44562 for 2022-01-01).
 *
 * Limits (limits.ts), checked before allocating: the Workbook stream ≤ MAX_EXTRACTED_BYTES, cells
 * ≤ MAX_CELLS (merged ranges fill only the used range), an SST count its bytes cannot hold is an
 * error, a cell beyond column IV is an error. Throws a `TableParseError`: `unreadable-file` for a
 * damaged or truncated file, an encrypted workbook (FILEPASS), an Excel 5.0/95 or older workbook,
 * or a compound file without a Workbook stream; `too-large` past the limits.
 */
export function readXls(bytes: Uint8Array, file?: string): Sheet[] {
  const sink = new DiagnosticSink(file);
  const result: Sheet[] = [];
  try {
    const { stream } = readWorkbookStream(bytes);
    const { sheets, sst } = readGlobals(stream);
    const cells: CellBudget = { cells: 0 };
    const scanned: ScanBudget = { bytes: 0 };
    for (const sheet of sheets) {
      if (sheet.kind !== 0) continue;
      const rows = readSheet(stream, sheet.offset, sheet.name, sst, cells, scanned);
      if (rows !== undefined) result.push({ name: sheet.name, rows });
    }
  } catch (error) {
    if (error instanceof FormatFailure) sink.error(error.code, 1, error.message);
    else sink.error('unreadable-file', 1, `not a readable Excel 97–2003 workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  sink.throwIfErrors();
  return result;
}
