// PageRank on the bipartite graph as it is (power iteration on the compact view).
import { degreeOf, type CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface PageRankOptions extends MetricOptions {
  /** Damping factor α. Default 0.85. */
  alpha?: number;
  /** Stop when the L1 change between iterations, Σ|x − x'|, falls below this. Default 1e-12. */
  tolerance?: number;
  /** Give up (with an error) after this many iterations. Default 10,000. */
  maxIterations?: number;
}

const DEFAULTS = { alpha: 0.85, tolerance: 1e-12, maxIterations: 10_000 };

function compute(g: CompactGraph, options: PageRankOptions): Float64Array {
  const { alpha, tolerance, maxIterations } = { ...DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha < 1)) throw new Error(`pagerank: invalid \`alpha\` ${alpha} (expected 0 ≤ alpha < 1)`);
  if (!(tolerance > 0)) throw new Error(`pagerank: invalid \`tolerance\` ${tolerance} (expected > 0)`);
  const n = g.keys.length;
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    // Mass on isolated (dangling) nodes is spread uniformly, as in NetworkX.
    let dangling = 0;
    for (let i = 0; i < n; i += 1) if (degreeOf(g, i) === 0) dangling += x[i] as number;
    const base = (alpha * dangling + (1 - alpha)) / n;
    for (let j = 0; j < n; j += 1) {
      let sum = 0;
      for (let e = g.offsets[j] as number; e < (g.offsets[j + 1] as number); e += 1) {
        const i = g.neighbors[e] as number;
        sum += (x[i] as number) / degreeOf(g, i);
      }
      next[j] = base + alpha * sum;
    }
    let change = 0;
    for (let i = 0; i < n; i += 1) change += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    if (change < tolerance) return x;
  }
  throw new Error(`pagerank: no convergence to tolerance ${tolerance} in ${maxIterations} iterations`);
}

/**
 * PageRank (Brin & Page 1998) on the undirected bipartite graph: x_j = (1 − α)/N + α Σ_{i ∈ N(j)}
 * x_i / k_i, isolated nodes' mass spread uniformly; α = 0.85 by default. Iterates from the uniform
 * vector until the L1 change Σ|x − x'| < `tolerance` (default 1e-12). NetworkX stops at
 * N × tol instead, which loosens as graphs grow; with its tol tight both agree to ~1e-12.
 */
export const pagerank = nodeMetric<PageRankOptions>('pagerank', compute);
