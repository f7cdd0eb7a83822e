// Hypergeometric upper tail and the Benjamini–Hochberg correction, for co-responsibility significance.

/** ln(k!) for k = 0 … n, summed exactly in floating point (no Stirling approximation). */
export function logFactorials(n: number): Float64Array {
  const lf = new Float64Array(n + 1);
  for (let k = 2; k <= n; k += 1) lf[k] = (lf[k - 1] as number) + Math.log(k);
  return lf;
}

/**
 * P(X ≥ s) for X ~ Hypergeometric(population N, K successes, n draws): the chance that two agencies
 * with K and n tasks out of N share at least s tasks if each had its tasks drawn at random.
 * Sums the exact probabilities C(K,x)·C(N−K,n−x)/C(N,n) for x = s … min(K, n).
 * `lf` is a table from `logFactorials` of size ≥ N.
 */
export function hypergeometricUpperTail(s: number, N: number, K: number, n: number, lf: Float64Array = logFactorials(N)): number {
  if (!(N >= 0 && K >= 0 && n >= 0 && K <= N && n <= N)) {
    throw new Error(`hypergeometricUpperTail: invalid arguments (N=${N}, K=${K}, n=${n}): need 0 ≤ K, n ≤ N`);
  }
  const lo = Math.max(s, 0, n - (N - K));
  const hi = Math.min(K, n);
  if (lo > hi) return s <= Math.max(0, n - (N - K)) ? 1 : 0;
  const f = (k: number): number => lf[k] as number;
  const logTotal = f(N) - f(n) - f(N - n);
  let p = 0;
  for (let x = lo; x <= hi; x += 1) {
    p += Math.exp(f(K) - f(x) - f(K - x) + f(N - K) - f(n - x) - f(N - K - n + x) - logTotal);
  }
  return Math.min(1, p);
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values) controlling the false discovery rate:
 * q_(i) = min_{j ≥ i} min(1, m·p_(j)/j) over p-values sorted ascending. `m` is the number of tests
 * (default `pValues.length`; pass a larger m when untested pairs count as tests with p = 1).
 */
export function benjaminiHochberg(pValues: ArrayLike<number>, m = pValues.length): number[] {
  const n = pValues.length;
  if (m < n) throw new Error(`benjaminiHochberg: m (${m}) is smaller than the number of p-values (${n})`);
  // Ranks by p ascending, ties by position (a typed index sort: no tuple per p-value).
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  order.sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b);
  const q = new Array<number>(n);
  let running = 1;
  for (let r = n - 1; r >= 0; r -= 1) {
    const i = order[r] as number;
    running = Math.min(running, (m * (pValues[i] as number)) / (r + 1));
    q[i] = Math.min(1, running);
  }
  return q;
}
