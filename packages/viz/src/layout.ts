// Deterministic layout: seeded positions, then a fixed number of ForceAtlas2 iterations.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { DisplayGraph } from './types.js';

/** ForceAtlas2 iterations: enough for 64 nodes to settle; fixed so every load gives the same picture. */
export const LAYOUT_ITERATIONS = 600;

const TASK_RADIUS = 100;

/**
 * Seeds positions without randomness: tasks on a circle in table order (so each category starts
 * as one arc), each agency at the centroid of its tasks (hubs start near the middle, specialists
 * next to their tasks), nudged along a small spiral so no two agencies coincide.
 */
export function seedPositions(graph: DisplayGraph): void {
  const tasks = graph.filterNodes((_node, attr) => attr.part === 'task');
  tasks.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, tasks.length) - Math.PI / 2;
    graph.mergeNodeAttributes(node, { x: TASK_RADIUS * Math.cos(angle), y: TASK_RADIUS * Math.sin(angle) });
  });
  let k = 0;
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'agency') return;
    let x = 0;
    let y = 0;
    const neighbors = graph.neighbors(node);
    for (const task of neighbors) {
      x += graph.getNodeAttribute(task, 'x');
      y += graph.getNodeAttribute(task, 'y');
    }
    const n = Math.max(1, neighbors.length);
    const angle = k * 2.399963; // golden angle, radians
    const r = 2 * Math.sqrt(k + 1);
    graph.mergeNodeAttributes(node, { x: x / n + r * Math.cos(angle), y: y / n + r * Math.sin(angle) });
    k += 1;
  });
}

/**
 * Lays the graph out in place: {@link seedPositions}, then ForceAtlas2 (Jacomy et al. 2014) with
 * `inferSettings` for the graph's size, `adjustSizes` so discs do not overlap, and hubs dissuaded.
 *
 * Synchronous on purpose: the bundled graph has 64 nodes and settles in a few milliseconds. The
 * full explorer moves this to `graphology-layout-forceatlas2/worker` and copies positions back
 * when the layout stops, as the house style asks for larger graphs.
 */
export function layOut(graph: DisplayGraph): void {
  seedPositions(graph);
  forceAtlas2.assign(graph, {
    iterations: LAYOUT_ITERATIONS,
    // `outboundAttractionDistribution` ("dissuade hubs") keeps the two near-universal units from
    // pulling every task into one knot.
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: true, outboundAttractionDistribution: true },
    // Every link pulls equally: the role is drawn, not used as a force.
    getEdgeWeight: null,
  });
  alignPrincipalAxis(graph);
}

/**
 * Rotates positions about their centroid so the layout's principal axis is horizontal: screens
 * are wide, and sigma fits the longer side. A rotation keeps every distance ForceAtlas2 found.
 */
export function alignPrincipalAxis(graph: DisplayGraph): void {
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_node, { x, y }) => {
    cx += x;
    cy += y;
  });
  const n = Math.max(1, graph.order);
  cx /= n;
  cy /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  graph.forEachNode((_node, { x, y }) => {
    sxx += (x - cx) ** 2;
    syy += (y - cy) ** 2;
    sxy += (x - cx) * (y - cy);
  });
  // Angle of the covariance matrix's main eigenvector; rotate by its opposite.
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-theta);
  const sin = Math.sin(-theta);
  graph.updateEachNodeAttributes(
    (_node, attr) => {
      const dx = attr.x - cx;
      const dy = attr.y - cy;
      return { ...attr, x: dx * cos - dy * sin, y: dx * sin + dy * cos };
    },
    { attributes: ['x', 'y'] },
  );
}
