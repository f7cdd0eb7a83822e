// The stochastic degree sequence model (SDSM) backbone of the agency projection (Neal 2014; R backbone::sdsm).
import { UndirectedGraph } from 'graphology';
import { degreeOf, viewOf, type CompactGraph } from '../graph/compact.js';
import type { AgencyNodeAttributes, ResponsibilityGraph } from '../graph/types.js';
import { classOf, fitBicm, type BicmFit } from '../kernels/bicm.js';
import { poissonBinomialMoments, poissonBinomialTails, poissonBinomialUpperRna, tailAt, type UpperTails } from '../kernels/poisson-binomial.js';
import { logFactorials } from './hypergeometric.js';
import { pairCounts, pairQValues, type PairCounts } from './projection.js';

/** SDSM p-values of a view's agency pairs and the fitted null model. */
export interface SdsmPValues {
  /** P(S ≥ S_ab) under the SDSM for every pair of `counts`, in its order. */
  pValue: Float64Array;
  fit: BicmFit;
  /** Pairs whose p-value is the refined normal approximation (variance of S above {@link SDSM_EXACT_VARIANCE}); the others are exact. */
  approximated: number;
}

/**
 * Largest variance of a pair's null S computed exactly; above it (two agencies on many tasks each,
 * where the exact convolution would cost O(σ²) per degree class) the refined normal approximation
 * is used, as R backbone does for every pair.
 */
export const SDSM_EXACT_VARIANCE = 25;

/**
 * SDSM p-values of agency pairs (Neal 2014; Neal, Domagalski & Sagan 2021, R backbone `sdsm`):
 * under the bipartite configuration model fitted to every agency's and task's degree
 * ({@link fitBicm}: links independent with P_at, expected degrees equal to the observed), the
 * number of tasks two agencies share, S_ab = Σ_t B_at·B_bt, is Poisson-binomial with probabilities
 * P_at·P_bt, and p = P(S_ab ≥ observed) is its upper tail: exact ({@link poissonBinomialTails})
 * while the variance of S is at most {@link SDSM_EXACT_VARIANCE}, else the refined normal
 * approximation ({@link poissonBinomialUpperRna}, what R backbone uses for every pair; σ > 5 there).
 * Unlike the hypergeometric test (backbone's `fixedrow`), the null keeps task sizes: sharing an
 * 11-agency task is less telling than sharing a 2-agency one. Agencies of equal degree have the same
 * probabilities, so one distribution serves every pair of the same two degrees.
 */
export function sdsmPValues(view: CompactGraph, counts: PairCounts): SdsmPValues {
  const kA = new Int32Array(view.nA);
  const kT = new Int32Array(view.nT);
  for (let i = 0; i < view.nA; i += 1) kA[i] = degreeOf(view, i);
  for (let t = 0; t < view.nT; t += 1) kT[t] = degreeOf(view, view.nA + t);
  const fit = fitBicm(kA, kT);
  const I = fit.agencyDegrees.length;
  const J = fit.taskDegrees.length;
  const cls = new Int32Array(view.nA);
  for (let i = 0; i < view.nA; i += 1) cls[i] = classOf(fit.agencyDegrees, kA[i] as number);
  // Pairs by their two degree classes: the largest count to reach, then one distribution each.
  const keyOf = (i: number): number => {
    const a = cls[counts.u[i] as number] as number;
    const b = cls[counts.v[i] as number] as number;
    return a <= b ? a * I + b : b * I + a;
  };
  const most = new Map<number, number>();
  for (let i = 0; i < counts.size; i += 1) {
    const key = keyOf(i);
    most.set(key, Math.max(most.get(key) ?? 0, counts.shared[i] as number));
  }
  const lf = logFactorials(view.nT);
  const tails = new Map<number, UpperTails | ReturnType<typeof poissonBinomialMoments>>();
  for (const [key, upTo] of most) {
    const a = Math.floor(key / I);
    const b = key % I;
    const probability = new Float64Array(J);
    for (let j = 0; j < J; j += 1) probability[j] = (fit.probability[a * J + j] as number) * (fit.probability[b * J + j] as number);
    const groups = { count: fit.taskCounts, probability };
    const moments = poissonBinomialMoments(groups);
    tails.set(key, moments.variance > SDSM_EXACT_VARIANCE ? moments : poissonBinomialTails(groups, upTo, lf));
  }
  const pValue = new Float64Array(counts.size);
  let approximated = 0;
  for (let i = 0; i < counts.size; i += 1) {
    const null_ = tails.get(keyOf(i)) as UpperTails | ReturnType<typeof poissonBinomialMoments>;
    const s = counts.shared[i] as number;
    if ('tail' in null_) pValue[i] = tailAt(null_, s);
    else {
      pValue[i] = poissonBinomialUpperRna(s, null_);
      approximated += 1;
    }
  }
  return { pValue, fit, approximated };
}

export interface SdsmBackboneOptions {
  /** Keep pairs whose Benjamini–Hochberg q-value is below `alpha`. Default 0.05. */
  alpha?: number;
  excludeCollective?: boolean;
}

/** A backbone tie: shared tasks, the SDSM p-value and its q-value. */
export interface BackboneEdgeAttributes {
  shared: number;
  pValue: number;
  qValue: number;
}

/**
 * The SDSM backbone of co-responsibility: a graphology `UndirectedGraph` of every agency, with a tie
 * between two agencies when they share more tasks than the SDSM null makes likely — their upper-tail
 * p-value ({@link sdsmPValues}) has a Benjamini–Hochberg q-value below `alpha` over all
 * n_A(n_A − 1)/2 pairs (pairs sharing nothing count with p = 1), as R backbone's `sdsm(…, alpha,
 * mtc = "fdr")`. Ties carry `shared`, `pValue`, `qValue`; the graph attribute `maxDegreeError` is
 * the fit's largest |expected − observed| degree. Accepts the graph or its compact view.
 */
export function sdsmBackbone(graph: ResponsibilityGraph | CompactGraph, options: SdsmBackboneOptions = {}): UndirectedGraph<AgencyNodeAttributes, BackboneEdgeAttributes> {
  const { alpha = 0.05, excludeCollective = false } = options;
  if (!(alpha > 0 && alpha <= 1)) throw new Error(`sdsmBackbone: invalid \`alpha\` ${alpha} (expected a number in (0, 1])`);
  const view = viewOf(graph, { excludeCollective, caller: 'sdsmBackbone' });
  const counts = pairCounts(view, 'agency');
  const { pValue, fit } = sdsmPValues(view, counts);
  const qValue = pairQValues(view, 'agency', pValue);
  const out = new UndirectedGraph<AgencyNodeAttributes, BackboneEdgeAttributes>();
  out.setAttribute('maxDegreeError', fit.maxDegreeError);
  for (let i = 0; i < view.nA; i += 1) out.addNode(view.keys[i], view.attributes[i] as AgencyNodeAttributes);
  for (let i = 0; i < counts.size; i += 1) {
    if (!((qValue[i] as number) < alpha)) continue;
    out.addEdge(view.keys[counts.u[i] as number], view.keys[counts.v[i] as number], { shared: counts.shared[i] as number, pValue: pValue[i] as number, qValue: qValue[i] as number });
  }
  return out;
}

/** The SDSM test of one agency pair sharing at least one task (node keys in table order). */
export interface SdsmPairTest {
  a: string;
  b: string;
  shared: number;
  /** P(S ≥ shared) under the SDSM ({@link sdsmPValues}). */
  pValue: number;
  /** Benjamini–Hochberg q over all n_A(n_A − 1)/2 agency pairs. */
  qValue: number;
}

/**
 * The SDSM p- and q-value of every agency pair sharing at least one task, in the projection's order
 * (pairs by first appearance), for a list beside the hypergeometric test of `projection`: the same
 * values as `analyze`'s `sdsmPValue` / `sdsmQValue`. Accepts the graph or its compact view.
 */
export function sdsmPairTests(graph: ResponsibilityGraph | CompactGraph, options: { excludeCollective?: boolean } = {}): SdsmPairTest[] {
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'sdsmPairTests' });
  const counts = pairCounts(view, 'agency');
  const { pValue } = sdsmPValues(view, counts);
  const qValue = pairQValues(view, 'agency', pValue);
  return Array.from({ length: counts.size }, (_, i) => ({
    a: view.keys[counts.u[i] as number] as string,
    b: view.keys[counts.v[i] as number] as string,
    shared: counts.shared[i] as number,
    pValue: pValue[i] as number,
    qValue: qValue[i] as number,
  }));
}
