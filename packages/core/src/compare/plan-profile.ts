// What the comparison needs of one plan: its load table, network measures and co-responsibility pairs.
import type { BuildOptions } from '../graph/build.js';
import { compactTable, withoutCollective, type CompactGraph } from '../graph/compact.js';
import { loadOfView, type AgencyLoad } from '../load.js';
import { pairCounts } from '../projection/projection.js';
import { louvainCsr, pairsToCsr } from '../structure/louvain.js';
import { barberOnView, extendOnView } from '../structure/modularity.js';
import { networkMeasuresOf } from '../structure/network.js';
import type { ResponsibilityTable } from '../types.js';

/** The network measures compared side by side (see `networkMeasures` and `analyze`). */
export interface PlanNetwork {
  agencies: number;
  tasks: number;
  links: number;
  /** Two-mode density m / (n_A·n_T). */
  density: number;
  /** Freeman degree centralisation within each mode, on two-mode degree centrality. */
  centralisation: { agencies: number; tasks: number };
  /** Agencies per task: mean and median. */
  teamSize: { mean: number; median: number; max: number };
  /** Gini coefficient of the agencies' loads (tasks). */
  loadGini: number;
  /** Barber's bipartite modularity Q_B of the Louvain partition of the agency projection, extended to tasks (as `analyze`'s `network.modularity`). */
  modularity: number;
  /** Newman–Girvan modularity of that partition on the agency projection weighted by shared tasks. */
  projectionModularity: number;
  communities: number;
}

export interface PlanProfile {
  view: CompactGraph;
  /** Load rows by agency name. */
  load: Map<string, AgencyLoad>;
  network: PlanNetwork;
  /** Shared tasks of every pair of agencies sharing one, keyed by {@link pairKey}. */
  pairs: Map<string, number>;
  /** Lead–co ties, both directions added: tasks one of the pair leads and the other co-operates on (`leadNetwork` made symmetric). */
  leadPairs: Map<string, number>;
}

/** Key of an unordered pair of names. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Builds one plan's profile from its table (names already as they are to be compared). */
export function planProfile(table: ResponsibilityTable, options: { excludeCollective: boolean; seed: number; build: BuildOptions }): PlanProfile {
  const full = compactTable(table, options.build);
  const view = options.excludeCollective ? withoutCollective(full) : full;
  const load = new Map(loadOfView(view).map((row) => [row.agency, row]));
  const measures = networkMeasuresOf(view);
  const counts = pairCounts(view, 'agency');
  const found = louvainCsr(pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared), { seed: options.seed });
  const agencyPartition = new Int32Array(view.keys.length).fill(-1);
  agencyPartition.set(found.community);
  const names = view.attributes.slice(0, view.nA).map((a) => (a as { name: string }).name);
  const pairs = new Map<string, number>();
  for (let i = 0; i < counts.size; i += 1) {
    pairs.set(pairKey(names[counts.u[i] as number] as string, names[counts.v[i] as number] as string), counts.shared[i] as number);
  }
  const leadPairs = new Map<string, number>();
  for (let t = view.nA; t < view.keys.length; t += 1) {
    const from = view.offsets[t] as number;
    const to = view.offsets[t + 1] as number;
    for (let e = from; e < to; e += 1) {
      if (view.lead[e] !== 1) continue;
      for (let f = from; f < to; f += 1) {
        if (f === e || view.lead[f] === 1 || view.responsible[f] === 1) continue;
        const key = pairKey(names[view.neighbors[e] as number] as string, names[view.neighbors[f] as number] as string);
        leadPairs.set(key, (leadPairs.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    view,
    load,
    pairs,
    leadPairs,
    network: {
      agencies: measures.agencies,
      tasks: measures.tasks,
      links: measures.links,
      density: measures.density,
      centralisation: measures.centralisation,
      teamSize: { mean: measures.teamSize.mean, median: measures.teamSize.median, max: measures.teamSize.max },
      loadGini: measures.loadGini,
      modularity: barberOnView(view, extendOnView(view, agencyPartition)),
      projectionModularity: found.modularity,
      communities: found.count,
    },
  };
}
