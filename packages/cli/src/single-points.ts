// Single points of failure: tasks that hang on at most one agency that is not a collective unit.
import type { AnalysisReport, TaskReport } from '@fengong/core';

export interface SinglePoint {
  task: TaskReport;
  /** The one agency answerable for the task, or undefined when there is none but collective units. */
  sole: string | undefined;
}

/**
 * Tasks with at most one agency that is not a collective unit (nobody else is answerable for them),
 * in table order. Every unit listed on the task counts, whatever its role: lead, co-operating, or
 * `responsible` (listed where the table marks no lead) — a task of two responsible agencies has two.
 */
export function singlePoints(report: AnalysisReport): SinglePoint[] {
  const collective = new Set(report.agencies.filter((a) => a.collective).map((a) => a.agency));
  return report.tasks
    .map((task) => ({ task, names: [...new Set([...task.lead, ...task.co, ...task.responsible])].filter((name) => !collective.has(name)) }))
    .filter(({ names }) => names.length <= 1)
    .map(({ task, names }) => ({ task, sole: names[0] }));
}
