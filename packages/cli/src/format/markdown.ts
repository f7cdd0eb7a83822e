// GitHub-flavoured Markdown tables with the cells escaped, so names cannot break the table.
import { escapeControls } from '../terminal.js';

export interface MarkdownColumn<T> {
  header: string;
  value: (row: T) => string;
  align?: 'left' | 'right';
}

/**
 * Escapes text for a Markdown table cell or line: `|` (which would split the cell), backslashes
 * and the inline-formatting characters (`_` only where it could open or close emphasis, so `Q_B`
 * stays readable); line breaks become spaces and other control characters escapes (`\x1b`), as a
 * terminal shows them. Tables come from documents the
 * user did not write, so every name and title goes through this.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .replace(/[\\|*`[\]<>]/gu, (ch) => `\\${ch}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/gu, '\\_');
  return escapeControls(escaped);
}

/** Renders rows as a Markdown table; cell values are escaped here. */
export function markdownTable<T>(rows: readonly T[], columns: readonly MarkdownColumn<T>[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map((c) => escapeMarkdown(c.header))),
    line(columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
    ...rows.map((row) => line(columns.map((c) => escapeMarkdown(c.value(row))))),
  ].join('\n');
}
