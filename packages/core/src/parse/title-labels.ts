// A task written as a record of labelled fields (`重点工作: 12.推动某某。` / `牵头单位: 市甲局`), as a
// city publishes one page per task: the title's label is not part of the title, and a heading that
// is only the task's number (`任务41`) numbers the task rather than naming its category.
import { numberedLine } from './numbering.js';
import { withTraditional } from './traditional.js';

/** Labels that introduce a task's own text in such a record. */
const TITLE_LABELS = withTraditional(['重点工作', '重点任务', '主要任务', '工作任务', '具体任务', '任务名称', '任务内容', '项目名称', '工作内容', '工作事项']);

/** The title without its label (and the number written after it, `135.`), or undefined when it has no such label. */
export function stripTitleLabel(title: string): { title: string; marker: string | null; number: number | null } | undefined {
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
export function taskNumberHeading(heading: string): number | undefined {
  const m = /^(?:任务|任務|第)[ \t\u3000]*([0-9]{1,4})[ \t\u3000]*(?:项|項)?(?:任务|任務)?$/u.exec(heading.trim());
  return m === null ? undefined : Number(m[1]);
}
