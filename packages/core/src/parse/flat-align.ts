// Aligns the pieces of a flattened table (lines, `|` cells or space-separated words) to its
// columns. The cell boundaries are lost or ambiguous in such text: a line may be a cell, part of a
// wrapped cell (`市政` / `府办公厅`) or a whole row; a row may skip columns whose cells were merged
// with the row above. Instead of deciding piece by piece, the reading is a best path (a
// semi-Markov decoding, as in segmentation by dynamic programming): every split of the pieces into
// cells, every assignment of cells to columns in order and every row break is scored by what the
// cells hold (a number, unit names, a person, a deadline, text), how the pieces were separated, and
// which columns each row leaves empty; the highest-scoring reading wins.
import { isAgencyName } from './agency-name.js';
import { isEmptyCellMark, isUnitPhrase, labelAt } from './unit-phrase-checks.js';
import { isDeadline } from './deadline.js';
import type { HeaderKind } from './header-kind.js';
import { numberedLine, parseTaskNumber } from './numbering.js';
import { numbersInSequence, subItemFollows, subNumbersInSequence } from './row-numbers.js';
import { isPersonName } from './person-names.js';

/** How a piece is separated from the one before it, strongest first. */
export type Boundary = 'row' | 'line-row' | 'cell' | 'line' | 'space' | 'wrap';

/** A piece of the table's body: a line, a `|` cell or a word, with what separates it from the previous piece. */
export interface Piece {
  text: string;
  line: number;
  before: Boundary;
}

/** A cell of an aligned row: the text of one or more pieces, and the line it starts on. */
export interface AlignedCell {
  text: string;
  line: number;
}

/** A row read from the pieces: one cell (or none) per column; or a heading row spanning the table. */
export type AlignedRow = { kind: 'row'; cells: (AlignedCell | undefined)[]; line: number } | { kind: 'heading'; text: string; line: number };

/** The longest cell, in pieces and in characters. */
const MAX_PIECES = 24;
const MAX_CHARS = 600;

/** Score of a new cell, a continued cell and a new row after each kind of boundary. */
const AFTER: Record<Boundary, { cell: number; join: number; row: number }> = {
  row: { cell: -8, join: -Infinity, row: 0 },
  'line-row': { cell: -2, join: -2, row: 0 },
  cell: { cell: 0, join: -6, row: -1.5 },
  line: { cell: 0, join: -1, row: -1 },
  space: { cell: 0, join: -1.5, row: -5 },
  wrap: { cell: -2.5, join: 0, row: -3 },
};
/** Every row costs a little, so that rows are not split without evidence. */
const ROW_START = -0.5;
/** The score of leaving a column of a row without a cell (merged with the row above, or empty). */
const SKIP: Record<HeaderKind, number> = {
  number: -2,
  category: 0,
  title: -6,
  units: -0.8,
  lead: -0.85,
  co: -0.8,
  official: -0.5,
  deadline: -0.5,
  extra: 0,
};

const SECTION = /^[(（]?[一二三四五六七八九十]+[)）、]/u;

/** Person names (王 东, 钱宇, 张三、李四), as a 责任领导 column holds them: two to four characters, no unit's name. */
export const isPerson = (t: string): boolean =>
  t.split(/[\n、，,]/u).every((p) => /^(\p{Script=Han}[\s\u3000]?){1,3}\p{Script=Han}$/u.test(p.trim()) && !isAgencyName(p.replace(/\s/gu, '')));

/** …and with a common surname (王东, 张三): a place or a topic of four characters (人民广场, 文化产业) is none. */
export const isNamedPerson = (t: string): boolean => isPerson(t) && t.split(/[\n、，,]/u).every((p) => isPersonName(p.replace(/[\s\u3000]/gu, '')));

interface Traits {
  number: boolean;
  /** A row number the rows' sequence reaches only by a rise (6 … 52, or an amount after the last row). */
  weakNumber?: boolean;
  units: boolean;
  person: boolean;
  /** Text ending a sentence (。！？), with a comma before: a requirement or a measure, seldom a category or a heading. */
  sentence: boolean;
  /** A line without a stop, then only whole sentences: a title run into the requirements after it. */
  titleThenSentences: boolean;
  /** A person by surname as well: what no category cell holds. */
  namedPerson: boolean;
  /** Numbered items or lines of whole sentences: a requirements cell's measures. */
  measures: boolean;
  deadline: boolean;
  heading: boolean;
  /** A figure: 1300人, 54%, 10000万, 2所 — what 目标 and 完成情况 columns hold. */
  figure: boolean;
  /** Text that opens with an arabic task number (14.改扩建…). */
  numbered: boolean;
  /** A cell whose first line is a unit name, followed by other text. */
  namesFirst: boolean;
  /** Words, then a unit's name after a space: a units cell run into the cell before it. */
  nameLast: boolean;
  /** How many names a cell of units lists (split on 、，,；; and spaces). */
  names: number;
  /** A line after the first opening with a label (… / 牵头单位：甲局, … / 完成时限：…): another cell's start, never a title's. */
  labelledLine: boolean;
  /** A cell filled to say it has nothing (—, /, 无): an empty cell of any column but the task's and its number's. */
  placeholder: boolean;
  length: number;
}

/** Unit names hold no sentence: a `。` or `；` before the end rules them out without reading them. */
const mayBeUnits = (t: string): boolean => t.length <= 400 && !/[。！？!?](?=.)/u.test(t);

function traitsOf(raw: string, unitsPossible: boolean): Traits {
  const person = isPerson(raw);
  const t = raw.replace(/\n/gu, '').trim();
  const number = /^\d{1,4}$/u.test(t) || (t.length <= 5 && parseTaskNumber(t) !== undefined && numberedLine(t)?.rest === '');
  const bare = t.replace(/^[★☆※▲△●◆*＊]+/u, '').replace(/[★☆※▲△●◆]/gu, '');
  const units = unitsPossible && !number && !person && mayBeUnits(t) && (isUnitPhrase(bare, true) || isUnitPhrase(t, false));
  const n = numberedLine(t);
  const heading = SECTION.test(t) && n !== undefined && (n.style === 'chinese' || n.style === 'chinese-paren') && t.length <= 60 && !units;
  // …or a progress note opening with one (88%（…推进缓慢）).
  const figure = (/^[\d.,，%％]+\s*\p{Script=Han}{0,2}[%％]?$/u.test(t) || /^\d+(\.\d+)?[%％]/u.test(t)) && !number;
  // (…once: a cell of several numbered items, 1.完成… 2.举办…, lists progress or measures, not one task.)
  const numbered = !number && n !== undefined && n.style === 'arabic' && n.rest !== '' && !/[\s。；;]\s*(?:[2-9]|1\d)[.、．](?!\d)/u.test(n.rest);
  // A year alone (2024) is when the work is done, as a 建设时间 column holds it.
  const deadline = !units && (isDeadline(t) || /^(19|20)\d{2}年?$/u.test(t));
  // Lines of unit names before the text (区林业局 / 区供销联社 / 某某…): the end of a units cell, then another cell.
  const firstLine = raw.split('\n')[0] ?? '';
  const namesFirst = raw.includes('\n') && !units && isAgencyName(firstLine.trim());
  const names = units ? raw.split(/[、，,；;\s\u3000]+/u).filter((p) => p.trim() !== '').length : 0;
  // A unit's name after a space at the end of other words (推进乡村振兴 县农业农村局): a units cell run into the title.
  const words = raw.trim().split(/[ \u3000]+/u);
  const nameLast = !units && words.length >= 2 && isAgencyName(words[words.length - 1] as string) && !isAgencyName(words[0] as string);
  const namedPerson = person && isNamedPerson(raw);
  const sentence = !units && /[，,].*[。！？!?]$/u.test(t);
  // A short line, then whole sentences (推进某某公开 / 加强督促检查，确保按期完成。): a title and the
  // requirements cell beside it, not one title.
  const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const titleThenSentences = lines.length >= 2 && !/[。！？!?；;，,]$/u.test(lines[0] as string) && lines.slice(1).every((l) => /[，,].*[。！？!?]$/u.test(l));
  // A list of measures: numbered items (1.加强…。2.建立…。) or two or more lines each a whole sentence
  // (完善配套政策，形成长效机制。 / 开展专项培训，提升工作能力。) — what a 具体要求 cell holds, seldom a task.
  const measures = !units && (/^1[.、．]\D[\s\S]*[。；;]\s*2[.、．]\D/u.test(t) || (lines.length >= 2 && lines.every((l) => /[，,].*[。！？!?]$/u.test(l))));
  const labelledLine = lines.slice(1).some((l) => labelAt(l) === 0);
  return { number, units, person, namedPerson, sentence, titleThenSentences, measures, deadline, heading, figure, numbered, namesFirst, nameLast, names, labelledLine, placeholder: isEmptyCellMark(t), length: t.length };
}

/** How well a cell's text fits a column of a kind. */
/** A placeholder that is a cell by itself: not a hyphen alone. */
const cellAlone = (text: string): boolean => text !== '-' && isEmptyCellMark(text);

/** How well a placeholder (—, 无) fits each column: an empty co-operating, deadline or remark cell, seldom a lead's, never a task's. */
const PLACEHOLDER_FIT: Partial<Record<HeaderKind, number>> = { co: 3.5, units: 1, deadline: 3, extra: 3, official: 1, lead: -2, category: -4, title: -10, number: -20 };

function fit(kind: HeaderKind, t: Traits, hasOfficials: boolean): number {
  if (t.placeholder) return PLACEHOLDER_FIT[kind] ?? -8;
  const person = hasOfficials && t.person;
  switch (kind) {
    case 'number':
      return t.number ? (t.weakNumber === true ? 1 : 2.5) : -20;
    case 'units':
      return t.units ? 4 : -8;
    // A lead is one unit or two; a list of three or more is likelier the co-operating units (where
    // a row leaves one of the two unit cells out, merged with the row above or empty).
    case 'lead':
      return t.units ? 4 - (t.names >= 3 ? 0.6 : 0) : -8;
    case 'co':
      return t.units ? 4 - (t.names === 1 ? 0.1 : 0) : -8;
    case 'official':
      return person ? 4 : t.units || t.number ? -4 : t.length <= 12 ? 0 : -6;
    case 'deadline':
      if (t.deadline) return 4;
      if (t.number || t.units) return -6;
      // 进度 columns hold progress notes (88%（…推进缓慢）) as well as dates.
      // A section heading (二、…) is a row of its own, seldom the note of the row above.
      return t.figure ? 0 : t.numbered ? -1 : t.heading ? -2 : -0.3 - Math.min(t.length, 100) / 200;
    case 'title':
      if (t.number) return -20;
      if (t.figure) return -2;
      if (t.units) return -3;
      if (t.namesFirst) return -4;
      if (t.nameLast) return -2.5;
      if (person || t.deadline || t.labelledLine) return -3;
      return 0.5 + Math.min(t.length, 60) / 60 + (t.numbered ? 1.5 : 0) - (t.titleThenSentences ? 2 : 0) - (t.measures ? 2 : 0);
    case 'category':
      // (A short place or topic, 人民广场, may head a category; a person's name by its surname may not.)
      if (t.number || t.figure || t.units || (hasOfficials && t.namedPerson) || t.deadline) return -20;
      if (t.numbered) return -2;
      return t.heading ? 1 : t.length <= 30 ? 0.2 : -3;
    case 'extra':
      if (t.number || t.figure) return 0;
      if (t.numbered) return -1;
      if (t.heading) return -2;
      if (t.units) return -1.5;
      // A whole sentence (…，确保按期完成。) is what a requirements or measures column holds.
      return t.measures ? 0.5 : t.sentence ? 0 : -0.3 - Math.min(t.length, 100) / 200;
  }
}

/** The traits of a number out of the rows' sequence: a figure. */
const FIGURE: Traits = { number: false, units: false, person: false, namedPerson: false, sentence: false, titleThenSentences: false, measures: false, deadline: false, heading: false, figure: true, numbered: false, namesFirst: false, nameLast: false, names: 0, labelledLine: false, placeholder: false, length: 4 };

/**
 * Reads the rows of a flattened table: the best split of `pieces` into cells, cells into columns
 * (in the header's order, each row from any column on) and rows. `skips` overrides the score of
 * leaving a column empty (0 for columns the header does not name). With `explicitRows`, rows start
 * only where the pieces say a row starts (`row`, `line-row`).
 * Runs in O(pieces × longest cell × columns).
 */
export function alignPieces(
  pieces: readonly Piece[],
  columns: readonly HeaderKind[],
  hasOfficials: boolean,
  skips?: readonly (number | undefined)[],
  explicitRows = false,
): AlignedRow[] {
  const n = pieces.length;
  const m = columns.length;
  const numberColumn = columns.includes('number');
  // (Only where a column may hold figures: elsewhere a number repeated or out of order, 1 2 2 3, is still a row's.)
  const sequence = numberColumn && columns.includes('extra') ? numbersInSequence(pieces) : { figures: new Set<number>(), jumps: new Set<number>() };
  // Rows numbered below a parent row (1 / 经济发展 / 1.1 / … / 1.2 / …), told from figures (2.6) by their chain.
  const subRows = numberColumn ? subNumbersInSequence(pieces) : new Set<number>();
  // States: 0 = between rows (start, or after a heading row); 1..m = the last cell of the row is in column s - 1.
  const width = m + 1;
  const score = new Float64Array((n + 1) * width).fill(-Infinity);
  const fromAt = new Int32Array((n + 1) * width).fill(-1);
  const fromState = new Int32Array((n + 1) * width).fill(-1);
  score[0] = 0;
  // skipBefore[c]: leaving columns 0..c-1 empty; skipAfter[c]: leaving columns c+1..m-1 empty.
  const skipBefore = new Float64Array(m + 1);
  for (let c = 0; c < m; c += 1) skipBefore[c + 1] = (skipBefore[c] as number) + (skips?.[c] ?? SKIP[columns[c] as HeaderKind]);
  const skipBetween = (a: number, b: number): number => (skipBefore[b] as number) - (skipBefore[a + 1] as number);
  const endRow = (s: number): number => (s === 0 ? 0 : (skipBefore[m] as number) - (skipBefore[s] as number));
  const traits = new Map<string, Traits>();
  const traitsFor = (text: string, unitsPossible: boolean): Traits => {
    const key = unitsPossible ? text : `\u0000${text}`;
    let t = traits.get(key);
    if (t === undefined) {
      t = traitsOf(text, unitsPossible);
      traits.set(key, t);
    }
    return t;
  };
  const relax = (j2: number, s2: number, value: number, j: number, s: number): void => {
    const at = j2 * width + s2;
    if (value > (score[at] as number)) {
      score[at] = value;
      fromAt[at] = j;
      fromState[at] = s;
    }
  };
  for (let j = 0; j < n; j += 1) {
    const before = (pieces[j] as Piece).before;
    const boundary = AFTER[before];
    // Where the text marks every row's end, a row starts nowhere else.
    const rowStart = explicitRows && before !== 'row' && before !== 'line-row' ? boundary.row - 10 : boundary.row;
    let rowEnd = -Infinity;
    let rowEndState = -1;
    // A heading (一、… / （二）…) starts a row of its own wherever it stands, even in running text.
    let headingEnd = -Infinity;
    let headingEndState = -1;
    for (let s = 0; s < width; s += 1) {
      const base = (score[j * width + s] as number) + endRow(s) + ROW_START;
      const v = base + (s === 0 && j === 0 ? 0 : rowStart);
      if (v > rowEnd) {
        rowEnd = v;
        rowEndState = s;
      }
      if (base > headingEnd) {
        headingEnd = base;
        headingEndState = s;
      }
    }
    // No reading ends at piece j: nothing to extend.
    if (rowEnd === -Infinity) continue;
    // The best state to continue the row from, for each next column: a cell in column c2 follows one in c < c2.
    const sameRow = new Float64Array(m).fill(-Infinity);
    const sameRowState = new Int32Array(m).fill(-1);
    for (let c2 = 0; c2 < m; c2 += 1) {
      for (let c = 0; c < c2; c += 1) {
        const v = (score[j * width + c + 1] as number) + skipBetween(c, c2) + boundary.cell;
        if (v > (sameRow[c2] as number)) {
          sameRow[c2] = v;
          sameRowState[c2] = c + 1;
        }
      }
    }
    let text = '';
    let joins = 0;
    // A heading that fills its line (一、持续 推进 “两个 示范村”建设) is one, whatever spaces it has.
    let headingJoins = 0;
    // A cell of units wrapped over pieces starts with units or with a fragment of a name (市政 / 府办公室).
    let unitsPossible = true;
    for (let j2 = j + 1; j2 <= n && j2 - j <= MAX_PIECES; j2 += 1) {
      const piece = pieces[j2 - 1] as Piece;
      if (j2 > j + 1) {
        const join = AFTER[piece.before].join;
        // A bare 序号 never continues a cell.
        // (…nor does a row's number below its parent's, nor anything continue one: 1.1 / 完成… are two cells.)
        // (…nor does a placeholder continue a cell or take the next piece into its own: — is a cell alone; a
        // hyphen alone, 墨香园小区 - 公益广告未上墙, is as often a title's dash.)
        if (join === -Infinity || /^\d{1,4}$/u.test(piece.text) || subRows.has(j2 - 1) || subRows.has(j) || cellAlone(piece.text) || cellAlone((pieces[j] as Piece).text)) break;
        if (j2 === j + 2) unitsPossible = text.length <= 6 || traitsFor(text, true).units;
        // A line that ends a sentence more often ends its cell than wraps.
        // A name under a name (区林业局 / 区供销联社): a list of units wrapped one per line.
        // (…and names after names across spaces, 市经信局 市教育局 市住建局: a list of units written with spaces.)
        const names = isAgencyName(piece.text) && isAgencyName((pieces[j2 - 2] as Piece).text);
        // Under a 序号 column, a cell's own items in sequence (title。 / 1.某某； / 2.某某。) go on the cell:
        // the row's number is a cell of its own.
        const item = numberColumn && piece.before === 'line' && subItemFollows(pieces[j2 - 2] as Piece, piece);
        const step = item ? -0.2 : (names ? Math.max(join, piece.before === 'space' ? -0.4 : -0.3) : join) + (piece.before === 'line' && /[。；;！!]$/u.test((pieces[j2 - 2] as Piece).text) ? -1 : 0);
        joins += step;
        headingJoins += piece.before === 'space' ? -0.1 : step;
        text += piece.before === 'space' ? ' ' : '\n';
      }
      text += piece.text;
      if (text.length > MAX_CHARS) break;
      const alone = j2 === j + 1;
      const t = alone && sequence.figures.has(j) ? FIGURE : alone && sequence.jumps.has(j) ? { ...traitsFor(text, unitsPossible), weakNumber: true } : alone && subRows.has(j) ? { ...traitsFor(text, unitsPossible), number: true, figure: false } : traitsFor(text, unitsPossible);
      for (let c2 = 0; c2 < m; c2 += 1) {
        // A category the header does not name is a heading's words (交通建设), seldom a sentence with commas.
        const unnamed = skips?.[c2] === 0 && columns[c2] === 'category' ? -0.6 - (!t.heading && /[，,。；;]/u.test(text) ? 1.5 : 0) : 0;
        const e = fit(columns[c2] as HeaderKind, t, hasOfficials) + joins + unnamed;
        relax(j2, c2 + 1, (sameRow[c2] as number) + e, j, sameRowState[c2] as number);
        relax(j2, c2 + 1, rowEnd + (skipBefore[c2] as number) + e, j, -1 - rowEndState);
      }
      // A heading row spanning the table (一、… / （二）…), closing the row before it.
      const fillsLine = j2 === n || (pieces[j2] as Piece).before !== 'space';
      if (t.heading) relax(j2, 0, Math.max(rowEnd, headingEnd + Math.max(rowStart, -1)) + 1 + (fillsLine ? headingJoins : joins), j, -1 - (rowEnd >= headingEnd + Math.max(rowStart, -1) ? rowEndState : headingEndState));
    }
  }
  let best = -Infinity;
  let state = 0;
  for (let s = 0; s < width; s += 1) {
    const v = (score[n * width + s] as number) + endRow(s);
    if (v > best) {
      best = v;
      state = s;
    }
  }
  if (best === -Infinity) return [];
  // Walk back: each step is a cell (or a heading) made of pieces [from, to).
  const steps: { from: number; to: number; state: number; newRow: boolean }[] = [];
  let j = n;
  while (j > 0) {
    const at = j * width + state;
    const from = fromAt[at] as number;
    const prev = fromState[at] as number;
    steps.push({ from, to: j, state, newRow: prev < 0 });
    j = from;
    state = prev < 0 ? -1 - prev : prev;
  }
  steps.reverse();
  const rows: AlignedRow[] = [];
  let row: (AlignedCell | undefined)[] | undefined;
  const joined = (from: number, to: number): string =>
    pieces
      .slice(from, to)
      .map((p, i) => (i === 0 ? '' : p.before === 'space' ? ' ' : '\n') + p.text)
      .join('');
  for (const step of steps) {
    const first = pieces[step.from] as Piece;
    if (step.state === 0) {
      rows.push({ kind: 'heading', text: joined(step.from, step.to).replace(/\n/gu, ''), line: first.line });
      row = undefined;
      continue;
    }
    if (step.newRow || row === undefined) {
      row = new Array<AlignedCell | undefined>(m).fill(undefined);
      rows.push({ kind: 'row', cells: row, line: first.line });
    }
    row[step.state - 1] = { text: joined(step.from, step.to), line: first.line };
  }
  return rows;
}
