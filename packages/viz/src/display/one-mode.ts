// The one-mode display graphs on agencies: co-responsibility (projection) and lead → co (directed).
import { leadNetwork, projection, type ResponsibilityGraph } from '@fengong/core';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { AGENCY_SIZE, COLORS } from '../style.js';
import type { DisplayAgency, DisplayEdgeAttributes, DisplayGraph, DisplayGraphAttributes, DisplayNodeAttributes } from '../types.js';

const NODE = { x: 0, y: 0, size: AGENCY_SIZE.min, color: COLORS.agency, type: 'circle' } as const;

/**
 * Agencies linked when they share a task, with every weight of core's `projection` (shared,
 * Jaccard, Newman, …) on the link. Link width is written later by {@link encode}.
 */
export function projectionGraph(source: ResponsibilityGraph, excludeCollective: boolean): DisplayGraph {
  const projected = projection(source, { part: 'agency', excludeCollective });
  const graph = new UndirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>();
  graph.replaceAttributes({ view: 'projection', categories: [...source.getAttribute('categories')] });
  projected.forEachNode((node, attr) => {
    if (attr.part !== 'agency') return;
    const { strength: _s, partners: _p, ...agency } = attr;
    graph.addNode(node, { ...agency, ...NODE } satisfies DisplayAgency);
  });
  projected.forEachEdge((_edge, attr, a, b) => {
    graph.addEdge(a, b, { ...attr, kind: 'pair', size: 1, color: COLORS.pair, zIndex: 0, type: 'line' });
  });
  return graph;
}

/** The directed coordination network: a → b when a leads a task on which b co-operates. */
export function leadGraph(source: ResponsibilityGraph, excludeCollective: boolean): DisplayGraph {
  const network = leadNetwork(source, { excludeCollective });
  const graph = new DirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>();
  graph.replaceAttributes({ view: 'lead', categories: [...source.getAttribute('categories')] });
  network.forEachNode((node, attr) => graph.addNode(node, { ...attr, ...NODE } satisfies DisplayAgency));
  network.forEachEdge((_edge, attr, a, b) => {
    graph.addEdge(a, b, { kind: 'lead', tasks: attr.tasks, size: 1, color: COLORS.leadArrow, zIndex: 0, type: 'arrow' });
  });
  return graph;
}
