// Deterministic starting positions, and a rotation that lays a layout's long axis horizontally.
import type { DisplayGraph } from '../types.js';

const RADIUS = 100;
const GOLDEN_ANGLE = 2.399963; // radians

/**
 * Bipartite seeds without randomness: tasks on a circle in table order (so each category starts
 * as one arc), each agency at the centroid of its tasks (hubs start near the middle, specialists
 * next to their tasks), nudged along a small spiral so no two agencies coincide.
 */
export function seedBipartite(graph: DisplayGraph): void {
  const tasks = graph.filterNodes((_node, attr) => attr.part === 'task');
  const at = new Map<string, { x: number; y: number }>();
  tasks.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, tasks.length) - Math.PI / 2;
    at.set(node, { x: RADIUS * Math.cos(angle), y: RADIUS * Math.sin(angle) });
  });
  let k = 0;
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'agency') return;
    let x = 0;
    let y = 0;
    const neighbors = graph.neighbors(node);
    for (const task of neighbors) {
      x += at.get(task)?.x ?? 0;
      y += at.get(task)?.y ?? 0;
    }
    const n = Math.max(1, neighbors.length);
    const r = 2 * Math.sqrt(k + 1);
    at.set(node, { x: x / n + r * Math.cos(k * GOLDEN_ANGLE), y: y / n + r * Math.sin(k * GOLDEN_ANGLE) });
    k += 1;
  });
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, ...at.get(node) }), { attributes: ['x', 'y'] });
}

/**
 * One-mode seeds: nodes on a sunflower spiral in decreasing degree, so hubs start in the middle
 * and the periphery outside; deterministic and free of coincident points.
 */
export function seedSpiral(graph: DisplayGraph): void {
  const order = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
  const rank = new Map(order.map((node, i) => [node, i]));
  const scale = RADIUS / Math.sqrt(Math.max(1, order.length));
  graph.updateEachNodeAttributes(
    (node, attr) => {
      const i = rank.get(node) ?? 0;
      const r = scale * Math.sqrt(i + 0.5);
      return { ...attr, x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * Rotates positions about their centroid so the layout's principal axis is horizontal: screens
 * are wide, and sigma fits the longer side. A rotation keeps every distance the layout found.
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
