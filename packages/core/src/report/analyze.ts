// The full analysis of a responsibility network: every metric, in one deterministic report.
import { agencyKey } from '../graph/build.js';
import { compact } from '../graph/compact.js';
import type { ExcludedUnit, ResponsibilityGraph } from '../graph/types.js';
import { agencyLoad } from '../load.js';
import { betweenness } from '../metrics/centrality/betweenness.js';
import { betweennessPlan, type BetweennessChoice, type BetweennessSetting } from '../metrics/centrality/betweenness-plan.js';
import { closeness } from '../metrics/centrality/closeness.js';
import { degreeCentrality } from '../metrics/centrality/degree.js';
import { eigenvector } from '../metrics/centrality/eigenvector.js';
import { pagerank } from '../metrics/centrality/pagerank.js';
import { latapyClustering } from '../metrics/node/latapy-clustering.js';
import { redundancy } from '../metrics/node/redundancy.js';
import { roleLoadOf, type RoleLoad } from '../metrics/role-load.js';
import type { SourceRunner } from '../kernels/runner.js';
import { projectPairs, projection } from '../projection/projection.js';
import { agencyCommunities } from '../structure/communities.js';
import { barberModularity, extendPartitionToTasks } from '../structure/modularity.js';
import { networkMeasuresOf, type NetworkMeasures } from '../structure/network.js';
import { moduleRoles } from '../structure/roles-in-modules.js';

export interface AnalyzeOptions {
  /** Analyse the graph without collective units. Default `false`. */
  excludeCollective?: boolean;
  /** λ of the role-weighted load. Default 2. */
  lambda?: number;
  /** ρ, the lead's share of a task's credit. Default 0.5. */
  rho?: number;
  /** Seed of Louvain's random generator, a whole number 0 … 2³² − 1. Default 42. */
  seed?: number;
  /**
   * Exact or sampled betweenness: `'auto'` (default: exact while N·m ≤ 10⁹, about 12,000 tasks of a
   * typical table, else 1,000 seeded pivots), `'exact'`, or `{ pivots, seed? }`. The report's
   * `settings.betweenness` says which was used.
   */
  betweenness?: BetweennessChoice;
  /** Where the searches of betweenness and closeness run. Default: this thread; in Node, `workerRunner()` from `@fengong/core/node` uses every core. */
  runner?: SourceRunner;
}

export interface AgencyReport extends RoleLoad {
  /** Rank by tasks (ties by lead, then first appearance), as `agencyLoad`. */
  rank: number;
  agency: string;
  nameEn: string | null;
  collective: boolean;
  /** Share of all tasks: tasks / n_T. */
  share: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  latapyClustering: number;
  redundancy: number;
  /** Σ shared tasks with every partner (agency projection). */
  strength: number;
  /** Distinct agencies it shares a task with. */
  partners: number;
  community: number;
  participation: number;
  withinModuleZ: number;
}

export interface TaskReport {
  id: string;
  title: string;
  titleEn: string | null;
  category: string | null;
  /** Lead agencies (names as written). */
  lead: string[];
  /** Co-operating agencies (beside a lead). */
  co: string[];
  /** Agencies listed with no lead marked on the task (role `responsible`). */
  responsible: string[];
  /** Number of agencies on the task. */
  agencies: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  community: number | null;
}

export interface PairReport {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  overlap: number;
  cosine: number;
  dice: number;
  newman: number;
  pValue: number;
  qValue: number;
}

export interface AnalysisReport {
  source: { file: string | null; excludeCollective: boolean; excluded: ExcludedUnit[] };
  settings: {
    lambda: number;
    rho: number;
    pagerankAlpha: number;
    louvainSeed: number;
    louvainWeight: 'shared';
    /** How betweenness was computed: `exact`, or `sampled` from `pivots` seeded pivots. */
    betweenness: BetweennessSetting;
  };
  network: NetworkMeasures & {
    /** NODF, 0–100 (also in `nestedness`). */
    nodf: number;
    /** Barber's bipartite modularity Q_B of the Louvain partition extended to tasks. */
    modularity: number;
    /** Modularity of the Louvain partition on the weighted agency projection. */
    projectionModularity: number;
    communities: number;
  };
  agencies: AgencyReport[];
  tasks: TaskReport[];
  /** Agency pairs sharing at least one task, by shared tasks (descending), then table order. */
  pairs: PairReport[];
}

/**
 * Runs every analysis on the graph: load and role-aware load, two-mode centralities, clustering,
 * the co-responsibility projection with its significance, Louvain communities with Barber's
 * modularity and Guimerà–Amaral roles, and whole-network measures. The same graph and options
 * always give the same report (seeded randomness, stable ordering).
 */
export function analyze(graph: ResponsibilityGraph, options: AnalyzeOptions = {}): AnalysisReport {
  const { excludeCollective = false, lambda = 2, rho = 0.5, seed = 42, runner } = options;
  const view = compact(graph, { excludeCollective, caller: 'analyze' });
  const plan = betweennessPlan(view, options.betweenness ?? 'auto');
  const node = <T>(values: Float64Array): ((key: string) => T) => {
    return (key) => values[view.index.get(key) as number] as T;
  };
  const degree = node<number>(degreeCentrality.compute(view));
  const between = node<number>(betweenness.compute(view, { ...plan.options, runner }));
  const close = node<number>(closeness.compute(view, { runner }));
  const rank = node<number>(pagerank.compute(view));
  const eigen = node<number>(eigenvector.compute(view));
  const latapy = node<number>(latapyClustering.compute(view));
  const redundant = node<number>(redundancy.compute(view));
  const roles = roleLoadOf(view, { lambda, rho });

  const projected = projection(graph, { excludeCollective });
  const { community, count, modularity: projectionModularity } = agencyCommunities(graph, { excludeCollective, seed });
  const partition = extendPartitionToTasks(graph, community);
  const modules = moduleRoles(projected, community);
  const measures = networkMeasuresOf(view);

  const agencies: AgencyReport[] = agencyLoad(graph, { excludeCollective }).map((load) => {
    const key = agencyKey(load.agency);
    const p = projected.getNodeAttributes(key);
    return {
      rank: load.rank,
      agency: load.agency,
      nameEn: load.nameEn ?? null,
      collective: load.collective,
      share: load.share,
      ...(roles.get(key) as RoleLoad),
      degreeCentrality: degree(key),
      betweenness: between(key),
      closeness: close(key),
      pagerank: rank(key),
      eigenvector: eigen(key),
      latapyClustering: latapy(key),
      redundancy: redundant(key),
      strength: p.strength,
      partners: p.partners,
      community: community[key] as number,
      participation: modules[key]?.participation ?? 0,
      withinModuleZ: modules[key]?.withinModuleZ ?? 0,
    };
  });

  const name = (key: string): string => {
    const a = graph.getNodeAttributes(key);
    return a.part === 'agency' ? a.name : a.id;
  };
  const tasks: TaskReport[] = [];
  for (let t = view.nA; t < view.keys.length; t += 1) {
    const key = view.keys[t] as string;
    const attr = graph.getNodeAttributes(key);
    if (attr.part !== 'task') continue;
    const lead: string[] = [];
    const co: string[] = [];
    const responsible: string[] = [];
    for (let e = view.offsets[t] as number; e < (view.offsets[t + 1] as number); e += 1) {
      (view.lead[e] === 1 ? lead : view.responsible[e] === 1 ? responsible : co).push(name(view.keys[view.neighbors[e] as number] as string));
    }
    tasks.push({
      id: attr.id,
      title: attr.title,
      titleEn: attr.titleEn ?? null,
      category: attr.category,
      lead,
      co,
      responsible,
      agencies: lead.length + co.length + responsible.length,
      degreeCentrality: degree(key),
      betweenness: between(key),
      closeness: close(key),
      pagerank: rank(key),
      eigenvector: eigen(key),
      community: partition[key] ?? null,
    });
  }

  const pairs: PairReport[] = projectPairs(view, 'agency')
    .sort((x, y) => y.shared - x.shared || x.u - y.u || x.v - y.v)
    .map(({ u, v, ...w }) => ({ a: name(view.keys[u] as string), b: name(view.keys[v] as string), ...w }));

  return {
    source: { file: graph.getAttribute('file') ?? null, excludeCollective, excluded: excludeCollective ? agenciesExcluded(graph) : [] },
    settings: { lambda, rho, pagerankAlpha: 0.85, louvainSeed: seed, louvainWeight: 'shared', betweenness: plan.setting },
    network: {
      ...measures,
      nodf: measures.nestedness.nodf,
      modularity: barberModularity(graph, partition, { excludeCollective }),
      projectionModularity,
      communities: count,
    },
    agencies,
    tasks,
    pairs,
  };
}

/** Collective units left out of the analysis, with the tasks they were on. */
function agenciesExcluded(graph: ResponsibilityGraph): ExcludedUnit[] {
  const out: ExcludedUnit[] = [...graph.getAttribute('excluded')];
  graph.forEachNode((_key, attr) => {
    if (attr.part !== 'agency' || !attr.collective) return;
    const tasks: string[] = [];
    const led: string[] = [];
    graph.forEachNeighbor(_key, (task, t) => {
      if (t.part !== 'task') return;
      tasks.push(t.id);
      if (graph.getEdgeAttribute(graph.edge(_key, task), 'role') === 'lead') led.push(t.id);
    });
    out.push({ name: attr.name, reason: 'collective', tasks, led });
  });
  return out;
}
