// The numbers of a flattened table's rows, told from what looks like them: bare figures in a column
// of their own (1200, 15) that are off the rows' sequence, and a cell's own numbered items (1.… / 2.…)
// under a row's 序号 (scripts/cell-variants.mjs makes both).
import type { Piece } from './flat-align.js';
import { numberedLine, parentNumber, subNumber } from './numbering.js';

/**
 * The bare numbers among the pieces (1200, 15) that are not row numbers. Row numbers run up in
 * steps of one (1, 2, 3 …), or rise (a plan's own numbers 6, 52, 53 in a table of one body's rows),
 * or start again from 1: the numbers kept as rows are the best such chain (a step of
 * one scores most), found over a window of the last few bare numbers, so in linear time. A
 * number off the chain is a figure (an amount, a count) in a column of its own; one the chain
 * reaches only by a rise (`jumps`) may be either, and counts less as a row's number.
 */
export function numbersInSequence(pieces: readonly Piece[]): { figures: Set<number>; jumps: Set<number> } {
  const at: number[] = [];
  pieces.forEach((p, i) => {
    if (/^\d{1,4}$/u.test(p.text)) at.push(i);
  });
  const values = at.map((i) => Number((pieces[i] as Piece).text));
  const best = new Float64Array(at.length);
  const from = new Int32Array(at.length).fill(-1);
  // (Any rise may be a row's number: a body's rows from a plan's list, 6 … 52; the nearer scores more.)
  const step = (p: number, k: number): number => {
    const a = values[p] as number;
    const b = values[k] as number;
    if (b === a + 1) return 1;
    // (A new start scores less than a step: a count of 1 after row 3 is no new start before row 4.)
    if (b === 1) return 0.55;
    return b > a ? 0.3 + 0.1 / (b - a) : -Infinity;
  };
  // A row's number comes before its text: one followed by another figure (a count, then the next row's number) counts less.
  const beforeFigure = (k: number): number => (/^[\d.．]+[%％]?$/u.test(pieces[(at[k] as number) + 1]?.text ?? '') ? -0.3 : 0);
  let end = -1;
  for (let k = 0; k < at.length; k += 1) {
    best[k] = 0.5;
    for (let p = Math.max(0, k - SEQUENCE_WINDOW); p < k; p += 1) {
      // (On a tie the nearer: of a figure 2 and row 2 running, the later is the row's.)
      const v = (best[p] as number) + step(p, k);
      if (v >= (best[k] as number) && v > -Infinity) {
        best[k] = v;
        from[k] = p;
      }
    }
    best[k] = (best[k] as number) + beforeFigure(k);
    if (end < 0 || (best[k] as number) >= (best[end] as number)) end = k;
  }
  const kept = new Set<number>();
  const jumps = new Set<number>();
  for (let k = end; k >= 0; k = from[k] as number) {
    kept.add(at[k] as number);
    const p = from[k] as number;
    // Reached by a rise, not a step of one or a new start: a row's number, or a figure after the last row.
    if (p >= 0 && (values[k] as number) !== (values[p] as number) + 1 && values[k] !== 1) jumps.add(at[k] as number);
  }
  return { figures: new Set(at.filter((i) => !kept.has(i))), jumps };
}

/** How many bare numbers back the chain of row numbers looks (a row may hold several figures). */
const SEQUENCE_WINDOW = 12;

/**
 * An item of a cell's own list after the piece before it: `1.` after text that is no item, or the
 * next number in the same style (`2.` after `1.…`), its text a phrase, not a bare number.
 */
export function subItemFollows(previous: Piece, piece: Piece): boolean {
  const here = numberedLine(piece.text);
  if (here === undefined || here.rest === '' || (here.style !== 'arabic' && here.style !== 'arabic-paren' && here.style !== 'circled')) return false;
  const before = numberedLine(previous.text);
  if (here.number === 1) return /^\d{1,4}$/u.test(previous.text) === false && (before === undefined || before.style !== here.style);
  return before !== undefined && before.style === here.style && before.number === here.number - 1 && before.rest !== '';
}

/**
 * The pieces that number rows below a parent row (1 / 经济发展 / 1.1 / 完成… / 1.2 / …): `p.1` soon after
 * a bare `p`, then `p.2`, `p.3` … each after the one before. A figure such as 2.6 in a column of its own
 * is on no such chain.
 */
export function subNumbersInSequence(pieces: readonly Piece[]): Set<number> {
  const kept = new Set<number>();
  let lastBare: { value: string; at: number } | undefined;
  let last: { parent: string; k: number; at: number } | undefined;
  pieces.forEach((p, i) => {
    if (/^\d{1,4}$/u.test(p.text)) lastBare = { value: p.text, at: i };
    const sub = subNumber(p.text);
    if (sub === undefined) return;
    const dot = sub.lastIndexOf('.');
    const parent = sub.slice(0, dot);
    const k = Number(sub.slice(dot + 1));
    const first = k === 1 && lastBare !== undefined && lastBare.value === parent && i - lastBare.at <= 3;
    const next = last !== undefined && last.parent === parent && last.k === k - 1 && i - last.at <= SUB_WINDOW;
    if (first || next) {
      kept.add(i);
      last = { parent, k, at: i };
    }
  });
  return kept;
}

/** How many pieces a row below a parent may take before the next one's number (its cells, wrapped). */
const SUB_WINDOW = 40;

/**
 * A flattened table's parent row — its number and title alone, over a row numbered below it (1 / 经济发展 /
 * 1.1 / …) — as the number and title its rows take for their category; undefined for any other row.
 */
export function parentRow(
  cells: readonly ({ text: string } | undefined)[],
  next: readonly ({ text: string } | undefined)[] | undefined,
  numberAt: number,
  titleAt: number,
): { number: string; title: string } | undefined {
  const title = titleAt >= 0 ? (cells[titleAt]?.text ?? '') : '';
  if (title === '' || numberAt < 0 || !cells.every((c, i) => c === undefined || c.text === '' || i === numberAt || i === titleAt)) return undefined;
  const number = parentNumber(cells[numberAt]?.text ?? '', next?.[numberAt]?.text ?? '');
  return number === undefined ? undefined : { number, title: title.replace(/\n/gu, '').replace(/[。：:]$/u, '') };
}
