// What the filters leave on screen, as a table of its own: the responsibility graph without the
// tasks of hidden categories, without collective units when they are hidden, and without the
// agencies left with no task. Every view, metric, count, ranking and legend is computed from it.
import type { ResponsibilityGraph } from '@fengong/core';
import type { Network } from '../network.js';
import type { State } from '../state.js';

export type Filters = Pick<State, 'hiddenCategories' | 'hideCollective'>;

/** Whether any filter removes something (else the visible graph is the table's own graph). */
export function filtersActive(filters: Filters): boolean {
  return filters.hideCollective || filters.hiddenCategories.size > 0;
}

/**
 * The part of `source` the filters leave: tasks whose category ('' for none) is hidden go, then
 * collective units if `hideCollective`, then every agency left on no task. The source is not
 * modified; with no filter it is returned as it is. Linear in nodes + links.
 */
export function visibleGraph(source: ResponsibilityGraph, filters: Filters): ResponsibilityGraph {
  if (!filtersActive(filters)) return source;
  const graph = source.copy();
  const hidden = graph.filterNodes((_node, attr) => (attr.part === 'task' ? filters.hiddenCategories.has(attr.category ?? '') : filters.hideCollective && attr.collective));
  for (const node of hidden) graph.dropNode(node);
  const idle = graph.filterNodes((node, attr) => attr.part === 'agency' && graph.degree(node) === 0);
  for (const node of idle) graph.dropNode(node);
  return graph;
}

/** The visible part of an open table, with the table's title, file and warnings. */
export function visibleNetwork(network: Network, filters: Filters): Network {
  const graph = visibleGraph(network.graph, filters);
  return graph === network.graph ? network : { ...network, graph };
}
