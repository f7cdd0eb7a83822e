// The unit that is the subject of a sentence (`市教育局要在11月底新建幼儿园9所`): a unit's name, or a
// list of them, opening the sentence after at most a few short lead-in clauses and followed by a
// modal (要 / 将 / 须), a duty (负责) or a date. Shared by the reader of such sentences and by the
// marking of divisions in news stories.
import { isAgencyName } from './agency-name.js';

/** What follows a unit that is the subject of its sentence: a modal, a duty, or a date. */
const AFTER_SUBJECT = /^(?:(?:还|還|也)(?:要|将|將|须|須|负责|負責)|要|将|將|须|須|应|應|需|负责|負責|在|于|於|\d{1,2}月|年底|年内|年內)/u;
/** Lead-in clauses before the subject (根据目标任务要求，今年，…): at most this many. */
const MAX_LEAD_IN = 3;

/** A subject's duty verb (将负责, 还将负责): the task is what follows it. */
export const DUTY_VERB = /^(?:还|還|也|均|都)?(?:将|將)?(?:分别|分別|共同)?(?:负责|負責)(?![人同])/u;

/** A list without its closing 等 / 等部门 / 等有关单位. */
export const withoutEtc = (names: string): string => names.replace(/等(?:其他|其它)?(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)?$/u, '');

/** A unit, or a list of units (甲部、乙部、丙部等部门), as the subject of a sentence. */
const isSubject = (name: string): boolean => {
  const names = withoutEtc(name).split('、');
  // A collective's exhortation (各地各部门要…) is a requirement, not a task.
  return names.every((n) => isAgencyName(n) && !n.startsWith('各') && !/有关|相关|有關|相關/u.test(n));
};

/**
 * The unit (or list of units) opening a sentence after at most a few short lead-in clauses, and
 * where the sentence goes on after it; or undefined. With `colon`, also a duty list's entry with a
 * colon after its unit (县发改局：负责项目谋划工作), as such lists are printed, where nothing else in
 * the text is a task (elsewhere `X：` more often opens a table's cell or a label).
 */
export function subjectAt(sentence: string, colon = false): { subject: string; end: number } | undefined {
  // (Its end is after the colon: the duty verb follows it.)
  const entry = colon ? /^\s*([^：:，,。；;]{2,24})[：:]\s*(?=(?:负责|負責)(?![人同]))/u.exec(sentence) : null;
  if (entry !== null && isSubject(entry[1] as string)) return { subject: entry[1] as string, end: entry[0].length };
  const pieces = sentence.split(/(?<=[，,])/u);
  let offset = 0;
  for (let p = 0; p < Math.min(pieces.length, MAX_LEAD_IN + 1); p += 1) {
    const raw = pieces[p] as string;
    const piece = raw.trim();
    const at = offset + raw.indexOf(piece);
    offset += raw.length;
    // A unit alone before its duty, a comma between (交通部门，负责通村公路建设): a duty list's entry.
    const whole = piece.replace(/[，,]$/u, '');
    const next = (pieces[p + 1] ?? '').trimStart();
    if (whole !== piece && whole.length <= 24 && /^(?:负责|負責)(?![人同])/u.test(next) && isSubject(whole)) return { subject: whole, end: at + whole.length };
    for (let k = Math.min(piece.length - 1, 240); k >= 2; k -= 1) {
      const name = piece.slice(0, k);
      if (!AFTER_SUBJECT.test(piece.slice(k))) continue;
      if ((k <= 24 || name.includes('、')) && isSubject(name)) return { subject: name, end: at + k };
    }
  }
  return undefined;
}

/** The unit opening a sentence (after at most a few short lead-in clauses), or undefined. */
export function sentenceSubject(sentence: string): string | undefined {
  return subjectAt(sentence)?.subject;
}
