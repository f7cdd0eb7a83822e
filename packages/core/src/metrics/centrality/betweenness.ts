// Two-mode betweenness centrality (Brandes' algorithm on the compact view, Borgatti–Halgin divisor).
import type { CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface BetweennessOptions extends MetricOptions {
  /** Divide by the largest value possible for a node of its set (Borgatti & Halgin 2011). Default `true`; `false` gives the raw pair count. */
  normalized?: boolean;
}

/** Raw betweenness of every node: Σ over unordered pairs {s, t} of σ_st(v)/σ_st (Brandes 2001), unweighted. */
export function rawBetweenness(g: CompactGraph): Float64Array {
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++] as number;
      const dv = dist[v] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const w = neighbors[e] as number;
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    // Accumulate dependencies in reverse BFS order; predecessors are neighbours one step closer.
    for (let k = tail - 1; k > 0; k -= 1) {
      const w = order[k] as number;
      const dw = dist[w] as number;
      for (let e = offsets[w] as number; e < (offsets[w + 1] as number); e += 1) {
        const v = neighbors[e] as number;
        if (dist[v] === dw - 1) delta[v] = (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      bc[w] = (bc[w] as number) + (delta[w] as number);
    }
  }
  // Every unordered pair was counted from both ends.
  for (let i = 0; i < n; i += 1) bc[i] = (bc[i] as number) / 2;
  return bc;
}

/**
 * The largest betweenness a node of a set of size n can have when the other set has size m
 * (Borgatti & Halgin 2011): with s, t = divmod(n − 1, m),
 * ½[m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)].
 */
export function maxBipartiteBetweenness(n: number, m: number): number {
  if (n < 1 || m < 1) return 0;
  const s = Math.floor((n - 1) / m);
  const t = (n - 1) % m;
  return (m * m * (s + 1) ** 2 + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2;
}

function compute(g: CompactGraph, options: BetweennessOptions): Float64Array {
  const bc = rawBetweenness(g);
  if (options.normalized === false) return bc;
  const maxA = maxBipartiteBetweenness(g.nA, g.nT);
  const maxT = maxBipartiteBetweenness(g.nT, g.nA);
  for (let i = 0; i < bc.length; i += 1) {
    const max = i < g.nA ? maxA : maxT;
    bc[i] = max === 0 ? 0 : (bc[i] as number) / max;
  }
  return bc;
}

/**
 * Two-mode betweenness centrality: the unordered-pair betweenness of each node (shortest paths
 * through it, Brandes 2001, links unweighted) divided by the largest value possible for a node of
 * its set (Borgatti & Halgin 2011, as NetworkX `bipartite.betweenness_centrality`). Where that
 * divisor is 0 (a set of one node facing one node) the value is 0 instead of NetworkX's division error.
 */
export const betweenness = nodeMetric<BetweennessOptions>('betweenness', compute);
