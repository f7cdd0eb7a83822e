// The bipartite display graph: core's agency–task graph copied, with its lasting encodings.
import type { ResponsibilityGraph } from '@fengong/core';
import { UndirectedGraph } from 'graphology';
import { COLORS, EDGE_STYLE, TASK_SIZE } from '../style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayGraphAttributes, DisplayNodeAttributes } from '../types.js';

/**
 * Copies a responsibility graph into a graph sigma can draw: agencies are circles, tasks squares,
 * links styled by role (lead thick and dark). Sizes, colours and labels are placeholders until
 * {@link encode} writes them; positions until a layout runs. The input graph is not modified.
 */
export function bipartiteGraph(source: ResponsibilityGraph): DisplayGraph {
  const graph = new UndirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>({
    allowSelfLoops: false,
    multi: false,
  });
  graph.replaceAttributes({ view: 'bipartite', categories: [...source.getAttribute('categories')] });
  const display = { x: 0, y: 0, size: TASK_SIZE, color: COLORS.agency };
  source.forEachNode((node, attr) => {
    graph.addNode(node, { ...attr, ...display, type: attr.part === 'agency' ? 'circle' : 'square' });
  });
  source.forEachEdge((edge, attr, a, b) => {
    graph.addEdgeWithKey(edge, a, b, { ...attr, ...EDGE_STYLE[attr.role], kind: 'role', type: 'line' });
  });
  return graph;
}
