// Exact Poisson-binomial tails of a sum of independent Bernoulli trials given in groups of equal
// probability, as the SDSM backbone needs them for shared-task counts.
import { logFactorials } from '../projection/hypergeometric.js';

/** Trials in groups: `count[c]` trials, each succeeding with probability `probability[c]`. */
export interface BernoulliGroups {
  count: ArrayLike<number>;
  probability: ArrayLike<number>;
}

/** Upper tails P(S ≥ s) for s = from … from + tail.length − 1; below `from` the tail is 1, above, 0. */
export interface UpperTails {
  from: number;
  tail: Float64Array;
}

/** P(S ≥ s) out of {@link poissonBinomialTails}'s result. */
export function tailAt(tails: UpperTails, s: number): number {
  if (s < tails.from) return 1;
  const i = s - tails.from;
  return i < tails.tail.length ? (tails.tail[i] as number) : 0;
}

/**
 * Half-width t = 20 + 8σ of the windows: by Bernstein's inequality a sum of Bernoulli trials lies
 * beyond μ ± t with probability at most exp(−t²/(2(σ² + t/3))) < e^{−38}.
 */
const margin = (variance: number): number => 20 + Math.ceil(8 * Math.sqrt(variance));

/**
 * Upper tails P(S ≥ s) of S = Σ_c Binomial(n_c, q_c), the Poisson-binomial distribution of
 * independent trials with probabilities q_c (each repeated n_c times), for every s up to `upTo`
 * and beyond, exactly up to what a double holds: the pmf is the convolution of the binomial pmfs
 * (each from ln C(n, j) + j ln q + (n − j) ln(1 − q), scaled to a maximum of 1 with its logarithm
 * kept apart, so nothing underflows), truncated above at K. For large means, each binomial is
 * kept above nq − t (and, when `upTo` lies within μ + t of the whole sum, below nq + t) and each
 * partial sum above μ_c − t_c, t = 20 + 8σ: by Bernstein's inequality the mass dropped is below
 * e^{−38} of its distribution, under what a double resolves in the tails asked for. K is the least value past `upTo` (and past μ) where the
 * rest of the tail is provably below 1e-17 of it — from pmf(x + 1)/pmf(x) ≤ Λ/(x + 1), Λ = Σ n_c·q_c/(1 − q_c)
 * (e_1·e_k ≥ (k + 1)·e_{k+1} for the elementary symmetric polynomials of the odds) — and at most
 * max(upTo, ⌈μ⌉) + 20 + 8σ (Bernstein). Cost O(K·Σ_c min(K, n_c)) at most; typically K is
 * `upTo` + 10–20. `lf` is a `logFactorials` table of size > max n_c.
 */
export function poissonBinomialTails(groups: BernoulliGroups, upTo: number, lf?: Float64Array): UpperTails {
  let support = 0;
  let mean = 0;
  let variance = 0;
  let odds = 0;
  let maxCount = 0;
  for (let c = 0; c < groups.count.length; c += 1) {
    const n = groups.count[c] as number;
    const q = groups.probability[c] as number;
    if (!(q >= 0 && q <= 1) || !(n >= 0) || !Number.isInteger(n)) throw new Error(`poissonBinomialTails: invalid group ${c} (n = ${n}, q = ${q})`);
    if (q === 0 || n === 0) continue;
    support += n;
    mean += n * q;
    variance += n * q * (1 - q);
    odds += q === 1 ? Number.POSITIVE_INFINITY : (n * q) / (1 - q);
    maxCount = Math.max(maxCount, n);
  }
  const start = Math.max(upTo, Math.ceil(mean));
  let K = Math.min(support, start + margin(variance));
  if (odds < Number.POSITIVE_INFINITY) {
    // Least K ≥ start with Π_{x=upTo}^{K−1} Λ/(x + 1) · ρ/(1 − ρ) < 1e-17, ρ = Λ/(K + 1).
    let product = 1;
    for (let k = Math.max(upTo, 0); k < K; k += 1) {
      const rho = odds / (k + 1);
      if (k >= start && rho < 1 && (product * rho) / (1 - rho) < 1e-17) {
        K = k;
        break;
      }
      product *= rho;
    }
  }
  const far = upTo > mean + margin(variance);
  const table = lf !== undefined && lf.length > maxCount ? lf : logFactorials(maxCount);
  // The partial pmf on [lo, lo + length), scaled; its log scale apart.
  let pmf = new Float64Array(K + 1);
  let next = new Float64Array(K + 1);
  const b = new Float64Array(K + 1);
  pmf[0] = 1;
  let lo = 0;
  let hi = 0;
  let logScale = 0;
  let partialMean = 0;
  let partialVariance = 0;
  for (let c = 0; c < groups.count.length; c += 1) {
    const n = groups.count[c] as number;
    const q = groups.probability[c] as number;
    if (q === 0 || n === 0) continue;
    // Binomial(n, q) on its window [bLo, bHi], scaled to a maximum of 1.
    const v = n * q * (1 - q);
    const bLo = q === 1 ? n : Math.max(0, Math.floor(n * q - margin(v)));
    // Clip the binomial's top only when the tail asked for lies in the bulk (far tails need it whole).
    const bHi = q === 1 ? n : Math.min(n, K - lo, far ? n : Math.ceil(n * q + margin(v)));
    let bMax = 0;
    if (q === 1) b[0] = 1;
    else {
      const lq = Math.log(q);
      const l1q = Math.log1p(-q);
      bMax = Number.NEGATIVE_INFINITY;
      for (let j = bLo; j <= bHi; j += 1) {
        const l = (table[n] as number) - (table[j] as number) - (table[n - j] as number) + j * lq + (n - j) * l1q;
        b[j - bLo] = l;
        if (l > bMax) bMax = l;
      }
      // Terms below e^{−600} of the largest are set to 0: subnormal doubles are ~100× slower to multiply.
      for (let j = bLo; j <= bHi; j += 1) {
        const d = (b[j - bLo] as number) - bMax;
        b[j - bLo] = d < -340 ? 0 : Math.exp(d);
      }
    }
    partialMean += n * q;
    partialVariance += v;
    const newLo = Math.max(lo + bLo, Math.floor(partialMean - margin(partialVariance)));
    const newHi = Math.min(K, hi + bHi);
    const max = convolve(pmf, lo, hi, b, bLo, bHi, next, newLo, newHi);
    logScale += bMax + Math.log(max);
    [pmf, next] = [next, pmf];
    lo = newLo;
    hi = newHi;
  }
  const tail = new Float64Array(hi - lo + 1);
  let s = 0;
  const scale = Math.exp(logScale);
  for (let x = hi; x >= lo; x -= 1) {
    s += pmf[x - lo] as number;
    tail[x - lo] = Math.min(1, s * scale);
  }
  return { from: lo, tail };
}

/**
 * next[x − newLo] = Σ_j pmf[x − j − lo]·b[j − bLo] for x in [newLo, newHi] (y = x − j in [lo, hi],
 * j in [bLo, bHi]), then scaled to a maximum of 1 (terms below 1e-150 set to 0, so no product is
 * subnormal); returns the maximum before scaling.
 */
function convolve(pmf: Float64Array, lo: number, hi: number, b: Float64Array, bLo: number, bHi: number, next: Float64Array, newLo: number, newHi: number): number {
  let max = 0;
  for (let x = newLo; x <= newHi; x += 1) {
    let s = 0;
    const jFrom = Math.max(bLo, x - hi);
    const jTo = Math.min(bHi, x - lo);
    for (let j = jFrom; j <= jTo; j += 1) s += (pmf[x - j - lo] as number) * (b[j - bLo] as number);
    next[x - newLo] = s;
    if (s > max) max = s;
  }
  for (let x = 0; x <= newHi - newLo; x += 1) {
    const v = (next[x] as number) / max;
    next[x] = v < 1e-150 ? 0 : v;
  }
  return max;
}

/** Mean, variance and third central moment of S = Σ_c Binomial(n_c, q_c). */
export function poissonBinomialMoments(groups: BernoulliGroups): { mean: number; variance: number; skew: number } {
  let mean = 0;
  let variance = 0;
  let skew = 0;
  for (let c = 0; c < groups.count.length; c += 1) {
    const n = groups.count[c] as number;
    const q = groups.probability[c] as number;
    mean += n * q;
    variance += n * q * (1 - q);
    skew += n * q * (1 - q) * (1 - 2 * q);
  }
  return { mean, variance, skew };
}

/**
 * P(S ≥ s) by the refined normal approximation (Volkova 1996; Hong 2013), as R backbone's `pb`:
 * with x = (s − 0.5 − μ)/σ and γ the third central moment, P(S ≥ s) ≈ Q(x) − γ/(6σ³)·(1 − x²)·φ(x),
 * Q the standard normal upper tail (by {@link normalUpperTail}), clamped to [0, 1]. Close when σ is
 * large, which is where the exact convolution is costly; `sdsmPValues` uses it only there.
 */
export function poissonBinomialUpperRna(s: number, moments: { mean: number; variance: number; skew: number }): number {
  const sigma = Math.sqrt(moments.variance);
  if (s <= 0) return 1;
  if (!(sigma > 0)) return s <= moments.mean ? 1 : 0;
  const x = (s - 0.5 - moments.mean) / sigma;
  const phi = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
  const p = normalUpperTail(x) - (moments.skew / (6 * sigma ** 3)) * (1 - x * x) * phi;
  return Math.min(1, Math.max(0, p));
}

/**
 * Q(x) = P(Z > x) = erfc(x/√2)/2 for a standard normal Z, to about 1e-13 relative: the Taylor
 * series of erf for |x/√2| < 2, a continued fraction of erfc (evaluated by Lentz's method) beyond.
 */
export function normalUpperTail(x: number): number {
  const z = x / Math.SQRT2;
  if (z < 0) return 1 - normalUpperTail(-x);
  if (z < 2) {
    // erf z = 2/√π Σ_n (−1)^n z^{2n+1} / (n!(2n + 1))
    let term = z;
    let sum = z;
    for (let n = 1; n < 200; n += 1) {
      term *= (-z * z) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 0.5 * (1 - (2 / Math.sqrt(Math.PI)) * sum);
  }
  // erfc z = e^{−z²}/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + 2/(z + …)))))
  const tiny = 1e-300;
  let f = z;
  let C = z;
  let D = 0;
  for (let k = 1; k < 500; k += 1) {
    const a = k / 2;
    D = z + a * D;
    D = Math.abs(D) < tiny ? tiny : D;
    C = z + a / C;
    C = Math.abs(C) < tiny ? tiny : C;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (0.5 * Math.exp(-z * z)) / (Math.sqrt(Math.PI) * f);
}
