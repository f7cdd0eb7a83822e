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
  const widths = columns.map((c, i) => Math.max(stringWidth(c.header), ...cells.map((r) => stringWidth(r[i] ?? ''))));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
