// Loaded on first use (dynamic import): core's comparePlans on the opened plans, so the comparison
// code is not in the main chunk.
import { comparePlans, type PlanComparison } from '@fengong/core';
import type { Plan } from './plans.js';

/**
 * Compares the plans in the order given (core's `comparePlans`: names normalised, the bundled
 * 2018/2023 reform renames and mergers applied when a plan is dated after them, dates found in the
 * documents, or given when the file name has one). QAP is skipped (`qap: false`): the viewer shows loads and links, not the tests.
 */
export function comparePlansOf(plans: readonly Plan[]): PlanComparison {
  return comparePlans(
    // A date read from the file name is given; one in the document core finds itself.
    plans.map((p) => ({ table: p.table, label: p.label, ...(p.date?.source === 'file-name' ? { date: p.date.date } : {}) })),
    { qap: false },
  );
}
