// News that retells a plan's division as sentences whose subject is a unit: `市教育局要在11月底新建
// 幼儿园9所。赛罕区政府11月底启动某某项目。` — no number, bracket, label or role word. Read only when
// nothing else in the text is (a last reading before "not a table"): each sentence opening with a
// unit's name followed by 要 / 将 / 须 / 负责 or a date is a task of that unit (responsible).
import type { ResponsibilityTable } from '../types.js';
import { isAgencyName } from './agency-name.js';
import { parseProse } from './prose.js';
import type { ParseOptions } from './word-table.js';

/** What follows a unit that is the subject of its sentence: a modal, a duty, or a date. */
const AFTER_SUBJECT = /^(?:(?:还|還|也)(?:要|将|將|须|須|负责|負責)|要|将|將|须|須|应|應|需|负责|負責|在|于|於|\d{1,2}月|年底|年内|年內)/u;
/** Lead-in clauses before the subject (根据目标任务要求，今年，…): at most this many. */
const MAX_LEAD_IN = 3;

/** A subject's duty verb (将负责, 还将负责): the task is what follows it. */
const DUTY_VERB = /^(?:还|還|也|均|都)?(?:将|將)?(?:分别|分別|共同)?(?:负责|負責)(?![人同])/u;

/** A list without its closing 等 / 等部门 / 等有关单位. */
const withoutEtc = (names: string): string => names.replace(/等(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)?$/u, '');

/** A unit, or a list of units (甲部、乙部、丙部等部门), as the subject of a sentence. */
const isSubject = (name: string): boolean => {
  const names = withoutEtc(name).split('、');
  // A collective's exhortation (各地各部门要…) is a requirement, not a task.
  return names.every((n) => isAgencyName(n) && !n.startsWith('各') && !/有关|相关|有關|相關/u.test(n));
};

/**
 * The unit (or list of units) opening a sentence after at most a few short lead-in clauses, and
 * where the sentence goes on after it; or undefined.
 */
export function subjectAt(sentence: string): { subject: string; end: number } | undefined {
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

/**
 * The text's sentences with a unit as their subject read as tasks (see the file's comment), or
 * undefined when fewer than two such sentences are found.
 */
export function parseSubjectSentences(text: string, options: ParseOptions = {}): ResponsibilityTable | undefined {
  let found = 0;
  // Each such sentence closed by its division (…，由市教育局负责。), which the prose reader reads as a
  // task titled by that sentence; the sentences after it with no unit stay in the text, as notes.
  const lines = text.split('\n').map((line) =>
    (line.match(/[^。！？]+[。！？]?/gu) ?? [])
      .map((s) => {
        const at = subjectAt(s);
        if (at === undefined) return s;
        found += 1;
        const stop = /[。！？]$/u.test(s) ? s.slice(-1) : '';
        const body = stop === '' ? s : s.slice(0, -1);
        // 甲部、乙部将负责支持某某…: the task is what they are to do, after the duty verb.
        const verb = DUTY_VERB.exec(body.slice(at.end));
        const task = verb === null ? body : body.slice(at.end + verb[0].length);
        // The words before the subject (根据方案，为支持某区发展，) stay in the text, as a sentence of their
        // own the prose reader keeps as a note: nothing the document says is dropped.
        const before = verb === null ? '' : body.slice(0, body.lastIndexOf(at.subject, at.end)).replace(/[，,\s]+$/u, '');
        return `${before === '' ? '' : `${before}。`}${task}，由${withoutEtc(at.subject)}负责${stop}`;
      })
      .join(''),
  );
  if (found < 2) return undefined;
  try {
    const table = parseProse(lines.join('\n'), { ...options, firstListedLeads: false });
    return { ...table, evidence: [`read as sentences whose subject is a unit (市教育局要在11月底…): ${found} found, nothing else in the text being a task`] };
  } catch {
    return undefined;
  }
}
