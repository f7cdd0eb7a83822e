// A flattened table's text cut into pieces (cells, words or lines) with what separates each from the
// one before: the input of the aligner (flat-align.ts), for each way pages flatten a table.
import type { Boundary, Piece } from './flat-align.js';
import { allAgencyNames, isAgencyName } from './agency-name.js';
import { headerKind } from './header-kind.js';
import { numberedLine, ordinalLine, sectionAcross } from './numbering.js';
import { isEmptyCellMark } from './unit-phrase-checks.js';

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
      // (A cell filled to say it has nothing, — or 无, is an empty cell.)
      if (text === '' || isEmptyCellMark(text)) return;
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
// (A placeholder cell, — or 无, stays a piece here: in a deadline or remark column it holds that cell's place.)
// (A unit's name wrapped over two lines, 市政 / 府办公室, is one cell: a short line that is no name
// alone, opening with a level, and the next line make one name.)
export const linePieces = (lines: readonly Cell[]): Piece[] => {
  const out: Piece[] = [];
  lines.forEach((l, i) => {
    const last = out[out.length - 1];
    const previous = lines[i - 1];
    if (last !== undefined && previous !== undefined && last.text === previous.text && wrappedName(previous.text, l.text)) last.text += l.text;
    else out.push({ text: l.text, line: l.line, before: i === 0 ? 'row' : 'line' });
  });
  return out;
};

/** Whether two lines are one unit's name broken between them (市政 / 府办公室, 区教 / 体局). */
const wrappedName = (head: string, tail: string): boolean =>
  head.length >= 2 && head.length <= 4 && /^[省市县区州镇乡縣區鎮鄉]\p{Script=Han}+$/u.test(head) && !isAgencyName(head) && /^\p{Script=Han}+$/u.test(tail) && tail.length <= 12 && isAgencyName(head + tail) &&
  // (…never a header's cells: 市领导 / 责任单位.)
  headerKind(head) === undefined && headerKind(tail) === undefined &&
  // (…nor a 责任领导 cell before the units: 市长 / 市发改委 — the next line opens a name of its own.)
  !/[长長记記]$/u.test(head) && !/^[省市县区州镇乡縣區鎮鄉各]/u.test(tail);

/**
 * The pieces of rows whose cells are separated by spaces: a word per piece, a line per row. A row
 * of a section's number and one word (`二 民生保障`, the 序号 column numbering the section) is one
 * piece, the heading `二、民生保障`. A row's cells wrapped onto the next line, as a table copied
 * from a page or a PDF leaves them, are joined back first (see {@link withWrappedCells}).
 */
export function spacePieces(lines: readonly Cell[]): Piece[] {
  // (Only where the rows' own numbers are Arabic: rows counted 一, 二, 三 are rows.)
  const arabic = lines.some((l) => /^\d{1,4}[\s\u3000]/u.test(l.text.trim()));
  const rows = withWrappedCells(lines.map((l) => ({ words: l.text.split(/[\s\u3000]+/u).filter((w) => w !== ''), line: l.line })));
  return rows.flatMap(({ words, line }) => {
    const section = arabic && words.length === 2 ? sectionAcross(words) : undefined;
    if (section !== undefined) return [{ text: section, line, before: 'line-row' }];
    return words.map((text, i): Piece => ({ text, line, before: i === 0 ? 'line-row' : 'space' }));
  });
}

/** A row's line: it opens with its number (`3 推进某某 县甲局 …`). */
const opensRow = (words: readonly string[]): boolean => /^\d{1,4}$/u.test(words[0] ?? '');

/** The start of a unit's name cut inside it (`县乙局、县` / `财政局`, `市甲委、物` / `价局`): one character (not 乡, 镇, 村, 街, names of their own), or two opening with a level. */
const CUT_NAME = /^(?:(?![乡镇村街鄉鎮])\p{Script=Han}|(?:省|市|县|区|州|旗|乡|镇|縣|區|鄉|鎮)\p{Script=Han})$/u;
/** A name opening with its level: the start of a name of its own, not the rest of a cut one. */
const LEVEL_FIRST = /^(?:省|市|县|区|州|旗|乡|镇|縣|區|鄉|鎮)/u;

/**
 * Whether a units cell is a list cut inside it, continued by `next`: it ends with its separator
 * (`县甲局、`), or after 、 with the start of a name cut after its level (`县乙局、县` / `水利局`), the
 * rest read as a unit's name and not one of its own (县直, 社区, 各村 are words of their own).
 */
function cutList(word: string, next: string): boolean {
  if (/[、，,（(]$/u.test(word)) return true;
  const pieces = word.split(/[、，,]/u);
  const tail = pieces[pieces.length - 1] as string;
  return pieces.length >= 2 && CUT_NAME.test(tail) && !/直$/u.test(tail) && allAgencyNames(pieces.slice(0, -1).join('、')) && !LEVEL_FIRST.test(next) && isAgencyName(`${tail}${next.split(/[、，,]/u)[0] as string}`);
}

/** The words of the first line after `index` that has any (the line a wrap must come before). */
function nextWords(rows: readonly { words: string[] }[], index: number): string[] | undefined {
  for (let j = index + 1; j < rows.length; j += 1) if ((rows[j] as { words: string[] }).words.length > 0) return (rows[j] as { words: string[] }).words;
  return undefined;
}

/**
 * Whether a line may be the rest of the row above: it comes before a row or a heading (after the last
 * row it is likelier a signature or a note), and it is no heading itself, no section across cells
 * (`二 社会事业`), no label (`备注：`) and no date.
 */
function wrapsInto(words: readonly string[], next: readonly string[] | undefined): boolean {
  if (next === undefined || !(opensRow(next) || numberedLine(next.join(' ')) !== undefined)) return false;
  const text = words.join(' ');
  return numberedLine(text) === undefined && ordinalLine(text) === undefined && sectionAcross(words) === undefined && !/[：:]/u.test(text) && !/\d{4}年|^[一二三四五六七八九十]+$/u.test(words[0] as string);
}

/**
 * Lines of a space-separated table that continue the row above: a row's cells wrapped, each cell's
 * rest on the next line (`1 加快推进高标准农田建 县甲局 县乙局、县 12月底` / `设 丙局`). A line with no number
 * of its own, fewer words than the row and no more than three, continues it where the row has that
 * many cells to continue: each list of units cut inside it (see {@link cutList}) and, for a line of two
 * words or more, the task's text (the row's longest word) — each word joined to its cell in order.
 * Only a line {@link wrapsInto} allows is read so; any other line is left as it is.
 */
function withWrappedCells(rows: { words: string[]; line: number }[]): { words: string[]; line: number }[] {
  const out: { words: string[]; line: number }[] = [];
  let above: { words: string[]; line: number } | undefined;
  for (const [index, r] of rows.entries()) {
    if (opensRow(r.words)) {
      above = { words: [...r.words], line: r.line };
      out.push(above);
      continue;
    }
    const k = r.words.length;
    if (above === undefined || k === 0 || k > 3 || k >= above.words.length || !wrapsInto(r.words, nextWords(rows, index))) {
      above = undefined;
      out.push(r);
      continue;
    }
    const words = above.words;
    // (Each cut list takes the line's word in its place: the last ones, in order.)
    const cut = words.flatMap((w, i) => (i > 0 && cutList(w, r.words[Math.max(0, k - 1)] as string) ? [i] : []));
    const longest = words.reduce((best, w, i) => (i > 0 && w.length > (words[best] as string).length ? i : best), 1);
    const cells = (k >= 2 && !cut.includes(longest) ? [...cut, longest] : cut).sort((a, b) => a - b);
    // (A line of names alone continues a cut list; a lone word with no cut list above is no wrap.)
    if (cells.length !== k || (k === 1 && !allAgencyNames((r.words[0] as string).replace(/[、，,]$/u, '')))) {
      above = undefined;
      out.push(r);
      continue;
    }
    cells.forEach((at, j) => {
      words[at] = `${words[at] as string}${r.words[j] as string}`;
    });
  }
  return out;
}
