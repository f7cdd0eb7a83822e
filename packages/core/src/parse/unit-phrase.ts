// Reads the units of one task from a phrase: separators, labels (牵头单位：…；配合单位：…), role
// words after names (牵头 / 配合 / 按职责分工负责), lead marks (★甲局, 甲局（牵头）), the
// document's rules (列第一位者为牵头单位，下同), deadlines (6月底前完成), trailing 等, and 和 / 及 /
// 与 / 会同 between two whole names.
import type { LeadSource, Role } from '../types.js';
import { hasTaskWords, isAgencyName } from './agency-name.js';
import { isDeadline, splitTrailingDeadline } from './deadline.js';
import {
  ALL_LABELS,
  ATTRIBUTE_LABELS,
  CO_LABELS,
  CO_SUFFIXES,
  DUTY_SUFFIXES,
  genericUnitLabelAt,
  LEAD_LABELS,
  LEAD_SUFFIXES,
  MAIN_UNIT_LABEL,
  OFFICIAL_LABELS,
  PLAIN_LABELS,
  REMARK_MARKS,
  STRONG_REMARK,
  statesFirstListedRule,
} from './labels.js';
import { unmatchedOpeners } from './bracket-match.js';
import { CLAUSE_SEPARATORS, CLOSING, OPENING, separateLabels, stripGenericLabel, stripLabel, stripSuffix } from './clause-labels.js';
import { rejoinWrappedNames } from './wrapped-names.js';
import { roleAtEnd } from './role-words.js';
import { namesWithRole, unbracketedRoles, withAssistingFirst } from './clause-rewrites.js';
import { NAME_SEPARATORS, splitDutyTail, withoutModal, type Mark } from './duty-tails.js';
import { cleanName, mergeCollectives, namesOfPiece, personName, trimTrailing } from './unit-names.js';

export { DUTY_CLAUSE, OFFICIAL_LABELS } from './labels.js';
export { stripLabel } from './clause-labels.js';

/** How to choose a lead when the text marks none: the first listed unit, or no lead at all. */
export type LeadConvention = 'first-listed' | 'marked-only';

export interface PhraseUnit {
  /** The name as written, cleaned of role words, lead marks, a trailing 等 and surrounding spaces. */
  name: string;
  role: Role;
}

export interface UnitPhrase {
  units: PhraseUnit[];
  leadSource: LeadSource;
  /** The phrase ended with a duty clause such as 按职责分工负责 ("each according to its duties"). */
  dutyClause: boolean;
  /** Leading officials (people, not agencies), e.g. { label: '责任领导', text: '张三' }. */
  officials: { label: string; text: string }[];
  /** Empty names between separators (e.g. `A、、B`). */
  emptyPieces: number;
  /** Names listed more than once (counted once, at the first position). */
  duplicates: string[];
  /** Other labelled attributes, e.g. { label: '时限要求', text: '持续推进' }, and unlabelled deadlines as { label: '时限', … }. */
  attributes: { label: string; text: string }[];
  /** Remarks that were not units (e.g. 第一责任单位为牵头单位，下同), as written. */
  remarks: string[];
  /** A remark stated the first-listed rule (排名第一位为牵头单位): the first unit was taken as lead. */
  firstListedRule: boolean;
}

/** The attribute label under which an unlabelled deadline (6月底前完成) is kept. */
export const DEADLINE_LABEL = '时限';

const codes = (set: ReadonlySet<string>): Set<number> => new Set([...set].map((c) => c.charCodeAt(0)));
const OPENING_CODES = codes(OPENING);
const CLOSING_CODES = codes(CLOSING);
const CLAUSE_SEPARATOR_CODES = codes(CLAUSE_SEPARATORS);
const NAME_SEPARATOR_CODES = codes(NAME_SEPARATORS);


const isRemark = (t: string): boolean => REMARK_MARKS.some((m) => t.includes(m)) || statesFirstListedRule(t);

/**
 * Parses the unit list of one task. Clauses (split on ，,；;。 outside brackets) may carry a label
 * (牵头单位：, 配合单位：, 责任单位：; 责任领导： and other officials are kept apart; 完成时限： and
 * other attributes too) or a role suffix (…牵头, …配合, …参与, …按职责分工负责, …分别负责落实).
 * An explicit 牵头 (or ★, or （牵头）) beats the first-listed convention; several leads are
 * allowed. Rule remarks (列第一位者为牵头单位，下同) are not units; a remark stating the
 * first-listed rule applies it. Deadlines (6月底前完成, 长期坚持) are kept as the `时限` attribute.
 * When nothing marks a lead, `convention` decides: `first-listed` makes the first unit the lead
 * and the others co; `marked-only` records every unit as `responsible`. `defaultRole` (for a
 * 牵头单位 or 配合单位 column) applies to units with no mark of their own.
 * Runs in time linear in the phrase length (no backtracking patterns) for a bounded word list.
 */
export function parseUnitPhrase(rawText: string, convention: LeadConvention, defaultRole?: Role): UnitPhrase {
  // 等 closes a list that 和 / 及 then joins to another (地税局等和各市、县人民政府): two lists; a bracketed role word is the word.
  // …and a lead's role word closes its clause even before 、 (区水务局牵头、各街办配合: two clauses).
  const text = withAssistingFirst(unbracketedRoles(separateLabels(rejoinWrappedNames(rawText))))
    .replace(/(?<=\p{Script=Han})等(?:和|及|以及|与|與)(?=\p{Script=Han})/gu, '等、')
    .replace(/(?<=\p{Script=Han})(牵头|牽頭)、(?=\p{Script=Han})/gu, '$1，');
  // `bare`: names with no label, role word or list to continue; `suffixed`: the role came from a role word.
  const clauses: { names: { name: string; lead: boolean }[]; mark: Mark; bare: boolean; suffixed: boolean; label?: string; suffix?: string; sentence: number; text: string; dutyTail: boolean }[] = [];
  // Sentences after the list's first full stop that state a rule about the list (各镇落实属地管理责任，以下均需…，
  // 不再重复列出): a rule in full, names and all.
  let sentence = 0;
  const ruleSentences = new Set<number>();
  const officials: { label: string; text: string }[] = [];
  let emptyPieces = 0;
  let dutyClause = false;
  let carry: { mark: Mark } | { official: string } | null = null;

  const remarks: string[] = [];
  const attributes: { label: string; text: string }[] = [];
  let firstListedRule = false;
  const noteRemark = (t: string): void => {
    remarks.push(t);
    if (sentence > 0 && STRONG_REMARK.test(t)) ruleSentences.add(sentence);
    if (statesFirstListedRule(t)) firstListedRule = true;
  };
  const noteDeadline = (t: string): void => {
    const prior = attributes.find((a) => a.label === DEADLINE_LABEL);
    if (prior !== undefined) prior.text = `${prior.text}，${t}`;
    else attributes.push({ label: DEADLINE_LABEL, text: t });
  };

  let start = 0;
  // A sentence after the list's full stop (牵头部门：市甲局。某县进度较慢。) is about the work, not more
  // units: once a clause after a 。 holds anything but units' names, the rest of that sentence is a remark.
  let afterStop = false;
  let remarkSentence = false;
  let ruleRunning = false;
  const flushClause = (end: number): void => {
    const stopBefore = start > 0 && (text[start - 1] === '。' || text[start - 1] === '．');
    // The separator before the clause, kept when the clause continues an attribute's text as written.
    const sepBefore = start > 0 && /[，,；;]/u.test(text[start - 1] as string) ? (text[start - 1] as string) : '，';
    if (stopBefore) {
      sentence += 1;
      afterStop = true;
      remarkSentence = false;
    }
    if (stopBefore || sepBefore === '；' || sepBefore === ';') ruleRunning = false;
    let clause = trimTrailing(text.slice(start, end).trim());
    start = end + 1;
    if (clause === '') return;
    if (ruleRunning && roleAtEnd(clause) === undefined && !ALL_LABELS.some((l) => clause.startsWith(l))) {
      noteRemark(clause);
      return;
    }
    if (
      remarkSentence &&
      !LEAD_LABELS.some((l) => clause.startsWith(l)) &&
      !CO_LABELS.some((l) => clause.startsWith(l)) &&
      !PLAIN_LABELS.some((l) => clause.startsWith(l)) &&
      genericUnitLabelAt(clause) === undefined
    ) {
      noteRemark(clause);
      return;
    }
    // A bracketed remark about the list, e.g. 市财政局(第一责任单位为牵头单位,下同).
    if (/[)）〕】\]]$/u.test(clause)) {
      const from = Math.max(...['(', '（', '〔', '【', '['].map((o) => clause.lastIndexOf(o)));
      if (from >= 0 && isRemark(clause.slice(from + 1, -1))) {
        noteRemark(clause.slice(from + 1, -1));
        clause = trimTrailing(clause.slice(0, from).trim());
        if (clause === '') return;
      }
    }
    const [afterAttribute, attribute] = stripLabel(clause, ATTRIBUTE_LABELS);
    if (attribute !== undefined) {
      attributes.push({ label: attribute, text: afterAttribute });
      carry = { official: `attribute:${attribute}` };
      return;
    }
    const [afterOfficial, official] = stripLabel(clause, OFFICIAL_LABELS);
    if (official !== undefined) {
      // A page run into one line goes on after the names with another label (责任人：某某 工作任务：…): not people.
      const cut = afterOfficial.search(/[\s\u3000]+\p{Script=Han}{2,8}[：:]/u);
      officials.push({ label: official, text: cut > 0 ? afterOfficial.slice(0, cut) : afterOfficial });
      if (cut > 0) noteRemark(afterOfficial.slice(cut).trim());
      carry = { official };
      return;
    }
    if (statesFirstListedRule(clause) || STRONG_REMARK.test(clause) || (isRemark(clause) && !LEAD_LABELS.some((l) => clause.startsWith(l)) && !isAgencyName(clause))) {
      noteRemark(clause);
      // A rule after the units' sentence (…。以下均需…，不再列出) runs to its end or a ；, sparing a role word's clause.
      if (STRONG_REMARK.test(clause) && sentence > 0) ruleRunning = true;
      return;
    }
    let mark: Mark = 'none';
    let label: string | undefined;
    [clause, label] = stripLabel(clause, LEAD_LABELS);
    if (label !== undefined) mark = 'lead';
    else {
      [clause, label] = stripLabel(clause, CO_LABELS);
      if (label !== undefined) mark = 'co';
      else [clause, label] = stripLabel(clause, PLAIN_LABELS);
      if (label === undefined) [clause, label] = stripGenericLabel(clause);
    }
    // The attribute just labelled goes on over its commas (工作要求：6月底完成设计，7月份启动实施).
    if (label === undefined && !stopBefore && carry !== null && 'official' in carry && carry.official.startsWith('attribute:') && !namesWithRole(clause)) {
      const a = attributes[attributes.length - 1];
      if (a !== undefined) a.text = `${a.text}${sepBefore}${clause}`;
      return;
    }
    if (label === undefined && isDeadline(clause)) {
      noteDeadline(clause);
      return;
    }
    const [withoutDeadline, deadline] = splitTrailingDeadline(clause);
    clause = withoutDeadline;
    if (deadline !== undefined) noteDeadline(deadline);
    let suffix: string | undefined;
    [clause, suffix] = stripSuffix(clause, LEAD_SUFFIXES);
    if (suffix !== undefined) mark = 'lead';
    else {
      [clause, suffix] = stripSuffix(clause, CO_SUFFIXES);
      if (suffix !== undefined) mark = mark === 'none' ? 'co' : mark;
      else {
        [clause, suffix] = stripSuffix(clause, DUTY_SUFFIXES);
        if (suffix !== undefined) {
          if (suffix.includes('职') || suffix.includes('職')) dutyClause = true;
          if (mark === 'none') mark = 'duty';
        }
      }
    }
    // (A modal before the role word is the role's: 市甲局要牵头，市乙局要积极配合.)
    if (suffix !== undefined) clause = withoutModal(clause);
    // Units followed by what they do (甲局、乙局牵头办理 / 丙局做好技术支持): the names, and the role the words give.
    let dutyTail = false;
    if (suffix === undefined) {
      const split = splitDutyTail(clause);
      if (split !== undefined) {
        dutyTail = true;
        clause = split.names;
        suffix = split.tail;
        if (split.mark === 'lead') mark = 'lead';
        else if (split.mark === 'co') mark = mark === 'none' ? 'co' : mark;
        else if (mark === 'none') mark = 'duty';
      }
    }
    if (label !== undefined) {
      carry = { mark };
      afterStop = false;
    } else if (suffix === undefined && carry !== null) {
      // An unlabelled clause continues the list of the last label: 牵头单位：X，Y → both lead;
      // 责任领导：张三，李四 → both officials.
      if ('official' in carry) {
        if (carry.official.startsWith('attribute:')) {
          const a = attributes[attributes.length - 1];
          if (a !== undefined) a.text = `${a.text}，${clause}`;
          return;
        }
        // More people (责任领导：张三，李四) — not a sentence after them (责任人：某某。主要负责…).
        // (A person: a short name, or a longer one with a title, 市政府党组成员、副秘书长李四.)
        const person = /^[\p{Script=Han}·]{2,4}$/u.test(clause) || (clause.length <= 24 && /(长|長|书记|書記|主任|委员|委員|成员|成員|秘书|秘書|同志|主席)/u.test(clause));
        if (stopBefore || !person || /[：:]/u.test(clause) || hasTaskWords(clause)) {
          noteRemark(clause);
          return;
        }
        const last = officials[officials.length - 1];
        if (last !== undefined) last.text = `${last.text}，${clause}`;
        return;
      }
      if (afterStop && !mergeCollectives(clause.split(/[、，,]/u).map(cleanName)).every((n) => isAgencyName(n))) {
        remarkSentence = true;
        noteRemark(clause);
        return;
      }
      mark = carry.mark;
    }
    const names: { name: string; lead: boolean }[] = [];
    let from = 0;
    const flushName = (to: number, last: boolean): void => {
      const piece = clause.slice(from, to).trim();
      from = to + 1;
      if (piece === '') {
        if (!(last && names.length === 0)) emptyPieces += 1;
        return;
      }
      for (const unit of namesOfPiece(piece)) names.push({ ...unit });
    };
    let depth = 0;
    const unmatchedInClause = unmatchedOpeners(clause);
    for (let i = 0; i < clause.length; i += 1) {
      const code = clause.charCodeAt(i);
      if (OPENING_CODES.has(code) && !unmatchedInClause.has(i)) depth += 1;
      else if (CLOSING_CODES.has(code)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && NAME_SEPARATOR_CODES.has(code)) flushName(i, false);
    }
    flushName(clause.length, true);
    // 吕某副省长负责: a person with a title is an official, not a unit.
    for (let k = names.length - 1; k >= 0; k -= 1) {
      const n = (names[k] as { name: string }).name;
      const person = personName(n);
      if (person !== undefined) {
        officials.push({ label: '责任领导', text: person });
        names.splice(k, 1);
      }
    }
    // A sentence after the units about how they work (在工作中加强与上级单位沟通对接): not units.
    if (clauses.length > 0 && names.length > 0 && names.every((n) => !isAgencyName(n.name)) && hasTaskWords(clause)) {
      noteRemark(clause);
      return;
    }
    if (names.length > 0) {
      const merged = mergeCollectives(names.map((n) => n.name));
      const leads = new Set(names.filter((n) => n.lead).map((n) => n.name));
      clauses.push({ names: merged.map((name) => ({ name, lead: leads.has(name) })), mark, bare: label === undefined && suffix === undefined && carry === null, suffixed: label === undefined && suffix !== undefined, ...(label === undefined ? {} : { label }), ...(suffix === undefined ? {} : { suffix }), sentence, text: clause, dutyTail });
    }
  };
  let depth = 0;
  // A bracket never closed does not hold the separators after it (`（甲局、乙局` is two names).
  const unmatched = unmatchedOpeners(text);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (OPENING_CODES.has(code) && !unmatched.has(i)) depth += 1;
    else if (CLOSING_CODES.has(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_SEPARATOR_CODES.has(code)) flushClause(i);
  }
  flushClause(text.length);

  for (let k = clauses.length - 1; k >= 0; k -= 1) {
    const c = clauses[k] as (typeof clauses)[number];
    // (Only names followed by what they do there — 各镇落实属地管理责任 — not units given a role word
    // or a label: `乙厅、丙厅按职责分工负责，下同` lists units and says the list holds below.)
    if (ruleSentences.has(c.sentence) && c.dutyTail) {
      remarks.unshift(c.text);
      clauses.splice(k, 1);
    }
  }
  // 主要责任单位 beside another list of units (相关责任单位, 配合单位) is the lead; alone, it is responsible.
  const main = clauses.filter((c) => c.label !== undefined && MAIN_UNIT_LABEL.test(c.label));
  if (main.length > 0 && !clauses.some((c) => c.mark === 'lead') && clauses.some((c) => c.label !== undefined && !main.includes(c))) {
    for (const c of main) c.mark = 'lead';
  }
  // 主办单位 leads alone; beside a 牵头单位 it names the units that carry the work with the lead: co-operating.
  if (clauses.some((c) => c.mark === 'lead' && c.label !== undefined && /牵头|牽頭/u.test(c.label))) {
    for (const c of clauses) if (c.mark === 'lead' && c.label !== undefined && /^(主办|主辦)/u.test(c.label)) c.mark = 'co';
  }
  // 承办 answers for the work; beside units that 配合 / 协办 it (由甲中心承办，乙站配合), it leads them.
  if (!clauses.some((c) => c.mark === 'lead') && clauses.some((c) => c.mark === 'co')) {
    for (const c of clauses) if (c.mark !== 'co' && (c.suffix === '承办' || c.suffix === '承辦')) c.mark = 'lead';
  }
  // Names separated by commas run into the next role word (市甲局负责，乙局，丙局配合: 乙局 co-operates too).
  for (let k = clauses.length - 2; k >= 0; k -= 1) {
    const c = clauses[k] as (typeof clauses)[number];
    const next = clauses[k + 1] as (typeof clauses)[number];
    if (c.bare && c.mark === 'none' && (next.suffixed || (next.bare && next.mark !== 'none'))) c.mark = next.mark;
  }
  const leadMarked = clauses.some((c) => c.mark === 'lead' || c.names.some((n) => n.lead)) || defaultRole === 'lead';
  const units: PhraseUnit[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const clause of clauses) {
    for (const { name, lead } of clause.names) {
      if (seen.has(name)) {
        duplicates.push(name);
        continue;
      }
      seen.add(name);
      let role: Role;
      if (lead || clause.mark === 'lead') role = 'lead';
      else if (clause.mark === 'co') role = 'co';
      else if (defaultRole !== undefined) role = defaultRole;
      else role = leadMarked ? 'co' : 'responsible';
      units.push({ name, role });
    }
  }
  let leadSource: LeadSource = leadMarked ? 'marked' : 'none';
  if (!leadMarked && (convention === 'first-listed' || firstListedRule)) {
    // The documents' convention: the first listed unit leads; units marked 配合 stay co.
    let first = true;
    for (const u of units) {
      if (u.role !== 'responsible') continue;
      u.role = first ? 'lead' : 'co';
      if (first) leadSource = 'first-listed';
      first = false;
    }
  }
  return { units, leadSource, dutyClause, officials, attributes, emptyPieces, duplicates, remarks, firstListedRule };
}
