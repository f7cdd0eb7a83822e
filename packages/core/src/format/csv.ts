// CSV output for tables of records (load tables, reports), via papaparse.
import Papa from 'papaparse';

/**
 * Writes rows as RFC 4180 CSV with a header line, in the column order given. Cells that a
 * spreadsheet would run as a formula (starting with =, +, -, @) are escaped (papaparse's
 * `escapeFormulae`), since tables come from documents users did not write themselves.
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((c) => cell(row[c]))) },
    { escapeFormulae: true, newline: '\n' },
  );
}

function cell(value: unknown): string | number | boolean {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
