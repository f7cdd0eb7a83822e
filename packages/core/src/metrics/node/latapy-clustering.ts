// Latapy et al.'s bipartite clustering coefficient per node.
import type { CompactGraph } from '../../graph/compact.js';
import { latapySide } from '../../kernels/latapy.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface LatapyOptions extends MetricOptions {
  /** Pairwise overlap: `dot` |N(u)∩N(v)|/|N(u)∪N(v)| (default), `min` ÷ min degree, `max` ÷ max degree. */
  mode?: 'dot' | 'min' | 'max';
}

function compute(g: CompactGraph, options: LatapyOptions): Float64Array {
  const mode = options.mode ?? 'dot';
  if (mode !== 'dot' && mode !== 'min' && mode !== 'max') {
    throw new Error(`latapyClustering: invalid \`mode\` "${String(mode)}" (expected dot, min or max)`);
  }
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const out = new Float64Array(n);
  if (g.bipartite) {
    // Same values without visiting every pair of second neighbours (see latapySide).
    latapySide(g, 0, g.nA, mode, out);
    latapySide(g, g.nA, n, mode, out);
    return out;
  }
  const shared = new Int32Array(n); // |N(u) ∩ N(v)| for second neighbours u of v
  const touched: number[] = [];
  for (let v = 0; v < n; v += 1) {
    touched.length = 0;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const w = neighbors[e] as number;
      for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f += 1) {
        const u = neighbors[f] as number;
        if (u === v) continue;
        if (shared[u] === 0) touched.push(u);
        shared[u] = (shared[u] as number) + 1;
      }
    }
    if (touched.length === 0) continue;
    const kv = (offsets[v + 1] as number) - (offsets[v] as number);
    let sum = 0;
    for (const u of touched) {
      const ku = (offsets[u + 1] as number) - (offsets[u] as number);
      const s = shared[u] as number;
      sum += s / (mode === 'dot' ? ku + kv - s : mode === 'min' ? Math.min(ku, kv) : Math.max(ku, kv));
      shared[u] = 0;
    }
    out[v] = sum / touched.length;
  }
  return out;
}

/**
 * Bipartite clustering coefficient (Latapy, Magnien & Del Vecchio 2008; NetworkX
 * `bipartite.latapy_clustering`): the mean over v's second neighbours u (nodes of its own set
 * sharing a neighbour) of the overlap c_uv = |N(u)∩N(v)| / |N(u)∪N(v)| (mode `dot`), or divided
 * by min / max degree. 0 for a node with no second neighbour.
 */
export const latapyClustering = nodeMetric<LatapyOptions>('latapyClustering', compute);
