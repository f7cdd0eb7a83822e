// Eigenvector centrality on the bipartite graph (power iteration on one side's B·Bᵀ).
import type { CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface EigenvectorOptions extends MetricOptions {
  /** Stop when the L1 change of the normalised iterate, relative to its L1 norm, falls below this. Default 1e-13. */
  tolerance?: number;
  /** Give up (with an error) after this many iterations. Default 100,000. */
  maxIterations?: number;
}

const DEFAULTS = { tolerance: 1e-13, maxIterations: 100_000 };

/** out_j = Σ_{i ∈ N(j)} x_i for j in [from, to). */
function multiply(g: CompactGraph, x: Float64Array, out: Float64Array, from: number, to: number): void {
  const { offsets, neighbors } = g;
  for (let j = from; j < to; j += 1) {
    let sum = 0;
    const end = offsets[j + 1] as number;
    for (let e = offsets[j] as number; e < end; e += 1) sum += x[neighbors[e] as number] as number;
    out[j] = sum;
  }
}

/** Scales x on [from, to) to unit Euclidean norm; returns the norm it had. */
function normalise(x: Float64Array, from: number, to: number): number {
  let norm = 0;
  for (let i = from; i < to; i += 1) norm += (x[i] as number) ** 2;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = from; i < to; i += 1) x[i] = (x[i] as number) / norm;
  return norm;
}

function compute(g: CompactGraph, options: EigenvectorOptions): Float64Array {
  const { tolerance, maxIterations } = { ...DEFAULTS, ...options };
  if (!(tolerance > 0)) throw new Error(`eigenvector: invalid \`tolerance\` ${tolerance} (expected > 0)`);
  const n = g.keys.length;
  const x = new Float64Array(n);
  if (g.neighbors.length === 0) return x;
  if (!g.bipartite) return shifted(g, tolerance, maxIterations);
  // Iterate on the smaller side U (V is the other): x_U ← B·Bᵀ x_U, with y_V = Bᵀ x_U in between.
  const [uFrom, uTo, vFrom, vTo] = g.nA <= g.nT ? [0, g.nA, g.nA, n] : [g.nA, n, 0, g.nA];
  const previous = new Float64Array(n);
  x.fill(1, uFrom, uTo);
  normalise(x, uFrom, uTo);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    previous.set(x.subarray(uFrom, uTo), uFrom);
    multiply(g, x, x, vFrom, vTo);
    multiply(g, x, x, uFrom, uTo);
    normalise(x, uFrom, uTo);
    let change = 0;
    let size = 0;
    for (let i = uFrom; i < uTo; i += 1) {
      change += Math.abs((x[i] as number) - (previous[i] as number));
      size += x[i] as number;
    }
    if (change < tolerance * size) {
      // The other side: x_V = Bᵀ x_U / λ, the same norm as x_U; then the whole vector to norm 1.
      multiply(g, x, x, vFrom, vTo);
      normalise(x, vFrom, vTo);
      for (let i = 0; i < n; i += 1) x[i] = (x[i] as number) / Math.SQRT2;
      return x;
    }
  }
  throw new Error(`eigenvector: no convergence to tolerance ${tolerance} in ${maxIterations} iterations`);
}

/** Power iteration on A + I (any graph: the shift keeps a bipartite part from oscillating). */
function shifted(g: CompactGraph, tolerance: number, maxIterations: number): Float64Array {
  const n = g.keys.length;
  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    multiply(g, x, next, 0, n);
    for (let j = 0; j < n; j += 1) next[j] = (next[j] as number) + (x[j] as number);
    normalise(next, 0, n);
    let change = 0;
    let size = 0;
    for (let j = 0; j < n; j += 1) {
      change += Math.abs((next[j] as number) - (x[j] as number));
      size += next[j] as number;
    }
    [x, next] = [next, x];
    if (change < tolerance * size) return x;
  }
  throw new Error(`eigenvector: no convergence to tolerance ${tolerance} in ${maxIterations} iterations`);
}

/**
 * Eigenvector centrality (Bonacich 1972): the entries of the principal eigenvector of the
 * adjacency matrix A, scaled to unit Euclidean norm and non-negative (as NetworkX
 * `eigenvector_centrality_numpy`). A = [[0, B], [Bᵀ, 0]] is bipartite, so its spectrum is
 * symmetric (±λ) and plain power iteration on A oscillates; instead the smaller side's part x_U is
 * the principal eigenvector of B·Bᵀ (eigenvalue λ², all eigenvalues ≥ 0, convergence by (λ₂/λ₁)²
 * per step), found by power iteration from a uniform start until ‖x − x'‖₁ < `tolerance`·‖x‖₁;
 * then x_V = Bᵀx_U/λ, which has the same norm, and the whole vector is scaled to norm 1. (A view
 * with links inside a side is iterated on A + I instead.) On a disconnected graph the vector lives
 * on the component with the largest eigenvalue (other nodes get 0).
 */
export const eigenvector = nodeMetric<EigenvectorOptions>('eigenvector', compute);
