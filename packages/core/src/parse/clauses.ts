// Finds the responsibility clauses of a task's text: a bracket of units (（X牵头，Y配合）,
// 〔责任单位：…〕, a bare （市发改委、财政局）), labels (牵头单位：X；配合单位：Y), or a sentence of
// names with role words (办公室牵头，各科室配合) — and tells them from the brackets of a title
// (（2020—2025年）, （以下简称《目录》）).
import { breaksInsideName } from './wrapped-names.js';
import { allAgencyNames, isAgencyName } from './agency-name.js';
import { runTogether } from './glued-names.js';
import { matchBrackets } from './bracket-match.js';
import { isDeadline } from './deadline.js';
import { ALL_LABELS, CO_SUFFIXES, DUTY_SUFFIXES, genericUnitLabelAt, isShortLabel, LEAD_SUFFIXES, REMARK_MARKS, statesFirstListedRule } from './labels.js';
import { parseUnitPhrase, type UnitPhrase } from './unit-phrase.js';
import { byFirstCharacter, hasRoleWord, roleAtEnd } from './role-words.js';
import { chargedDivision, openingDuty, unitHeading } from './item-openings.js';
import { openingAgent } from './opening-divisions.js';

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

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '【': '】', '[': ']', '［': '］' };
/** The labels by their first character (longest first within each), for {@link labelAt}'s one scan. */
const LABELS_BY_FIRST = byFirstCharacter(ALL_LABELS);
const EXPLANATION = /简称|以下|含|包括|即|如|例如|详见|见附件|附件|号|第.条|万元|亿元|%|％/u;

/** Index where a label (牵头单位：, 责任领导：…) starts at or after `from`, or -1. */
export function labelAt(text: string, from = 0): number {
  // The first position where a known label starts, followed (after blanks) by its colon: one scan.
  let best = -1;
  for (let i = from; i < text.length && best < 0; i += 1) {
    const labels = LABELS_BY_FIRST.get(text[i] as string);
    if (labels === undefined) continue;
    for (const label of labels) {
      if (!text.startsWith(label, i)) continue;
      // (A role word alone, 配合：, is a label only where a clause starts: 加强部门协同：… is a task's words.)
      if (isShortLabel(label) && i > 0 && !LABEL_BOUNDARY.test(text[i - 1] as string)) continue;
      let k = i + label.length;
      while (k < text.length && /\s/u.test(text[k] as string)) k += 1;
      if (text[k] === '：' || text[k] === ':') {
        best = i;
        break;
      }
    }
  }
  // A label the lists do not name (数据提供单位：), where a clause starts.
  for (let c = text.indexOf('：', from), d = text.indexOf(':', from); c >= 0 || d >= 0; ) {
    const colon = c < 0 ? d : d < 0 ? c : Math.min(c, d);
    if (best >= 0 && colon > best) break;
    for (let start = Math.max(from, colon - 10); start <= colon - 3; start += 1) {
      if (start > 0 && !LABEL_BOUNDARY.test(text[start - 1] as string)) continue;
      const label = genericUnitLabelAt(text, start);
      if (label !== undefined && text.slice(start + label.length, colon).trim() === '') {
        if (best < 0 || start < best) best = start;
        break;
      }
    }
    if (colon === c) c = text.indexOf('：', c + 1);
    else d = text.indexOf(':', d + 1);
  }
  return best;
}
const LABEL_BOUNDARY = /[\s\u3000，,；;。、（(〔【[［:：]/u;

/** Whether a phrase lists units: labels, role words with names, or (bare) nothing but names, deadlines and rules. */
export function isUnitPhrase(phrase: string, bare: boolean): boolean {
  return readUnitPhrase(phrase, bare).ok;
}

/** {@link isUnitPhrase}, with the phrase as read when it had to be read to tell. */
function readUnitPhrase(phrase: string, bare: boolean): { ok: boolean; read?: UnitPhrase } {
  // Rule sentences inside the bracket (以下各项工作均需…落实，不再列出) say nothing about whether it lists units.
  const t = phrase
    .trim()
    .split(/(?<=[。；;])/u)
    .filter((sentence) => !(isRuleText(sentence) && /[。；;]$/u.test(sentence.trim()) && phrase.trim().indexOf(sentence) > 0))
    .join('');
  if (t === '' || t.length > 400) return { ok: false };
  if (labelAt(t) === 0 || /^[^，,。；;]{0,12}(单位|部门|领导|單位|部門|領導)[：:]/u.test(t)) return { ok: true };
  const read = parseUnitPhrase(t, 'marked-only');
  if (read.units.length === 0) return { ok: read.remarks.length > 0 && read.officials.length > 0, read };
  const named = read.units.filter((u) => isAgencyName(u.name)).length;
  const roleWord = hasRoleWord(t);
  // Remarks about the list the reader set apart (见附件1，下同) do not make the phrase an explanation.
  const unremarked = read.remarks.reduce((text, r) => text.replace(r, ''), t);
  const explains = EXPLANATION.test(unremarked.replace(/\d{1,2}月|\d{4}年/gu, ''));
  if (roleWord && named >= Math.ceil(read.units.length / 2) && !explains) return { ok: true, read };
  if (!bare || (explains && read.attributes.length === 0)) return { ok: false, read };
  // A long list with one name the recogniser does not know (区商务, cut short on the page) is still a list.
  return { ok: named === read.units.length || (read.units.length >= 5 && named >= read.units.length - 1), read };
}

/** Bracketed spans at the outermost level: [open, close] index pairs (a bracket never closed is a plain character). */
export function brackets(text: string): [number, number][] {
  const { pairs } = matchBrackets(text, PAIRS);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const pair of pairs) if (out.length === 0 || pair[0] > (out[out.length - 1] as [number, number])[1]) out.push(pair);
  return out;
}

const SENTENCE_END = /[。；;！？!?\n]/u;

/**
 * Whether a sentence has a bracket of its own, not one inside a unit's name: `各乡镇(街道)协助` and
 * `各县（市、区）政府配合` have none (a short bracket between a name's characters, with no role
 * word or label in it); `（市甲局牵头）` or a bracket left open has one.
 */
function hasOwnBracket(sentence: string): boolean {
  const spans = brackets(sentence);
  let outside = sentence;
  for (const [open, close] of spans) {
    const inner = sentence.slice(open + 1, close);
    const named = open > 0 && /\p{Script=Han}/u.test(sentence[open - 1] as string) && /[\p{Script=Han}、，,]/u.test(sentence[close + 1] ?? '') && inner.length <= 12 && !hasRoleWord(inner) && labelAt(inner) < 0 && !/[：:]/u.test(inner);
    if (!named) return true;
    outside = outside.slice(0, open) + ' '.repeat(close - open + 1) + outside.slice(close + 1);
  }
  return /[（(〔【[）)〕】\]]/u.test(outside);
}

/** Whether a bracket is part of a name (各县（市、区）人民政府, 市（州）): followed by a name ending. */
function insideName(text: string, close: number): boolean {
  return /^(人民政府|政府|党委|管委会|委员会|有关部门|相关部门|各部门|直各|直|有关单位)/u.test(text.slice(close + 1, close + 8));
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
  for (const open of matchBrackets(text, PAIRS).unmatched) {
    if (spans.some(([o, c]) => open > o && open < c)) continue;
    let end = text.indexOf('\n', open);
    if (end < 0) end = text.length;
    const inner = text.slice(open + 1, end).replace(/[\s（(〔【[［。；;，,]+$/u, '');
    if (inner === '' || Object.values(PAIRS).some((c) => inner.includes(c)) || found.some((f) => f.start < end && f.end > open)) continue;
    if (!isUnitPhrase(inner, false)) continue;
    found.push({ start: open, end, phrase: inner, kind: 'bracket' });
  }
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
      const roleSentence = at > 0 && !hasOwnBracket(t) && hasRoleWord(roles) && namedUnits(t) !== undefined;
      const namesLine = at > 0 && !roleSentence && numbered && found.length === 0 && closingNames(text, at, i, t);
      const whole = roleSentence || namesLine;
      // …or, when it opens with 由 (由县林业局负责，于7月17日前完成…: minutes assigning each item), at the item's start;
      // an item may also open with its units and their duty (县公安局负责道路交通等行业的隐患排查治理工作).
      const head = (at > 0 || /^(?:由|並由|并由)/u.test(t)) && !whole ? divisionHead(t) : undefined;
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

const NAMES = '([^，,。；;由]{2,120}?)';
/** Names listed with 、 or with ，(由市甲局，有关单位负责): every piece must still read as a unit's. */
const LISTED = '([^。；;由]{2,160}?)';
/** `，由X牵头，会同Y、Z等部门落实` closing a sentence: X leads, Y and Z co-operate. */
const TAIL_JOINT = new RegExp(`^由${NAMES}(?:牵头|牽頭)[，,](?:会同|會同)${NAMES}(?:等(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位))?(?:负责|負責|研究|落实|落實|办理|辦理)`, 'u');
/** `，由X、Y负责落实` / `研究提出意见` closing a sentence: X and Y are responsible. */
const TAIL_DUTY = new RegExp(
  `^由${LISTED}(?:等(?:有关|有關|相关|相關)?(?:部门|部門|单位|單位)?)?(?:分工|分别|分別|共同)?(?:负责|負責|研究提出|研究落实|研究落實|研究|落实|落實|办理|辦理)`,
  'u',
);

/** `，由X牵头` closing a sentence (a retold list's items, 抓好某某防治，由某部牵头): X leads. */
const TAIL_LEAD = new RegExp(`^由${NAMES}(?:牵头负责|牵头|牽頭負責|牽頭)$`, 'u');

/**
 * The division of work closing a sentence, after the work it names (State Council 分工 notices):
 * `关于「…」的问题，由财政部、发展改革委研究提出意见` → 财政部、发展改革委负责;
 * `…，由财政部牵头，会同国土资源部等部门落实` → 财政部牵头；国土资源部配合. Every name must read as
 * a unit's; the clause starts at its 由.
 */
function assignedTail(sentence: string): { at: number; phrase: string } | undefined {
  const at = Math.max(sentence.lastIndexOf('，由'), sentence.lastIndexOf(',由'));
  if (at < 0) return bareTail(sentence);
  const rest = sentence.slice(at + 1);
  const joint = TAIL_JOINT.exec(rest);
  if (joint !== null && allAgencyNames(joint[1] as string) && allAgencyNames(joint[2] as string)) return { at: at + 1, phrase: `${joint[1] as string}牵头；${joint[2] as string}配合` };
  const lead = TAIL_LEAD.exec(rest);
  if (lead !== null && allAgencyNames(lead[1] as string)) return { at: at + 1, phrase: `${lead[1] as string}牵头` };
  // A run of role clauses (由X负责，Y配合) before the single duty (由X负责) it opens with.
  const run = roleTail(sentence);
  if (run !== undefined) return run;
  const duty = TAIL_DUTY.exec(rest);
  if (duty !== null && allAgencyNames(duty[1] as string)) return { at: at + 1, phrase: `${duty[1] as string}负责` };
  return undefined;
}

const LEAD_WORDS = [...LEAD_SUFFIXES].sort((a, b) => b.length - a.length);
const CO_WORDS = [...CO_SUFFIXES];
const DUTY_WORDS = [...DUTY_SUFFIXES];

/**
 * A run of clauses closing a sentence, each names with a role word (or names whose role the next
 * clause gives), one of them leading: `…，由市甲局牵头，乙局、丙局配合` → `市甲局牵头，乙局、丙局配合`.
 * The run starts after the comma before its first clause; the words before it are the task's.
 */
function roleTail(sentence: string, maxClauses = Infinity): { at: number; phrase: string } | undefined {
  let best: { at: number; phrase: string } | undefined;
  let seen = 0;
  for (let k = sentence.length; ; ) {
    k = Math.max(sentence.lastIndexOf('，', k - 1), sentence.lastIndexOf(',', k - 1));
    if (k <= 0 || (seen += 1) > maxClauses) break;
    const tail = sentence.slice(k + 1).replace(/^(?:由|並由|并由)/u, '');
    if (!isRoleRun(tail)) {
      if (best !== undefined) break;
      // Only the run's own clauses may end the sentence: a clause that is not one ends the search.
      return undefined;
    }
    // One clause leads (甲局牵头，乙局配合), or one is responsible and another co-operates (甲局负责，乙局配合).
    const clauses = tail.split(/[，,]/u);
    const dutyAndCo = clauses.length >= 2 && clauses.some((c) => DUTY_WORDS.some((w) => c.endsWith(w))) && clauses.some((c) => CO_WORDS.some((w) => c.endsWith(w)));
    if (LEAD_WORDS.some((w) => tail.includes(w)) || dutyAndCo) best = { at: k + 1, phrase: tail };
  }
  return best;
}

/**
 * A sentence of names alone closing the item, as a table's units cell lands after its task cell when
 * the table is copied as text (`（一）推行告知承诺制。★市司法局，市直各有关部门`, or on the next line): the
 * item's units, as a bare bracket of them would be. It must stand after a full stop or a line break and
 * end its line (a note or the closing paragraph may follow on lines of their own), and every piece must
 * read as a unit's name;
 * the item names no units otherwise (a signature after the last item, 某市民生办, is not its units).
 */
const SIGNED = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.．\-/]\d{1,2}[.．\-/]\d{1,2}|[〇○零一二]{4}\s*年[^底前内]{1,6}日|[（(](?:此件|此页|本件)|附件)/u;

function closingNames(text: string, at: number, end: number, sentence: string): boolean {
  if (!/[。\n]/u.test(text[at - 1] ?? '') || (end < text.length && text[end] !== '\n') || sentence.length > 160) return false;
  // (A signature is followed by its date or a publishing note: 某市人民政府 / 2024年1月5日 / （此件公开发布）.)
  if (SIGNED.test(text.slice(end).trimStart().slice(0, 20))) return false;
  return namesAlone(sentence);
}

/**
 * Whether a text is names of units alone (`★市司法局，市直各有关部门`, `县教育局、县财政局`): no
 * label and no role word, every piece a unit's name; not a table's row or header (`工作任务 | 具体要求 |
 * 责任单位`), nor one name that is two run together (政治处各部门: a table's cells run into one line,
 * the run-together reader's).
 */
export function namesAlone(sentence: string): boolean {
  if (!/^[★☆※▲△●◆■]?\p{Script=Han}/u.test(sentence) || /[|｜\t]| {2,}/u.test(sentence)) return false;
  // (Names alone: no label, no role word — those are read as what they are.)
  if (labelAt(sentence) >= 0 || hasRoleWord(sentence) || !isUnitPhrase(sentence, true)) return false;
  const units = parseUnitPhrase(sentence, 'marked-only').units;
  if (units.length === 1 && (runTogether((units[0] as { name: string }).name)?.length ?? 1) > 1) return false;
  return units.length > 0 && units.every((u) => isAgencyName(u.name));
}

/**
 * Names after spaces closing an item's last line (`地区生产总值增长7% 县发改局 县统计局`): each word a unit's
 * name (a lead mark allowed), after words of work of two characters or more. The clause names them
 * as a list.
 */
function spacedNames(text: string): Clause | undefined {
  const lineStart = text.lastIndexOf('\n') + 1;
  const line = text.slice(lineStart);
  const words = [...line.matchAll(/[^ \t\u3000]+/gu)];
  let k = words.length;
  while (k > 0 && namesAlone((words[k - 1] as RegExpMatchArray)[0])) k -= 1;
  if (k === words.length || k === 0) return undefined;
  const work = words.slice(0, k).map((w) => w[0]).join('');
  if (!/\p{Script=Han}{2}/u.test(work) || /[|｜]/u.test(line)) return undefined;
  const first = words[k] as RegExpMatchArray;
  const start = lineStart + (first.index ?? 0);
  return { start, end: text.length, phrase: words.slice(k).map((w) => w[0]).join('、'), kind: 'sentence', whole: true, namesLine: true };
}

/** The duty closing a sentence with no 由: `强化督查问效，市政府督查室负责` → 市政府督查室负责. */
const BARE_DUTY = /^(.{2,160}?)(?:分别|分別|共同)?(?:负责落实|負責落實|负责|負責)$/u;

/**
 * The division closing a sentence after its work, with no 由 (一是强化督查问效，市政府督查室负责；
 * 二是…，市甲局牵头，市乙局配合): a run of role clauses, or one clause of names that 负责. The work
 * before it must be words of its own (four characters at least), and every name a unit's.
 */
function bareTail(sentence: string): { at: number; phrase: string } | undefined {
  const k = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','));
  if (k < 4 || /[（(〔【[]/u.test(sentence.slice(k)) || roleAtEnd(sentence.slice(k + 1)) === undefined) return undefined;
  // (A run of at most three clauses: a long list of names with commas is not read again at every comma.)
  const run = roleTail(sentence, 3);
  if (run !== undefined) return run;
  const duty = BARE_DUTY.exec(sentence.slice(k + 1).trim());
  if (duty === null || !allAgencyNames(duty[1] as string)) return undefined;
  return { at: k + 1, phrase: sentence.slice(k + 1).trim() };
}

/** Whether a text is clauses of names, the last ending in a role word (乙局、丙局配合 / 甲局牵头，乙局，丙局参与). */
function isRoleRun(text: string): boolean {
  const last = text.split(/[，,]/u).pop() ?? '';
  if (text.trim() === '' || hasOwnBracket(text) || roleAtEnd(last) === undefined) return false;
  return (namedUnits(text)?.length ?? 0) > 0;
}

/** The units a phrase lists (with role words, not bare) when every one reads as a unit's name; else undefined. */
function namedUnits(text: string): readonly { name: string }[] | undefined {
  const r = readUnitPhrase(text, false);
  if (!r.ok) return undefined;
  const units = (r.read ?? parseUnitPhrase(text, 'marked-only')).units;
  return units.every((u) => isAgencyName(u.name)) ? units : undefined;
}

/** 由X会同Y…负责 / 研究 / 提出: a sentence naming the lead and the units working with it. */
const JOINT = /([，,。；;]|^)由([^，,。；;由]{2,40}?)(?:会同|會同)([^，,。；;]{2,200}?)(?=(?:负责|負責|研究|提出|落实|落實|办理|辦理|制定|组织|組織|推进|推進))/gu;

/** The last name-like piece of a text (after its last separator). */
function lastPiece(text: string): string {
  const m = /[^、，,；;：:。\s（）()]*$/u.exec(text);
  return m === null ? '' : m[0];
}

/** Whether a text (outside the units) states a rule about leads, or another remark (下同). */
export function isRuleText(text: string): boolean {
  return statesFirstListedRule(text) || REMARK_MARKS.some((m) => text.includes(m));
}

/** Whether what lies between two clauses is nothing (punctuation, spaces, a deadline). */
export function isGlue(text: string): boolean {
  const t = text.replace(/[\s。．.；;，,、]/gu, '');
  return t === '' || isDeadline(t);
}
