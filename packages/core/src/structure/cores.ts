// k-cores of the co-responsibility projection and two-mode (k, l)-cores of the agency–task graph.
import { toRecord, viewOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import { coreNumbers, twoModeCoreMembers, twoModeCorenessOf } from '../kernels/cores.js';
import { pairCounts } from '../projection/projection.js';
import { pairsToCsr } from './louvain.js';

export interface CoreOptions {
  /** Compute on the graph without collective units (they get no value). Default `false`. */
  excludeCollective?: boolean;
}

export interface TwoModeCoreOptions extends CoreOptions {
  /** l: the least number of the core's agencies a task of the core has. A whole number ≥ 1. Default 2. */
  l?: number;
}

/** The nodes of a two-mode (k, l)-core, in graph order. */
export interface TwoModeCore {
  k: number;
  l: number;
  /** Agency node keys. */
  agencies: string[];
  /** Task node keys. */
  tasks: string[];
}

/**
 * Coreness of every agency on the agency projection (two agencies tied when they share a task,
 * unweighted): the largest k such that the agency is in the k-core, the largest group of agencies
 * each tied to at least k others of the group (Seidman 1983). Batagelj & Zaveršnik's (2003) O(m)
 * peeling ({@link coreNumbers}); equals NetworkX `core_number` on the projection. An agency
 * without partners has coreness 0. Accepts the graph or its compact view.
 */
export function agencyCoreness(graph: ResponsibilityGraph | CompactGraph, options: CoreOptions = {}): Record<string, number> {
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'agencyCoreness' });
  const counts = pairCounts(view, 'agency');
  return toRecord(view, coreNumbers(pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared)), 0, view.nA);
}

/**
 * Two-mode coreness for a given l (Ahmed et al. 2007; Cerinšek & Batagelj 2015): the (k, l)-core is
 * the largest subgraph of the agency–task graph in which every agency is on at least k of its tasks
 * and every task has at least l of its agencies. For each agency and each task, the largest k ≥ 1
 * such that it is in the (k, l)-core, or 0 when it is in none (tasks with fewer than l agencies,
 * agencies none of whose tasks keep l). With l = 2 (default) only shared tasks hold a core
 * together. One bucket-queue peeling in O(n + m). Accepts the graph or its view.
 */
export function twoModeCoreness(graph: ResponsibilityGraph | CompactGraph, options: TwoModeCoreOptions = {}): Record<string, number> {
  const l = checkWhole(options.l ?? 2, 'l', 'twoModeCoreness');
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'twoModeCoreness' });
  return toRecord(view, twoModeCorenessOf(view, 'agency', l));
}

/**
 * The two-mode (k, l)-core (Ahmed et al. 2007): the largest set of agencies and tasks in which every
 * agency is on at least k tasks of the set and every task has at least l agencies of the set, found
 * by iterated pruning in O(n + m). Empty when no such set exists.
 * `k` and `l` are whole numbers ≥ 1 (`l` defaults to 2). Accepts the graph or its compact view.
 */
export function twoModeCore(graph: ResponsibilityGraph | CompactGraph, options: TwoModeCoreOptions & { k: number }): TwoModeCore {
  const k = checkWhole(options.k, 'k', 'twoModeCore');
  const l = checkWhole(options.l ?? 2, 'l', 'twoModeCore');
  const view = viewOf(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'twoModeCore' });
  const member = twoModeCoreMembers(view, k, l);
  const agencies: string[] = [];
  const tasks: string[] = [];
  for (let i = 0; i < view.keys.length; i += 1) if (member[i] === 1) (i < view.nA ? agencies : tasks).push(view.keys[i] as string);
  return { k, l, agencies, tasks };
}

function checkWhole(value: number, name: string, caller: string): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${caller}: invalid \`${name}\` ${value} (expected a whole number ≥ 1)`);
  return value;
}
