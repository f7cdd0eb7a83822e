// A flattened table's text cut into pieces (cells, words or lines) with what separates each from the
// one before: the input of the aligner (flat-align.ts), for each way pages flatten a table.
import type { Boundary, Piece } from './flat-align.js';
import { sectionAcross } from './numbering.js';

/** A line of text with its 1-based line number. */
interface Cell {
  text: string;
  line: number;
}

/** A line that only ends a row: `||||`, or a lone `|` where cells open with `| `. */
const rowEnd = (t: string, prefixed: boolean): boolean => /^\|{2,}$/u.test(t) || (prefixed && t === '|');

/**
 * The pieces of a text whose cells are separated by `|`: cells opening with `| ` (a lone `|`
 * ending the row), cells closed by ` |`, or whole rows on a line (`a | b | c |`). Lines with no
 * `|` between them are parts of one wrapped cell.
 */
export function pipePieces(lines: readonly Cell[]): Piece[] {
  const out: Piece[] = [];
  const opened = lines.filter((l) => /^\|\s*\S/u.test(l.text) && !/^\|+$/u.test(l.text)).length;
  // Rows opened by `| ` and cells closed by ` |` (`| 1 |` / `区民政局 |` / …): a line that opens
  // with `|` and closes with one starts a row.
  const rowOpeners = lines.filter((l) => /^\|[^|]*[^|\s][^|]*\|$/u.test(l.text)).length;
  const closed = lines.filter((l) => /^[^|].*\|$/u.test(l.text)).length;
  const rowsOpened = rowOpeners >= 2 && closed >= rowOpeners;
  // A lone `|` before each row of cells closed by ` |` (`|` / `1 |` / `某项目 |` / … / `|`).
  const lone = lines.filter((l) => l.text === '|').length;
  const prefixed = (!rowsOpened && opened >= 3) || (lone >= 2 && closed >= 2 * lone);
  let next: Boundary = 'row';
  for (const l of lines) {
    const t = l.text;
    if (rowEnd(t, prefixed)) {
      next = 'row';
      continue;
    }
    if (rowsOpened && /^\|[^|]*[^|\s][^|]*\|$/u.test(t)) next = 'row';
    const parts = t.split('|');
    // A line holding a whole row: two cells or more on it.
    const whole = parts.filter((p) => p.trim() !== '').length >= 2;
    if (whole && next !== 'row') next = 'line-row';
    parts.forEach((part, i) => {
      const text = part.trim();
      if (i > 0 && next === 'wrap') next = 'cell';
      if (text === '') return;
      out.push({ text, line: l.line, before: next });
      next = 'cell';
    });
    // Text on the next line continues this cell unless a `|` ends the line.
    if (!t.endsWith('|')) next = 'wrap';
    else if (whole) next = 'line-row';
    else next = 'cell';
  }
  return out;
}

/** The pieces of a text with one cell per line. */
export const linePieces = (lines: readonly Cell[]): Piece[] => lines.map((l, i) => ({ text: l.text, line: l.line, before: i === 0 ? 'row' : 'line' }));

/**
 * The pieces of rows whose cells are separated by spaces: a word per piece, a line per row. A row
 * of a section's number and one word (`二 民生保障`, the 序号 column numbering the section) is one
 * piece, the heading `二、民生保障`.
 */
export function spacePieces(lines: readonly Cell[]): Piece[] {
  // (Only where the rows' own numbers are Arabic: rows counted 一, 二, 三 are rows.)
  const arabic = lines.some((l) => /^\d{1,4}[\s\u3000]/u.test(l.text.trim()));
  return lines.flatMap((l) => {
    const words = l.text.split(/[\s\u3000]+/u).filter((w) => w !== '');
    const section = arabic && words.length === 2 ? sectionAcross(words) : undefined;
    if (section !== undefined) return [{ text: section, line: l.line, before: 'line-row' }];
    return words.map((text, i): Piece => ({ text, line: l.line, before: i === 0 ? 'line-row' : 'space' }));
  });
}
