// Text copied from a PDF or a fixed-width page is broken at the width of its column, wherever a
// line is full: in the middle of a title, a name or a bracket (class 18). When most long lines are
// of one width and end mid-sentence, the text is hard-wrapped: each full line is joined to the next
// unless the next starts a numbered item, a label or a heading of its own. Line numbers are kept
// (the joined line is left empty) so that messages still point at the document's lines.
import { isAgencyName } from './agency-name.js';
import { findClauses } from './clauses.js';
import { isDeadline } from './deadline.js';
import { ALL_LABELS } from './labels.js';
import { numberedLine } from './numbering.js';
import { NAME_START } from './glued-names.js';
import { roleAtEnd } from './role-words.js';

/** Display width: a CJK or full-width character takes two columns, others one (a PDF's column). */
function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/** A line's end that ends a sentence, a list or a cell: the line is not broken there by width. */
const ENDS = /[。！？!?；;：:）)】〕\]|]$/u;
/** A line's end that closes a bracket (an end only when no bracket is left open before it). */
const CLOSES = /[）)】〕\]]$/u;

/** Opening brackets less closing ones in a line. */
function bracketDepth(line: string): number {
  let d = 0;
  for (const ch of line) {
    if (ch === '（' || ch === '(' || ch === '【' || ch === '〔' || ch === '[') d += 1;
    else if (ch === '）' || ch === ')' || ch === '】' || ch === '〕' || ch === ']') d -= 1;
  }
  return d;
}

/** How far a full line may fall short of the column's width (a wide character that did not fit). */
const SLACK = 3;
/** At least this many lines of the column's width, ending mid-sentence, before the text is read as wrapped. */
const MIN_FULL = 5;

/** Characters: a page's text cut every N characters, whatever their width. */
const characters = (line: string): number => [...line].length;
type Measure = (line: string) => number;

/**
 * The measure and column width the text is wrapped at (display columns, as a PDF wraps, or
 * characters, as some pages cut), or undefined when it is not hard-wrapped.
 */
export function wrapWidth(lines: readonly string[], startsAt: (i: number) => boolean = startsAtOf(lines)): { w: number; width: Measure } | undefined {
  // (Both measures are tried: the one under which more lines are full is how the text was cut —
  // a line cut at 29 characters holding four half-width ones is 54 columns, short of 58.)
  let best: { w: number; width: Measure; full: number } | undefined;
  for (const width of [displayWidth, characters]) {
    const found = widthBy(lines, width, width === displayWidth ? 30 : 15, startsAt);
    if (found !== undefined && (best === undefined || found.full > best.full)) best = { ...found, width };
  }
  return best === undefined ? undefined : { w: best.w, width: best.width };
}

function widthBy(lines: readonly string[], width: Measure, shortest: number, startsAt: (i: number) => boolean): { w: number; full: number } | undefined {
  const widths = lines.map((l) => width(l.trim())).filter((w) => w >= shortest);
  if (widths.length < MIN_FULL) return undefined;
  const max = widths.reduce((a, b) => (b > a ? b : a), 0);
  // The width most lines reach: the largest one at least MIN_FULL lines come within SLACK of.
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (let w = max; w >= shortest; w -= 1) {
    let near = 0;
    for (let d = 0; d <= SLACK; d += 1) near += counts.get(w - d) ?? 0;
    if (near < MIN_FULL) continue;
    // Lines longer than the column are not the column's: the text is not wrapped at w.
    const longer = widths.filter((x) => x > w).length;
    // Full lines that end mid-sentence and go on in a line that starts nothing of its own: a
    // table's title cells of one length are full too, but a unit cell or a number follows them.
    let full = 0;
    let goOn = 0;
    lines.forEach((l, i) => {
      const t = l.trim();
      const x = width(t);
      if (x > w || x < w - SLACK || ENDS.test(t)) return;
      full += 1;
      if (i + 1 < lines.length && (!startsAt(i + 1) || splitsName(t, lines[i + 1] as string))) goOn += 1;
    });
    return longer <= widths.length * 0.05 && goOn >= MIN_FULL && full >= near * 0.6 && goOn >= full * 0.6 ? { w, full } : undefined;
  }
  return undefined;
}

/**
 * Whether a line starts something of its own: a numbered item, a bare number (a 序号 cell), a
 * label, a heading, or what follows a task's words in a table or a list — its units (a cell of
 * names, a division sentence), a deadline.
 */
const startsItem = (line: string): boolean => {
  const t = line.trim();
  // (…or a number and a blank before the rest: a row of a table whose cells are separated by spaces.)
  if (t === '' || /^\d{1,4}$/u.test(t) || /^[1-9]\d{0,3}[ \t\u3000]+[^\s\d年月日%％.．]/u.test(t)) return true;
  const first = t.split(/[、，,；;。\s]/u)[0] ?? '';
  if (isAgencyName(first) || isDeadline(t) || findClauses(t).some((c) => c.start === 0)) return true;
  if (numberedLine(t) !== undefined) return true;
  if (/^[一二三四五六七八九十]+[、．.]/u.test(t) || /^第[一二三四五六七八九十\d]+[章节条部分]/u.test(t)) return true;
  return ALL_LABELS.some((l) => t.startsWith(l) && /^\s*[：:]/u.test(t.slice(l.length)));
};

/** The piece of a line after its last separator (a name's start when the line breaks inside one). */
const lastPiece = (line: string): string => line.trim().split(/[、，,；;（(：:\s]/u).at(-1) ?? '';
/** The piece of a line before its first separator. */
const firstPiece = (line: string): string => line.trim().split(/[、，,；;。）)\s]/u)[0] ?? '';

/**
 * Whether a line broken at the width splits a unit's name (`市住房和城乡` / `规划建设委员会…`, `省科` /
 * `技厅、…`): the piece after the line's last separator and the next line's first make one name. Either
 * may look like a name alone (省科, 技厅: 科 and 厅 end names), but a list separates its names (、), so a
 * full line whose last name has no separator after it is broken inside that name. Such a line goes on
 * whatever the next line seems to start.
 */
function splitsName(line: string, next: string): boolean {
  const tail = lastPiece(line);
  // …or a label (（牵头 / 单位：市甲局): the piece before the break and the next line's words up to its colon.
  const label = /^([^：:、，,；;。\s]{1,8})[ \t\u3000]*[：:]/u.exec(next.trim());
  if (tail !== '' && label !== null && ALL_LABELS.includes(tail + (label[1] as string))) return true;
  // (Not without the next piece's role word, 主动对接上海 / 市发改委牵头 市商务局配合: a title's end and a row's units.)
  const head = firstPiece(next);
  if (tail === '' || head === '' || tail.length + head.length > 30) return false;
  if (isAgencyName(tail + head)) return true;
  // …or a name that starts inside the last piece, after the words before it (…有4项由国 / 家医保局牵头，…:
  // 国家医保局), its role word after it: the name opens with its level (国家, 省, 县 …).
  const name = head.slice(0, head.length - (roleAtEnd(head)?.length ?? 0));
  if (name === '') return false;
  for (let k = 1; k <= Math.min(6, tail.length - 1); k += 1) {
    const joined = tail.slice(-k) + name;
    if (NAME_START.test(joined) && isAgencyName(joined)) return true;
  }
  return false;
}

/** {@link startsItem} of each line by its index, each line read once (finding where a width holds, then joining). */
function startsAtOf(lines: readonly string[]): (i: number) => boolean {
  const known = new Map<number, boolean>();
  return (i) => {
    let v = known.get(i);
    if (v === undefined) {
      v = startsItem(lines[i] as string);
      known.set(i, v);
    }
    return v;
  };
}

/** The text with its width-broken lines joined (see the file's comment), and how many were joined. */
export function unwrapHardWrapped(text: string): { text: string; count: number; width?: number } {
  const lines = text.split('\n');
  const startsAt = startsAtOf(lines);
  const found = wrapWidth(lines, startsAt);
  if (found === undefined) return { text, count: 0 };
  const { w, width } = found;
  let count = 0;
  const out = [...lines];
  // `into`: the line the current paragraph is gathered on (its first), so its number is the task's;
  // its pieces are gathered in `pieces` and joined once (joining line by line was quadratic).
  let into = 0;
  let pieces: string[] = [lines[0] as string];
  // How many brackets the paragraph so far leaves open: a line that ends with a closing bracket inside
  // another (…[市甲局牵头，…以下均需各县(市) / 区政府落实…)]) ends no bracket of units.
  let open = bracketDepth(lines[0] as string);
  const close = (): void => {
    if (pieces.length > 1) out[into] = pieces.join('');
  };
  for (let i = 0; i < lines.length - 1; i += 1) {
    const line = (lines[i] as string).replace(/\s+$/u, '');
    const x = width(line.trim());
    const ends = ENDS.test(line) && !(open > 0 && CLOSES.test(line));
    const full = x >= w - SLACK && x <= w && !ends;
    if (!full || (startsAt(i + 1) && !splitsName(line, lines[i + 1] as string))) {
      close();
      into = i + 1;
      pieces = [lines[i + 1] as string];
      open = bracketDepth(lines[i + 1] as string);
      continue;
    }
    open += bracketDepth(lines[i + 1] as string);
    // The next line goes on this paragraph's line; its own place is left empty.
    // (A blank at the break stays one blank: between two cells of a row, it is their separator.)
    const next = lines[i + 1] as string;
    const blank = /[ \t\u3000]\r?$/u.test(lines[i] as string) || /^[ \t\u3000]/u.test(next) ? ' ' : '';
    pieces[pieces.length - 1] = (pieces[pieces.length - 1] as string).replace(/[ \t\u3000\r]+$/u, '');
    pieces.push(`${blank}${next.trimStart()}`);
    out[i + 1] = '';
    count += 1;
  }
  close();
  return { text: out.join('\n'), count, width: w };
}
