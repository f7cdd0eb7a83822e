// Two-mode closeness centrality (breadth-first search from every node on the compact view).
import type { CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface ClosenessOptions extends MetricOptions {
  /** Scale by the share of the graph a node reaches, (r − 1)/(N − 1) (Wasserman & Faust). Default `true`. */
  normalized?: boolean;
}

function compute(g: CompactGraph, options: ClosenessOptions): Float64Array {
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const out = new Float64Array(n);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    let total = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const w = neighbors[e] as number;
        if (dist[w] !== -1) continue;
        dist[w] = (dist[v] as number) + 1;
        total += dist[w];
        queue[tail++] = w;
      }
    }
    if (total === 0 || n < 2) continue;
    // Smallest possible total distance from a node of this set: 1 to each node of the other set,
    // 2 to each other node of its own set.
    const [own, other] = s < g.nA ? [g.nA, g.nT] : [g.nT, g.nA];
    let c = (other + 2 * (own - 1)) / total;
    if (options.normalized !== false) c *= (tail - 1) / (n - 1);
    out[s] = c;
  }
  return out;
}

/**
 * Two-mode closeness centrality (Borgatti & Everett 1997; NetworkX `bipartite.closeness_centrality`):
 * for an agency, (n_T + 2(n_A − 1)) / Σ_u d(v, u), the minimum possible total distance over the
 * actual one (tasks symmetric), times (r − 1)/(N − 1) where r counts the nodes v reaches, itself
 * included (Wasserman–Faust correction for disconnected graphs). 0 for an isolated node.
 */
export const closeness = nodeMetric<ClosenessOptions>('closeness', compute);
