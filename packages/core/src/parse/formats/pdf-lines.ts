// Text pieces placed on a PDF page → lines → paragraphs. Coordinates are in points with y growing
// downward (the page reader flips PDF's upward y), a piece's y being its baseline.
import { largest, smallest } from '../../largest.js';

/** A run of text drawn at one place: what pdf.js reports as a text item. */
export interface TextPiece {
  text: string;
  /** Left end of the run. */
  x: number;
  /** Baseline, y growing downward. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the em), in the same units. */
  size: number;
}

/** Pieces sharing a baseline, left to right, and their text joined. */
export interface TextLine {
  pieces: TextPiece[];
  text: string;
  left: number;
  right: number;
  /** Baseline of the line (of its first piece). */
  y: number;
  /** The largest font size on the line. */
  size: number;
  /** The widest gap between two pieces of the line (0 for one piece). */
  gap: number;
}

// Characters set without spaces between them: CJK ideographs, kana, hangul, CJK and full-width
// punctuation, and the quotation marks and dashes Chinese text uses.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/** True for a character written without spaces around it (Chinese, Japanese, Korean, full-width forms). */
export const isWide = (ch: string): boolean => WIDE.test(ch);

const lastChar = (s: string): string => Array.from(s).at(-1) ?? '';
const firstChar = (s: string): string => Array.from(s)[0] ?? '';

// Chinese PDFs often map glyphs to Kangxi radicals (⼯ U+2F2F for 工) or CJK compatibility
// ideographs instead of the unified ideographs: both normalise (NFKC) to the ideograph.
const LOOKALIKE = /[\u2f00-\u2fdf\uf900-\ufaff]/gu;

/** A piece's text cleaned up: look-alike radicals replaced by the ideographs, control characters dropped. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(LOOKALIKE, (ch) => ch.normalize('NFKC')).replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b\ufeff]/gu, '');
}

/** The text between two strings set side by side `gap` apart (in units of the font size `size`): '', or ' '. */
function separator(before: string, after: string, gap: number, size: number): string {
  if (before === '' || after === '' || /\s$/u.test(before) || /^\s/u.test(after)) return '';
  const wide = [isWide(lastChar(before)), isWide(firstChar(after))].filter(Boolean).length;
  // Between CJK characters only a gap of about a character is a space; between Latin letters or
  // digits a word space (about a quarter em) is; between CJK and Latin text a little more than
  // the fifth of an em typesetters add there (LibreOffice's and Word's autospace).
  return gap > [0.18, 0.23, 0.9][wide]! * size ? ' ' : '';
}

/**
 * Joins pieces of one line, sorted left to right: no space between CJK characters (nor for the
 * narrow gap typesetters put between CJK and Latin text), a space where the gap between CJK
 * characters is about a character wide, or a word space between Latin words or between Latin and
 * CJK text. A piece drawn twice at almost the same
 * place (the fake bold of some Chinese word processors) is kept once.
 */
export function joinPieces(pieces: readonly TextPiece[]): string {
  let text = '';
  let prev: TextPiece | undefined;
  for (const piece of pieces) {
    if (prev !== undefined && piece.text === prev.text && Math.abs(piece.x - prev.x) < 0.3 * piece.size && Math.abs(piece.y - prev.y) < 0.3 * piece.size) continue;
    if (prev !== undefined) text += separator(text, piece.text, piece.x - (prev.x + prev.width), Math.max(prev.size, piece.size));
    text += piece.text;
    prev = piece;
  }
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Groups pieces into lines by baseline (two pieces share a line when their baselines are within
 * a third of the font size), top to bottom, each line's pieces left to right. Whitespace-only
 * pieces are dropped: the gaps they stand for are measured from the positions.
 */
export function groupLines(pieces: readonly TextPiece[]): TextLine[] {
  const visible = pieces.filter((p) => p.text.trim() !== '' && Number.isFinite(p.x) && Number.isFinite(p.y));
  const sorted = [...visible].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const piece of sorted) {
    const tolerance = 0.35 * Math.max(size, piece.size, 1);
    if (current.length > 0 && piece.y - baseline <= tolerance) {
      current.push(piece);
      size = Math.max(size, piece.size);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [piece];
    baseline = piece.y;
    size = piece.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group) => {
    const line = [...group].sort((a, b) => a.x - b.x);
    const first = line[0] as TextPiece;
    return {
      pieces: line,
      text: joinPieces(line),
      left: first.x,
      right: largest(line.map((p) => p.x + p.width)),
      y: first.y,
      size: largest(line.map((p) => p.size)),
      gap: line.reduce((g, p, i) => (i === 0 ? g : Math.max(g, p.x - ((line[i - 1] as TextPiece).x + (line[i - 1] as TextPiece).width))), 0),
    };
  });
}

/** Joins the text of a line wrapped onto the next: nothing between CJK text, a space between Latin words. */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  if (after === '') return before;
  const wide = isWide(lastChar(before)) || isWide(firstChar(after));
  return wide || /[-/]$/u.test(before) ? before + after : `${before} ${after}`;
}

/** Where the text of a column of lines sits: its left margin and the right margin full lines reach. */
export interface Margins {
  left: number;
  right: number;
}

/**
 * The margins of a set of lines: the leftmost start, and as the right margin the median end of
 * the lines ending within three characters of the rightmost end (hanging punctuation pushes a
 * few lines past the margin; justified lines end on it). With fewer than three such lines there
 * is no telling where full lines end: the right margin is then infinite (no line reaches it).
 */
export function margins(lines: readonly TextLine[]): Margins {
  if (lines.length === 0) return { left: 0, right: Number.POSITIVE_INFINITY };
  const left = smallest(lines.map((l) => l.left));
  const max = largest(lines.map((l) => l.right));
  const near = lines.filter((l) => l.right >= max - 3 * l.size).map((l) => l.right).sort((a, b) => a - b);
  return { left, right: near.length >= 3 ? (near[Math.floor(near.length / 2)] as number) : Number.POSITIVE_INFINITY };
}

const SENTENCE_END = /[。！？；：!?;:]$/u;
/** A line starting like an item of a list or outline (一、 （二） 3. （4） 第五条 …): it starts a paragraph. */
export const ITEM_START = /^(?:[（(]?[一二三四五六七八九十百零〇]+[、）).．]|[（(][一二三四五六七八九十百零〇\d]+[）)]|\d+[.、．)）](?!\d)|[①-⑳]|第[一二三四五六七八九十百零〇\d]+[章节条款部分]|[附注]\s*[件表]?[：:\d一二三])/u;

/**
 * The width of a line's first word: a run of Latin letters or digits (measured in proportion
 * to its piece's characters), or one character of CJK text.
 */
export function firstWordWidth(line: TextLine): number {
  const piece = line.pieces[0];
  if (piece === undefined) return 0;
  const chars = Array.from(piece.text.trimStart());
  let n = 0;
  while (n < chars.length && !isWide(chars[n] as string) && !/\s/u.test(chars[n] as string)) n += 1;
  return n === 0 ? line.size : (piece.width * n) / Math.max(chars.length, 1);
}

/**
 * Whether `next` continues the paragraph of `prev` (a line wrapped by the typesetter): same font
 * size, neither line having a gap wider than a character and a half (text in columns), no more
 * than about a line apart (`pitch` caps the distance when given: the usual baseline
 * distance on the page; `next` may also open the next page, `nextAt` then its margins), `prev`
 * reaching the right margin (so close that the first word of `next` would not have fitted
 * there) and not ending a sentence, `next` starting at the left margin and not
 * like a list item. Conservative: when unsure the lines stay separate paragraphs.
 */
export function continues(prev: TextLine, next: TextLine, at: Margins, pitch?: number, nextAt?: Margins): boolean {
  const size = prev.size;
  if (Math.abs(next.size - size) > 0.15 * size) return false;
  if (nextAt === undefined) {
    const distance = next.y - prev.y;
    if (distance <= 0 || distance > 2.2 * size || (pitch !== undefined && distance > pitch * 1.15 + 0.5)) return false;
  }
  const left = (nextAt ?? at).left;
  // A line with a wide gap inside is set in columns (a table without rulings), not running text.
  if (prev.gap > 1.5 * size || next.gap > 1.5 * next.size) return false;
  // Would the first word of `next` have fitted at the end of `prev`? Then the break was meant.
  if (at.right - prev.right > firstWordWidth(next) + 0.5 * size) return false;
  if (next.left > left + 0.6 * size || (nextAt === undefined && next.left > prev.left + 0.6 * size)) return false;
  if (SENTENCE_END.test(prev.text) || ITEM_START.test(next.text)) return false;
  return true;
}

/** The usual distance between the baselines of consecutive lines (the most common one, to half a point). */
export function linePitch(lines: readonly TextLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i += 1) {
    const d = Math.round(((lines[i] as TextLine).y - (lines[i - 1] as TextLine).y) * 2) / 2;
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [d, n] of counts) if (n > most || (n === most && best !== undefined && d < best)) [best, most] = [d, n];
  return best;
}

/**
 * Lines of running text grouped into paragraphs: each line starts one, except that a line
 * continuing the one before (see {@link continues}) joins its paragraph.
 */
export function paragraphLines(lines: readonly TextLine[], at: Margins = margins(lines), pitch: number | undefined = linePitch(lines)): TextLine[][] {
  const out: TextLine[][] = [];
  for (const line of lines) {
    const current = out[out.length - 1];
    const prev = current?.[current.length - 1];
    if (current !== undefined && prev !== undefined && continues(prev, line, at, pitch)) current.push(line);
    else out.push([line]);
  }
  return out;
}

/** The text of a paragraph's lines, wrapped lines joined by {@link joinWrapped}. */
export const paragraphText = (lines: readonly TextLine[]): string => lines.reduce((text, line) => joinWrapped(text, line.text), '');

/** Lines of running text → the text of each paragraph (see {@link paragraphLines}). */
export function paragraphs(lines: readonly TextLine[], at: Margins = margins(lines), pitch: number | undefined = linePitch(lines)): string[] {
  return paragraphLines(lines, at, pitch)
    .map(paragraphText)
    .filter((p) => p !== '');
}
