// The strongest co-responsibility pairs: core's agency projection, sorted by a chosen weight.
import { projection, type AnalysisReport, type PairReport, type ProjectionEdgeAttributes, type ResponsibilityGraph } from '@fengong/core';
import { competitionRanks, tieKey } from './sort.js';

/** Weights a pair can be sorted by; all descending except `pValue` (smaller = more surprising). */
export const PAIR_WEIGHTS = ['shared', 'jaccard', 'overlap', 'cosine', 'dice', 'newman', 'pValue'] as const;
export type PairWeight = (typeof PAIR_WEIGHTS)[number];

/** A pair of the projection: the two names (table order) and every weight (the `pairs` command's row; `analyze` adds the SDSM fields). */
export interface TablePair extends ProjectionEdgeAttributes {
  a: string;
  b: string;
  /** Whether `a` / `b` is a collective unit. */
  collectiveA: boolean;
  collectiveB: boolean;
}

/** A pair with its competition rank on the weight sorted by (1, 2, 2, 4). */
export type RankedPair<P extends TablePair = TablePair> = P & { rank: number };

/**
 * Every pair of agencies sharing at least one task, in table order: `a` is the agency that appears
 * first in the table, and pairs come in order of (a, b) first appearance (core's projection order).
 */
export function tablePairs(graph: ResponsibilityGraph, excludeCollective: boolean): TablePair[] {
  const projected = projection(graph, { excludeCollective });
  const pairs: TablePair[] = [];
  projected.forEachEdge((_edge, w, _s, _t, sa, ta) => {
    const name = (attr: typeof sa): string => (attr.part === 'agency' ? attr.name : attr.id);
    const collective = (attr: typeof sa): boolean => attr.part === 'agency' && attr.collective;
    pairs.push({ a: name(sa), b: name(ta), ...w, collectiveA: collective(sa), collectiveB: collective(ta) });
  });
  return pairs;
}

/**
 * Sorts pairs by `by` (descending; ascending for `pValue`), ties broken by shared tasks
 * (descending) and then table order, and ranks them on `by`. Values equal to 12 significant
 * digits tie.
 */
export function rankPairs<P extends TablePair>(pairs: readonly P[], by: PairWeight): RankedPair<P>[] {
  const sign = by === 'pValue' ? 1 : -1;
  const sorted = pairs
    .map((p, order) => ({ p, order }))
    .sort((x, y) => sign * (tieKey(x.p[by]) - tieKey(y.p[by])) || y.p.shared - x.p.shared || x.order - y.order)
    .map(({ p }) => p);
  const ranks = competitionRanks(sorted, (p) => tieKey(p[by]));
  return sorted.map((p, i) => ({ ...p, rank: ranks[i] ?? i + 1 }));
}

/**
 * The pairs of an `analyze` report ranked by shared tasks, ties in table order, each with whether
 * its agencies are collective units: the order `fengong pairs` lists them in.
 */
export function reportPairs(report: AnalysisReport): RankedPair<PairReport & { collectiveA: boolean; collectiveB: boolean }>[] {
  const collective = new Map(report.agencies.map((a) => [a.agency, a.collective]));
  return rankPairs(
    report.pairs.map((p) => ({ ...p, collectiveA: collective.get(p.a) === true, collectiveB: collective.get(p.b) === true })),
    'shared',
  );
}
