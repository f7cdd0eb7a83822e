// Exact Poisson-binomial distributions of a sum of independent Bernoulli trials given in groups
// of equal probability, as the SDSM backbone needs them for shared-task counts.
import { logFactorials } from '../projection/hypergeometric.js';

/** Trials in groups: `count[c]` trials, each succeeding with probability `probability[c]`. */
export interface BernoulliGroups {
  count: ArrayLike<number>;
  probability: ArrayLike<number>;
}

/**
 * The upper tail P(S ≥ s) for every s = 0 … K of S = Σ_c Binomial(n_c, q_c), the Poisson-binomial
 * distribution of independent trials with probabilities q_c (each repeated n_c times), exactly:
 * the pmf on 0 … K is the convolution of the binomial pmfs truncated at K (exact for every value
 * ≤ K), each pmf scaled to a maximum of 1 with its logarithm kept apart so that nothing
 * underflows; the tail beyond K is neglected, with K = min(Σ n_c, max(`upTo`, ⌈μ⌉) + 40 + ⌈10σ⌉)
 * (μ, σ² = Σ n_c·q_c, Σ n_c·q_c(1 − q_c)): past the mode the pmf of a sum of Bernoulli trials is
 * log-concave and falls below e^{−40} of the tail there. Returns `tail[s]` for s ≤ K; P(S ≥ s) = 0
 * for s beyond Σ n_c. Cost O(K · Σ_c min(K, n_c)). `lf` is a `logFactorials` table of size ≥ max n_c.
 */
export function poissonBinomialTails(groups: BernoulliGroups, upTo: number, lf?: Float64Array): Float64Array {
  let support = 0;
  let mean = 0;
  let variance = 0;
  let maxCount = 0;
  for (let c = 0; c < groups.count.length; c += 1) {
    const n = groups.count[c] as number;
    const q = groups.probability[c] as number;
    if (!(q >= 0 && q <= 1) || !(n >= 0)) throw new Error(`poissonBinomialTails: invalid group ${c} (n = ${n}, q = ${q})`);
    if (q === 0 || n === 0) continue;
    support += n;
    mean += n * q;
    variance += n * q * (1 - q);
    maxCount = Math.max(maxCount, n);
  }
  const K = Math.min(support, Math.max(upTo, Math.ceil(mean)) + 40 + Math.ceil(10 * Math.sqrt(variance)));
  const table = lf !== undefined && lf.length > maxCount ? lf : logFactorials(maxCount);
  let pmf = new Float64Array(K + 1);
  pmf[0] = 1;
  let logScale = 0;
  let top = 0; // highest index with mass so far
  let next = new Float64Array(K + 1);
  const b = new Float64Array(K + 1);
  for (let c = 0; c < groups.count.length; c += 1) {
    const n = groups.count[c] as number;
    const q = groups.probability[c] as number;
    if (q === 0 || n === 0) continue;
    const J = Math.min(n, K);
    // Binomial(n, q) on 0 … J, scaled to a maximum of 1.
    let bMax = Number.NEGATIVE_INFINITY;
    if (q === 1) {
      b.fill(0, 0, J + 1);
      // K ≥ μ ≥ n here, so the certain successes fit.
      b[n] = 1;
      bMax = 0;
    } else {
      const lq = Math.log(q);
      const l1q = Math.log1p(-q);
      for (let j = 0; j <= J; j += 1) {
        const l = (table[n] as number) - (table[j] as number) - (table[n - j] as number) + j * lq + (n - j) * l1q;
        b[j] = l;
        if (l > bMax) bMax = l;
      }
      for (let j = 0; j <= J; j += 1) b[j] = Math.exp((b[j] as number) - bMax);
    }
    const newTop = Math.min(K, top + J);
    next.fill(0, 0, newTop + 1);
    let max = 0;
    for (let x = 0; x <= newTop; x += 1) {
      let s = 0;
      const lo = Math.max(0, x - top);
      const hi = Math.min(J, x);
      for (let j = lo; j <= hi; j += 1) s += (pmf[x - j] as number) * (b[j] as number);
      next[x] = s;
      if (s > max) max = s;
    }
    for (let x = 0; x <= newTop; x += 1) next[x] = (next[x] as number) / max;
    logScale += bMax + Math.log(max);
    [pmf, next] = [next, pmf];
    top = newTop;
  }
  return tailsOf(pmf, logScale, K);
}

/** Suffix sums of a scaled pmf on 0 … K, unscaled and capped at 1. */
function tailsOf(pmf: Float64Array, logScale: number, K: number): Float64Array {
  const tail = new Float64Array(K + 1);
  let s = 0;
  for (let x = K; x >= 0; x -= 1) {
    s += pmf[x] as number;
    tail[x] = Math.min(1, s * Math.exp(logScale));
  }
  return tail;
}
