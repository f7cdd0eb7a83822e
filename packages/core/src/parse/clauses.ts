// Finds the responsibility clauses of a task's text: a bracket of units (（X牵头，Y配合）,
// 〔责任单位：…〕, a bare （市发改委、财政局）), labels (牵头单位：X；配合单位：Y), or a sentence of
// names with role words (办公室牵头，各科室配合) — and tells them from the brackets of a title
// (（2020—2025年）, （以下简称《目录》）).
import { breaksInsideName } from './wrapped-names.js';
import { allAgencyNames, isAgencyName } from './agency-name.js';
import { matchBrackets } from './bracket-match.js';
import { isDeadline } from './deadline.js';
import { statesFirstListedRule } from './labels.js';
import { parseUnitPhrase } from './unit-phrase.js';
import { hasRoleWord, roleAtEnd } from './role-words.js';
import { chargedDivision, openingDuty, unitHeading } from './item-openings.js';
import { openingAgent } from './opening-divisions.js';
import { closingNames, spacedNames } from './names-alone.js';
import { assignedTail, namedWorkTail } from './sentence-tails.js';
import { brackets, hasOwnBracket, isUnitPhrase, labelAt, namedUnits, PAIRS } from './unit-phrase-checks.js';

/** A clause found in a text: [start, end) in the text, and the phrase to read units from. */
export interface Clause {
  start: number;
  end: number;
  phrase: string;
  /** `opening`: the division opens the item, before the work (由X负责，… / X负责…工作). */
  kind: 'bracket' | 'label' | 'sentence' | 'opening';
  /** An `opening` that is the item's whole first sentence, its units alone (市公安局。负责…): the item is titled by what follows. */
  alone?: boolean;
  /** A `sentence` of units alone (…。由甲局负责，乙局承办。), not the close of the sentence before it. */
  whole?: boolean;
  /** …of names alone, no role word, closing a numbered item ({@link closingNames}). */
  namesLine?: boolean;
}

const SENTENCE_END = /[。；;！？!?\n]/u;

/** Whether a bracket is part of a name (各县（市、区）人民政府, 市（州）): followed by a name ending. */
function insideName(text: string, close: number): boolean {
  return /^(人民政府|政府|党委|管委会|委员会|有关部门|相关部门|各部门|直各|直|有关单位)/u.test(text.slice(close + 1, close + 8));
}

/** Openers left open on one line that are tried as a bracket of units cut at the line's end (its last ones). */
const MAX_OPEN_PER_LINE = 50;

/** Blanks, openers and stops ending a line cut inside its bracket (…牵头（ / …配合。), taken off by a loop (linear on any run). */
function withoutOpenTail(inner: string): string {
  let end = inner.length;
  while (end > 0 && /[\s（(〔【[［。；;，,]/u.test(inner[end - 1] as string)) end -= 1;
  return inner.slice(0, end);
}

/**
 * The responsibility clauses in a text, in order: brackets that list units, labelled runs
 * (from a label to the end of its line or of the text), and sentences made only of names with
 * role words. Clauses never overlap. In a numbered item's text (`numbered`), a line of names alone
 * after its work is its units too ({@link closingNames}).
 */
export function findClauses(text: string, numbered = false, spaced = false): Clause[] {
  const spans = brackets(text);
  const found: Clause[] = [];
  for (const [open, close] of spans) {
    const inner = text.slice(open + 1, close);
    // (A bracket with role words in it names the units of the task before, whatever follows: `…（甲局负责）政府采购…`.)
    if (insideName(text, close) && !hasRoleWord(inner)) continue;
    const labelled = labelAt(inner.trim()) === 0;
    if (!isUnitPhrase(inner, true)) continue;
    // A bare bracket right after a quoted term, with the sentence going on after it, glosses the term
    // (“三馆”(图书馆、文化馆、博物馆)已落实): not units. One closing the item (全面推行“一网通办”（市甲局）) is.
    if (!labelled && !hasRoleWord(inner) && /[”」』"]$/u.test(text.slice(Math.max(0, open - 4), open).trimEnd()) && /^\s*\p{Script=Han}/u.test(text.slice(close + 1, close + 3))) continue;
    // A bare bracket giving a stretch between two places (银山大道(玉立酒店-九宫客运站)) is no list of units.
    if (!labelled && !hasRoleWord(inner) && /^[^、，,；;\-—–~～]{2,}(?:-|—|–|~|～|——)[^、，,；;\-—–~～]{2,}$/u.test(inner.trim())) continue;
    // A bare bracket right after a name is part of it (各县(市、区)政府(管委会), 各镇人民政府(街道办事处)).
    if (!labelled && !hasRoleWord(inner) && isAgencyName(lastPiece(text.slice(0, open)))) continue;
    found.push({ start: open, end: close + 1, phrase: inner, kind: 'bracket' });
  }
  // A bracket of units left open at the end of its line (（省财政厅牵头 with no ）, the page cut
  // there): the line's end closes it, when what follows the opener names units with their roles.
  // (An opener right before another is tried through the last of the run — its text holds the run's
  // — and a line tries its last MAX_OPEN_PER_LINE openers at most: each try reads to the line's end.)
  const unmatched = [...matchBrackets(text, PAIRS).unmatched].sort((a, b) => a - b);
  unmatched.forEach((open, k) => {
    if (Object.hasOwn(PAIRS, text[open + 1] ?? '')) return;
    if (spans.some(([o, c]) => open > o && open < c)) return;
    let end = text.indexOf('\n', open);
    if (end < 0) end = text.length;
    const later = unmatched[k + MAX_OPEN_PER_LINE];
    if (later !== undefined && later < end) return;
    const inner = withoutOpenTail(text.slice(open + 1, end));
    if (inner === '' || Object.values(PAIRS).some((c) => inner.includes(c)) || found.some((f) => f.start < end && f.end > open)) return;
    if (!isUnitPhrase(inner, false)) return;
    found.push({ start: open, end, phrase: inner, kind: 'bracket' });
  });
  const inBracket = (i: number): boolean => spans.some(([o, c]) => i > o && i < c);
  // Labelled runs: a label at the start of a line or after a sentence end, to the end of its line
  // (and on over lines that continue its list), taking in the brackets on the way.
  let from = 0;
  for (;;) {
    const at = labelAt(text, from);
    if (at < 0) break;
    from = at + 1;
    if (inBracket(at)) continue;
    const before = text.slice(0, at).trimEnd();
    // (…or after a blank: a page run into one line, `（六）某任务 工作职责：甲局牵头，…` — when names follow the label.)
    const afterBlank = /[ \t\u3000]$/u.test(text.slice(0, at)) && isAgencyName((text.slice(at).replace(/^[^：:]*[：:]\s*/u, '').split(/[，,；;。、\s]/u)[0] ?? '').replace(/(牵头|牽頭|配合|负责|負責)$/u, ''));
    if (before !== '' && !/[。；;，,！？!?）)\]】〕\s:：]$/u.test(before) && !/(\n|^)\S{0,2}$/u.test(text.slice(0, at)) && !afterBlank) continue;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    // …a list that goes on: its line ends with a separator, or breaks inside a name (省住房城乡 / 建设厅).
    while (end < text.length) {
      const line = text.slice(at, end).trimEnd();
      const next = text.indexOf('\n', end + 1);
      if (!/[、，,；;：:]$/u.test(line) && !breaksInsideName(line.slice(-40), text.slice(end + 1, end + 41).trimStart())) break;
      end = next < 0 ? text.length : next;
    }
    for (let k = found.length - 1; k >= 0; k -= 1) {
      const c = found[k] as Clause;
      if (c.start >= at && c.start < end) found.splice(k, 1);
    }
    found.push({ start: at, end, phrase: text.slice(at, end), kind: 'label' });
    from = end;
  }
  // Sentences of names with role words (办公室牵头，各科室配合), not in brackets.
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !SENTENCE_END.test(text[i] as string)) continue;
    const s = text.slice(start, i);
    const lead = s.length - s.trimStart().length;
    const at = start + lead;
    // A sentence stating the first-listed rule (第一个为牵头部门，其他为配合部门) is a rule, not units.
    if (s.trim() !== '' && !inBracket(at) && !found.some((c) => c.start < i && c.end > at) && !statesFirstListedRule(s)) {
      const t = s.trim();
      // A sentence of units, or one opening with them, is a clause only after the task's words (at > 0);
      // a division closing a sentence (…的问题，由X负责) follows them in the same sentence.
      // (负责人 and 负责同志 are people: 县甲局等部门负责人说明了… assigns nothing.)
      const roles = t.replace(/(?:负责|負責)(?:人|同志)/gu, '');
      // (A sentence naming its own work before 由, 某某工作由甲局负责, is a task of its own, not more units.)
      const namedWork = namedWorkTail(t) !== undefined;
      const roleSentence = at > 0 && !hasOwnBracket(t) && hasRoleWord(roles) && namedUnits(t) !== undefined && !namedWork;
      const namesLine = at > 0 && !roleSentence && numbered && found.length === 0 && closingNames(text, at, i, t);
      const whole = roleSentence || namesLine;
      // …or, when it opens with 由 (由县林业局负责，于7月17日前完成…: minutes assigning each item), at the item's start;
      // an item may also open with its units and their duty (县公安局负责道路交通等行业的隐患排查治理工作).
      const head = (at > 0 || /^(?:由|並由|并由)/u.test(t)) && !whole && !namedWork ? divisionHead(t) : undefined;
      const duty = at === 0 && !whole && head === undefined ? openingDuty(t) : undefined;
      const alone = at === 0 && !whole && head === undefined && duty === undefined ? unitHeading(t, text.slice(i + 1)) : undefined;
      const opening = duty ?? alone;
      const tail = !whole && head === undefined && opening === undefined ? assignedTail(t) : undefined;
      // A sentence of its own naming who does the work with 由 and another verb (由县甲局督促商户更换).
      const agent = at > 0 && !whole && head === undefined && tail === undefined ? openingAgent(t) : undefined;
      // A charge giving the work to units (会议责成县甲局…, 请县乙局会同县丙局…, 会议要求县丁局牵头…): minutes' way.
      const charged = !whole && head === undefined && opening === undefined && tail === undefined && agent === undefined ? chargedDivision(t) : undefined;
      if (charged !== undefined) found.push({ start: at, end: at + t.length, phrase: charged, kind: at === 0 ? 'opening' : 'sentence' });
      else if (agent !== undefined) found.push({ start: at, end: at + t.length, phrase: agent.phrase, kind: 'sentence' });
      else if (whole) found.push({ start: at, end: at + t.length, phrase: t, kind: 'sentence', whole: true, ...(namesLine ? { namesLine: true } : {}) });
      else if (head !== undefined) found.push({ start: at, end: at + head.length, phrase: head, kind: at === 0 ? 'opening' : 'sentence' });
      else if (opening !== undefined) found.push({ start: at, end: at + opening.length, phrase: opening.phrase, kind: 'opening', ...(alone === undefined ? {} : { alone: true }) });
      else if (tail !== undefined) found.push({ start: at + tail.at, end: at + t.length, phrase: tail.phrase, kind: 'sentence' });
    }
    start = i + 1;
  }
  // A numbered item's line closed by names after spaces (1 地区生产总值增长7% 县发改局 县统计局: a table's
  // rows copied with no header; `spaced`), when nothing else in it names units.
  if (numbered && spaced && found.length === 0) {
    const tail = spacedNames(text);
    if (tail !== undefined) found.push(tail);
  }
  // 由X会同Y、Z等部门负责落实 / 研究提出落实意见: X leads, Y and Z co-operate.
  for (const m of text.matchAll(JOINT)) {
    const at = (m.index ?? 0) + (m[1] as string).length;
    if (inBracket(at) || found.some((c) => c.start <= at && c.end > at)) continue;
    const lead = m[2] as string;
    const co = (m[3] as string).replace(/等(有关|相关)?(部门|单位)$/u, '');
    if (!allAgencyNames(lead) || !allAgencyNames(co)) continue;
    const end = text.slice(at).search(/[。；;\n]|$/u) + at;
    found.push({ start: at, end, phrase: `${lead}牵头；${co}配合`, kind: 'sentence' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The division of work opening a sentence of running text, before the work itself:
 * `由某副市长负责，市发改委牵头，相关部门配合，尽快完成…` → `由某副市长负责，市发改委牵头，相关部门配合`.
 * Its comma-separated clauses are each names with a role word (or a leader who 负责); at least
 * one names a unit that leads or co-operates (牵头 / 配合 …), and the sentence goes on after them.
 */
function divisionHead(sentence: string): string | undefined {
  if (/[（(〔【[]/u.test(sentence)) return undefined;
  const pieces = sentence.split(/(?<=[，,])/u);
  let end = 0;
  let strong = false;
  for (const piece of pieces.slice(0, -1)) {
    const clause = piece.replace(/[，,]$/u, '').trim();
    if (roleAtEnd(clause) === undefined) break;
    const read = parseUnitPhrase(clause, 'marked-only');
    const units = read.units.length > 0 && read.units.every((u) => isAgencyName(u.name));
    if (!units && read.officials.length === 0) break;
    if (units) strong = true;
    end += piece.length;
  }
  return strong && end > 0 && end < sentence.length ? sentence.slice(0, end).replace(/[，,]$/u, '') : undefined;
}

/** 由X会同Y…负责 / 研究 / 提出: a sentence naming the lead and the units working with it. */
const JOINT = /([，,。；;]|^)由([^，,。；;由]{2,40}?)(?:会同|會同)([^，,。；;]{2,200}?)(?=(?:负责|負責|研究|提出|落实|落實|办理|辦理|制定|组织|組織|推进|推進))/gu;

/** The last name-like piece of a text (after its last separator). */
function lastPiece(text: string): string {
  const m = /[^、，,；;：:。\s（）()]*$/u.exec(text);
  return m === null ? '' : m[0];
}

/** Whether what lies between two clauses is nothing (punctuation, spaces, a deadline). */
export function isGlue(text: string): boolean {
  const t = text.replace(/[\s。．.；;，,、]/gu, '');
  return t === '' || isDeadline(t);
}
