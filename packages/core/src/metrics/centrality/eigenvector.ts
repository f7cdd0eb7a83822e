// Eigenvector centrality on the bipartite graph (power iteration on one side's B·Bᵀ).
import type { CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface EigenvectorOptions extends MetricOptions {
  /**
   * Stop when Σ|x − x'| over the iterated nodes falls below N × `tolerance` (N the number of nodes;
   * NetworkX's rule in `eigenvector_centrality`, with x scaled to unit Euclidean norm). Default 1e-13.
   */
  tolerance?: number;
  /**
   * Give up with an {@link EigenvectorConvergenceError} after this many iterations. Default:
   * {@link EIGENVECTOR_WORK} link visits' worth (each iteration reads every link twice), at least
   * 1,000 and at most 100,000 iterations.
   */
  maxIterations?: number;
}

/** Link visits the default iteration cap allows: about a second or two of power iteration. */
export const EIGENVECTOR_WORK = 2e9;

const DEFAULT_TOLERANCE = 1e-13;

/** The default iteration cap for a graph with `links` links (each counted once). */
export function eigenvectorIterationCap(links: number): number {
  return Math.min(100_000, Math.max(1_000, Math.floor(EIGENVECTOR_WORK / Math.max(1, 2 * links))));
}

/**
 * Thrown when power iteration has not met its stopping rule within the iteration cap (a long path
 * or chain, whose leading eigenvalues lie close together, converges in O(n²) iterations).
 * `analyze` turns it into a warning and a null eigenvector column.
 */
export class EigenvectorConvergenceError extends Error {
  override readonly name = 'EigenvectorConvergenceError';
  constructor(
    /** Iterations run. */
    readonly iterations: number,
    /** The threshold Σ|x − x'| had to fall below (N × tolerance). */
    readonly threshold: number,
    /** Σ|x − x'| at the last iteration. */
    readonly change: number,
  ) {
    super(`eigenvector: no convergence in ${iterations} iterations (change ${change.toExponential(2)}, needed below ${threshold.toExponential(2)})`);
  }
}

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
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? eigenvectorIterationCap(g.neighbors.length / 2);
  if (!(tolerance > 0)) throw new Error(`eigenvector: invalid \`tolerance\` ${tolerance} (expected > 0)`);
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new Error(`eigenvector: invalid \`maxIterations\` ${maxIterations} (expected a whole number ≥ 1)`);
  const n = g.keys.length;
  const x = new Float64Array(n);
  if (g.neighbors.length === 0) return x;
  const threshold = n * tolerance;
  if (!g.bipartite) return shifted(g, threshold, maxIterations);
  // Iterate on the smaller side U (V is the other): x_U ← B·Bᵀ x_U, with y_V = Bᵀ x_U in between.
  const [uFrom, uTo, vFrom, vTo] = g.nA <= g.nT ? [0, g.nA, g.nA, n] : [g.nA, n, 0, g.nA];
  const previous = new Float64Array(n);
  let change = Infinity;
  x.fill(1, uFrom, uTo);
  normalise(x, uFrom, uTo);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    previous.set(x.subarray(uFrom, uTo), uFrom);
    multiply(g, x, x, vFrom, vTo);
    multiply(g, x, x, uFrom, uTo);
    normalise(x, uFrom, uTo);
    change = 0;
    for (let i = uFrom; i < uTo; i += 1) change += Math.abs((x[i] as number) - (previous[i] as number));
    if (change < threshold) {
      // The other side: x_V = Bᵀ x_U / λ, the same norm as x_U; then the whole vector to norm 1.
      multiply(g, x, x, vFrom, vTo);
      normalise(x, vFrom, vTo);
      for (let i = 0; i < n; i += 1) x[i] = (x[i] as number) / Math.SQRT2;
      return x;
    }
  }
  throw new EigenvectorConvergenceError(maxIterations, threshold, change);
}

/** Power iteration on A + I (any graph: the shift keeps a bipartite part from oscillating). */
function shifted(g: CompactGraph, threshold: number, maxIterations: number): Float64Array {
  const n = g.keys.length;
  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let next = new Float64Array(n);
  let change = Infinity;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    multiply(g, x, next, 0, n);
    for (let j = 0; j < n; j += 1) next[j] = (next[j] as number) + (x[j] as number);
    normalise(next, 0, n);
    change = 0;
    for (let j = 0; j < n; j += 1) change += Math.abs((next[j] as number) - (x[j] as number));
    [x, next] = [next, x];
    if (change < threshold) return x;
  }
  throw new EigenvectorConvergenceError(maxIterations, threshold, change);
}

/**
 * Eigenvector centrality (Bonacich 1972): the entries of the principal eigenvector of the
 * adjacency matrix A, scaled to unit Euclidean norm and non-negative (as NetworkX
 * `eigenvector_centrality_numpy`). A = [[0, B], [Bᵀ, 0]] is bipartite, so its spectrum is
 * symmetric (±λ) and plain power iteration on A oscillates; instead the smaller side's part x_U is
 * the principal eigenvector of B·Bᵀ (eigenvalue λ², all eigenvalues ≥ 0, convergence by (λ₂/λ₁)²
 * per step), found by power iteration from a uniform start until Σ|x − x'| < N·`tolerance`
 * (NetworkX's stopping rule: the tolerance grows with the number of nodes N, so large graphs are
 * not held to a total change that rounding alone exceeds) or the iteration cap, which is bounded
 * by work (see {@link eigenvectorIterationCap}); past the cap, an {@link EigenvectorConvergenceError};
 * then x_V = Bᵀx_U/λ, which has the same norm, and the whole vector is scaled to norm 1. (A view
 * with links inside a side is iterated on A + I instead.) On a disconnected graph the vector lives
 * on the component with the largest eigenvalue (other nodes get 0).
 */
export const eigenvector = nodeMetric<EigenvectorOptions>('eigenvector', compute);
