// Whole-network measures of the bipartite graph.
import { compact, degreeOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { nodfOf, type Nodf } from './nodf.js';

export interface NetworkMeasures {
  agencies: number;
  tasks: number;
  links: number;
  /** Two-mode density (connectance) m / (n_A·n_T). */
  density: number;
  /** Agencies per task. */
  teamSize: { min: number; max: number; mean: number; median: number; distribution: Record<string, number> };
  /** Gini coefficient of agency loads (degrees): 0 = equal, → 1 = one agency carries all. */
  loadGini: number;
  /** Herfindahl–Hirschman index of load shares Σ (k_a / m)², in [1/n_A, 1]. */
  loadHhi: number;
  /** Freeman degree centralisation within each mode: Σ (c_max − c_i) / (n − 1), c = two-mode degree centrality. */
  centralisation: { agencies: number; tasks: number };
  nestedness: Nodf;
  /** Robins–Alexander bipartite clustering 4·C4 / L3. */
  robinsAlexander: number;
  /** Number of connected components and their sizes (nodes), largest first. */
  components: number;
  componentSizes: number[];
}

/** Gini coefficient Σ_i Σ_j |x_i − x_j| / (2 n² mean), computed on sorted values in O(n log n). */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const sum = values.reduce((s, x) => s + x, 0);
  if (n === 0 || sum === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (2 * (i + 1) - n - 1) * x));
  return weighted / (n * sum);
}

function centralisation(g: CompactGraph, from: number, to: number, other: number): number {
  const n = to - from;
  if (n < 2 || other === 0) return 0;
  let max = 0;
  let sum = 0;
  for (let i = from; i < to; i += 1) {
    const c = degreeOf(g, i) / other;
    max = Math.max(max, c);
    sum += c;
  }
  return (n * max - sum) / (n - 1);
}

/** Robins & Alexander (2004): 4 × four-cycles / three-paths, as NetworkX `robins_alexander_clustering`. */
export function robinsAlexanderOf(g: CompactGraph): number {
  // Three-paths: each link (u, w) is the middle of (k_u − 1)(k_w − 1) of them (no triangles here).
  let paths = 0;
  for (let u = 0; u < g.nA; u += 1) {
    for (let e = g.offsets[u] as number; e < (g.offsets[u + 1] as number); e += 1) {
      paths += (degreeOf(g, u) - 1) * (degreeOf(g, g.neighbors[e] as number) - 1);
    }
  }
  if (paths === 0) return 0;
  // Four-cycles: each holds exactly one pair of agencies; a pair sharing S tasks closes C(S, 2).
  let cycles = 0;
  const shared = new Int32Array(g.keys.length);
  const touched: number[] = [];
  for (let u = 0; u < g.nA; u += 1) {
    touched.length = 0;
    for (let e = g.offsets[u] as number; e < (g.offsets[u + 1] as number); e += 1) {
      const t = g.neighbors[e] as number;
      for (let f = g.offsets[t] as number; f < (g.offsets[t + 1] as number); f += 1) {
        const v = g.neighbors[f] as number;
        if (v <= u) continue;
        if (shared[v] === 0) touched.push(v);
        shared[v] = (shared[v] as number) + 1;
      }
    }
    for (const v of touched) {
      const s = shared[v] as number;
      cycles += (s * (s - 1)) / 2;
      shared[v] = 0;
    }
  }
  return (4 * cycles) / paths;
}

function componentSizes(g: CompactGraph): number[] {
  const seen = new Uint8Array(g.keys.length);
  const queue = new Int32Array(g.keys.length);
  const sizes: number[] = [];
  for (let s = 0; s < g.keys.length; s += 1) {
    if (seen[s] === 1) continue;
    seen[s] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e += 1) {
        const w = g.neighbors[e] as number;
        if (seen[w] === 0) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return sizes.sort((a, b) => b - a);
}

/** Whole-network measures on a compact view (see {@link networkMeasures}). */
export function networkMeasuresOf(g: CompactGraph): NetworkMeasures {
  const links = g.neighbors.length / 2;
  const loads = Array.from({ length: g.nA }, (_, i) => degreeOf(g, i));
  const teams = Array.from({ length: g.nT }, (_, i) => degreeOf(g, g.nA + i)).sort((a, b) => a - b);
  const distribution: Record<string, number> = {};
  for (const k of teams) distribution[k] = (distribution[k] ?? 0) + 1;
  const mid = teams.length / 2;
  const median = teams.length === 0 ? 0 : teams.length % 2 === 1 ? (teams[Math.floor(mid)] as number) : ((teams[mid - 1] as number) + (teams[mid] as number)) / 2;
  const sizes = componentSizes(g);
  return {
    agencies: g.nA,
    tasks: g.nT,
    links,
    density: g.nA === 0 || g.nT === 0 ? 0 : links / (g.nA * g.nT),
    teamSize: {
      min: teams[0] ?? 0,
      max: teams[teams.length - 1] ?? 0,
      mean: teams.length === 0 ? 0 : links / teams.length,
      median,
      distribution,
    },
    loadGini: gini(loads),
    loadHhi: links === 0 ? 0 : loads.reduce((s, k) => s + (k / links) ** 2, 0),
    centralisation: {
      agencies: centralisation(g, 0, g.nA, g.nT),
      tasks: centralisation(g, g.nA, g.keys.length, g.nA),
    },
    nestedness: nodfOf(g),
    robinsAlexander: robinsAlexanderOf(g),
    components: sizes.length,
    componentSizes: sizes,
  };
}

/**
 * Measures of the whole network: size, two-mode density m/(n_A·n_T), team sizes, load inequality
 * (Gini, HHI), degree centralisation within each mode (Freeman 1979 on two-mode degree
 * centrality), NODF nestedness (Almeida-Neto et al. 2008), Robins–Alexander clustering (2004) and
 * connected components.
 */
export function networkMeasures(graph: ResponsibilityGraph, options: { excludeCollective?: boolean } = {}): NetworkMeasures {
  return networkMeasuresOf(compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'networkMeasures' }));
}
