// Choosing exact or sampled closeness by the cost of its searches, and saying which was used.
import type { CompactGraph } from '../../graph/compact.js';
import { componentLists, isTree } from '../../kernels/component-distances.js';
import type { ClosenessOptions } from './closeness.js';

/** What to compute: decide by cost, always exact, or sampled from `pivots` seeded pivots per large component. */
export type ClosenessChoice = 'auto' | 'exact' | { pivots: number; seed?: number };

/** What was computed, as reported in `settings.closeness`. */
export type ClosenessSetting = { method: 'exact'; pivots: null; seed: null } | { method: 'sampled'; pivots: number; seed: number };

/**
 * Exact closeness up to this many source × link visits, Σ n_K·m_K over the components that need
 * searching (not trees): about 8 s of bit-parallel search on this project’s 2-core machine.
 */
export const EXACT_CLOSENESS_WORK = 1e9;
/** Pivots per large component when `auto` samples. */
export const DEFAULT_CLOSENESS_PIVOTS = 1000;
/** Seed of the pivot draw unless one is given. */
export const DEFAULT_CLOSENESS_SEED = 42;

/**
 * Resolves a {@link ClosenessChoice} on a graph: `auto` is exact while the components that are not
 * trees cost Σ n_K·m_K ≤ {@link EXACT_CLOSENESS_WORK} (trees are exact by rerooting at any size),
 * else {@link DEFAULT_CLOSENESS_PIVOTS} pivots with seed 42 in each component larger than that;
 * `{ pivots }` samples every component larger than `pivots`. The setting says `sampled` only when
 * some component is sampled.
 */
export function closenessPlan(view: CompactGraph, choice: ClosenessChoice): { options: Pick<ClosenessOptions, 'pivots' | 'seed'>; setting: ClosenessSetting } {
  const exact = { options: {}, setting: { method: 'exact', pivots: null, seed: null } } as const;
  if (choice === 'exact') return exact;
  let pivots = DEFAULT_CLOSENESS_PIVOTS;
  let seed = DEFAULT_CLOSENESS_SEED;
  if (choice !== 'auto') {
    if (choice === null || typeof choice !== 'object' || !Number.isInteger(choice.pivots) || choice.pivots < 1) {
      throw new Error(`analyze: invalid \`closeness\` ${JSON.stringify(choice)} (expected 'auto', 'exact' or { pivots: a whole number ≥ 1, seed? })`);
    }
    pivots = choice.pivots;
    seed = choice.seed ?? DEFAULT_CLOSENESS_SEED;
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new Error(`analyze: invalid closeness \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
    }
  }
  const lists = componentLists(view);
  let work = 0;
  let largest = 0;
  for (let c = 0; c < lists.links.length; c += 1) {
    if (isTree(lists, c)) continue;
    const nodes = (lists.start[c + 1] as number) - (lists.start[c] as number);
    work += nodes * (lists.links[c] as number);
    largest = Math.max(largest, nodes);
  }
  if ((choice === 'auto' && work <= EXACT_CLOSENESS_WORK) || largest <= pivots) return exact;
  return { options: { pivots, seed }, setting: { method: 'sampled', pivots, seed } };
}
