// From a bundled dataset to the graph sigma draws: core's bipartite graph plus lasting encodings.
import { agencyLoad, buildResponsibilityGraph, parseTable, type ResponsibilityGraph } from '@fengong/core';
import type { Dataset } from '@fengong/core/datasets';
import { UndirectedGraph } from 'graphology';
import { layOut } from './layout.js';
import { COLORS, EDGE_STYLE, TASK_SIZE, agencySize, categoryColors } from './style.js';
import type { DisplayGraph } from './types.js';

/** Parses a dataset's table, builds its responsibility graph and returns it ready to draw. */
export function datasetGraph(dataset: Dataset): DisplayGraph {
  const table = parseTable(dataset.text, { file: dataset.file });
  const graph = buildResponsibilityGraph(table, { dictionary: dataset.dictionary });
  return toDisplayGraph(graph);
}

/**
 * Copies a responsibility graph and writes sigma's encodings onto it: agencies are circles sized
 * by load (collectives greyed), tasks are squares coloured by category, lead links thick and dark.
 * Positions come from {@link layOut}. The input graph is not modified.
 */
export function toDisplayGraph(source: ResponsibilityGraph): DisplayGraph {
  const load = new Map(agencyLoad(source).map((row) => [row.agency, row]));
  const maxTasks = Math.max(0, ...[...load.values()].map((row) => row.tasks));
  const colors = categoryColors(source.getAttribute('categories'));

  const graph: DisplayGraph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  graph.replaceAttributes(structuredClone(source.getAttributes()));
  source.forEachNode((node, attr) => {
    if (attr.part === 'agency') {
      const row = load.get(attr.name);
      const tasks = row?.tasks ?? 0;
      graph.addNode(node, {
        ...attr,
        tasks,
        lead: row?.lead ?? 0,
        x: 0,
        y: 0,
        size: agencySize(tasks, maxTasks),
        color: attr.collective ? COLORS.collective : COLORS.agency,
        type: 'circle',
      });
    } else {
      graph.addNode(node, {
        ...attr,
        x: 0,
        y: 0,
        size: TASK_SIZE,
        color: (attr.category !== null ? colors.get(attr.category) : undefined) ?? COLORS.uncategorised,
        type: 'square',
      });
    }
  });
  source.forEachEdge((edge, attr, a, b) => {
    graph.addEdgeWithKey(edge, a, b, { ...attr, ...EDGE_STYLE[attr.role] });
  });
  layOut(graph);
  return graph;
}
