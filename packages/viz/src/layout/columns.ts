// The bipartite two-column layout: agencies on the left by load, tasks on the right by category.
import type { DisplayGraph } from '../types.js';

/** Space between neighbouring nodes, and between two categories, in node-size units. */
const MARGIN = 3;
const CATEGORY_GAP = 14;

/**
 * Stacks nodes top to bottom, each taking its diameter plus a margin (sizes are screen pixels at
 * the default zoom, so at about one graph unit per pixel the discs do not overlap); `gapBefore`
 * adds room before a node. Returns each node's offset and the column's length.
 */
function stack(graph: DisplayGraph, nodes: readonly string[], gapBefore: (i: number) => number): { at: number[]; length: number } {
  const at: number[] = [];
  let y = 0;
  nodes.forEach((node, i) => {
    const r = graph.getNodeAttribute(node, 'size');
    y += (i === 0 ? 0 : MARGIN + gapBefore(i)) + r;
    at.push(y);
    y += r;
  });
  return { at, length: y };
}

/**
 * Agencies in one column, ordered by `load` (descending; ties in table order); tasks in the other,
 * in table order, which groups them by category, with a gap between categories. Both columns
 * span the same height, so links read left to right.
 */
export function columnsLayout(graph: DisplayGraph, load: (agency: string) => number): void {
  const agencies: string[] = [];
  const tasks: string[] = [];
  graph.forEachNode((node, attr) => (attr.part === 'agency' ? agencies : tasks).push(node));
  const index = new Map(agencies.map((a, i) => [a, i]));
  agencies.sort((a, b) => load(b) - load(a) || (index.get(a) ?? 0) - (index.get(b) ?? 0));
  const categoryOf = (task: string): string | null => {
    const attr = graph.getNodeAttributes(task);
    return attr.part === 'task' ? attr.category : null;
  };

  const left = stack(graph, agencies, () => 0);
  const right = stack(graph, tasks, (i) => (categoryOf(tasks[i] ?? '') !== categoryOf(tasks[i - 1] ?? '') ? CATEGORY_GAP : 0));
  const height = Math.max(left.length, right.length, 1);
  const width = Math.max(300, 0.6 * height);
  const y = new Map<string, number>();
  // Each column stretched to the common height; sigma's y axis points up, so the first row is on top.
  agencies.forEach((node, i) => y.set(node, -((left.at[i] ?? 0) * height) / Math.max(1, left.length)));
  tasks.forEach((node, i) => y.set(node, -((right.at[i] ?? 0) * height) / Math.max(1, right.length)));
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, x: attr.part === 'agency' ? 0 : width, y: y.get(node) ?? 0 }), {
    attributes: ['x', 'y'],
  });
}
