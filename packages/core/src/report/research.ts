// The policy-network measures of issue 14 for the full report: core–periphery structure of the
// projection and of the agency–task matrix, brokerage roles, as typed arrays by node index.
import type { CompactGraph } from '../graph/compact.js';
import type { BrokerageArrays } from '../kernels/brokerage.js';
import { brokerageOfView, type BrokerageGrouping } from '../structure/brokerage.js';
import { binaryCsr, corePeripheryOfCsr, incidenceCsr, orNull, type CorePeripheryArrays } from '../structure/core-periphery.js';
import type { WeightedCsr } from '../structure/louvain.js';

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
}

export interface ResearchInputs {
  /** The agency projection weighted by shared tasks (agency indices 0 … nA − 1). */
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
  return {
    projection,
    twoMode,
    brokerage: brokerageOfView(view, inputs.brokerageGrouping, () => inputs.community),
    corePeriphery: {
      projection: { coreAgencies, correlation: orNull(projection.correlation), continuousCorrelation: orNull(projection.continuousCorrelation) },
      twoMode: { coreAgencies: twoModeAgencies, coreTasks: twoModeTasks, correlation: orNull(twoMode.correlation), continuousCorrelation: orNull(twoMode.continuousCorrelation) },
    },
  };
}
