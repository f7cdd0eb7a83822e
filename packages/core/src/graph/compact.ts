// A compact, read-only view of the bipartite graph (CSR adjacency in typed arrays), built once per
// analysis and shared by the metrics that walk the graph many times.
import type { ResponsibilityGraph } from './types.js';

export interface CompactGraph {
  /** Node keys; agencies first (indices 0 … nA−1, graph order), then tasks (nA … n−1). */
  keys: string[];
  /** Index of each key. */
  index: Map<string, number>;
  /** Number of agencies and of tasks. */
  nA: number;
  nT: number;
  /** Neighbours of node i are `neighbors[offsets[i] … offsets[i+1])`, in graph order. */
  offsets: Int32Array;
  neighbors: Int32Array;
  /** 1 where the link at the same position in `neighbors` is a lead link, else 0. */
  lead: Uint8Array;
  /** 1 where the link is `responsible` (a task with no lead marked), else 0. */
  responsible: Uint8Array;
  /** Distinct task categories, in graph order. */
  categories: string[];
  /** Category index of each node (tasks only; −1 for agencies and uncategorised tasks). */
  category: Int32Array;
  /** Whether each node is a collective agency. */
  collective: Uint8Array;
}

/**
 * Builds the compact view. With `excludeCollective`, collective agencies and their links are left
 * out (so every metric computed on the view is the metric of the graph without them).
 */
export function compact(
  graph: ResponsibilityGraph,
  options: { excludeCollective?: boolean; caller?: string } = {},
): CompactGraph {
  const agencies: string[] = [];
  const tasks: string[] = [];
  if (graph === null || typeof graph !== 'object' || typeof (graph as { forEachNode?: unknown }).forEachNode !== 'function') {
    throw new TypeError(`${options.caller ?? 'compact'}: expected a graph built by buildResponsibilityGraph`);
  }
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'task' && attr.part !== 'agency') {
      throw new Error(`${options.caller ?? 'compact'}: node "${node}" has no \`part\` attribute ('agency' | 'task'); build the graph with buildResponsibilityGraph`);
    }
    if (attr.part === 'task') tasks.push(node);
    else if (!(options.excludeCollective === true && attr.collective)) agencies.push(node);
  });
  const keys = [...agencies, ...tasks];
  const index = new Map(keys.map((k, i) => [k, i]));
  const n = keys.length;
  const offsets = new Int32Array(n + 1);
  const neighbors: number[] = [];
  const lead: number[] = [];
  const responsible: number[] = [];
  for (let i = 0; i < n; i += 1) {
    graph.forEachEdge(keys[i] as string, (_edge, attr, source, target) => {
      const other = index.get(source === keys[i] ? target : source);
      if (other === undefined) return;
      neighbors.push(other);
      lead.push(attr.role === 'lead' ? 1 : 0);
      responsible.push(attr.role === 'responsible' ? 1 : 0);
    });
    offsets[i + 1] = neighbors.length;
  }
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const category = new Int32Array(n).fill(-1);
  const collective = new Uint8Array(n);
  keys.forEach((key, i) => {
    const attr = graph.getNodeAttributes(key);
    if (attr.part === 'agency') {
      collective[i] = attr.collective ? 1 : 0;
    } else if (attr.category !== null) {
      let c = categoryIndex.get(attr.category);
      if (c === undefined) {
        c = categories.length;
        categories.push(attr.category);
        categoryIndex.set(attr.category, c);
      }
      category[i] = c;
    }
  });
  return {
    keys,
    index,
    categories,
    category,
    collective,
    nA: agencies.length,
    nT: tasks.length,
    offsets,
    neighbors: Int32Array.from(neighbors),
    lead: Uint8Array.from(lead),
    responsible: Uint8Array.from(responsible),
  };
}

/** Degree of node i in the compact view. */
export const degreeOf = (g: CompactGraph, i: number): number => (g.offsets[i + 1] as number) - (g.offsets[i] as number);

/** Maps a per-index array to `{ [key]: value }` for the nodes in `[from, to)`. */
export function toRecord(g: CompactGraph, values: ArrayLike<number>, from = 0, to = g.keys.length): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = from; i < to; i += 1) out[g.keys[i] as string] = values[i] as number;
  return out;
}
