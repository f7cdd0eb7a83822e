// Ordinary least squares on a few predictors: normal equations solved by Gaussian elimination.

/** Coefficients, standard errors and fit of y on the columns of a design (its first column the intercept, if any). */
export interface LeastSquares {
  coefficients: number[];
  /** Standard errors √(σ̂²·(XᵀX)⁻¹_jj), σ̂² = RSS / (n − p). NaN when n ≤ p. */
  standardErrors: number[];
  /** 1 − RSS / TSS (TSS about the mean of y). */
  rSquared: number;
}

/** Solves A·x = b in place for a small dense system, with partial pivoting; returns undefined when A is singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const scale = Math.max(1e-300, ...a.map((row) => Math.max(...row.map(Math.abs))));
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs((a[r] as number[])[col] as number) > Math.abs((a[pivot] as number[])[col] as number)) pivot = r;
    if (Math.abs((a[pivot] as number[])[col] as number) <= 1e-12 * scale) return undefined;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    [b[col], b[pivot]] = [b[pivot] as number, b[col] as number];
    const p = a[col] as number[];
    for (let r = col + 1; r < n; r += 1) {
      const row = a[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      if (f === 0) continue;
      for (let c = col; c < n; c += 1) row[c] = (row[c] as number) - f * (p[c] as number);
      b[r] = (b[r] as number) - f * (b[col] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    const row = a[r] as number[];
    let s = b[r] as number;
    for (let c = r + 1; c < n; c += 1) s -= (row[c] as number) * (x[c] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}

/**
 * Least squares of `y` on the `columns` (each as long as y): β = (XᵀX)⁻¹Xᵀy, by Gaussian elimination
 * with partial pivoting on the normal equations — the designs here have two to a handful of
 * columns. Throws when the columns are collinear (XᵀX singular), naming `caller`.
 */
export function leastSquares(y: ArrayLike<number>, columns: readonly ArrayLike<number>[], caller = 'leastSquares'): LeastSquares {
  const n = y.length;
  const p = columns.length;
  const xtx = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i += 1) {
    const yi = y[i] as number;
    for (let a = 0; a < p; a += 1) {
      const xa = (columns[a] as ArrayLike<number>)[i] as number;
      xty[a] = (xty[a] as number) + xa * yi;
      const row = xtx[a] as number[];
      for (let b = a; b < p; b += 1) row[b] = (row[b] as number) + xa * ((columns[b] as ArrayLike<number>)[i] as number);
    }
  }
  for (let a = 0; a < p; a += 1) for (let b = 0; b < a; b += 1) (xtx[a] as number[])[b] = (xtx[b] as number[])[a] as number;
  const beta = solve(xtx.map((r) => [...r]), [...xty]);
  if (beta === undefined) throw new Error(`${caller}: the predictors are collinear (one is a combination of the others, or constant beside the intercept); drop one`);
  let rss = 0;
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += y[i] as number;
  mean /= n;
  let tss = 0;
  for (let i = 0; i < n; i += 1) {
    let fit = 0;
    for (let a = 0; a < p; a += 1) fit += (beta[a] as number) * ((columns[a] as ArrayLike<number>)[i] as number);
    const r = (y[i] as number) - fit;
    rss += r * r;
    tss += ((y[i] as number) - mean) ** 2;
  }
  const sigma2 = n > p ? rss / (n - p) : Number.NaN;
  // Diagonal of (XᵀX)⁻¹: one solve per unit vector (p is small).
  const standardErrors = Array.from({ length: p }, (_, j) => {
    const e = new Array<number>(p).fill(0);
    e[j] = 1;
    const col = solve(xtx.map((r) => [...r]), e) as number[];
    return Math.sqrt(sigma2 * (col[j] as number));
  });
  return { coefficients: beta, standardErrors, rSquared: tss === 0 ? Number.NaN : 1 - rss / tss };
}
