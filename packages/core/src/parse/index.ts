// Entry point for reading tables: picks the layout and runs its reader.
import type { Layout, ResponsibilityTable } from '../types.js';
import { parseWordTable, type ParseOptions } from './word-table.js';

export { TableParseError, formatDiagnostic } from './errors.js';
export { parseUnitPhrase, DUTY_CLAUSE, OFFICIAL_LABELS, type LeadConvention, type PhraseUnit, type UnitPhrase } from './unit-phrase.js';
export { parseTaskNumber, numberedLine, chineseNumeral, type NumberedLine } from './numbering.js';
export { HEADER_NAMES, POSITIONAL_COLUMNS, columnRole, type ColumnRole } from './columns.js';
export { parseWordTable, type ParseOptions } from './word-table.js';

export interface ParseTableOptions extends ParseOptions {
  /** The layout to read; `auto` (default) detects it. */
  layout?: Layout | 'auto';
}

/** Layouts `parseTable` knows, with their readers. */
const READERS: Record<Layout, (text: string, options: ParseOptions) => ResponsibilityTable> = {
  'word-table': parseWordTable,
};

/**
 * Reads a responsibility-division table from text.
 *
 * @param text The table as text (a UTF-8 string; a leading byte-order mark is ignored).
 * @param options `file` names the source in messages; `layout` forces a layout.
 * @returns The tasks with their units and roles, plus warnings.
 * @throws {TableParseError} with every error and its line when the text cannot be read.
 */
export function parseTable(text: string, options: ParseTableOptions = {}): ResponsibilityTable {
  if (typeof text !== 'string') {
    throw new TypeError(`parseTable: expected the table as a string, got ${text === null ? 'null' : typeof text}`);
  }
  const { layout = 'auto', ...rest } = options;
  if (layout !== 'auto' && !(layout in READERS)) {
    throw new Error(`parseTable: unknown layout "${String(layout)}" (known: auto, ${Object.keys(READERS).join(', ')})`);
  }
  // Only one layout so far: auto-detection picks it; its own errors say what was expected.
  const reader = READERS[layout === 'auto' ? 'word-table' : layout];
  return reader(text, rest);
}
