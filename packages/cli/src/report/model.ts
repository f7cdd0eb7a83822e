// What the report shows, derived from an `analyze` report only: the top agencies, the rest summed,
// the heatmap's order, the agency × category counts and the summary's figures.
import type { AgencyReport, AnalysisReport } from '@fengong/core';
import { reportPairs, type RankedPair } from '../pairs-order.js';
import { singlePoints, type SinglePoint } from '../single-points.js';
import { spectralOrder } from './seriation.js';

/** How many agencies each part shows; the rest are summed in a line. */
export const REPORT_LIMITS = { bars: 25, heatmap: 20, matrix: 25, network: 40, tables: 40, pairs: 15, categories: 12, top: 5 } as const;

export interface ReportModel {
  report: AnalysisReport;
  /** Agencies that are not collective units, in report order (by tasks). */
  individual: AgencyReport[];
  collective: AgencyReport[];
  pairs: RankedPair[];
  single: SinglePoint[];
  /** Heatmap agencies in seriation order (spectral seriation of their shared tasks, see {@link seriate}). */
  heatmapOrder: AgencyReport[];
  /** Categories by tasks (descending), at most `REPORT_LIMITS.categories`; `null` is the tasks without one. */
  categories: (string | null)[];
  /** Every category of the table (with `null` for tasks without one), by tasks: `categories` is its head. */
  allCategories: (string | null)[];
  /** Tasks per agency and category: `counts.get(agency)?.get(category)`. */
  categoryCounts: Map<string, Map<string | null, number>>;
  /** Share of all agency–task links held by the `REPORT_LIMITS.top` most-loaded agencies that are not collective units. */
  topShare: number;
  /** Median tasks of the agencies that are not collective units (the breadth–depth chart's divide). */
  medianTasks: number;
}

/** Median of a non-empty list (mean of the two middle values for an even count); 0 for an empty one. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The heatmap's agencies in seriation order: spectral seriation (Atkins, Boman & Hendrickson 1998,
 * see {@link spectralOrder}) of their matrix of shared tasks S_ab, so that agencies that share
 * tasks sit side by side; `agencies` is the priority order (by load) that breaks ties and orients
 * each block.
 */
export function seriate(agencies: readonly AgencyReport[], pairs: AnalysisReport['pairs']): AgencyReport[] {
  const index = new Map(agencies.map((a, i) => [a.agency, i]));
  const w = agencies.map(() => new Array<number>(agencies.length).fill(0));
  for (const p of pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined || i === j) continue;
    (w[i] as number[])[j] = p.shared;
    (w[j] as number[])[i] = p.shared;
  }
  return spectralOrder(w).map((i) => agencies[i] as AgencyReport);
}

/** Builds the report's model from an `analyze` report (the numbers are the report's, unchanged). */
export function reportModel(report: AnalysisReport): ReportModel {
  const individual = report.agencies.filter((a) => !a.collective);
  const collective = report.agencies.filter((a) => a.collective);
  const categoryCounts = new Map<string, Map<string | null, number>>();
  const categoryTasks = new Map<string | null, number>();
  for (const task of report.tasks) {
    categoryTasks.set(task.category, (categoryTasks.get(task.category) ?? 0) + 1);
    for (const name of new Set([...task.lead, ...task.co, ...task.responsible])) {
      let row = categoryCounts.get(name);
      if (row === undefined) categoryCounts.set(name, (row = new Map<string | null, number>()));
      row.set(task.category, (row.get(task.category) ?? 0) + 1);
    }
  }
  const allCategories = [...categoryTasks.entries()]
    .map(([c, n], order) => ({ c, n, order }))
    .sort((x, y) => y.n - x.n || x.order - y.order)
    .map(({ c }) => c);
  const categories = allCategories.slice(0, REPORT_LIMITS.categories);
  const links = report.network.links;
  const topTasks = individual.slice(0, REPORT_LIMITS.top).reduce((s, a) => s + a.tasks, 0);
  return {
    report,
    individual,
    collective,
    pairs: reportPairs(report),
    single: singlePoints(report),
    heatmapOrder: seriate(individual.slice(0, REPORT_LIMITS.heatmap), report.pairs),
    categories,
    allCategories,
    categoryCounts,
    topShare: links === 0 ? 0 : topTasks / links,
    medianTasks: median(individual.map((a) => a.tasks)),
  };
}
