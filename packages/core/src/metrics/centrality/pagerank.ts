// PageRank on the bipartite graph as it is: conjugate gradients on one side's symmetric system
// (general views: Gauss–Seidel sweeps).
import type { CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface PageRankOptions extends MetricOptions {
  /** Damping factor α. Default 0.85. */
  alpha?: number;
  /** Stop once the L1 distance to the exact PageRank vector is provably below this. Default 1e-12. */
  tolerance?: number;
  /** Give up (with an error) after this many iterations. Default 10,000. */
  maxIterations?: number;
}

const DEFAULTS = { alpha: 0.85, tolerance: 1e-12, maxIterations: 10_000 };

/** Σ_{i ∈ N(j)} x_i·scale_i for j in [from, to), times `after_j`, written to out[j]. */
function gather(g: CompactGraph, x: Float64Array, scale: Float64Array, after: Float64Array, out: Float64Array, from: number, to: number): void {
  const { offsets, neighbors } = g;
  for (let j = from; j < to; j += 1) {
    let sum = 0;
    const end = offsets[j + 1] as number;
    for (let e = offsets[j] as number; e < end; e += 1) {
      const i = neighbors[e] as number;
      sum += (x[i] as number) * (scale[i] as number);
    }
    out[j] = sum * (after[j] as number);
  }
}

/**
 * Bipartite PageRank. Every isolated node ends with b = (1 − α)/(N − α·n_isolated), which is
 * also each node's teleport-plus-dangling share, so x_j = b + α Σ_{i ∈ N(j)} x_i/k_i. Eliminating
 * the other side V gives, on side U, (I − α²M) x_U = b(1 + α B D_V⁻¹ 1) with M = B D_V⁻¹ Bᵀ D_U⁻¹;
 * with y = D_U^{-1/2} x_U the matrix is I − α²S, S = D_U^{-1/2} B D_V⁻¹ Bᵀ D_U^{-1/2} symmetric with
 * eigenvalues in [0, 1], so conjugate gradients apply (condition number ≤ 1/(1 − α²)). M is
 * column-stochastic, so the L1 error of the whole vector is at most ‖r_U‖₁/(1 − α) (r_U the
 * residual on U): iterate until that bound is below `tolerance`.
 */
function conjugateGradients(g: CompactGraph, alpha: number, tolerance: number, maxIterations: number): Float64Array {
  const n = g.keys.length;
  const [uFrom, uTo, vFrom, vTo] = g.nA <= g.nT ? [0, g.nA, g.nA, n] : [g.nA, n, 0, g.nA];
  const inverse = new Float64Array(n); // 1/k (0 when isolated)
  const root = new Float64Array(n); // √k on U
  const rootInverse = new Float64Array(n); // 1/√k on U
  const ones = new Float64Array(n).fill(1);
  let isolated = 0;
  for (let i = 0; i < n; i += 1) {
    const k = (g.offsets[i + 1] as number) - (g.offsets[i] as number);
    if (k === 0) isolated += 1;
    else inverse[i] = 1 / k;
    if (i >= uFrom && i < uTo && k > 0) {
      root[i] = Math.sqrt(k);
      rootInverse[i] = 1 / Math.sqrt(k);
    }
  }
  const b = (1 - alpha) / (n - alpha * isolated);
  const x = new Float64Array(n);
  // Right-hand side D_U^{-1/2} c_U with c_U = b(1 + α Σ_{t ∈ N(a)} 1/k_t).
  const rhs = new Float64Array(n);
  gather(g, ones, inverse, rootInverse, rhs, uFrom, uTo);
  for (let a = uFrom; a < uTo; a += 1) rhs[a] = b * ((rootInverse[a] as number) + alpha * (rhs[a] as number));
  const w = new Float64Array(n);
  /** out_U = (I − α²S) p_U, through w_V = D_V⁻¹ Bᵀ D_U^{-1/2} p_U. */
  const apply = (p: Float64Array, out: Float64Array): void => {
    gather(g, p, rootInverse, inverse, w, vFrom, vTo);
    gather(g, w, ones, rootInverse, out, uFrom, uTo);
    for (let a = uFrom; a < uTo; a += 1) out[a] = (p[a] as number) - alpha * alpha * (out[a] as number);
  };
  const y = new Float64Array(n);
  const r = new Float64Array(n);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  const bound = (): number => {
    let sum = 0;
    for (let a = uFrom; a < uTo; a += 1) sum += Math.abs((r[a] as number) * (root[a] as number));
    return sum / (1 - alpha);
  };
  let iterations = 0;
  // Restart from the true residual until it, not just the recursively updated one, is small enough.
  for (let restart = 0; restart < 5; restart += 1) {
    apply(y, q);
    for (let a = uFrom; a < uTo; a += 1) r[a] = p[a] = (rhs[a] as number) - (q[a] as number);
    if (bound() < tolerance) break;
    let rr = 0;
    for (let a = uFrom; a < uTo; a += 1) rr += (r[a] as number) ** 2;
    while (bound() >= tolerance && rr > 0) {
      if ((iterations += 1) > maxIterations) throw new Error(`pagerank: no convergence to tolerance ${tolerance} in ${maxIterations} iterations`);
      apply(p, q);
      let pq = 0;
      for (let a = uFrom; a < uTo; a += 1) pq += (p[a] as number) * (q[a] as number);
      const step = rr / pq;
      let next = 0;
      for (let a = uFrom; a < uTo; a += 1) {
        y[a] = (y[a] as number) + step * (p[a] as number);
        r[a] = (r[a] as number) - step * (q[a] as number);
        next += (r[a] as number) ** 2;
      }
      for (let a = uFrom; a < uTo; a += 1) p[a] = (r[a] as number) + (next / rr) * (p[a] as number);
      rr = next;
    }
  }
  for (let a = uFrom; a < uTo; a += 1) x[a] = root[a] === 0 ? b : (root[a] as number) * (y[a] as number);
  // The other side from U: x_t = b + α Σ_{a ∈ N(t)} x_a/k_a.
  gather(g, x, inverse, ones, x, vFrom, vTo);
  for (let t = vFrom; t < vTo; t += 1) x[t] = b + alpha * (x[t] as number);
  return x;
}

/** Gauss–Seidel sweeps in node order (any graph) until the L1 change of a sweep < tolerance. */
function gaussSeidel(g: CompactGraph, alpha: number, tolerance: number, maxIterations: number): Float64Array {
  const n = g.keys.length;
  const x = new Float64Array(n).fill(1 / n);
  const inverse = new Float64Array(n);
  const isolated: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const k = (g.offsets[i + 1] as number) - (g.offsets[i] as number);
    if (k === 0) isolated.push(i);
    else inverse[i] = 1 / k;
  }
  for (let sweep = 0; sweep < maxIterations; sweep += 1) {
    let dangling = 0;
    for (const i of isolated) dangling += x[i] as number;
    const base = (alpha * dangling + (1 - alpha)) / n;
    let change = 0;
    for (let j = 0; j < n; j += 1) {
      let sum = 0;
      for (let e = g.offsets[j] as number; e < (g.offsets[j + 1] as number); e += 1) sum += (x[g.neighbors[e] as number] as number) * (inverse[g.neighbors[e] as number] as number);
      const value = base + alpha * sum;
      change += Math.abs(value - (x[j] as number));
      x[j] = value;
    }
    if (change < tolerance) return x;
  }
  throw new Error(`pagerank: no convergence to tolerance ${tolerance} in ${maxIterations} iterations`);
}

function compute(g: CompactGraph, options: PageRankOptions): Float64Array {
  const { alpha, tolerance, maxIterations } = { ...DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha < 1)) throw new Error(`pagerank: invalid \`alpha\` ${alpha} (expected 0 ≤ alpha < 1)`);
  if (!(tolerance > 0)) throw new Error(`pagerank: invalid \`tolerance\` ${tolerance} (expected > 0)`);
  if (g.keys.length === 0) return new Float64Array(0);
  const x = (g.bipartite ? conjugateGradients : gaussSeidel)(g, alpha, tolerance, maxIterations);
  // The exact vector sums to 1; remove the last rounding.
  let total = 0;
  for (const value of x) total += value;
  for (let i = 0; i < x.length; i += 1) x[i] = (x[i] as number) / total;
  return x;
}

/**
 * PageRank (Brin & Page 1998) on the undirected bipartite graph: the solution of x_j = (1 − α)/N
 * + α(Σ_{i ∈ N(j)} x_i/k_i + D/N), D the mass on isolated (dangling) nodes, spread uniformly as in
 * NetworkX; α = 0.85 by default. Solved exactly up to `tolerance` (default 1e-12) in L1: one side
 * is eliminated and the remaining symmetric positive definite system solved by conjugate
 * gradients, stopping when the residual bounds the L1 error below `tolerance` (about 25
 * iterations of 2m operations; a power iteration needs ~150). NetworkX instead stops its power
 * iteration when the change is below N × tol, which loosens as graphs grow.
 */
export const pagerank = nodeMetric<PageRankOptions>('pagerank', compute);
