// Latapy et al.'s bipartite clustering coefficient per node.
import type { CompactGraph } from '../../graph/compact.js';
import { latapyKernel } from '../../kernels/latapy.js';
import { serialRunner, startKernel, type SourceRunner } from '../../kernels/runner.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface LatapyOptions extends MetricOptions {
  /** Pairwise overlap: `dot` |N(u)∩N(v)|/|N(u)∪N(v)| (default), `min` ÷ min degree, `max` ÷ max degree. */
  mode?: 'dot' | 'min' | 'max';
  /** Where a bipartite graph's kernel runs: this thread (default), or another through `workerRunner()` (`@fengong/core/node`). */
  runner?: SourceRunner;
}

function check(options: LatapyOptions): 'dot' | 'min' | 'max' {
  const mode = options.mode ?? 'dot';
  if (mode !== 'dot' && mode !== 'min' && mode !== 'max') {
    throw new Error(`latapyClustering: invalid \`mode\` "${String(mode)}" (expected dot, min or max)`);
  }
  return mode;
}

/**
 * {@link latapyClustering}`.compute` started on `options.runner` and joined later: on a bipartite
 * graph the kernel runs on another thread where the runner can (`workerRunner`) while the caller
 * computes other metrics (what `analyze` does); the join returns the same values, bit for bit.
 * Its work is estimated as Σ k_w² over the middle nodes other than each side's 16 largest (the
 * kernel's hubs at most).
 */
export function startLatapyClustering(g: CompactGraph, options: LatapyOptions = {}): () => Float64Array {
  const mode = check(options);
  if (!g.bipartite) return () => computeHere(g, mode);
  const out = new Float64Array(g.keys.length);
  const args = [g.offsets, g.neighbors, g.nA, Int32Array.of(0, g.nA, g.nA, g.keys.length), mode === 'dot' ? 0 : mode === 'min' ? 1 : 2, out];
  const join = startKernel(options.runner ?? serialRunner, latapyKernel, args, lightSquares(g));
  return () => {
    join();
    return out;
  };
}

/** Σ k² over each side's nodes but its 16 largest. */
function lightSquares(g: CompactGraph): number {
  let work = 0;
  for (const [from, to] of [[0, g.nA], [g.nA, g.keys.length]] as const) {
    const degrees: number[] = [];
    for (let i = from; i < to; i += 1) degrees.push((g.offsets[i + 1] as number) - (g.offsets[i] as number));
    degrees.sort((a, b) => b - a);
    for (let i = 16; i < degrees.length; i += 1) work += (degrees[i] as number) ** 2;
  }
  return work;
}

/** Both sides on this thread. */
function computeHere(g: CompactGraph, mode: 'dot' | 'min' | 'max'): Float64Array {
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const out = new Float64Array(n);
  if (g.bipartite) {
    // Same values without visiting every pair of second neighbours (see latapyKernel).
    latapyKernel(offsets, neighbors, g.nA, Int32Array.of(0, g.nA, g.nA, n), mode === 'dot' ? 0 : mode === 'min' ? 1 : 2, out);
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
export const latapyClustering = nodeMetric<LatapyOptions>('latapyClustering', (g, options) => startLatapyClustering(g, options)());
