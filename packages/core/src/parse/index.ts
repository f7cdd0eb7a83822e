// Entry point for reading tables: every reader, layout detection, and files as bytes.

export { TableParseError, formatDiagnostic } from './errors.js';
export {
  parseUnitPhrase,
  DUTY_CLAUSE,
  OFFICIAL_LABELS,
  type LeadConvention,
  type PhraseUnit,
  type UnitPhrase,
} from './unit-phrase.js';
export { parseTaskNumber, numberedLine, chineseNumeral, type NumberedLine } from './numbering.js';
export { HEADER_NAMES, POSITIONAL_COLUMNS, columnRole, type ColumnRole } from './columns.js';
export { parseWordTable, type ParseOptions } from './word-table.js';
export { parseProse } from './prose.js';
export { parseDelimited, parseMarkdown } from './delimited.js';
export { parseLineCells } from './line-cells.js';
export { parseJsonTable, tableToJson, TABLE_JSON_FORMAT } from './json.js';

export { parseTable, detectLayout, LAYOUTS, MAX_INPUT_SIZE, type ParseTableOptions } from './table.js';
export { parseFile, decodeText, detectFormat, type ParseFileOptions } from './file.js';
export type { ReadPdfOptions } from './formats/pdf.js';
export type { PdfAssetLoaders, PdfEngineOptions } from './formats/pdf-engine.js';
export { parseDocx, parseXlsx } from './formats/lazy-readers.js';
