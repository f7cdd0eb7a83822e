// Plain-text tables that stay aligned with Chinese text: widths are measured in terminal columns.
import { displayWidth as stringWidth } from './display-width.js';
import { escapeControls } from './terminal.js';

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

/**
 * Renders rows as an aligned table with a header line, columns separated by two spaces. Control
 * characters in cells (a name carrying `ESC [ 2 J`, a title with a line break) are shown escaped
 * (`\x1b[2J`, `\n`), so no cell can move the cursor, clear the screen or break a row.
 */
export function textTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => escapeControls(c.value(row))));
  // A loop, not Math.max(...cells): spreading 125,000+ rows as arguments overflows the stack.
  const headers = columns.map((c) => escapeControls(c.header));
  const widths = headers.map((h, i) => cells.reduce((w, r) => Math.max(w, stringWidth(r[i] ?? '')), stringWidth(h)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => pad(v, widths[i] ?? 0, columns[i]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(headers), ...cells.map(line)].join('\n');
}
