// Choosing exact or sampled betweenness by the size of the graph, and saying which was used.
import type { CompactGraph } from '../../graph/compact.js';
import type { BetweennessOptions } from './betweenness.js';

/** What to compute: decide by size, always exact, or sampled from `pivots` seeded pivots. */
export type BetweennessChoice = 'auto' | 'exact' | { pivots: number; seed?: number };

/** What was computed, as reported in `settings.betweenness`. */
export type BetweennessSetting = { method: 'exact'; pivots: null; seed: null } | { method: 'sampled'; pivots: number; seed: number };

/** Exact betweenness up to this many source × link visits (N·m): about 12,000 tasks of a typical table. */
export const EXACT_BETWEENNESS_WORK = 1e9;
/** Pivots of sampled betweenness when `auto` chooses it. */
export const DEFAULT_PIVOTS = 1000;
/** Seed of the pivot draw unless one is given. */
export const DEFAULT_PIVOT_SEED = 42;

/**
 * Resolves a {@link BetweennessChoice} on a graph: `auto` is exact while N·m ≤ 10⁹ (Brandes'
 * algorithm costs O(N·m)), else {@link DEFAULT_PIVOTS} pivots with seed 42; `{ pivots }` with
 * pivots ≥ N is exact. Returns the options for `betweenness` and the setting to report.
 */
export function betweennessPlan(view: CompactGraph, choice: BetweennessChoice): { options: Pick<BetweennessOptions, 'pivots' | 'seed'>; setting: BetweennessSetting } {
  const n = view.keys.length;
  const exact = { options: {}, setting: { method: 'exact', pivots: null, seed: null } } as const;
  if (choice === 'exact') return exact;
  if (choice === 'auto') {
    if (n * (view.neighbors.length / 2) <= EXACT_BETWEENNESS_WORK || DEFAULT_PIVOTS >= n) return exact;
    return { options: { pivots: DEFAULT_PIVOTS, seed: DEFAULT_PIVOT_SEED }, setting: { method: 'sampled', pivots: DEFAULT_PIVOTS, seed: DEFAULT_PIVOT_SEED } };
  }
  if (choice === null || typeof choice !== 'object' || !Number.isInteger(choice.pivots) || choice.pivots < 1) {
    throw new Error(`analyze: invalid \`betweenness\` ${JSON.stringify(choice)} (expected 'auto', 'exact' or { pivots: a whole number ≥ 1, seed? })`);
  }
  const seed = choice.seed ?? DEFAULT_PIVOT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`analyze: invalid betweenness \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  }
  if (choice.pivots >= n) return exact;
  return { options: { pivots: choice.pivots, seed }, setting: { method: 'sampled', pivots: choice.pivots, seed } };
}
