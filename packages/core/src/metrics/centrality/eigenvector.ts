// Eigenvector centrality on the bipartite graph (shifted power iteration on the compact view).
import type { CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface EigenvectorOptions extends MetricOptions {
  /** Stop when the L1 change between normalised iterates falls below this. Default 1e-13. */
  tolerance?: number;
  /** Give up (with an error) after this many iterations. Default 100,000. */
  maxIterations?: number;
}

const DEFAULTS = { tolerance: 1e-13, maxIterations: 100_000 };

function compute(g: CompactGraph, options: EigenvectorOptions): Float64Array {
  const { tolerance, maxIterations } = { ...DEFAULTS, ...options };
  if (!(tolerance > 0)) throw new Error(`eigenvector: invalid \`tolerance\` ${tolerance} (expected > 0)`);
  const n = g.keys.length;
  let x = new Float64Array(n).fill(1 / Math.sqrt(n || 1));
  let next = new Float64Array(n);
  if (g.neighbors.length === 0) return new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    // (A + I)x: the shift keeps the iteration from oscillating between the two sides of a
    // bipartite graph, whose spectrum is symmetric (±λ); it does not change the eigenvector.
    let norm = 0;
    for (let j = 0; j < n; j += 1) {
      let sum = x[j] as number;
      for (let e = g.offsets[j] as number; e < (g.offsets[j + 1] as number); e += 1) sum += x[g.neighbors[e] as number] as number;
      next[j] = sum;
      norm += sum * sum;
    }
    norm = Math.sqrt(norm);
    let change = 0;
    for (let j = 0; j < n; j += 1) {
      next[j] = (next[j] as number) / norm;
      change += Math.abs((next[j] as number) - (x[j] as number));
    }
    [x, next] = [next, x];
    if (change < tolerance) return x;
  }
  throw new Error(`eigenvector: no convergence to tolerance ${tolerance} in ${maxIterations} iterations`);
}

/**
 * Eigenvector centrality (Bonacich 1972): the entries of the principal eigenvector of the
 * adjacency matrix, scaled to unit Euclidean norm and non-negative (as NetworkX
 * `eigenvector_centrality_numpy`). Computed by power iteration on A + I from a uniform start until
 * the L1 change < `tolerance`. On a disconnected graph the vector lives on the component with the
 * largest eigenvalue (other nodes get 0).
 */
export const eigenvector = nodeMetric<EigenvectorOptions>('eigenvector', compute);
