// One-mode projections of the bipartite graph: agency–agency (co-responsibility) or task–task.
import { UndirectedGraph } from 'graphology';
import { compact, degreeOf, type CompactGraph } from '../graph/compact.js';
import type { Part, ResponsibilityGraph, ResponsibilityNodeAttributes } from '../graph/types.js';
import { benjaminiHochberg, hypergeometricUpperTail, logFactorials } from './hypergeometric.js';

/** Weights of a projected link between u and v (S = their shared neighbours, k = degrees). */
export interface ProjectionEdgeAttributes {
  /** S_uv: shared tasks (agency projection) or shared agencies (task projection). */
  shared: number;
  /** S / (k_u + k_v − S). */
  jaccard: number;
  /** S / min(k_u, k_v). */
  overlap: number;
  /** S / √(k_u·k_v). */
  cosine: number;
  /** 2S / (k_u + k_v). */
  dice: number;
  /** Newman's collaboration weight Σ_shared 1/(k_t − 1). */
  newman: number;
  /** P(X ≥ S), X ~ Hypergeometric(size of the other set, k_u, k_v). */
  pValue: number;
  /** Benjamini–Hochberg adjusted p over all n(n − 1)/2 pairs of the set. */
  qValue: number;
}

export type ProjectionNodeAttributes = ResponsibilityNodeAttributes & {
  /** Σ of `shared` over the node's projected links. */
  strength: number;
  /** Number of projected links (distinct partners). */
  partners: number;
};

export type ProjectionGraph = UndirectedGraph<ProjectionNodeAttributes, ProjectionEdgeAttributes>;

export interface ProjectionOptions {
  /** Which set to project onto. Default `agency`. */
  part?: Part;
  /** Project the graph without collective units. Default `false`. */
  excludeCollective?: boolean;
}

/** A projected pair, by compact index (u < v). */
export interface ProjectedPair extends ProjectionEdgeAttributes {
  u: number;
  v: number;
}

/** The weights of a projection that depend only on S and the two degrees. */
export type PairWeight = 'shared' | 'jaccard' | 'overlap' | 'cosine' | 'dice' | 'newman';

/**
 * The pairs of one side sharing at least one neighbour, as parallel typed arrays ordered by
 * (u, v) with u < v (compact indices): S_uv in `shared` and Newman's Σ 1/(k_t − 1) in `newman`.
 * The kernel every projection weight, Louvain and the report's pairs are computed from.
 */
export interface PairCounts {
  part: Part;
  /** Number of pairs. */
  size: number;
  u: Int32Array;
  v: Int32Array;
  shared: Int32Array;
  newman: Float64Array;
}

/**
 * Counts shared neighbours of every pair of one side in O(Σ_t k_t²/2) over the other side's nodes
 * t — each node meets only the partners after it in its tasks' sorted lists — with a dense
 * accumulator reset after each node (no hash map, no object per pair).
 */
export function pairCounts(g: CompactGraph, part: Part): PairCounts {
  if (!g.bipartite) throw new Error('pairCounts: the graph has links inside one side (agency–agency or task–task); projections need a bipartite responsibility graph');
  const [from, to] = part === 'agency' ? [0, g.nA] : [g.nA, g.keys.length];
  const { offsets, neighbors } = g;
  const shared = new Int32Array(g.keys.length);
  const newman = new Float64Array(g.keys.length);
  const touched = new Int32Array(g.keys.length);
  let capacity = Math.max(16, g.neighbors.length);
  let us = new Int32Array(capacity);
  let vs = new Int32Array(capacity);
  let ss = new Int32Array(capacity);
  let ns = new Float64Array(capacity);
  let size = 0;
  // Each other-side node's neighbours of this side in increasing order, and where each link of
  // this side sits in that list: then u meets only the partners after it (v > u), no test needed.
  const sorted = new Int32Array(neighbors.length);
  const at = new Int32Array(neighbors.length);
  const cursor = offsets.slice(0, g.keys.length);
  for (let u = from; u < to; u += 1) {
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      const c = cursor[t] as number;
      at[e] = c;
      sorted[c] = u;
      cursor[t] = c + 1;
    }
  }
  for (let u = from; u < to; u += 1) {
    let count = 0;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      const end = offsets[t + 1] as number;
      const inverse = 1 / (end - (offsets[t] as number) - 1); // used only when t has another neighbour, so k_t ≥ 2
      for (let f = (at[e] as number) + 1; f < end; f += 1) {
        const v = sorted[f] as number;
        if (shared[v] === 0) touched[count++] = v;
        shared[v] = (shared[v] as number) + 1;
        newman[v] = (newman[v] as number) + inverse;
      }
    }
    if (count === 0) continue;
    if (size + count > capacity) {
      capacity = Math.max(2 * capacity, size + count);
      us = grow(us, capacity);
      vs = grow(vs, capacity);
      ss = grow(ss, capacity);
      ns = grow(ns, capacity);
    }
    const order = touched.subarray(0, count).sort();
    for (let i = 0; i < count; i += 1) {
      const v = order[i] as number;
      us[size] = u;
      vs[size] = v;
      ss[size] = shared[v] as number;
      ns[size] = newman[v] as number;
      size += 1;
      shared[v] = 0;
      newman[v] = 0;
    }
  }
  return { part, size, u: us.slice(0, size), v: vs.slice(0, size), shared: ss.slice(0, size), newman: ns.slice(0, size) };
}

function grow<T extends Int32Array | Float64Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

/**
 * One weight for every pair of `counts`: `shared` S, `jaccard` S/(k_u + k_v − S), `overlap`
 * S/min(k_u, k_v), `cosine` S/√(k_u·k_v), `dice` 2S/(k_u + k_v) or `newman` Σ 1/(k_t − 1).
 */
export function pairWeights(g: CompactGraph, counts: PairCounts, weight: PairWeight): Float64Array {
  const out = new Float64Array(counts.size);
  const { offsets } = g;
  for (let i = 0; i < counts.size; i += 1) {
    const u = counts.u[i] as number;
    const v = counts.v[i] as number;
    const s = counts.shared[i] as number;
    const ku = (offsets[u + 1] as number) - (offsets[u] as number);
    const kv = (offsets[v + 1] as number) - (offsets[v] as number);
    out[i] =
      weight === 'shared' ? s
      : weight === 'jaccard' ? s / (ku + kv - s)
      : weight === 'overlap' ? s / Math.min(ku, kv)
      : weight === 'cosine' ? s / Math.sqrt(ku * kv)
      : weight === 'dice' ? (2 * s) / (ku + kv)
      : weight === 'newman' ? (counts.newman[i] as number)
      : Number.NaN;
  }
  return out;
}

/** P(X ≥ S) for every pair, X ~ Hypergeometric(size of the other side, k_u, k_v) (see {@link hypergeometricUpperTail}). */
export function pairPValues(g: CompactGraph, counts: PairCounts): Float64Array {
  const population = counts.part === 'agency' ? g.nT : g.nA;
  const lf = logFactorials(population);
  const out = new Float64Array(counts.size);
  for (let i = 0; i < counts.size; i += 1) {
    out[i] = hypergeometricUpperTail(counts.shared[i] as number, population, degreeOf(g, counts.u[i] as number), degreeOf(g, counts.v[i] as number), lf);
  }
  return out;
}

/** Benjamini–Hochberg q-values of `pValues` over all n(n − 1)/2 pairs of the side (untested pairs count with p = 1). */
export function pairQValues(g: CompactGraph, part: Part, pValues: Float64Array): number[] {
  const n = part === 'agency' ? g.nA : g.nT;
  return benjaminiHochberg(pValues, Math.max(pValues.length, (n * (n - 1)) / 2));
}

/** All pairs of the set sharing at least one neighbour, ordered by (u, v), with every weight. */
export function projectPairs(g: CompactGraph, part: Part, counts: PairCounts = pairCounts(g, part)): ProjectedPair[] {
  const weights = (['jaccard', 'overlap', 'cosine', 'dice'] as const).map((w) => pairWeights(g, counts, w));
  const [jaccard, overlap, cosine, dice] = weights as [Float64Array, Float64Array, Float64Array, Float64Array];
  const pValue = pairPValues(g, counts);
  const qValue = pairQValues(g, part, pValue);
  const pairs = new Array<ProjectedPair>(counts.size);
  for (let i = 0; i < counts.size; i += 1) {
    pairs[i] = {
      u: counts.u[i] as number,
      v: counts.v[i] as number,
      shared: counts.shared[i] as number,
      jaccard: jaccard[i] as number,
      overlap: overlap[i] as number,
      cosine: cosine[i] as number,
      dice: dice[i] as number,
      newman: counts.newman[i] as number,
      pValue: pValue[i] as number,
      qValue: qValue[i] as number,
    };
  }
  return pairs;
}

/**
 * One-mode projection onto agencies (default) or tasks, as a graphology `UndirectedGraph`: two
 * agencies are linked when they share a task, with edge weights `shared` (S), `jaccard`,
 * `overlap`, `cosine`, `dice`, `newman` (Newman 2001: Σ over shared tasks of 1/(k_t − 1), so
 * large teams bind less; tasks with a single unit add nothing) and the hypergeometric `pValue` of
 * sharing at least S tasks by chance given both loads (fixed-row null), with its Benjamini–Hochberg
 * `qValue` over all pairs. Nodes keep their attributes and gain `strength` (Σ shared) and
 * `partners`. Matches NetworkX's `weighted_projected_graph`, `overlap_weighted_projected_graph` and
 * `collaboration_weighted_projected_graph`.
 */
export function projection(graph: ResponsibilityGraph, options: ProjectionOptions = {}): ProjectionGraph {
  const part = options.part ?? 'agency';
  if (part !== 'agency' && part !== 'task') throw new Error(`projection: invalid \`part\` "${String(part)}" (expected agency or task)`);
  const g = compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'projection' });
  const out: ProjectionGraph = new UndirectedGraph();
  const [from, to] = part === 'agency' ? [0, g.nA] : [g.nA, g.keys.length];
  const counts = pairCounts(g, part);
  const { strength, partners } = partnersOf(g, counts);
  for (let i = from; i < to; i += 1) {
    const key = g.keys[i] as string;
    out.addNode(key, { ...graph.getNodeAttributes(key), strength: strength[i] as number, partners: partners[i] as number });
  }
  for (const { u, v, ...weights } of projectPairs(g, part, counts)) out.addEdge(g.keys[u], g.keys[v], weights);
  return out;
}

/** Σ shared (strength) and the number of partners of every node of the view, from its pairs. */
export function partnersOf(g: CompactGraph, counts: PairCounts): { strength: Float64Array; partners: Int32Array } {
  const strength = new Float64Array(g.keys.length);
  const partners = new Int32Array(g.keys.length);
  for (let i = 0; i < counts.size; i += 1) {
    const u = counts.u[i] as number;
    const v = counts.v[i] as number;
    const s = counts.shared[i] as number;
    strength[u] = (strength[u] as number) + s;
    strength[v] = (strength[v] as number) + s;
    partners[u] = (partners[u] as number) + 1;
    partners[v] = (partners[v] as number) + 1;
  }
  return { strength, partners };
}
