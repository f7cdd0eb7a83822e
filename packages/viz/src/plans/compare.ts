// Loaded on first use (dynamic import): core's comparePlans on the opened plans, so the comparison
// code is not in the main chunk.
import { comparePlans, type PlanComparison } from '@fengong/core';
import type { Plan } from './plans.js';

/**
 * Compares the plans in the order given (core's `comparePlans`: names normalised, the bundled
 * 2018/2023 reform renames and mergers applied when a plan is dated after them, dates found in the
 * documents). QAP is skipped (`qap: false`): the viewer shows loads and links, not the tests.
 */
export function comparePlansOf(plans: readonly Plan[]): PlanComparison {
  return comparePlans(
    plans.map((p) => ({ table: p.table, label: p.label })),
    { qap: false },
  );
}
