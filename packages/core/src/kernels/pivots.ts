// Seeded pivot sources for sampled betweenness, stratified by the two sides of the graph.
import { seededRandom } from '../structure/random.js';

/** Pivot sources and the weight that makes each one's dependencies an unbiased estimate. */
export interface Pivots {
  /** Node indices of the pivots: agencies first, then tasks, each in increasing order. */
  sources: Int32Array;
  /** n_X / k_X for a pivot drawn from side X (k_X of its n_X nodes). */
  weights: Float64Array;
}

/** k of the indices from … to−1, uniformly without replacement (partial Fisher–Yates), sorted. */
function draw(from: number, to: number, k: number, random: () => number): number[] {
  const pool = Array.from({ length: to - from }, (_, i) => from + i);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, k).sort((a, b) => a - b);
}

/**
 * Draws `k` pivots among N = nA + nT nodes (agencies are indices 0 … nA−1, tasks nA … N−1),
 * stratified by side: k_A = round(k·n_A/N) agencies (at least one when there are agencies and
 * k ≥ 2) and k_T = k − k_A tasks, each side uniformly without replacement with the seeded
 * mulberry32 generator. Weighting a pivot's dependencies by n_X/k_X makes Σ w_s·δ_s(v) an
 * unbiased estimate of Σ_s δ_s(v) over all sources (Brandes & Pich 2007, with stratified
 * sampling, which has no larger variance than drawing from all nodes at once). k ≥ N gives
 * every node with weight 1.
 */
export function samplePivots(nA: number, nT: number, k: number, seed: number): Pivots {
  if (!Number.isInteger(k) || k < 1) throw new Error(`samplePivots: invalid pivot count ${k} (expected a whole number ≥ 1)`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`samplePivots: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  }
  const n = nA + nT;
  const total = Math.min(k, n);
  let kA = Math.round((total * nA) / n);
  if (nA > 0 && total >= 2) kA = Math.max(kA, 1);
  if (nT > 0 && total >= 2) kA = Math.min(kA, total - 1);
  kA = Math.min(kA, nA);
  const kT = Math.min(total - kA, nT);
  const random = seededRandom(seed);
  const agencies = draw(0, nA, kA, random);
  const tasks = draw(nA, n, kT, random);
  const sources = Int32Array.from([...agencies, ...tasks]);
  const weights = new Float64Array(sources.length);
  weights.fill(kA === 0 ? 1 : nA / kA, 0, kA);
  weights.fill(kT === 0 ? 1 : nT / kT, kA);
  return { sources, weights };
}
