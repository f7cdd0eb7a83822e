// The agency ranking: agencies sorted by a metric, as the table, the matrix and the CSV show them.
import type { ResponsibilityGraph } from '@fengong/core';
import type { AgencyMetrics } from './agency-metrics.js';
import type { MetricKey } from './catalog.js';

export interface RankingOptions {
  sortBy: MetricKey;
  ascending: boolean;
  /** Leave collective units out. */
  hideCollective: boolean;
}

/**
 * Agency node keys sorted by `sortBy` (descending unless `ascending`); ties by task count
 * (descending), then table order. Agencies without a value (not computed yet) come last.
 */
export function rankAgencies(graph: ResponsibilityGraph, metrics: AgencyMetrics, options: RankingOptions): string[] {
  const agencies: string[] = [];
  graph.forEachNode((node, attr) => {
    if (attr.part === 'agency' && !(options.hideCollective && attr.collective)) agencies.push(node);
  });
  const order = new Map(agencies.map((a, i) => [a, i]));
  const sign = options.ascending ? 1 : -1;
  const value = (node: string): number | undefined => metrics.get(options.sortBy, node);
  return agencies.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) return va === vb ? (order.get(a) ?? 0) - (order.get(b) ?? 0) : va === undefined ? 1 : -1;
    return sign * (va - vb) || graph.degree(b) - graph.degree(a) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
}
