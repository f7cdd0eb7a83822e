// Two-mode betweenness centrality: exact (Brandes from every node) or estimated from seeded pivots,
// with the Borgatti–Halgin divisor.
import type { CompactGraph } from '../../graph/compact.js';
import { samplePivots } from '../../kernels/pivots.js';
import { allSources, serialRunner, startDependencies, type SourceRunner } from '../../kernels/runner.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

export interface BetweennessOptions extends MetricOptions {
  /** Divide by the largest value possible for a node of its set (Borgatti & Halgin 2011). Default `true`; `false` gives the raw pair count. */
  normalized?: boolean;
  /** Estimate from this many pivot sources instead of all N (see `samplePivots`). Default: exact; a count ≥ N is exact. */
  pivots?: number;
  /** Seed of the pivot draw, a whole number 0 … 2³² − 1. Default 42. */
  seed?: number;
  /** Where the searches run. Default: this thread; `workerRunner()` from `@fengong/core/node` uses every core. */
  runner?: SourceRunner;
}

/**
 * Raw betweenness of every node: Σ over unordered pairs {s, t} of σ_st(v)/σ_st (Brandes 2001,
 * unweighted), i.e. half the sum of every source's dependencies. With `pivots` = k < N, the
 * estimate ½ Σ_{s ∈ pivots} (n_X/k_X)·δ_s(v) from k seeded pivots stratified by side (Brandes &
 * Pich 2007): unbiased, with a standard error shrinking like 1/√k.
 */
export function rawBetweenness(g: CompactGraph, options: Pick<BetweennessOptions, 'pivots' | 'seed' | 'runner'> = {}): Float64Array {
  return startRawBetweenness(g, options)();
}

/**
 * {@link rawBetweenness} started on `options.runner` and joined later: the searches run in the
 * background where the runner can (`workerRunner`), so the caller can compute other metrics
 * meanwhile; the join returns the same values, bit for bit. Options are checked at the start.
 */
export function startRawBetweenness(g: CompactGraph, options: Pick<BetweennessOptions, 'pivots' | 'seed' | 'runner'> = {}): () => Float64Array {
  const { pivots, seed = 42, runner = serialRunner } = options;
  const n = g.keys.length;
  if (pivots !== undefined && (!Number.isInteger(pivots) || pivots < 1)) {
    throw new Error(`betweenness: invalid \`pivots\` ${pivots} (expected a whole number ≥ 1; leave it out for exact betweenness)`);
  }
  const join =
    pivots === undefined || pivots >= n
      ? startDependencies(runner, g, allSources(g))
      : (() => {
          const sample = samplePivots(g.nA, g.nT, pivots, seed);
          return startDependencies(runner, g, sample.sources, sample.weights);
        })();
  return () => {
    const bc = join();
    // Every unordered pair was counted from both ends.
    for (let i = 0; i < n; i += 1) bc[i] = (bc[i] as number) / 2;
    return bc;
  };
}

/**
 * The largest betweenness a node of a set of size n can have when the other set has size m
 * (Borgatti & Halgin 2011): with s, t = divmod(n − 1, m),
 * ½[m²(s+1)² + m(s+1)(2t − s − 1) − t(2s − t + 3)].
 */
export function maxBipartiteBetweenness(n: number, m: number): number {
  if (n < 1 || m < 1) return 0;
  const s = Math.floor((n - 1) / m);
  const t = (n - 1) % m;
  return (m * m * (s + 1) ** 2 + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2;
}

/** Borgatti–Halgin normalisation of raw betweenness, in place (see {@link maxBipartiteBetweenness}). */
function normalise(g: CompactGraph, bc: Float64Array): Float64Array {
  const maxA = maxBipartiteBetweenness(g.nA, g.nT);
  const maxT = maxBipartiteBetweenness(g.nT, g.nA);
  for (let i = 0; i < bc.length; i += 1) {
    const max = i < g.nA ? maxA : maxT;
    bc[i] = max === 0 ? 0 : (bc[i] as number) / max;
  }
  return bc;
}

/**
 * {@link betweenness}`.compute` started in the background and joined later (see
 * {@link startRawBetweenness}): what `analyze` uses to run the searches on a worker thread while
 * it computes the other metrics. The join returns exactly `betweenness.compute(g, options)`.
 */
export function startBetweenness(g: CompactGraph, options: BetweennessOptions = {}): () => Float64Array {
  const join = startRawBetweenness(g, options);
  return () => (options.normalized === false ? join() : normalise(g, join()));
}

function compute(g: CompactGraph, options: BetweennessOptions): Float64Array {
  return startBetweenness(g, options)();
}

/**
 * Two-mode betweenness centrality: the unordered-pair betweenness of each node (shortest paths
 * through it, Brandes 2001, links unweighted) divided by the largest value possible for a node of
 * its set (Borgatti & Halgin 2011, as NetworkX `bipartite.betweenness_centrality`). Where that
 * divisor is 0 (a set of one node facing one node) the value is 0 instead of NetworkX's division
 * error. With `pivots`, an estimate from that many seeded pivot sources (see `rawBetweenness`);
 * `runner` spreads the searches over threads. O(N·m) exact, O(k·m) sampled.
 */
export const betweenness = nodeMetric<BetweennessOptions>('betweenness', compute);
