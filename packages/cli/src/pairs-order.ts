// The strongest co-responsibility pairs: core's agency projection, sorted by a chosen weight.
import { projection, sdsmPairTests, type AnalysisReport, type PairReport, type ProjectionEdgeAttributes, type ResponsibilityGraph } from '@fengong/core';
import { competitionRanks, tieKey } from './sort.js';

/**
 * Weights a pair can be sorted by; all descending except the p-values (smaller = more surprising):
 * `pValue` (hypergeometric) and `sdsmPValue` (SDSM, present only on pairs with {@link withSdsm}).
 */
export const PAIR_WEIGHTS = ['shared', 'jaccard', 'overlap', 'cosine', 'dice', 'newman', 'pValue', 'sdsmPValue'] as const;
export type PairWeight = (typeof PAIR_WEIGHTS)[number];

/** A pair of the projection: the two names (table order) and every weight (the `pairs` command's row; `analyze` adds the SDSM fields). */
export interface TablePair extends ProjectionEdgeAttributes {
  a: string;
  b: string;
  /** Whether `a` / `b` is a collective unit. */
  collectiveA: boolean;
  collectiveB: boolean;
  /** SDSM p- and BH q-value (Neal 2014; core's `sdsmPairTests`), when asked for. */
  sdsmPValue?: number;
  sdsmQValue?: number;
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
 * The pairs with their SDSM p- and q-values beside the hypergeometric ones (the same graph and
 * collective setting as {@link tablePairs}; pairs matched by their two agencies).
 */
export function withSdsm(graph: ResponsibilityGraph, excludeCollective: boolean, pairs: readonly TablePair[]): TablePair[] {
  const tests = new Map<string, { pValue: number; qValue: number }>();
  const name = (key: string): string => {
    const attr = graph.getNodeAttributes(key);
    return attr.part === 'agency' ? attr.name : key;
  };
  for (const t of sdsmPairTests(graph, { excludeCollective })) tests.set(`${name(t.a)}\u0000${name(t.b)}`, t);
  return pairs.map((p) => {
    const t = tests.get(`${p.a}\u0000${p.b}`) ?? tests.get(`${p.b}\u0000${p.a}`);
    if (t === undefined) throw new Error(`pairs: no SDSM test for ${p.a} – ${p.b}`);
    return { ...p, sdsmPValue: t.pValue, sdsmQValue: t.qValue };
  });
}

/**
 * Sorts pairs by `by` (descending; ascending for `pValue` and `sdsmPValue`), ties broken by shared tasks
 * (descending) and then table order, and ranks them on `by`. Values equal to 12 significant
 * digits tie.
 */
export function rankPairs<P extends TablePair>(pairs: readonly P[], by: PairWeight): RankedPair<P>[] {
  const sign = by === 'pValue' || by === 'sdsmPValue' ? 1 : -1;
  const value = (p: P): number => {
    const v = p[by];
    if (v === undefined) throw new Error(`rankPairs: pairs have no \`${by}\` (add it with withSdsm)`);
    return tieKey(v);
  };
  const sorted = pairs
    .map((p, order) => ({ p, order }))
    .sort((x, y) => sign * (value(x.p) - value(y.p)) || y.p.shared - x.p.shared || x.order - y.order)
    .map(({ p }) => p);
  const ranks = competitionRanks(sorted, value);
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
