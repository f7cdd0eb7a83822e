// The report's `pairs`: one row per agency pair sharing a task, strongest first, built straight
// from the pair arrays (one object per pair, sorted as indices).
import type { CompactGraph } from '../graph/compact.js';
import { pairPValues, pairQValues, pairWeights, type PairCounts } from '../projection/projection.js';
import type { PairReport } from './analysis-types.js';

/**
 * Pair indices 0 … size−1 by shared tasks descending, then by index (the pairs of `counts` are in
 * (u, v) order, so this is (u, v) ascending): a stable counting sort on `shared`, O(P + max S).
 */
export function strongestFirst(shared: Int32Array | Float64Array): Int32Array {
  let max = 0;
  for (let i = 0; i < shared.length; i += 1) if ((shared[i] as number) > max) max = shared[i] as number;
  const start = new Int32Array(max + 2); // start[max − s] = first slot of pairs sharing s
  for (let i = 0; i < shared.length; i += 1) start[max - (shared[i] as number) + 1] = (start[max - (shared[i] as number) + 1] as number) + 1;
  for (let s = 1; s < start.length; s += 1) start[s] = (start[s] as number) + (start[s - 1] as number);
  const order = new Int32Array(shared.length);
  for (let i = 0; i < shared.length; i += 1) {
    const slot = max - (shared[i] as number);
    order[start[slot] as number] = i;
    start[slot] = (start[slot] as number) + 1;
  }
  return order;
}

/**
 * The rows of `pairs`: every weight of `projectPairs`, the SDSM p- and q-values (in the order of
 * `counts`) and backbone membership (q < `alpha`), named by `name`, strongest pairs first (ties
 * by (u, v)) — the same rows as mapping and sorting `projectPairs`' objects, without their copies.
 */
export function pairRows(
  view: CompactGraph,
  counts: PairCounts,
  sdsm: { pValue: ArrayLike<number>; qValue: ArrayLike<number>; alpha: number },
  name: (i: number) => string,
): PairReport[] {
  const [jaccard, overlap, cosine, dice] = (['jaccard', 'overlap', 'cosine', 'dice'] as const).map((w) => pairWeights(view, counts, w)) as [Float64Array, Float64Array, Float64Array, Float64Array];
  const pValue = pairPValues(view, counts);
  const qValue = pairQValues(view, 'agency', pValue);
  const order = strongestFirst(counts.shared);
  const rows = new Array<PairReport>(counts.size);
  for (let r = 0; r < order.length; r += 1) {
    const i = order[r] as number;
    const sdsmQValue = sdsm.qValue[i] as number;
    rows[r] = {
      a: name(counts.u[i] as number),
      b: name(counts.v[i] as number),
      shared: counts.shared[i] as number,
      jaccard: jaccard[i] as number,
      overlap: overlap[i] as number,
      cosine: cosine[i] as number,
      dice: dice[i] as number,
      newman: counts.newman[i] as number,
      pValue: pValue[i] as number,
      qValue: qValue[i] as number,
      sdsmPValue: sdsm.pValue[i] as number,
      sdsmQValue,
      backbone: sdsmQValue < sdsm.alpha,
    };
  }
  return rows;
}
