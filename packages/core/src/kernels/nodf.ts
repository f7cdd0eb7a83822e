// NODF nestedness in O(m log m): the pair sum regrouped by the smaller-degree node of each pair.
import type { CompactGraph } from '../graph/compact.js';

/** Degree of node i. */
const degree = (g: CompactGraph, i: number): number => (g.offsets[i + 1] as number) - (g.offsets[i] as number);

/**
 * Σ over pairs {i, j} of nodes in [from, to) with k_i > k_j > 0 of 100·|N(i) ∩ N(j)|/k_j — one
 * side's part of NODF (Almeida-Neto et al. 2008), equal-degree pairs scoring 0 — computed without
 * visiting pairs: Σ_j (100/k_j) Σ_{c ∈ N(j)} #{i ∈ N(c) : k_i > k_j}. Each middle node c keeps
 * its neighbours' degrees sorted, so the inner count is a binary search: O(m log m) in all,
 * instead of O(n²·k) for the pairs. Returns the sum and the number of pairs n(n − 1)/2.
 */
export function nodfSide(g: CompactGraph, from: number, to: number): { total: number; pairs: number } {
  const { offsets, neighbors } = g;
  const n = g.keys.length;
  // For every node c on the other side: the degrees of its neighbours, ascending (CSR by c).
  const sortedDegrees = new Int32Array(neighbors.length);
  const middle = from === 0 ? [g.nA, n] : [0, g.nA];
  for (let c = middle[0] as number; c < (middle[1] as number); c += 1) {
    const start = offsets[c] as number;
    const end = offsets[c + 1] as number;
    for (let e = start; e < end; e += 1) sortedDegrees[e] = degree(g, neighbors[e] as number);
    sortedDegrees.subarray(start, end).sort();
  }
  let total = 0;
  for (let j = from; j < to; j += 1) {
    const kj = degree(g, j);
    if (kj === 0) continue;
    let above = 0;
    for (let e = offsets[j] as number; e < (offsets[j + 1] as number); e += 1) {
      const c = neighbors[e] as number;
      // First position in c's sorted degrees holding a degree > kj.
      let lo = offsets[c] as number;
      let hi = offsets[c + 1] as number;
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sortedDegrees[mid] as number) > kj) hi = mid;
        else lo = mid + 1;
      }
      above += end - lo;
    }
    total += (100 * above) / kj;
  }
  const size = to - from;
  return { total, pairs: (size * (size - 1)) / 2 };
}
