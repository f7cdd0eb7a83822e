// Core–periphery structure (Borgatti & Everett 1999) of the agency projection and of the agency–task matrix.
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { continuousCoreness, type CellModel } from '../kernels/core-periphery.js';
import { discreteCorePeriphery } from '../kernels/core-periphery-discrete.js';
import { pairCounts } from '../projection/projection.js';
import { pairsToCsr, type WeightedCsr } from './louvain.js';

export interface CorePeripheryOptions {
  /** Compute on the graph without collective units (they get no value). Default `false`. */
  excludeCollective?: boolean;
}

/** Both core–periphery models of one matrix, per node and for the whole. */
export interface CorePeriphery {
  /** Continuous coreness of every node (≥ 0, unit Euclidean norm; two-mode: per side). */
  coreness: Record<string, number>;
  /** Node keys of the discrete core, in graph order. */
  core: string[];
  /** Correlation of the matrix with the discrete model's ideal pattern (null when undefined: no links, or every cell a link). */
  correlation: number | null;
  /** Correlation of the matrix with the continuous pattern c_i·c_j (null when undefined). */
  continuousCorrelation: number | null;
}

/** The two models as typed arrays by node index (internal form, shared with `analyze`). */
export interface CorePeripheryArrays {
  coreness: Float64Array;
  core: Uint8Array;
  correlation: number;
  continuousCorrelation: number;
  /** True when the discrete search stopped at its move cap (see `coreMoveCap`). */
  capped: boolean;
}

/**
 * Both models on a CSR: continuous coreness first, then the discrete core searched from two orders,
 * by that coreness and by weighted degree (each descending, ties by index).
 */
export function corePeripheryOfCsr(graph: WeightedCsr, model: CellModel): CorePeripheryArrays {
  const continuous = continuousCoreness(graph, model);
  const degree = new Float64Array(graph.n);
  for (let i = 0; i < graph.n; i += 1) {
    for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e += 1) degree[i] = (degree[i] as number) + (graph.weights[e] as number);
  }
  const byDescending = (x: Float64Array): Int32Array => Int32Array.from({ length: graph.n }, (_, i) => i).sort((a, b) => (x[b] as number) - (x[a] as number) || a - b);
  const discrete = discreteCorePeriphery(graph, model, [byDescending(continuous.coreness), byDescending(degree)]);
  return { coreness: continuous.coreness, core: discrete.core, correlation: discrete.correlation, continuousCorrelation: continuous.correlation, capped: discrete.capped };
}

/** The binary agency projection (two agencies tied when they share a task) as a CSR, from its shared-count CSR. */
export function binaryCsr(graph: WeightedCsr): WeightedCsr {
  return { n: graph.n, offsets: graph.offsets, targets: graph.targets, weights: new Float64Array(graph.targets.length).fill(1) };
}

/** The agency–task incidence of a view as a bipartite CSR on all its nodes (agencies are the rows). */
export function incidenceCsr(view: CompactGraph, caller: string): WeightedCsr {
  if (!view.bipartite) throw new Error(`${caller}: the graph has links inside one side; build it with buildResponsibilityGraph`);
  return { n: view.keys.length, offsets: view.offsets, targets: view.neighbors, weights: new Float64Array(view.neighbors.length).fill(1) };
}

/**
 * Core–periphery structure of the agency projection (two agencies tied when they share a task,
 * unweighted), both models of Borgatti & Everett (1999), as UCINET offers them:
 * - continuous: the coreness c ≥ 0 maximising ρ = corr(a_ij, c_i·c_j) over pairs i ≠ j
 *   (`continuousCorrelation` is that ρ);
 * - discrete: the core C maximising the correlation of a with the ideal pattern δ_ij = 1 when i or
 *   j is in C, 0 when both are in the periphery (`correlation`, the fit).
 * See {@link continuousCoreness} and {@link discreteCorePeriphery} for the algorithms (deterministic,
 * no randomness). Accepts the graph or its compact view.
 */
export function corePeriphery(graph: ResponsibilityGraph | CompactGraph, options: CorePeripheryOptions = {}): CorePeriphery {
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'corePeriphery' });
  const counts = pairCounts(view, 'agency');
  const csr = pairsToCsr(view.nA, 0, counts.u, counts.v, new Float64Array(counts.u.length).fill(1));
  return toResult(view, corePeripheryOfCsr(csr, { mode: 'one-mode' }), view.nA);
}

/**
 * Two-mode core–periphery structure of the agency–task incidence matrix B (Borgatti & Everett 1999,
 * two-mode data), as UCINET's two-mode option: continuous — agency coreness c and task coreness d
 * maximising corr(b_at, c_a·d_t) over all n_A·n_T cells, each side with unit norm; discrete — core
 * agencies and core tasks whose ideal pattern (1 unless both the agency and the task are in the
 * periphery) correlates best with B. Accepts the graph or its compact view.
 */
export function twoModeCorePeriphery(graph: ResponsibilityGraph | CompactGraph, options: CorePeripheryOptions = {}): CorePeriphery {
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'twoModeCorePeriphery' });
  return toResult(view, corePeripheryOfCsr(incidenceCsr(view, 'twoModeCorePeriphery'), { mode: 'two-mode', rows: view.nA }), view.keys.length);
}

/** NaN (undefined correlation) as null, for JSON. */
export const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

function toResult(view: CompactGraph, arrays: CorePeripheryArrays, n: number): CorePeriphery {
  const coreness: Record<string, number> = {};
  const core: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const key = view.keys[i] as string;
    coreness[key] = arrays.coreness[i] as number;
    if (arrays.core[i] === 1) core.push(key);
  }
  return { coreness, core, correlation: orNull(arrays.correlation), continuousCorrelation: orNull(arrays.continuousCorrelation) };
}
