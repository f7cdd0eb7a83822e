// What the difference view draws from one step of core's comparePlans: each agency's change in
// tasks, and each co-responsibility link as new, gone or kept.
import type { IdentityChange, PlanComparison } from '@fengong/core';
import type { Network } from '../network.js';

export interface DiffAgency {
  /** The name the agencies are compared under (after renames and mergers). */
  agency: string;
  collective: boolean;
  before: number | null;
  after: number | null;
  /** after − before (absent counts as 0). */
  change: number;
  status: 'entered' | 'left' | 'gained' | 'lost' | 'same';
}

export interface DiffLink {
  a: string;
  b: string;
  before: number;
  after: number;
  status: 'new' | 'gone' | 'kept';
}

export interface DifferenceModel {
  from: string;
  to: string;
  agencies: DiffAgency[];
  links: DiffLink[];
}

/** Pairs of agencies sharing a task in `network` (names mapped as compared), with the tasks they share. */
function pairsOf(network: Network, rename: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  const graph = network.graph;
  graph.forEachNode((task, attr) => {
    if (attr.part !== 'task') return;
    const names = new Set<string>();
    for (const n of graph.neighbors(task)) {
      const a = graph.getNodeAttributes(n);
      if (a.part === 'agency') names.add(rename.get(a.name) ?? a.name);
    }
    const list = [...names].sort();
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const key = `${list[i]}\u0000${list[j]}`;
        out.set(key, (out.get(key) ?? 0) + 1);
      }
    }
  });
  return out;
}

function renames(identity: readonly IdentityChange[], plan: string): Map<string, string> {
  return new Map(identity.filter((c) => c.plan === plan).map((c) => [c.from, c.to]));
}

/**
 * The step from plan `step` to plan `step + 1` of `comparison` (plans in the order compared):
 * agencies with their tasks before and after (the comparison's, after renames and mergers), and the
 * co-responsibility links of both plans on those names — new (only after), gone (only before) or
 * kept (weights: tasks shared).
 */
export function differenceModel(comparison: PlanComparison, networks: readonly Network[], step: number): DifferenceModel {
  const from = comparison.plans[step];
  const to = comparison.plans[step + 1];
  const before = networks[step];
  const after = networks[step + 1];
  if (from === undefined || to === undefined || before === undefined || after === undefined) throw new Error(`@fengong/viz: no step ${step} in a comparison of ${comparison.plans.length} plans`);
  const agencies: DiffAgency[] = [];
  for (const row of comparison.agencies) {
    const b = row.plans[step]?.tasks ?? null;
    const a = row.plans[step + 1]?.tasks ?? null;
    if (a === null && b === null) continue;
    const change = (a ?? 0) - (b ?? 0);
    const status = b === null ? 'entered' : a === null ? 'left' : change > 0 ? 'gained' : change < 0 ? 'lost' : 'same';
    agencies.push({ agency: row.agency, collective: row.collective, before: b, after: a, change, status });
  }
  const pb = pairsOf(before, renames(comparison.identity, from.label));
  const pa = pairsOf(after, renames(comparison.identity, to.label));
  const links: DiffLink[] = [];
  for (const key of new Set([...pb.keys(), ...pa.keys()])) {
    const [a = '', b = ''] = key.split('\u0000');
    const x = pb.get(key) ?? 0;
    const y = pa.get(key) ?? 0;
    links.push({ a, b, before: x, after: y, status: x === 0 ? 'new' : y === 0 ? 'gone' : 'kept' });
  }
  return { from: from.label, to: to.label, agencies, links };
}
