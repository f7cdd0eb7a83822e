// parseXlsx as the package exports it: the .xlsx reader (read-excel-file, fast-xml-parser, fflate)
// loads when a workbook comes in, not when the package is imported.
import type { ResponsibilityTable } from '../../types.js';
import type { ParseTableOptions } from '../table.js';

/**
 * Parses an .xlsx workbook: the first sheet holding a header row is read as a table (see
 * `interpretGrid`): one row per task, a row with a single filled cell as a category heading.
 * In messages, "line" is the spreadsheet row number. The reader is loaded on the first call.
 */
export async function parseXlsx(bytes: Uint8Array, options: ParseTableOptions = {}): Promise<ResponsibilityTable> {
  return (await import('./xlsx.js')).parseXlsx(bytes, options);
}
