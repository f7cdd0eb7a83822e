// QAP: correlation and regression of square matrices with p-values from permuting their rows and
// columns together (Krackhardt 1987; Dekker, Krackhardt & Snijders 2007).
import { seededRandom } from '../structure/random.js';
import { leastSquares } from './least-squares.js';
import { pearson } from './rank-correlation.js';

/** A square matrix as rows; the diagonal is ignored. */
export type SquareMatrix = readonly (readonly number[])[];

export interface QapOptions {
  /** Number of random permutations. Default 1000. */
  permutations?: number;
  /** Seed of the generator (a whole number 0 … 2³² − 1). Default 42. */
  seed?: number;
}

/** The permutation test of one statistic. */
export interface PermutationTest {
  /** (1 + #{permuted ≥ observed}) / (1 + permutations): one-sided, large values. */
  pGreater: number;
  /** (1 + #{permuted ≤ observed}) / (1 + permutations). */
  pLess: number;
  /** (1 + #{|permuted| ≥ |observed|}) / (1 + permutations). */
  pTwoSided: number;
  /** Mean and standard deviation of the permuted statistic. */
  mean: number;
  sd: number;
}

export interface QapCorrelation extends PermutationTest {
  /** Pearson's r of the off-diagonal cells. NaN when a matrix is constant off the diagonal. */
  r: number;
  /** Size of the matrices (nodes) and off-diagonal cells used. */
  nodes: number;
  cells: number;
  permutations: number;
  seed: number;
}

export interface MrqapCoefficient extends PermutationTest {
  /** OLS coefficient on the vectorised off-diagonal cells. */
  estimate: number;
  standardError: number;
  /** t = estimate / standard error: the statistic permuted (pivotal, as Dekker et al. recommend). */
  t: number;
}

export interface Mrqap {
  intercept: number;
  /** One per predictor, in the order given. */
  coefficients: MrqapCoefficient[];
  rSquared: number;
  nodes: number;
  cells: number;
  permutations: number;
  seed: number;
}

function checkOptions(caller: string, options: QapOptions): { permutations: number; seed: number } {
  const { permutations = 1000, seed = 42 } = options;
  if (!Number.isInteger(permutations) || permutations < 1) throw new Error(`${caller}: invalid \`permutations\` ${permutations} (expected a whole number ≥ 1)`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`${caller}: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  return { permutations, seed };
}

function checkMatrices(caller: string, matrices: readonly SquareMatrix[]): number {
  const n = matrices[0]?.length ?? 0;
  // Array.isArray on an unknown, so the matrices keep their type.
  const isArray = (value: unknown): boolean => Array.isArray(value);
  for (const [k, m] of matrices.entries()) {
    if (!isArray(m) || m.length !== n || m.some((row) => !isArray(row) || row.length !== n)) {
      throw new Error(`${caller}: matrix ${k + 1} is not ${n} × ${n}; every matrix must be square and of the same size`);
    }
    if (m.some((row) => row.some((x) => !Number.isFinite(x)))) throw new Error(`${caller}: matrix ${k + 1} holds a value that is not a finite number`);
  }
  if (n < 3) throw new Error(`${caller}: matrices of ${n} nodes; QAP needs at least 3`);
  return n;
}

/** The off-diagonal cells of `m` with its rows and columns permuted by `perm` (identity when absent), row by row. */
function cells(m: SquareMatrix, perm?: ArrayLike<number>): Float64Array {
  const n = m.length;
  const out = new Float64Array(n * (n - 1));
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    const row = m[perm === undefined ? i : (perm[i] as number)] as readonly number[];
    for (let j = 0; j < n; j += 1) if (j !== i) out[k++] = row[perm === undefined ? j : (perm[j] as number)] as number;
  }
  return out;
}

/** Fisher–Yates shuffle in place with a seeded generator. */
function shuffle(perm: Int32Array, random: () => number): void {
  for (let i = perm.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
  }
}

function test(observed: number, permuted: Float64Array): PermutationTest {
  let greater = 1;
  let less = 1;
  let both = 1;
  let sum = 0;
  // A tolerance, so a permutation giving the observed value up to rounding counts as reaching it.
  const eps = 1e-12 * Math.max(1, Math.abs(observed));
  for (const x of permuted) {
    if (x >= observed - eps) greater += 1;
    if (x <= observed + eps) less += 1;
    if (Math.abs(x) >= Math.abs(observed) - eps) both += 1;
    sum += x;
  }
  const n = permuted.length;
  const mean = sum / n;
  let ss = 0;
  for (const x of permuted) ss += (x - mean) ** 2;
  return { pGreater: greater / (n + 1), pLess: less / (n + 1), pTwoSided: both / (n + 1), mean, sd: Math.sqrt(ss / n) };
}

/**
 * QAP correlation (Krackhardt 1987; as UCINET's QAP correlation): Pearson's r between the
 * off-diagonal cells of two square matrices on the same nodes in the same order, and its
 * permutation distribution — the rows and columns of `y` permuted together, `permutations` times
 * with a seeded generator (mulberry32, Fisher–Yates), which keeps each matrix's structure and
 * breaks only the link between them. p-values count the observed r among the permuted ones,
 * (1 + count) / (1 + permutations), so they are never 0. Directed (asymmetric) matrices use every
 * off-diagonal cell; for symmetric ones that is each pair twice, which leaves r unchanged.
 */
export function qapCorrelation(x: SquareMatrix, y: SquareMatrix, options: QapOptions = {}): QapCorrelation {
  const { permutations, seed } = checkOptions('qapCorrelation', options);
  const n = checkMatrices('qapCorrelation', [x, y]);
  const cx = cells(x);
  const r = pearson(cx, cells(y));
  const random = seededRandom(seed);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const permuted = new Float64Array(permutations);
  for (let p = 0; p < permutations; p += 1) {
    shuffle(perm, random);
    permuted[p] = pearson(cx, cells(y, perm));
  }
  const result = Number.isNaN(r) ? { pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN, mean: Number.NaN, sd: Number.NaN } : test(r, permuted);
  return { r, ...result, nodes: n, cells: cx.length, permutations, seed };
}

/**
 * MRQAP: least-squares regression of `y` on the `predictors` (and an intercept) over the
 * off-diagonal cells — coefficients equal OLS on the vectorised matrices — with p-values by
 * Dekker, Krackhardt & Snijders' (2007) double semi-partialling: for each predictor X_k, the
 * residuals E_k of X_k regressed on the other predictors are permuted (rows and columns together)
 * and y is regressed on the other predictors and the permuted E_k; the t statistic of E_k's
 * coefficient is compared with X_k's observed t (equal to that of E_k unpermuted, by
 * Frisch–Waugh–Lovell). Robust to collinear predictors and skewed data, unlike permuting y.
 * Throws when the predictors are collinear.
 */
export function mrqap(y: SquareMatrix, predictors: readonly SquareMatrix[], options: QapOptions = {}): Mrqap {
  const { permutations, seed } = checkOptions('mrqap', options);
  if (predictors.length === 0) throw new Error('mrqap: give at least one predictor matrix');
  const n = checkMatrices('mrqap', [y, ...predictors]);
  const cy = cells(y);
  const ones = new Float64Array(cy.length).fill(1);
  const xs = predictors.map((m) => cells(m));
  const full = leastSquares(cy, [ones, ...xs], 'mrqap');
  const random = seededRandom(seed);
  const perm = Int32Array.from({ length: n }, (_, i) => i);
  const coefficients = xs.map((_, k): MrqapCoefficient => {
    const others = xs.filter((__, j) => j !== k);
    const partial = leastSquares(xs[k] as Float64Array, [ones, ...others], 'mrqap');
    // E_k as a matrix (diagonal 0), so that its rows and columns can be permuted.
    const residual: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    let c = 0;
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        if (j === i) continue;
        let fit = partial.coefficients[0] as number;
        others.forEach((o, m) => (fit += (partial.coefficients[m + 1] as number) * (o[c] as number)));
        (residual[i] as number[])[j] = ((xs[k] as Float64Array)[c] as number) - fit;
        c += 1;
      }
    }
    const estimate = full.coefficients[k + 1] as number;
    const standardError = full.standardErrors[k + 1] as number;
    const t = estimate / standardError;
    const permuted = new Float64Array(permutations);
    for (let p = 0; p < permutations; p += 1) {
      shuffle(perm, random);
      const fit = leastSquares(cy, [ones, ...others, cells(residual, perm)], 'mrqap');
      permuted[p] = (fit.coefficients[others.length + 1] as number) / (fit.standardErrors[others.length + 1] as number);
    }
    return { estimate, standardError, t, ...test(t, permuted) };
  });
  return { intercept: full.coefficients[0] as number, coefficients, rSquared: full.rSquared, nodes: n, cells: cy.length, permutations, seed };
}
