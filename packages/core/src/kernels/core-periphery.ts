// Borgatti & Everett's (1999) continuous core–periphery model on a weighted CSR: the coreness that
// maximises the correlation of the cells with c_i·c_j (the discrete model: core-periphery-discrete.ts).
import type { WeightedCsr } from '../structure/louvain.js';

/**
 * Which cells the correlation runs over. `one-mode`: the unordered pairs {i, j}, i ≠ j, of a
 * one-mode graph. `two-mode`: the cells (a, t) of an incidence matrix, its rows being nodes
 * 0 … rows − 1 and its columns nodes rows … n − 1 of a bipartite CSR (links only between the two).
 */
export type CellModel = { mode: 'one-mode' } | { mode: 'two-mode'; rows: number };

export interface ContinuousCoreness {
  /** Coreness of every node, ≥ 0; unit Euclidean norm over the nodes (two-mode: over each side). */
  coreness: Float64Array;
  /** Pearson correlation of the cells with the pattern c_i·c_j (NaN when the data or the pattern is constant). */
  correlation: number;
  /** Ascent steps taken. */
  iterations: number;
}

/** Sums of the cells over the model: number of cells N, Σa and Σa² (fixed by the data). */
export function dataSums(graph: WeightedCsr, model: CellModel): { cells: number; sum: number; sumSquares: number } {
  const n = graph.n;
  const cells = model.mode === 'one-mode' ? (n * (n - 1)) / 2 : model.rows * (n - model.rows);
  let sum = 0;
  let sumSquares = 0;
  for (let e = 0; e < graph.targets.length; e += 1) {
    const w = graph.weights[e] as number;
    sum += w;
    sumSquares += w * w;
  }
  // Every link is stored from both ends.
  return { cells, sum: sum / 2, sumSquares: sumSquares / 2 };
}

/**
 * Continuous core–periphery model (Borgatti & Everett 1999, §4): the coreness vector c ≥ 0
 * maximising ρ = corr(a_ij, c_i·c_j) over the model's cells — i < j for one mode; for two modes
 * corr(b_at, c_a·d_t) over every cell of the incidence matrix. With S_p = Σ c_i c_j, S_pp = Σ (c_i c_j)²
 * and S_ap = Σ a_ij c_i c_j (each O(n + m) from Σc, Σc², Σc⁴ and one pass over the links),
 * ρ = (N·S_ap − S_a·S_p) / √((N·S_aa − S_a²)(N·S_pp − S_p²)). Projected gradient ascent on ρ
 * (exact gradient, Barzilai–Borwein steps, quartered until a step gains), started from the
 * degrees, stopping when a step gains less than `tolerance` or after `maxIterations`;
 * deterministic. ρ is scale-free, so c is reported with unit Euclidean norm (per side for two modes).
 */
export function continuousCoreness(graph: WeightedCsr, model: CellModel, options: { tolerance?: number; maxIterations?: number } = {}): ContinuousCoreness {
  const { tolerance = 1e-13, maxIterations = 2000 } = options;
  const n = graph.n;
  const data = dataSums(graph, model);
  let x = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e += 1) x[i] = (x[i] as number) + (graph.weights[e] as number);
  }
  normalise(x, model);
  let gradient = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  let trial = new Float64Array(n);
  const work: Work = { ax: new Float64Array(n), others1: new Float64Array(n), others2: new Float64Array(n) };
  let r = correlationAt(graph, model, data, x, work, gradient);
  if (Number.isNaN(r)) return { coreness: x, correlation: r, iterations: 0 };
  // Projected ascent with Barzilai–Borwein steps t = s·s / s·y (s the move, y the fall of the
  // gradient), quartered until a step gains.
  let step = 0.1 / Math.sqrt(dot(gradient, gradient));
  let iterations = 0;
  while (iterations < maxIterations && Number.isFinite(step) && step > 0) {
    iterations += 1;
    for (let i = 0; i < n; i += 1) trial[i] = Math.max(0, (x[i] as number) + step * (gradient[i] as number));
    normalise(trial, model);
    const next = correlationAt(graph, model, data, trial, work, trialGradient);
    if (!(next > r)) {
      step /= 4;
      if (step * Math.sqrt(dot(gradient, gradient)) < 1e-15) break;
      continue;
    }
    let ss = 0;
    let sy = 0;
    for (let i = 0; i < n; i += 1) {
      const si = (trial[i] as number) - (x[i] as number);
      ss += si * si;
      sy += si * ((gradient[i] as number) - (trialGradient[i] as number));
    }
    const gain = next - r;
    [x, trial] = [trial, x];
    [gradient, trialGradient] = [trialGradient, gradient];
    r = next;
    if (gain < tolerance) break;
    step = sy > 0 ? ss / sy : 2 * step;
  }
  return { coreness: x, correlation: r, iterations };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Scales x to unit Euclidean norm (two-mode: each side separately); an all-zero side stays zero. */
function normalise(x: Float64Array, model: CellModel): void {
  const scale = (from: number, to: number): void => {
    let s = 0;
    for (let i = from; i < to; i += 1) s += (x[i] as number) ** 2;
    if (s > 0) {
      const k = 1 / Math.sqrt(s);
      for (let i = from; i < to; i += 1) x[i] = (x[i] as number) * k;
    }
  };
  if (model.mode === 'one-mode') scale(0, x.length);
  else {
    scale(0, model.rows);
    scale(model.rows, x.length);
  }
}

/** Scratch arrays of length n: A·x and the sums over each node's partner cells. */
interface Work {
  ax: Float64Array;
  others1: Float64Array;
  others2: Float64Array;
}

/** ρ at x, and its gradient into `gradient` when given. */
function correlationAt(
  graph: WeightedCsr,
  model: CellModel,
  data: { cells: number; sum: number; sumSquares: number },
  x: Float64Array,
  work: Work,
  gradient: Float64Array | undefined,
): number {
  const n = graph.n;
  const { ax, others1, others2 } = work;
  let sap = 0;
  for (let i = 0; i < n; i += 1) {
    let s = 0;
    for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e += 1) s += (graph.weights[e] as number) * (x[graph.targets[e] as number] as number);
    ax[i] = s;
    sap += (x[i] as number) * s;
  }
  sap /= 2;
  const rows = model.mode === 'one-mode' ? n : model.rows;
  const one = model.mode === 'one-mode';
  // Sums over the other nodes (one mode) or over the other side (two modes), each a sum of
  // non-negative terms: (Σc)² − Σc² would cancel badly when one node holds most of the norm.
  let sp = 0;
  let spp = 0;
  if (one) {
    let p1 = 0;
    let p2 = 0;
    for (let i = 0; i < n; i += 1) {
      const v = x[i] as number;
      others1[i] = p1;
      others2[i] = p2;
      sp += v * p1;
      spp += v * v * p2;
      p1 += v;
      p2 += v * v;
    }
    p1 = 0;
    p2 = 0;
    for (let i = n - 1; i >= 0; i -= 1) {
      const v = x[i] as number;
      others1[i] = (others1[i] as number) + p1;
      others2[i] = (others2[i] as number) + p2;
      p1 += v;
      p2 += v * v;
    }
  } else {
    let s1r = 0, s2r = 0, s1c = 0, s2c = 0; // prettier-ignore
    for (let i = 0; i < n; i += 1) {
      const v = x[i] as number;
      if (i < rows) {
        s1r += v;
        s2r += v * v;
      } else {
        s1c += v;
        s2c += v * v;
      }
    }
    sp = s1r * s1c;
    spp = s2r * s2c;
    for (let i = 0; i < n; i += 1) {
      others1[i] = i < rows ? s1c : s1r;
      others2[i] = i < rows ? s2c : s2r;
    }
  }
  const N = data.cells;
  const u = N * sap - data.sum * sp;
  const v = N * spp - sp * sp;
  const d = N * data.sumSquares - data.sum * data.sum;
  if (!(v > 0) || !(d > 0)) return Number.NaN;
  const root = Math.sqrt(d * v);
  if (gradient !== undefined) {
    for (let i = 0; i < n; i += 1) {
      const xi = x[i] as number;
      // ∂S_p/∂c_i = Σ over i's partner cells of c_j; ∂S_pp/∂c_i = 2c_i·Σ c_j².
      const dsp = others1[i] as number;
      const dspp = 2 * xi * (others2[i] as number);
      const du = N * (ax[i] as number) - data.sum * dsp;
      const dv = N * dspp - 2 * sp * dsp;
      gradient[i] = (du * v - (u * dv) / 2) / (v * root);
    }
  }
  return u / root;
}
