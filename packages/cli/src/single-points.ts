// Single points of failure: tasks that hang on at most one agency that is not a collective unit.
import type { AnalysisReport, TaskReport } from '@fengong/core';

export interface SinglePoint {
  task: TaskReport;
  /** The one agency answerable for the task, or undefined when there is none but collective units. */
  sole: string | undefined;
}

/** Tasks with at most one agency that is not a collective unit (nobody else is answerable for them), in table order. */
export function singlePoints(report: AnalysisReport): SinglePoint[] {
  const collective = new Set(report.agencies.filter((a) => a.collective).map((a) => a.agency));
  return report.tasks
    .map((task) => ({ task, names: [...task.lead, ...task.co].filter((name) => !collective.has(name)) }))
    .filter(({ names }) => names.length <= 1)
    .map(({ task, names }) => ({ task, sole: names[0] }));
}
