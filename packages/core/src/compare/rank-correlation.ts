// Rank correlations of two paired samples: Spearman's ρ and Kendall's τ-b, ties handled.

/** 1-based ranks of `values`, tied values sharing the mean of their ranks (fractional ranking). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j += 1;
    const mean = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) ranks[order[k] as number] = mean;
    i = j + 1;
  }
  return ranks;
}

/** Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)²·Σ(y − ȳ)²) of two equal-length samples (Pearson 1896); NaN when either is constant or they have fewer than 2 values. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length) throw new Error(`pearson: samples of different lengths (${n} and ${y.length})`);
  if (n < 2) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

function checkPaired(caller: string, x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw new Error(`${caller}: samples of different lengths (${x.length} and ${y.length}); pass one value per item to each`);
  if ([...x, ...y].some((v) => !Number.isFinite(v))) throw new Error(`${caller}: every value must be a finite number`);
}

/**
 * Spearman's rank correlation ρ (Spearman 1904): Pearson's r of the two samples' average ranks
 * (ties share the mean of their ranks), so ρ = 1 − 6Σd²/(n(n² − 1)) when there are no ties.
 * NaN when either sample is constant or n < 2 (as `scipy.stats.spearmanr`, which it matches
 * within 1e-9 on the fixtures of `scripts/compare-reference.py`).
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  checkPaired('spearman', x, y);
  return pearson(averageRanks(x), averageRanks(y));
}

/**
 * Kendall's τ-b (Kendall 1945): (C − D) / √((n₀ − n₁)(n₀ − n₂)), with C and D the concordant and
 * discordant pairs, n₀ = n(n − 1)/2, n₁ and n₂ the pairs tied in x and in y. NaN when either
 * sample is constant or n < 2 (as `scipy.stats.kendalltau`, its default variant, which it matches
 * within 1e-9). O(n²): samples here are the agencies two plans share.
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number {
  checkPaired('kendallTauB', x, y);
  const n = x.length;
  let s = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const dx = Math.sign((x[i] as number) - (x[j] as number));
      const dy = Math.sign((y[i] as number) - (y[j] as number));
      if (dx === 0) tiedX += 1;
      if (dy === 0) tiedY += 1;
      s += dx * dy;
    }
  }
  const n0 = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((n0 - tiedX) * (n0 - tiedY));
  return denominator === 0 ? Number.NaN : s / denominator;
}
