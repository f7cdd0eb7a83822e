// Burt's structural holes of agencies on the co-responsibility projection.
import { viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { structuralHolesJob, structuralHolesKernel, type StructuralHolesArrays } from '../kernels/structural-holes.js';
import { serialRunner, startKernel, type SourceRunner } from '../kernels/runner.js';
import { pairCounts, pairWeights, type PairCounts, type PairWeight } from '../projection/projection.js';
import { pairsToCsr, type WeightedCsr } from './louvain.js';

/** Burt's (1992) structural-hole measures of one agency. */
export interface StructuralHoles {
  /** Effective size e = Σ_j [1 − Σ_q p_iq·m_jq]: partners, less their redundancy with each other. */
  effectiveSize: number;
  /** Efficiency e / number of partners (0–1). */
  efficiency: number;
  /** Constraint c = Σ_j (p_ij + Σ_q p_iq·p_qj)²: how far its ties lead back to the same agencies. */
  constraint: number;
  /** Hierarchy (0–1): how far the constraint comes from a single partner. */
  hierarchy: number;
}

export interface StructuralHolesOptions {
  /** Projection weight of a tie: `shared` (default: tasks the two agencies share), another {@link PairWeight}, or `null` for unweighted ties. */
  weight?: PairWeight | null;
  /** Compute on the graph without collective units (they get no value). Default `false`. */
  excludeCollective?: boolean;
}

/**
 * Burt's structural holes (Burt 1992, *Structural Holes*, ch. 2) of every agency on the agency
 * projection (two agencies tied when they share a task), with tie weight w_ij the projection's
 * `weight` (default `shared`, the number of shared tasks; `null`: every tie 1). With
 * p_ij = w_ij / Σ_k w_ik and m_jq = w_jq / max_k w_jk:
 * - `effectiveSize` e_i = Σ_{j∈N(i)} [1 − Σ_q p_iq·m_jq] (unweighted: n − 2t/n, Borgatti 1997);
 * - `efficiency` = e_i / |N(i)|;
 * - `constraint` c_i = Σ_j (p_ij + Σ_{q≠i,j} p_iq·p_qj)²;
 * - `hierarchy` H_i = Σ_j (c_ij/(c_i/N))·ln(c_ij/(c_i/N)) / (N ln N), N = |N(i)|, c_ij the term of j.
 *
 * `effectiveSize` and `constraint` equal NetworkX's `effective_size` and `constraint` on the
 * projection (with `weight='weight'` for a weighted run, none for `null`) within 1e-9; NetworkX
 * uses Burt's formula for weighted graphs and Borgatti's n − 2t/n for unweighted ones, which agree
 * when every weight is 1. An agency without partners gets 0 for all four (NetworkX: NaN); one with
 * a single partner gets hierarchy 0. O(m^1.5) on the projection's m ties (see
 * `structuralHolesCsr` in the kernels). Accepts the graph or its compact view.
 */
export function structuralHoles(graph: ResponsibilityGraph | CompactGraph, options: StructuralHolesOptions = {}): Record<string, StructuralHoles> {
  const { weight = 'shared', excludeCollective = false } = options;
  if (weight !== null && !WEIGHTS.includes(weight)) {
    throw new Error(`structuralHoles: invalid \`weight\` "${String(weight)}" (expected ${WEIGHTS.join(', ')} or null)`);
  }
  const view = viewOf(graph, { excludeCollective, caller: 'structuralHoles' });
  const counts = pairCounts(view, 'agency');
  const [holes] = structuralHolesOfPairs(view, counts, [weight]) as [StructuralHolesArrays];
  const out: Record<string, StructuralHoles> = {};
  for (let i = 0; i < view.nA; i += 1) out[view.keys[i] as string] = holesAt(holes, i);
  return out;
}

const WEIGHTS: readonly PairWeight[] = ['shared', 'jaccard', 'overlap', 'cosine', 'dice', 'newman'];

/** One agency's measures out of the typed arrays. */
function holesAt(holes: StructuralHolesArrays, i: number): StructuralHoles {
  return {
    effectiveSize: holes.effectiveSize[i] as number,
    efficiency: holes.efficiency[i] as number,
    constraint: holes.constraint[i] as number,
    hierarchy: holes.hierarchy[i] as number,
  };
}

/**
 * The measures for each weight of `weights` on the agency projection given by `counts` (from
 * {@link pairCounts}), in one listing of its triangles. Arrays are indexed by agency (0 … n_A − 1).
 * `projected`, when given, must be `pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared)`
 * (`analyze` builds it once for Louvain as well).
 */
export function structuralHolesOfPairs(view: CompactGraph, counts: PairCounts, weights: readonly (PairWeight | null)[], projected?: WeightedCsr): StructuralHolesArrays[] {
  return startStructuralHolesOfPairs(view, counts, weights, projected)();
}

/**
 * {@link structuralHolesOfPairs} started on `runner` and joined later: the triangle listing runs
 * on another thread where the runner can (`workerRunner`; its work estimated as m^1.5 for the m
 * link positions of the projection) while the caller computes other measures, as `analyze` does.
 * The join returns the same arrays, bit for bit.
 */
export function startStructuralHolesOfPairs(
  view: CompactGraph,
  counts: PairCounts,
  weights: readonly (PairWeight | null)[],
  projected?: WeightedCsr,
  runner: SourceRunner = serialRunner,
): () => StructuralHolesArrays[] {
  const csr = projected ?? pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared);
  // The CSR keeps the pairs' weights per link position; other weights are laid out the same way.
  const perLink = weights.map((w): Float64Array | null => (w === null ? null : w === 'shared' ? csr.weights : linkWeights(csr, view.nA, counts, pairWeights(view, counts, w))));
  const { args, read } = structuralHolesJob(csr, perLink);
  const join = startKernel(runner, structuralHolesKernel, args, csr.targets.length ** 1.5);
  return () => {
    join();
    return read();
  };
}

/** Pair weights (in pair order) placed at the link positions of the CSR pairsToCsr builds from the same pairs. */
function linkWeights(csr: WeightedCsr, n: number, counts: PairCounts, byPair: Float64Array): Float64Array {
  const out = new Float64Array(csr.targets.length);
  const cursor = csr.offsets.slice(0, n);
  for (let i = 0; i < counts.size; i += 1) {
    const u = counts.u[i] as number;
    const v = counts.v[i] as number;
    const w = byPair[i] as number;
    out[cursor[u] as number] = w;
    cursor[u] = (cursor[u] as number) + 1;
    out[cursor[v] as number] = w;
    cursor[v] = (cursor[v] as number) + 1;
  }
  return out;
}
