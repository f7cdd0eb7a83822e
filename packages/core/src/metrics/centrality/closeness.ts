// Two-mode closeness centrality (bit-parallel breadth-first searches from every node).
import type { CompactGraph } from '../../graph/compact.js';
import { serialRunner, type SourceRunner } from '../../kernels/runner.js';
import { distanceSums } from '../../kernels/universal.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface ClosenessOptions extends MetricOptions {
  /** Scale by the share of the graph a node reaches, (r − 1)/(N − 1) (Wasserman & Faust). Default `true`. */
  normalized?: boolean;
  /** Where the searches run. Default: this thread; `workerRunner()` from `@fengong/core/node` uses every core. */
  runner?: SourceRunner;
  /**
   * Estimate the distance sums of each component with more than this many nodes from this many
   * seeded pivots (trees and components with a universal node stay exact). Default: exact.
   */
  pivots?: number;
  /** Seed of the pivot draw, a whole number 0 … 2³² − 1. Default 42. */
  seed?: number;
}

function compute(g: CompactGraph, options: ClosenessOptions): Float64Array {
  const n = g.keys.length;
  const out = new Float64Array(n);
  if (n < 2) return out;
  const { pivots, seed = 42 } = options;
  if (pivots !== undefined && (!Number.isInteger(pivots) || pivots < 1)) {
    throw new Error(`closeness: invalid \`pivots\` ${pivots} (expected a whole number ≥ 1; leave it out for exact closeness)`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`closeness: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  const { sum, reached } = distanceSums(g, options.runner ?? serialRunner, pivots === undefined ? undefined : { pivots, seed });
  for (let s = 0; s < n; s += 1) {
    const total = sum[s] as number;
    if (total === 0) continue;
    // Smallest possible total distance from a node of this set: 1 to each node of the other set,
    // 2 to each other node of its own set.
    const [own, other] = s < g.nA ? [g.nA, g.nT] : [g.nT, g.nA];
    let c = (other + 2 * (own - 1)) / total;
    if (options.normalized !== false) c *= ((reached[s] as number) - 1) / (n - 1);
    out[s] = c;
  }
  return out;
}

/**
 * Two-mode closeness centrality (Borgatti & Everett 1997; NetworkX `bipartite.closeness_centrality`):
 * for an agency, (n_T + 2(n_A − 1)) / Σ_u d(v, u), the minimum possible total distance over the
 * actual one (tasks symmetric), times (r − 1)/(N − 1) where r counts the nodes v reaches, itself
 * included (Wasserman–Faust correction for disconnected graphs). 0 for an isolated node. The
 * distance sums come from multi-source BFS, 32 sources per pass (see `distanceKernel`), except in
 * components where one node is linked to the whole other side (a collective on every task), where
 * they have a closed form, and trees, where rerooting gives them in linear time (see
 * `distanceSums`). With `pivots` = k, a larger component's sums are estimated from k seeded pivots
 * stratified by side (Eppstein & Wang 2004), in O(k·m) instead of O(N·m).
 */
export const closeness = nodeMetric<ClosenessOptions>('closeness', compute);
