// The policy-network measures of issue 14 for the full report: core–periphery structure of the
// projection and of the agency–task matrix (more to come), as typed arrays by node index.
import type { CompactGraph } from '../graph/compact.js';
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
}

/** Computes the measures from the view and its shared-count projection CSR (agency indices 0 … nA − 1). */
export function researchMeasuresOf(view: CompactGraph, projected: WeightedCsr): ResearchMeasures {
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
    corePeriphery: {
      projection: { coreAgencies, correlation: orNull(projection.correlation), continuousCorrelation: orNull(projection.continuousCorrelation) },
      twoMode: { coreAgencies: twoModeAgencies, coreTasks: twoModeTasks, correlation: orNull(twoMode.correlation), continuousCorrelation: orNull(twoMode.continuousCorrelation) },
    },
  };
}
