// An agency's strongest partners: the agencies it shares most tasks with (from the bipartite graph).
import type { ResponsibilityGraph } from '@fengong/core';

export interface Partner {
  node: string;
  shared: number;
  /** shared / (k_a + k_b − shared). */
  jaccard: number;
}

/** Agencies sharing a task with `agency`, most shared tasks first (ties: Jaccard, then table order). */
export function strongestPartners(graph: ResponsibilityGraph, agency: string, options: { limit: number; excludeCollective: boolean }): Partner[] {
  const shared = new Map<string, number>();
  graph.forEachNeighbor(agency, (task) => {
    graph.forEachNeighbor(task, (other, attr) => {
      if (other === agency || (options.excludeCollective && attr.part === 'agency' && attr.collective)) return;
      shared.set(other, (shared.get(other) ?? 0) + 1);
    });
  });
  const ka = graph.degree(agency);
  const order = new Map(graph.nodes().map((n, i) => [n, i]));
  return [...shared]
    .map(([node, s]) => ({ node, shared: s, jaccard: s / (ka + graph.degree(node) - s) }))
    .sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard || (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0))
    .slice(0, options.limit);
}
