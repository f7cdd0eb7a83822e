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

/** All pairs of the set sharing at least one neighbour, ordered by (u, v), with every weight. */
export function projectPairs(g: CompactGraph, part: Part): ProjectedPair[] {
  const [from, to] = part === 'agency' ? [0, g.nA] : [g.nA, g.keys.length];
  const population = part === 'agency' ? g.nT : g.nA;
  const n = to - from;
  const { offsets, neighbors } = g;
  const shared = new Int32Array(g.keys.length);
  const newman = new Float64Array(g.keys.length);
  const touched: number[] = [];
  const lf = logFactorials(population);
  const pairs: ProjectedPair[] = [];
  for (let u = from; u < to; u += 1) {
    touched.length = 0;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      const kt = degreeOf(g, t);
      for (let f = offsets[t] as number; f < (offsets[t + 1] as number); f += 1) {
        const v = neighbors[f] as number;
        if (v <= u) continue;
        if (shared[v] === 0) touched.push(v);
        shared[v] = (shared[v] as number) + 1;
        newman[v] = (newman[v] as number) + 1 / (kt - 1);
      }
    }
    touched.sort((a, b) => a - b);
    const ku = degreeOf(g, u);
    for (const v of touched) {
      const s = shared[v] as number;
      const kv = degreeOf(g, v);
      pairs.push({
        u,
        v,
        shared: s,
        jaccard: s / (ku + kv - s),
        overlap: s / Math.min(ku, kv),
        cosine: s / Math.sqrt(ku * kv),
        dice: (2 * s) / (ku + kv),
        newman: newman[v] as number,
        pValue: hypergeometricUpperTail(s, population, ku, kv, lf),
        qValue: 1,
      });
      shared[v] = 0;
      newman[v] = 0;
    }
  }
  const q = benjaminiHochberg(
    pairs.map((p) => p.pValue),
    Math.max(pairs.length, (n * (n - 1)) / 2),
  );
  pairs.forEach((p, i) => (p.qValue = q[i] as number));
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
  for (let i = from; i < to; i += 1) {
    const key = g.keys[i] as string;
    out.addNode(key, { ...graph.getNodeAttributes(key), strength: 0, partners: 0 });
  }
  for (const { u, v, ...weights } of projectPairs(g, part)) {
    const a = g.keys[u] as string;
    const b = g.keys[v] as string;
    out.addEdge(a, b, weights);
    for (const key of [a, b]) {
      out.updateNodeAttribute(key, 'strength', (s = 0) => s + weights.shared);
      out.updateNodeAttribute(key, 'partners', (p = 0) => p + 1);
    }
  }
  return out;
}
