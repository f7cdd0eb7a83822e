// Robustness of the division of labour to the loss of agencies (Memmott, Waser & Price 2004).
import { degreeOf, viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { areaUnder, attackCurves, type AttackCurves } from '../kernels/robustness.js';
import { betweenness } from '../metrics/centrality/betweenness.js';
import { seededRandom } from './random.js';

/** Orders agencies are removed in: at random (seeded, averaged), by tasks, by tasks led, by betweenness (each most first). */
export type RemovalStrategy = 'random' | 'tasks' | 'lead' | 'betweenness';
export const REMOVAL_STRATEGIES: readonly RemovalStrategy[] = ['random', 'tasks', 'lead', 'betweenness'];

export interface RobustnessOptions {
  /** Default `random`. */
  strategy?: RemovalStrategy;
  /** Seed of the random orders, a whole number 0 … 2³² − 1. Default 42. */
  seed?: number;
  /** Random orders averaged. A whole number ≥ 1. Default 20 (R bipartite's `second.extinct` averages 10). */
  replicates?: number;
  excludeCollective?: boolean;
}

/** One strategy's attack curves (index k: after k agencies removed) and the areas under them. */
export interface Robustness {
  strategy: RemovalStrategy;
  /** Share of tasks still on at least one agency, k = 0 … n_A (random: the mean over the replicates). */
  covered: number[];
  /** Largest connected component's share of all nodes (agencies left and every task). */
  largest: number[];
  /** Area under `covered` over the share of agencies removed, 0–1 (trapezoid rule): R bipartite's `robustness`. */
  aucCovered: number;
  /** Area under `largest`. */
  aucLargest: number;
}

/** Agency indices by a score, largest first; ties by tasks, then tasks led, then graph order. */
export function orderBy(view: CompactGraph, score: (a: number) => number): Int32Array {
  const led = leadCounts(view);
  return Int32Array.from({ length: view.nA }, (_, i) => i).sort(
    (a, b) => score(b) - score(a) || degreeOf(view, b) - degreeOf(view, a) || (led[b] as number) - (led[a] as number) || a - b,
  );
}

/** Tasks each agency leads. */
function leadCounts(view: CompactGraph): Int32Array {
  const led = new Int32Array(view.nA);
  for (let a = 0; a < view.nA; a += 1) for (let e = view.offsets[a] as number; e < (view.offsets[a + 1] as number); e += 1) led[a] = (led[a] as number) + (view.lead[e] as number);
  return led;
}

/** The mean curves over `replicates` uniformly random orders (Fisher–Yates with mulberry32 from `seed`). */
export function randomAttack(view: CompactGraph, seed: number, replicates: number): AttackCurves {
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: view.nA }, (_, i) => i);
  const covered = new Float64Array(view.nA + 1);
  const largest = new Float64Array(view.nA + 1);
  for (let r = 0; r < replicates; r += 1) {
    for (let i = view.nA - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const curves = attackCurves(view, order);
    for (let k = 0; k <= view.nA; k += 1) {
      covered[k] = (covered[k] as number) + (curves.covered[k] as number) / replicates;
      largest[k] = (largest[k] as number) + (curves.largest[k] as number) / replicates;
    }
  }
  return { covered, largest };
}

/** The attack curves of one strategy on a view; `betweennessOf` gives the agencies' betweenness when needed. */
export function robustnessOfView(view: CompactGraph, strategy: RemovalStrategy, options: { seed: number; replicates: number; betweennessOf: () => ArrayLike<number> }): Robustness {
  let curves: AttackCurves;
  if (strategy === 'random') curves = randomAttack(view, options.seed, options.replicates);
  else if (strategy === 'tasks') curves = attackCurves(view, orderBy(view, (a) => degreeOf(view, a)));
  else if (strategy === 'lead') {
    const led = leadCounts(view);
    curves = attackCurves(view, orderBy(view, (a) => led[a] as number));
  } else {
    const b = options.betweennessOf();
    curves = attackCurves(view, orderBy(view, (a) => b[a] as number));
  }
  return { strategy, covered: Array.from(curves.covered), largest: Array.from(curves.largest), aucCovered: areaUnder(curves.covered), aucLargest: areaUnder(curves.largest) };
}

/**
 * Robustness to the loss of agencies (Memmott, Waser & Price 2004; Burgos et al. 2007; R
 * bipartite's `robustness` with `second.extinct`): agencies are removed one at a time — in random
 * order (the mean of `replicates` seeded orders), by tasks, by tasks led, or by two-mode
 * betweenness, largest first, ties by tasks, lead, then table order, scores fixed before the first
 * removal as bipartite does — and after each removal we follow the share of tasks still on at least
 * one agency (a task with none is "extinct") and the largest connected component's share of all
 * nodes. Robustness is the area under each curve over the share of agencies removed (0–1), by the
 * trapezoid rule: bipartite integrates a spline through the same points, which differs slightly.
 * Near 1: tasks survive until almost every agency is gone; near 0: a few agencies hold everything.
 * Today's one-agency what-if (`removeAgency`) is the first step of such a curve. Accepts the graph
 * or its compact view.
 */
export function robustness(graph: ResponsibilityGraph | CompactGraph, options: RobustnessOptions = {}): Robustness {
  const { strategy = 'random', seed = 42, replicates = 20, excludeCollective = false } = options;
  if (!REMOVAL_STRATEGIES.includes(strategy)) throw new Error(`robustness: invalid \`strategy\` "${String(strategy)}" (expected ${REMOVAL_STRATEGIES.join(', ')})`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`robustness: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  if (!Number.isInteger(replicates) || replicates < 1) throw new Error(`robustness: invalid \`replicates\` ${replicates} (expected a whole number ≥ 1)`);
  const view = viewOf(graph, { excludeCollective, caller: 'robustness' });
  return robustnessOfView(view, strategy, { seed, replicates, betweennessOf: () => betweenness.compute(view) });
}
