// News that retells a plan's division as sentences whose subject is a unit: `市教育局要在11月底新建
// 幼儿园9所。赛罕区政府11月底启动某某项目。` — no number, bracket, label or role word. Read only when
// nothing else in the text is (a last reading before "not a table"): each sentence opening with a
// unit's name followed by 要 / 将 / 须 / 负责 or a date is a task of that unit (responsible).
import type { ResponsibilityTable } from '../types.js';
import { DUTY_VERB, subjectAt, withoutEtc } from './sentence-subject.js';
import { parseProse } from './prose.js';
import { isNewsStory, retellsDivision } from './prose-text.js';
import type { ParseOptions } from './word-table.js';

/**
 * The text's sentences with a unit as their subject read as tasks (see the file's comment), or
 * undefined when fewer than two such sentences are found.
 */
export function parseSubjectSentences(text: string, options: ParseOptions = {}): ResponsibilityTable | undefined {
  // (The story of a meeting says what units are to do in such sentences without giving them the work:
  // there they are no tasks — test/fixtures/real/CONVENTIONS.md.)
  if (isNewsStory(text) && !retellsDivision(text)) return undefined;
  let found = 0;
  // Each such sentence closed by its division (…，由市教育局负责。), which the prose reader reads as a
  // task titled by that sentence; the sentences after it with no unit stay in the text, as notes.
  const lines = text.split('\n').map((line) =>
    (line.match(/[^。！？]+[。！？]?/gu) ?? [])
      .map((s) => {
        const at = subjectAt(s, true);
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
