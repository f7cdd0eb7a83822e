// Plain-text tables that stay aligned with Chinese text: widths are measured in terminal columns.
import stringWidth from 'string-width';

export interface Column<T> {
  header: string;
  /** Text of the cell. */
  value: (row: T) => string;
  align?: 'left' | 'right';
}

/** Pads to a display width (CJK characters take two columns), not a character count. */
function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Renders rows as an aligned table with a header line, columns separated by two spaces. */
export function textTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  // A loop, not Math.max(...cells): spreading 125,000+ rows as arguments overflows the stack.
  const widths = columns.map((c, i) => cells.reduce((w, r) => Math.max(w, stringWidth(r[i] ?? '')), stringWidth(c.header)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
