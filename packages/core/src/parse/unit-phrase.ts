// Reads the units of one task from a phrase: separators, role marks (牵头 / 配合 …), labels
// (牵头单位：…；配合单位：…), the duty clause, trailing 等, and 和 / 及 between two whole names.
import type { LeadSource, Role } from '../types.js';

/** How to choose a lead when the text marks none: the first listed unit, or no lead at all. */
export type LeadConvention = 'first-listed' | 'marked-only';

export interface PhraseUnit {
  /** The name as written, cleaned of role words, a trailing 等 and surrounding spaces. */
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
  /** Other labelled attributes, e.g. { label: '时限要求', text: '持续推进' }. */
  attributes: { label: string; text: string }[];
  /** Remarks that were not units (e.g. 第一责任单位为牵头单位，下同), as written. */
  remarks: string[];
  /** A remark stated the first-listed rule (排名第一位为牵头单位): the first unit was taken as lead. */
  firstListedRule: boolean;
}

const CLAUSE_SEPARATORS = new Set(['，', ',', '；', ';', '。', '\n', '\r']);
/** Brackets inside which separators do not split: 各县（市、区）人民政府, 各县<市、区>人民政府. */
const OPENING = new Set(['(', '（', '<', '‹', '〈', '《', '[', '【']);
const CLOSING = new Set([')', '）', '>', '›', '〉', '》', ']', '】']);

/** Traditional forms of the characters in role words, labels and name endings (牽頭, 責任單位, 廳 …). */
const TRADITIONAL: Readonly<Record<string, string>> = {
  牵: '牽', 头: '頭', 负: '負', 责: '責', 职: '職', 协: '協', 参: '參', 与: '與', 单: '單', 领: '領', 导: '導',
  门: '門', 办: '辦', 为: '為', 实: '實', 别: '別', 厅: '廳', 会: '會', 团: '團', 银: '銀', 关: '關', 联: '聯',
  处: '處', 队: '隊', 馆: '館', 体: '體', 动: '動', 务: '務', 级: '級', 县: '縣', 区: '區', 发: '發', 门户: '門戶',
};
/** Adds the traditional spelling of each word (if different), keeping the list's order (longest first where it matters). */
export function withTraditional(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const t = Array.from(w, (ch) => TRADITIONAL[ch] ?? ch).join('');
    return t === w ? [w] : [w, t];
  });
}
const NAME_SEPARATORS = new Set(['、', '/', '／']);
/** The same sets as UTF-16 code units, for the character scans (no one-character string per step). */
const codes = (set: ReadonlySet<string>): Set<number> => new Set([...set].map((c) => c.charCodeAt(0)));
const OPENING_CODES = codes(OPENING);
const CLOSING_CODES = codes(CLOSING);
const CLAUSE_SEPARATOR_CODES = codes(CLAUSE_SEPARATORS);
const NAME_SEPARATOR_CODES = codes(NAME_SEPARATORS);
const JOINERS = new Set(['和', '及', '与']);
const TRAILING = new Set(['。', '．', '.', '；', ';', '，', ',', '、', ' ', '\t', '\u3000']);
const TRAILING_CODES = codes(TRAILING);

/** Endings of a unit name, used to tell 和 / 及 between two units from 和 inside one (省工业和信息化厅). */
export const UNIT_ENDINGS = withTraditional(['厅', '委', '局', '办', '部', '门', '会', '院', '中心', '政府', '集团', '公司', '银行', '行', '海关', '联', '室', '处', '署', '站', '所', '队', '社', '团', '馆', '校']);

/** Labels that name people, not agencies: kept as task attributes. Checked before unit labels. */
export const OFFICIAL_LABELS = withTraditional(['牵头负责领导', '牵头省领导', '牵头领导', '责任领导', '分管省领导', '分管领导', '省领导', '联系领导', '责任人']);
/** Labels of other task attributes (deadlines): kept as task attributes, never units. */
export const ATTRIBUTE_LABELS = withTraditional(['时限要求', '完成时限', '完成时间', '时间要求', '时间节点', '进度安排', '任务来源']);
export const LEAD_LABELS = withTraditional(['牵头责任单位', '牵头单位', '牵头部门', '主责单位', '主办单位']);
export const CO_LABELS = withTraditional(['协同责任单位', '配合责任单位', '配合单位', '配合部门', '协同单位', '协办单位', '参与单位', '参与部门']);
export const PLAIN_LABELS = withTraditional(['责任单位', '责任部门', '部门分工', '责任主体', '实施单位', '承办单位']);
const LEAD_SUFFIXES = withTraditional(['分别牵头落实', '分别牵头负责', '共同牵头负责', '牵头负责', '牵头落实', '牵头实施', '分别牵头', '共同牵头', '为牵头单位', '牵头']);
const CO_SUFFIXES = withTraditional(['配合落实', '配合实施', '为配合单位', '配合', '协同', '协助', '参与']);
/** Duty clauses: a co mark when another clause has a lead, otherwise a general "responsible". */
const DUTY_SUFFIXES = withTraditional(['按职责分工负责', '按职能分工负责', '按职责分别负责', '按职责负责', '分别负责', '负责']);
/** Words that make a bracketed or comma-separated remark a rule about the list, not a unit (第一责任单位为牵头单位，下同). */
const REMARK_MARKS = withTraditional(['下同', '为牵头单位', '排名第一', '第一责任单位']);
/** Remarks that state the first-listed rule. */
const FIRST_LISTED_MARKS = withTraditional(['第一责任单位为牵头', '排名第一位为牵头', '排名第一的为牵头', '第一位为牵头', '排在第一位的为牵头', '排名第一位的为牵头']);
export const DUTY_CLAUSE = '按职责分工负责';

function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_CODES.has(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

const lastCharacters = new Map<readonly string[], Set<string>>();

/** Strips the first suffix in `suffixes` (listed longest first) that ends `text`. */
function stripSuffix(text: string, suffixes: readonly string[]): [string, string | undefined] {
  // A suffix can only match when the text ends with one of their last characters.
  let last = lastCharacters.get(suffixes);
  if (last === undefined) {
    last = new Set(suffixes.map((x) => x.slice(-1)));
    lastCharacters.set(suffixes, last);
  }
  if (!last.has(text.slice(-1))) return [text, undefined];
  for (const s of suffixes) if (text.endsWith(s)) return [trimTrailing(text.slice(0, -s.length).trim()), s];
  return [text, undefined];
}

function stripLabel(text: string, labels: readonly string[]): [string, string | undefined] {
  // Every label is followed by a colon: most clauses have none, and need no comparison at all.
  if (!text.includes('：') && !text.includes(':')) return [text, undefined];
  for (const label of labels) {
    if (text.startsWith(label)) {
      const rest = text.slice(label.length).trimStart();
      if (rest.startsWith('：') || rest.startsWith(':')) return [rest.slice(1).trim(), label];
    }
  }
  return [text, undefined];
}

/** Splits on 和 / 及 / 与 only where the left part ends like a unit name and the right part is a name (one pass). */
function splitJoined(piece: string): string[] {
  if (!piece.includes('和') && !piece.includes('及') && !piece.includes('与')) return [piece];
  const parts: string[] = [];
  let cut = 0;
  for (let i = 1; i < piece.length - 2; i += 1) {
    if (!JOINERS.has(piece[i] as string)) continue;
    const tail = piece.slice(Math.max(cut, i - 2), i);
    if (i - cut >= 2 && UNIT_ENDINGS.some((e) => tail.endsWith(e))) {
      parts.push(piece.slice(cut, i));
      cut = i + 1;
    }
  }
  parts.push(piece.slice(cut));
  return parts;
}

/**
 * Rejoins a collective written with 、 inside it: 各县、市、区政府 and 各区、县级市 are one unit
 * (a piece opening with 各 that does not yet end like a unit name absorbs the next piece).
 */
function mergeCollectives(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const last = out[out.length - 1];
    if (last !== undefined && last.startsWith('各') && !name.startsWith('各') && !UNIT_ENDINGS.some((e) => last.endsWith(e)) && name.length <= 4) {
      out[out.length - 1] = `${last}、${name}`;
    } else out.push(name);
  }
  return out;
}

/** Cleans one name: spaces, a leading 由, a trailing 等 / 等单位 / 等部门. */
function cleanName(raw: string): string {
  let name = trimTrailing(raw.trim());
  if (name.startsWith('由') && name.length > 2) name = name.slice(1);
  for (const s of ['等有关单位', '等有关部门', '等单位', '等部门', '等']) {
    if (name.endsWith(s) && name.length > s.length + 1) {
      name = name.slice(0, -s.length);
      break;
    }
  }
  return trimTrailing(name.trim());
}

type Mark = 'lead' | 'co' | 'duty' | 'none';

/**
 * Parses the unit list of one task. Clauses (split on ，,；;。) may carry a label
 * (牵头单位：, 配合单位：, 责任单位：; 责任领导： and other officials are kept apart) or a role suffix
 * (…牵头, …配合, …按职责分工负责). An explicit 牵头 beats the first-listed convention; several
 * leads are allowed. When nothing marks a lead, `convention` decides: `first-listed` makes the
 * first unit the lead and the others co; `marked-only` records every unit as `responsible`.
 * `defaultRole` (for a 牵头单位 or 配合单位 column) applies to units with no mark of their own.
 * Runs in time linear in the phrase length (no backtracking patterns).
 */
export function parseUnitPhrase(text: string, convention: LeadConvention, defaultRole?: Role): UnitPhrase {
  const clauses: { names: string[]; mark: Mark }[] = [];
  const officials: { label: string; text: string }[] = [];
  let emptyPieces = 0;
  let dutyClause = false;
  let carry: { mark: Mark } | { official: string } | null = null;

  const remarks: string[] = [];
  const attributes: { label: string; text: string }[] = [];
  let firstListedRule = false;
  const isRemark = (t: string): boolean => REMARK_MARKS.some((m) => t.includes(m));
  const noteRemark = (t: string): void => {
    remarks.push(t);
    if (FIRST_LISTED_MARKS.some((m) => t.includes(m))) firstListedRule = true;
  };

  let start = 0;
  const flushClause = (end: number): void => {
    let clause = trimTrailing(text.slice(start, end).trim());
    start = end + 1;
    if (clause === '') return;
    // A bracketed remark about the list, e.g. 市财政局(第一责任单位为牵头单位,下同).
    if (clause.endsWith(')') || clause.endsWith('）')) {
      const from = Math.max(clause.lastIndexOf('('), clause.lastIndexOf('（'));
      if (from >= 0 && isRemark(clause.slice(from + 1, -1))) {
        noteRemark(clause.slice(from + 1, -1));
        clause = trimTrailing(clause.slice(0, from).trim());
      }
    }
    if (isRemark(clause) && !LEAD_LABELS.some((l) => clause.startsWith(l))) {
      noteRemark(clause);
      return;
    }
    const [afterAttribute, attribute] = stripLabel(clause, ATTRIBUTE_LABELS);
    if (attribute !== undefined) {
      attributes.push({ label: attribute, text: afterAttribute });
      carry = null;
      return;
    }
    const [afterOfficial, official] = stripLabel(clause, OFFICIAL_LABELS);
    if (official !== undefined) {
      officials.push({ label: official, text: afterOfficial });
      carry = { official };
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
    }
    let suffix: string | undefined;
    [clause, suffix] = stripSuffix(clause, LEAD_SUFFIXES);
    if (suffix !== undefined) mark = 'lead';
    else {
      [clause, suffix] = stripSuffix(clause, CO_SUFFIXES);
      if (suffix !== undefined) mark = mark === 'none' ? 'co' : mark;
      else {
        [clause, suffix] = stripSuffix(clause, DUTY_SUFFIXES);
        if (suffix !== undefined) {
          dutyClause = true;
          if (mark === 'none') mark = 'duty';
        }
      }
    }
    if (label !== undefined) carry = { mark };
    else if (suffix === undefined && carry !== null) {
      // An unlabelled clause continues the list of the last label: 牵头单位：X，Y → both lead;
      // 责任领导：张三，李四 → both officials.
      if ('official' in carry) {
        const last = officials[officials.length - 1];
        if (last !== undefined) last.text = `${last.text}，${clause}`;
        return;
      }
      mark = carry.mark;
    }
    const names: string[] = [];
    let from = 0;
    const flushName = (to: number, last: boolean): void => {
      const piece = clause.slice(from, to).trim();
      from = to + 1;
      if (piece === '') {
        if (!(last && names.length === 0)) emptyPieces += 1;
        return;
      }
      for (const part of splitJoined(piece)) {
        const name = cleanName(part);
        if (name !== '') names.push(name);
      }
    };
    let depth = 0;
    for (let i = 0; i < clause.length; i += 1) {
      const code = clause.charCodeAt(i);
      if (OPENING_CODES.has(code)) depth += 1;
      else if (CLOSING_CODES.has(code)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && NAME_SEPARATOR_CODES.has(code)) flushName(i, false);
    }
    flushName(clause.length, true);
    if (names.length > 0) clauses.push({ names: mergeCollectives(names), mark });
  };
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (OPENING_CODES.has(code)) depth += 1;
    else if (CLOSING_CODES.has(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_SEPARATOR_CODES.has(code)) flushClause(i);
  }
  flushClause(text.length);

  const leadMarked = clauses.some((c) => c.mark === 'lead') || defaultRole === 'lead';
  const units: PhraseUnit[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const clause of clauses) {
    for (const name of clause.names) {
      if (seen.has(name)) {
        duplicates.push(name);
        continue;
      }
      seen.add(name);
      let role: Role;
      if (clause.mark === 'lead') role = 'lead';
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
