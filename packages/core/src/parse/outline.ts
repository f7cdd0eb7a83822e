// Text → an outline: lines split where a numbered item starts inside a line (… 1.扩大某某。（…）
// 2.落实某某。), numbered items nested by their numbering style (一、 > （一） > 1. > （1） > ①),
// and the lines of text that follow each item.
import { numberedLine, ordinalLine, TASK_LEVEL_STYLES, type NumberedLine } from './numbering.js';
import { splitLines } from './text.js';

/** A line of text, or the part of one, with its 1-based line number. */
export interface Piece {
  text: string;
  line: number;
  /** The numbered item the piece starts, if any. */
  numbered?: NumberedLine;
}

/** A numbered item and what follows it until the next item, or the unnumbered text at the top. */
export interface Block {
  marker: NumberedLine | null;
  /** Depth of the numbering style: 0 for 一、, 1 for （一）, 2 for 1., 3 for （1）, 4 for ①, 5 for 一是; -1 for the top. */
  rank: number;
  /** The item's own text: the rest of its numbered line, then the unnumbered lines below it. */
  pieces: Piece[];
  children: Block[];
  parent: Block | null;
  line: number;
}

const RANK: Record<NumberedLine['style'], number> = { chinese: 0, 'chinese-paren': 1, arabic: 2, 'arabic-paren': 3, circled: 4, ordinal: 5 };

/** Style rank of a numbered line. */
export const rankOf = (n: NumberedLine): number => RANK[n.style];

/**
 * A bare number before the text (`1 开展专项检查。…`), as tables flattened into running text
 * write their 序号: taken only where it continues the sequence of Arabic numbers (`next`).
 */
function bareNumber(text: string, next: number, restarted: boolean): NumberedLine | undefined {
  // …or run straight into the title (`1全面落实某某保险`, news copies), not into a measure (3个, 2万, 5年,
  // 5大工程, 1 张网, 1至3月) — though 大力 opens a task (`1大力发展…`).
  const m = /^(\d{1,3})(?:[ \u3000]+)?(?=\p{Script=Han})/u.exec(text);
  if (m === null || (!/[ \u3000]$/u.test(m[0]) && (m[1] as string).length > 2) || MEASURE_AFTER.test(text.slice(m[0].length))) return undefined;
  const n = Number(m[1]);
  // The next in sequence; or 1 again under a new heading (一、 … 1 2 / 二、 … 1 2).
  if (n !== next && !(restarted && n === 1)) return undefined;
  return { number: n, marker: m[0], rest: text.slice(m[0].length).trim(), style: 'arabic' };
}

/** What follows a number that counts something (3个, 2万, 5年, 5大工程, 1至3月), not a task's title. */
const MEASURE_AFTER = /^(?:[年月日号號個个万萬亿億元倍次人户戶家所座条條岁歲天周週期届屆批类類级級名种種余餘多位份台臺套轮輪季分张張至到])|^[项項](?![目])|^大(?!力)/u;

/**
 * A speech's point (一是 / 二要) where ordinals count (`ordinals`): the first, or the one after the
 * last seen.
 */
function ordinalAt(text: string, last: ReadonlyMap<string, number>, ordinals: boolean): NumberedLine | undefined {
  if (!ordinals) return undefined;
  const n = ordinalLine(text);
  return n !== undefined && (n.number === 1 || last.get('ordinal') === n.number - 1) ? n : undefined;
}

/** The numbered item a text starts: a marker (1. （一） 一、), a bare number continuing the sequence, or a point (一是). */
function numberedAt(text: string, last: ReadonlyMap<string, number>, bare: boolean, ordinals = false): NumberedLine | undefined {
  return numberedLine(text) ?? (bare ? bareNumber(text, (last.get('bare') ?? 0) + 1, last.get('headed') === 1) : undefined) ?? ordinalAt(text, last, ordinals);
}

const BEFORE_INLINE = new Set(['。', '；', ';', '！', '？', '）', ')', '】', '〕', ']', ' ', '\u3000', '\t', '：', ':']);

/**
 * Splits a line where a numbered item starts inside it: after the end of a sentence or of a
 * bracket, a marker whose number continues its style's sequence (`last`) — so 2.落实 after
 * 1.扩大 is split, but a 3. inside a sentence after item 7 is not.
 */
function splitInline(text: string, last: Map<string, number>, bare: boolean, ordinals: boolean): string[] {
  const parts: string[] = [];
  let cut = 0;
  const first = numberedAt(text, last, bare, ordinals);
  const seen = new Map(last);
  if (first !== undefined && first.marker.trim() === String(first.number)) seen.set('bare', first.number);
  if (first !== undefined) seen.set('headed', first.style === 'chinese' ? 1 : 0);
  const restart = new Set<string>();
  if (first !== undefined) {
    seen.set(first.style, first.number);
    for (const [style, rank] of Object.entries(RANK)) if (rank > RANK[first.style]) restart.add(style);
  }
  for (let i = 1; i < text.length - 2; i += 1) {
    // (A speech's first point follows its speaker's words after a comma too: 县长强调，一要….)
    const afterComma = ordinals && /[，,]/u.test(text[i - 1] as string);
    // (…and a heading's words run straight into its first item: 一、深化改革1.推进某项改革。)
    const afterHeading = first?.style === 'chinese' && cut === 0 && i <= 40 && /\p{Script=Han}/u.test(text[i - 1] as string) && /^1[.．、]\p{Script=Han}/u.test(text.slice(i, i + 3));
    if (!BEFORE_INLINE.has(text[i - 1] as string) && !afterComma && !afterHeading) continue;
    const ch = text[i] as string;
    if (!/[0-9０-９一二三四五六七八九十(（①-⑳第]/u.test(ch)) continue;
    const n = numberedAt(text.slice(i), seen, bare && seen.has('bare'), ordinals);
    if (n === undefined || n.rest === '' || (afterComma && n.style !== 'ordinal')) continue;
    if (n.marker.trim() === String(n.number)) {
      seen.set('bare', n.number);
      seen.set('headed', 0);
      parts.push(text.slice(cut, i));
      cut = i;
      continue;
    }
    const prev = seen.get(n.style);
    // The next number of its style, or 1 (or the next) after a heading of a higher level restarted it.
    const restarted = restart.has(n.style);
    if (!(prev !== undefined ? n.number === prev + 1 || (restarted && n.number === 1) : n.number === 1)) continue;
    for (const [style, rank] of Object.entries(RANK)) if (rank > RANK[n.style]) restart.add(style);
    restart.delete(n.style);
    seen.set(n.style, n.number);
    parts.push(text.slice(cut, i));
    cut = i;
  }
  parts.push(text.slice(cut));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The non-empty lines of a text, split at inline numbered items. */
export function outlinePieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  const last = new Map<string, number>();
  const lines = splitLines(text);
  // Bare numbers (1 开展… / 1大力发展…) count only in a text with no numbering of its own but 一、
  // headings: a table run into text, or items whose numbers lost their mark under 一、 headings.
  // (Under （一） items a line opening with a number is their text wrapped: 到年底建成 / 1 张网.)
  const styles = lines.map((l) => numberedLine(l.trim())?.style);
  const bare = !styles.some((style) => style !== undefined && style !== 'chinese');
  // A speech's points (一是… 二是…) are items only in text with no task numbering of its own (1. （1） ①):
  // under a numbered task they list its parts.
  const ordinals = !styles.some((style) => TASK_LEVEL_STYLES.has(style ?? '')) && /[一二三四五六七八九十][是要]|第[一二三四五六七八九十][，,、]/u.test(text);
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    for (const part of splitInline(trimmed, last, bare, ordinals)) {
      const n = numberedAt(part, last, bare, ordinals);
      const piece: Piece = { text: part, line: i + 1 };
      if (n !== undefined) {
        last.set(n.style, n.number);
        // (A heading may restart the bare numbers below it; the first bare number after it ends that.)
        last.set('headed', n.style === 'chinese' ? 1 : 0);
        if (n.marker.trim() === String(n.number)) last.set('bare', n.number);
        piece.numbered = n;
      }
      pieces.push(piece);
    }
  });
  return pieces;
}

/** Nests the pieces into blocks by numbering style; unnumbered pieces belong to the block above them. */
export function buildOutline(pieces: readonly Piece[]): Block {
  const root: Block = { marker: null, rank: -1, pieces: [], children: [], parent: null, line: 1 };
  const stack: Block[] = [root];
  for (const p of pieces) {
    const n = p.numbered ?? numberedLine(p.text);
    if (n === undefined) {
      (stack[stack.length - 1] as Block).pieces.push(p);
      continue;
    }
    const rank = rankOf(n);
    while (stack.length > 1 && (stack[stack.length - 1] as Block).rank >= rank) stack.pop();
    const parent = stack[stack.length - 1] as Block;
    const block: Block = { marker: n, rank, pieces: n.rest === '' ? [] : [{ text: n.rest, line: p.line }], children: [], parent, line: p.line };
    parent.children.push(block);
    stack.push(block);
  }
  return root;
}
