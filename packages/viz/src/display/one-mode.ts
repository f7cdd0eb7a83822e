// The one-mode display graphs on agencies: co-responsibility (projection) and lead → co (directed).
import { leadNetwork, projection, sdsmPairTests, type ResponsibilityGraph } from '@fengong/core';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { AGENCY_SIZE, COLORS } from '../style.js';
import type { DisplayAgency, DisplayEdgeAttributes, DisplayGraph, DisplayGraphAttributes, DisplayNodeAttributes } from '../types.js';

const NODE = { x: 0, y: 0, size: AGENCY_SIZE.min, color: COLORS.agency, type: 'circle' } as const;

/** Pairs with an SDSM q-value below it are backbone ties, as in `analyze` (`network.backbone.alpha`). */
export const BACKBONE_ALPHA = 0.05;

/**
 * Agencies linked when they share a task, with every weight of core's `projection` (shared,
 * Jaccard, Newman, …) and its SDSM test (`sdsmPairTests`: the backbone of co-responsibility) on the
 * link. Link width is written later by {@link encode}.
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
  const sdsm = new Map<string, { p: number; q: number }>();
  for (const test of sdsmPairTests(source, { excludeCollective })) sdsm.set(`${test.a}\u0000${test.b}`, { p: test.pValue, q: test.qValue });
  projected.forEachEdge((_edge, attr, a, b) => {
    const test = sdsm.get(`${a}\u0000${b}`) ?? sdsm.get(`${b}\u0000${a}`);
    const sdsmPValue = test?.p ?? Number.NaN;
    const sdsmQValue = test?.q ?? Number.NaN;
    graph.addEdge(a, b, { ...attr, sdsmPValue, sdsmQValue, backbone: sdsmQValue < BACKBONE_ALPHA, kind: 'pair', size: 1, color: COLORS.pair, zIndex: 0, type: 'line' });
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
