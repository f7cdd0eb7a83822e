// The policy-network measures of issue 14 for the full report: core–periphery structure of the
// projection and of the agency–task matrix, brokerage roles, the SDSM backbone, as typed arrays by node index.
import type { CompactGraph } from '../graph/compact.js';
import type { BrokerageArrays } from '../kernels/brokerage.js';
import { brokerageOfView, type BrokerageGrouping } from '../structure/brokerage.js';
import { binaryCsr, corePeripheryOfCsr, incidenceCsr, orNull, type CorePeripheryArrays } from '../structure/core-periphery.js';
import type { WeightedCsr } from '../structure/louvain.js';
import type { PairCounts } from '../projection/projection.js';
import { pairQValues } from '../projection/projection.js';
import { sdsmPValues } from '../projection/sdsm.js';

/** Level of the SDSM backbone in the report: pairs with a BH q-value below it are backbone ties. */
export const BACKBONE_ALPHA = 0.05;

/** Whole-network figures of the SDSM backbone. */
export interface BackboneReport {
  /** Null model and test: the stochastic degree sequence model, upper-tail Poisson-binomial p, BH q over all agency pairs. */
  model: 'sdsm';
  /** Pairs are backbone ties when their `sdsmQValue` < alpha. */
  alpha: number;
  /** Backbone ties, and agencies with at least one. */
  pairs: number;
  agencies: number;
  /** Largest |expected − observed| degree of the fitted bipartite configuration model. */
  maxDegreeError: number;
  /** Pairs whose p-value is the refined normal approximation (null variance > 25); the rest are exact. */
  approximated: number;
}

/** Whole-network core–periphery figures of the report. */
export interface CorePeripheryReport {
  /** Agency projection (binary ties): agencies in the discrete core, its fit ρ (null: undefined), the continuous model's ρ. */
  projection: { coreAgencies: number; correlation: number | null; continuousCorrelation: number | null };
  /** Agency–task incidence matrix: core agencies and tasks of the discrete model, its fit and the continuous model's ρ. */
  twoMode: { coreAgencies: number; coreTasks: number; correlation: number | null; continuousCorrelation: number | null };
}

export interface ResearchMeasures {
  /** Core–periphery of the projection (agency indices) and of the incidence matrix (every node index). */
  projection: CorePeripheryArrays;
  twoMode: CorePeripheryArrays;
  corePeriphery: CorePeripheryReport;
  /** Gould & Fernandez role counts per agency on the lead → co network. */
  brokerage: BrokerageArrays;
  /** SDSM p- and q-values of the pairs of `counts`, in its order, each agency's backbone ties, and the summary. */
  sdsmPValue: Float64Array;
  sdsmQValue: number[];
  backboneDegree: Int32Array;
  backbone: BackboneReport;
}

export interface ResearchInputs {
  /** The agency pairs sharing a task and their projection weighted by shared tasks (agency indices 0 … nA − 1). */
  counts: PairCounts;
  projected: WeightedCsr;
  /** Louvain community of every agency. */
  community: ArrayLike<number>;
  brokerageGrouping: BrokerageGrouping;
}

/** Computes the measures from the view, its projection and its communities. */
export function researchMeasuresOf(view: CompactGraph, inputs: ResearchInputs): ResearchMeasures {
  const { projected } = inputs;
  const projection = corePeripheryOfCsr(binaryCsr(projected), { mode: 'one-mode' });
  const twoMode = corePeripheryOfCsr(incidenceCsr(view, 'analyze'), { mode: 'two-mode', rows: view.nA });
  let coreAgencies = 0;
  for (let i = 0; i < view.nA; i += 1) coreAgencies += projection.core[i] as number;
  let twoModeAgencies = 0;
  let twoModeTasks = 0;
  for (let i = 0; i < view.keys.length; i += 1) {
    if (i < view.nA) twoModeAgencies += twoMode.core[i] as number;
    else twoModeTasks += twoMode.core[i] as number;
  }
  const sdsm = sdsmPValues(view, inputs.counts);
  const sdsmQValue = pairQValues(view, 'agency', sdsm.pValue);
  const backboneDegree = new Int32Array(view.nA);
  let backbonePairs = 0;
  for (let i = 0; i < inputs.counts.size; i += 1) {
    if (!((sdsmQValue[i] as number) < BACKBONE_ALPHA)) continue;
    backbonePairs += 1;
    const u = inputs.counts.u[i] as number;
    const v = inputs.counts.v[i] as number;
    backboneDegree[u] = (backboneDegree[u] as number) + 1;
    backboneDegree[v] = (backboneDegree[v] as number) + 1;
  }
  let backboneAgencies = 0;
  for (let i = 0; i < view.nA; i += 1) if ((backboneDegree[i] as number) > 0) backboneAgencies += 1;
  return {
    sdsmPValue: sdsm.pValue,
    sdsmQValue,
    backboneDegree,
    backbone: { model: 'sdsm', alpha: BACKBONE_ALPHA, pairs: backbonePairs, agencies: backboneAgencies, maxDegreeError: sdsm.fit.maxDegreeError, approximated: sdsm.approximated },
    projection,
    twoMode,
    brokerage: brokerageOfView(view, inputs.brokerageGrouping, () => inputs.community),
    corePeriphery: {
      projection: { coreAgencies, correlation: orNull(projection.correlation), continuousCorrelation: orNull(projection.continuousCorrelation) },
      twoMode: { coreAgencies: twoModeAgencies, coreTasks: twoModeTasks, correlation: orNull(twoMode.correlation), continuousCorrelation: orNull(twoMode.continuousCorrelation) },
    },
  };
}
