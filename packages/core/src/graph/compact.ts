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
  /**
   * Whether every link joins an agency and a task (always, for graphs built by
   * buildResponsibilityGraph). Kernels that rely on it (no link inside a side, so a neighbour of a
   * node at distance d is at d − 1 or d + 1) fall back to general ones when it is false.
   */
  bipartite: boolean;
}

/**
 * Builds the compact view in O(N + m): one pass over the nodes, two over the edges (degrees, then
 * a CSR fill). Each node's neighbours keep graphology's order (edge insertion order: a task's
 * units as listed, an agency's tasks in table order). With `excludeCollective`, collective
 * agencies and their links are left out (so every metric computed on the view is the metric of
 * the graph without them).
 */
export function compact(
  graph: ResponsibilityGraph,
  options: { excludeCollective?: boolean; caller?: string } = {},
): CompactGraph {
  const caller = options.caller ?? 'compact';
  if (graph === null || typeof graph !== 'object' || typeof (graph as { forEachNode?: unknown }).forEachNode !== 'function') {
    throw new TypeError(`${caller}: expected a graph built by buildResponsibilityGraph`);
  }
  const agencies: string[] = [];
  const tasks: string[] = [];
  graph.forEachNode((node, attr) => {
    if (attr.part !== 'task' && attr.part !== 'agency') {
      throw new Error(`${caller}: node "${node}" has no \`part\` attribute ('agency' | 'task'); build the graph with buildResponsibilityGraph`);
    }
    if (attr.part === 'task') tasks.push(node);
    else if (!(options.excludeCollective === true && attr.collective)) agencies.push(node);
  });
  const nA = agencies.length;
  const keys = agencies.concat(tasks);
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i += 1) index.set(keys[i] as string, i);

  // Pass 1: the kept links, as index pairs, and the degrees.
  const size = graph.size;
  const ends = new Int32Array(2 * size);
  const roles = new Uint8Array(size); // 0 co, 1 lead, 2 responsible
  const degree = new Int32Array(n);
  let kept = 0;
  let bipartite = true;
  graph.forEachEdge((_edge, attr, source, target) => {
    const u = index.get(source);
    const v = index.get(target);
    if (u === undefined || v === undefined) return;
    ends[2 * kept] = u;
    ends[2 * kept + 1] = v;
    if (u < nA === v < nA) bipartite = false;
    roles[kept] = attr.role === 'lead' ? 1 : attr.role === 'responsible' ? 2 : 0;
    degree[u] = (degree[u] as number) + 1;
    degree[v] = (degree[v] as number) + 1;
    kept += 1;
  });

  // Pass 2: CSR fill in edge order, which is each node's graphology order.
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i] as number) + (degree[i] as number);
  const cursor = offsets.slice(0, n);
  const neighbors = new Int32Array(2 * kept);
  const lead = new Uint8Array(2 * kept);
  const responsible = new Uint8Array(2 * kept);
  for (let e = 0; e < kept; e += 1) {
    const u = ends[2 * e] as number;
    const v = ends[2 * e + 1] as number;
    const role = roles[e] as number;
    const a = cursor[u] as number;
    const b = cursor[v] as number;
    cursor[u] = a + 1;
    cursor[v] = b + 1;
    neighbors[a] = v;
    neighbors[b] = u;
    if (role === 1) lead[a] = lead[b] = 1;
    else if (role === 2) responsible[a] = responsible[b] = 1;
  }

  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  const category = new Int32Array(n).fill(-1);
  const collective = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const attr = graph.getNodeAttributes(keys[i]);
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
  }
  return { keys, index, categories, category, collective, nA, nT: tasks.length, offsets, neighbors, lead, responsible, bipartite };
}

/** Degree of node i in the compact view. */
export const degreeOf = (g: CompactGraph, i: number): number => (g.offsets[i + 1] as number) - (g.offsets[i] as number);

/** Maps a per-index array to `{ [key]: value }` for the nodes in `[from, to)`. */
export function toRecord(g: CompactGraph, values: ArrayLike<number>, from = 0, to = g.keys.length): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = from; i < to; i += 1) out[g.keys[i] as string] = values[i] as number;
  return out;
}
