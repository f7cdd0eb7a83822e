// A task written as a record of labelled fields (`重点工作: 12.推动某某。` / `牵头单位: 市甲局`), as a
// city publishes one page per task: the title's label is not part of the title, and a heading that
// is only the task's number (`任务41`) numbers the task rather than naming its category. And a
// measures label before who does the work (`整改措施：由县甲局督促…`) is no part of the item's sentence.
import { numberedLine } from './numbering.js';
import { withTraditional } from './traditional.js';

/** Labels that introduce a task's own text in such a record. */
const TITLE_LABELS = withTraditional(['重点工作', '重点任务', '主要任务', '工作任务', '具体任务', '任务名称', '任务内容', '项目名称', '工作内容', '工作事项']);

/** The title without its label (and the number written after it, `135.`), or undefined when it has no such label. */
function stripTitleLabel(title: string): { title: string; marker: string | null; number: number | null } | undefined {
  const label = TITLE_LABELS.find((l) => title.startsWith(l));
  if (label === undefined) return undefined;
  const after = /^[ \t\u3000]*[:：][ \t\u3000]*/u.exec(title.slice(label.length));
  if (after === null) return undefined;
  const rest = title.slice(label.length + after[0].length).trim();
  if (rest === '') return undefined;
  const numbered = numberedLine(rest);
  if (numbered !== undefined && numbered.style === 'arabic' && numbered.rest !== '') return { title: numbered.rest, marker: numbered.marker, number: numbered.number };
  return { title: rest, marker: null, number: null };
}

/** The number of a heading that is only a task's number (`任务41`, `第41项任务`), or undefined. */
function taskNumberHeading(heading: string): number | undefined {
  const m = /^(?:任务|任務|第)[ \t\u3000]*([0-9]{1,4})[ \t\u3000]*(?:项|項)?(?:任务|任務)?$/u.exec(heading.trim());
  return m === null ? undefined : Number(m[1]);
}

/**
 * Reads the records among a list's drafted tasks (those without a number of their own): the title
 * without its label, the number written after it, or a heading that numbers this one record alone
 * (over several, it is their category).
 */
export function readRecordLabels(drafts: { marker: string | null; number: number | null; title: string; category: string | null }[]): void {
  const underHeading = new Map<string | null, number>();
  for (const d of drafts) underHeading.set(d.category, (underHeading.get(d.category) ?? 0) + 1);
  for (const d of drafts) {
    if (d.marker !== null) continue;
    const labelled = stripTitleLabel(d.title);
    if (labelled === undefined) continue;
    d.title = labelled.title;
    const number = d.category === null || underHeading.get(d.category) !== 1 ? undefined : taskNumberHeading(d.category);
    if (labelled.number !== null) Object.assign(d, { marker: labelled.marker, number: labelled.number });
    else if (number !== undefined) Object.assign(d, { marker: d.category, number, category: null });
  }
}

/**
 * A label naming what is to be done, on a line whose text opens with who does it (an inspection
 * notice's `整改措施：由县甲局督促商户更换。`): the label is dropped, so the line reads as the item's
 * sentence assigning it.
 */
const MEASURE_LABEL = /^([ \t\u3000]*)(?:整改|处理|處理|落实|落實|工作|具体|具體|推进|推進)(?:措施|要求|意见|意見)[ \t\u3000]*[:：][ \t\u3000]*(?=由)/gmu;

export function withoutMeasureLabels(text: string): string {
  return /(?:措施|要求|意见|意見)[ \t\u3000]*[:：][ \t\u3000]*由/u.test(text) ? text.replace(MEASURE_LABEL, '$1') : text;
}

