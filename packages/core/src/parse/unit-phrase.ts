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
}

const CLAUSE_SEPARATORS = new Set(['，', ',', '；', ';', '。', '\n', '\r']);
const NAME_SEPARATORS = new Set(['、', '/', '／']);
const JOINERS = new Set(['和', '及', '与']);
const TRAILING = new Set(['。', '．', '.', '；', ';', '，', ',', '、', ' ', '\t', '\u3000']);

/** Endings of a unit name, used to tell 和 / 及 between two units from 和 inside one (省工业和信息化厅). */
const UNIT_ENDINGS = ['厅', '委', '局', '办', '部', '会', '院', '中心', '政府', '集团', '公司', '银行', '行', '海关', '联', '室', '处', '署', '站', '所', '队', '社', '团', '馆', '校'];

/** Labels that name people, not agencies: kept as task attributes. Checked before unit labels. */
export const OFFICIAL_LABELS = ['牵头负责领导', '牵头省领导', '牵头领导', '责任领导', '分管省领导', '分管领导', '省领导', '联系领导', '责任人'];
export const LEAD_LABELS = ['牵头责任单位', '牵头单位', '牵头部门', '主责单位', '主办单位'];
export const CO_LABELS = ['协同责任单位', '配合责任单位', '配合单位', '配合部门', '协同单位', '协办单位', '参与单位', '参与部门'];
export const PLAIN_LABELS = ['责任单位', '责任部门', '部门分工', '责任主体', '实施单位', '承办单位'];
const LEAD_SUFFIXES = ['共同牵头负责', '牵头负责', '牵头落实', '牵头实施', '共同牵头', '为牵头单位', '牵头'];
const CO_SUFFIXES = ['配合落实', '配合实施', '为配合单位', '配合', '协同', '协助', '参与'];
/** Duty clauses: a co mark when another clause has a lead, otherwise a general "responsible". */
const DUTY_SUFFIXES = ['按职责分工负责', '按职能分工负责', '按职责分别负责', '按职责负责', '分别负责', '负责'];
export const DUTY_CLAUSE = '按职责分工负责';

function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

/** Strips the first suffix in `suffixes` (listed longest first) that ends `text`. */
function stripSuffix(text: string, suffixes: readonly string[]): [string, string | undefined] {
  for (const s of suffixes) if (text.endsWith(s)) return [trimTrailing(text.slice(0, -s.length).trim()), s];
  return [text, undefined];
}

function stripLabel(text: string, labels: readonly string[]): [string, string | undefined] {
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

  let start = 0;
  const flushClause = (end: number): void => {
    let clause = trimTrailing(text.slice(start, end).trim());
    start = end + 1;
    if (clause === '') return;
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
    for (let i = 0; i < clause.length; i += 1) if (NAME_SEPARATORS.has(clause[i] as string)) flushName(i, false);
    flushName(clause.length, true);
    if (names.length > 0) clauses.push({ names, mark });
  };
  for (let i = 0; i < text.length; i += 1) if (CLAUSE_SEPARATORS.has(text[i] as string)) flushClause(i);
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
  if (!leadMarked && convention === 'first-listed') {
    // The documents' convention: the first listed unit leads; units marked 配合 stay co.
    let first = true;
    for (const u of units) {
      if (u.role !== 'responsible') continue;
      u.role = first ? 'lead' : 'co';
      if (first) leadSource = 'first-listed';
      first = false;
    }
  }
  return { units, leadSource, dutyClause, officials, emptyPieces, duplicates };
}
