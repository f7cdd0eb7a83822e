// parseXlsx and parseDocx as the package exports them: each reader (read-excel-file,
// fast-xml-parser, fflate) loads when a file of its kind comes in, not when the package is imported.
import type { ResponsibilityTable } from '../../types.js';
import type { ParseTableOptions } from '../table.js';

/**
 * Parses an .xlsx workbook: the first sheet holding a header row is read as a table (see
 * `interpretGrid`): one row per task, a row with a single filled cell as a category heading.
 * In messages, "line" is the spreadsheet row number. The reader loads on the first call.
 */
export async function parseXlsx(bytes: Uint8Array, options: ParseTableOptions = {}): Promise<ResponsibilityTable> {
  return (await import('./xlsx.js')).parseXlsx(bytes, options);
}

/**
 * Parses a .docx file. The first table with a header row (序号 / 重点任务 / 责任单位 …) is read
 * as a table: a full-width row becomes the category of the rows below it, vertically merged cells
 * repeat the text above. Without such a table, the document's text is read in any text layout.
 * In messages, "line" is the row or paragraph number in the document. The reader loads on the
 * first call (so this returns a promise, as `parseXlsx` and `parseFile` do).
 */
export async function parseDocx(bytes: Uint8Array, options: ParseTableOptions = {}): Promise<ResponsibilityTable> {
  return (await import('./docx.js')).parseDocx(bytes, options);
}
