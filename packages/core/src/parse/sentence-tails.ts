// The division of work closing a sentence, after the work it names: `…，由财政部牵头，会同国土资源部等
// 部门落实`, a run of role clauses (`…，由市甲局牵头，乙局配合`), or with no 由 (`…，市政府督查室负责`).
import { allAgencyNames } from './agency-name.js';
import { CO_SUFFIXES, DUTY_SUFFIXES, LEAD_SUFFIXES } from './labels.js';
import { roleAtEnd } from './role-words.js';
import { hasOwnBracket, namedUnits } from './unit-phrase-checks.js';

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
export function assignedTail(sentence: string): { at: number; phrase: string } | undefined {
  const at = Math.max(sentence.lastIndexOf('，由'), sentence.lastIndexOf(',由'));
  if (at < 0) return namedWorkTail(sentence) ?? bareTail(sentence);
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

/** The work named right before 由 (消防宣传工作由县甲队牵头，县乙局配合): where its division starts. */
const WORK_BEFORE_BY = /(?:任务|任務|工作|事项|事項|职责|職責|项目|項目)(?=由\p{Script=Han})/gu;

/**
 * The division after the work it names, with no comma before 由 (`消防宣传工作由县甲队牵头，县乙局、县丙局配合`):
 * a run of role clauses after 由, one of them leading or answering for the work, every name a unit's. The
 * work before it must be words of its own (four characters at least).
 */
export function namedWorkTail(sentence: string): { at: number; phrase: string } | undefined {
  const found = [...sentence.matchAll(WORK_BEFORE_BY)].pop();
  if (found === undefined) return undefined;
  const by = (found.index) + found[0].length;
  const tail = sentence.slice(by + 1).trim();
  // (A name's own bracket, 各县（市、区）人民政府, is the name's: isRoleRun refuses a bracket of the text's own.)
  if (by < 4 || !isRoleRun(tail)) return undefined;
  const clauses = tail.split(/[，,]/u);
  const answers = clauses.some((c) => LEAD_WORDS.some((w) => c.endsWith(w)) || DUTY_WORDS.some((w) => c.endsWith(w)));
  return answers ? { at: by, phrase: tail } : undefined;
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

/** The duty closing a sentence with no 由: `强化督查问效，市政府督查室负责` → 市政府督查室负责 (or `…，各区政府为责任单位`). */
const BARE_DUTY = /^(.{2,160}?)(?:分别|分別|共同)?(?:负责落实|負責落實|负责|負責|为责任单位|為責任單位|为责任部门|為責任部門)$/u;

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
