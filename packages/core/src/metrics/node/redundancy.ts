// Node redundancy (Latapy et al. 2008): how far a node's neighbours are tied together without it.
import type { CompactGraph } from '../../graph/compact.js';
import { redundancySide } from '../../kernels/redundancy.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

function compute(g: CompactGraph): Float64Array {
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const out = new Float64Array(n);
  if (g.bipartite) {
    // Same values without testing every pair of neighbours (see redundancySide).
    redundancySide(g, 0, g.nA, out);
    redundancySide(g, g.nA, n, out);
    return out;
  }
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v += 1) {
    const start = offsets[v] as number;
    const end = offsets[v + 1] as number;
    const k = end - start;
    if (k < 2) continue;
    let overlap = 0;
    for (let a = start; a < end; a += 1) {
      const u = neighbors[a] as number;
      // Mark u's other neighbours (not v), then look for one of them next to each later w.
      const stamp = a; // edge positions are unique, so each pass has its own stamp
      for (let f = offsets[u] as number; f < (offsets[u + 1] as number); f += 1) {
        const x = neighbors[f] as number;
        if (x !== v) mark[x] = stamp;
      }
      for (let b = a + 1; b < end; b += 1) {
        const w = neighbors[b] as number;
        for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f += 1) {
          if (mark[neighbors[f] as number] === stamp) {
            overlap += 1;
            break;
          }
        }
      }
    }
    out[v] = (2 * overlap) / (k * (k - 1));
  }
  return out;
}

/**
 * Node redundancy (Latapy, Magnien & Del Vecchio 2008; NetworkX `bipartite.node_redundancy`): the
 * share of pairs of v's neighbours that are also linked through some node other than v,
 * 2·|{ {u, w} ⊆ N(v) : N(u) ∩ N(w) ⊋ {v} }| / (k_v(k_v − 1)). Unlike NetworkX, which raises for a
 * node with fewer than two neighbours, such a node gets 0: it has no pair, so nothing is redundant.
 */
export const redundancy = nodeMetric<MetricOptions>('redundancy', compute);
