// The full analysis of a responsibility network: every metric, in one deterministic report.
import type { BuildOptions } from '../graph/build.js';
import { compact, compactTable, withoutCollective, type CompactGraph } from '../graph/compact.js';
import type { ExcludedUnit, ResponsibilityGraph, ResponsibilityNodeAttributes } from '../graph/types.js';
import { loadRowsOfView } from '../load.js';
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
import type { StructuralHolesArrays } from '../kernels/structural-holes.js';
import { pairCounts, partnersOf, projectPairs, type ProjectionEdgeAttributes } from '../projection/projection.js';
import type { ResponsibilityTable } from '../types.js';
import { louvainCsr, pairsToCsr } from '../structure/louvain.js';
import { coreNumbers, twoModeCorenessOf } from '../kernels/cores.js';
import { barberOnView, extendOnView } from '../structure/modularity.js';
import { networkMeasuresOf, type NetworkMeasures } from '../structure/network.js';
import { moduleRolesOf, type ModuleRole } from '../structure/roles-in-modules.js';
import { structuralHolesOfPairs } from '../structure/structural-holes.js';
import type { BrokerageArrays } from '../kernels/brokerage.js';
import { BROKERAGE_GROUPINGS, rolesAt, type BrokerageGrouping } from '../structure/brokerage.js';
import { REMOVAL_STRATEGIES, robustnessOfView, type RemovalStrategy, type Robustness } from '../structure/robustness.js';
import { categoryBlocksOf, type CategoryBlocks } from '../structure/category-blocks.js';
import { mainCategories } from '../structure/brokerage.js';
import { researchMeasuresOf, type BackboneReport, type CorePeripheryReport } from './research.js';

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
  /**
   * l of the two-mode (k, l)-cores (`twoModeCoreness`): a task holds a core together while it keeps
   * at least l of the core's agencies. A whole number ≥ 1. Default 2 (shared tasks only).
   */
  twoModeCoreL?: number;
  /**
   * Groups of the brokerage roles: each agency's main `category` (default), its Louvain
   * `community`, or its `kind` from the dictionary.
   */
  brokerageGrouping?: BrokerageGrouping;
  /** Random removal orders averaged in the robustness curves (seeded by `seed`). A whole number ≥ 1. Default 20. */
  robustnessReplicates?: number;
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
  /**
   * Burt's effective size on the agency projection, ties weighted by shared tasks:
   * Σ_j [1 − Σ_q p_iq·m_jq], p_iq = w_iq/Σ_k w_ik, m_jq = w_jq/max_k w_jk (Burt 1992). 0 without partners.
   */
  effectiveSize: number;
  /** Effective size ÷ partners (0–1). */
  efficiency: number;
  /** Burt's constraint Σ_j (p_ij + Σ_q p_iq·p_qj)², ties weighted by shared tasks. 0 without partners. */
  constraint: number;
  /** Burt's hierarchy (0–1): how far the constraint comes from one partner. 0 with fewer than two partners. */
  hierarchy: number;
  /** Effective size with every tie counted as 1: n − 2t/n (Borgatti 1997). */
  effectiveSizeUnweighted: number;
  efficiencyUnweighted: number;
  constraintUnweighted: number;
  hierarchyUnweighted: number;
  /** Coreness on the (unweighted) agency projection: the largest k such that it is in the k-core (Batagelj & Zaveršnik 2003). */
  coreness: number;
  /** Largest k such that it is in the two-mode (k, l)-core (l in `settings.twoModeCoreL`); 0 if in none. */
  twoModeCoreness: number;
  /**
   * Borgatti & Everett's (1999) continuous coreness on the (binary) agency projection: c maximising
   * corr(a_ij, c_i·c_j) over pairs, unit Euclidean norm over the agencies.
   */
  continuousCoreness: number;
  /** In the discrete core of the projection (the core whose ideal pattern fits best; Borgatti & Everett 1999). */
  core: boolean;
  /** Continuous coreness c_a on the agency–task matrix: c, d maximising corr(b_at, c_a·d_t), unit norm per side. */
  continuousCorenessTwoMode: number;
  /** In the discrete two-mode core (core agencies and tasks of the best-fitting ideal pattern). */
  coreTwoMode: boolean;
  /**
   * Gould & Fernandez (1989) brokerage on the lead → co network, groups in
   * `settings.brokerageGrouping`: paths a → v → b (no arc a → b) through the agency with all three
   * in one group.
   */
  coordinator: number;
  /** … with a and b in one group and the agency in another (itinerant broker). */
  consultant: number;
  /** … with the agency in b's group, a outside it. */
  gatekeeper: number;
  /** … with the agency in a's group, b outside it. */
  representative: number;
  /** … with all three in different groups. */
  liaison: number;
  /** The five roles together. */
  brokerage: number;
  /** Ties in the SDSM backbone (pairs with `sdsmQValue` < `network.backbone.alpha`). */
  backboneDegree: number;
  /**
   * The agency's main category, its group in `categoryBlocks` and in the `category` brokerage
   * grouping: the category of most of its tasks, ties to the one that appears first in the table;
   * `null` when none of its tasks has a category.
   */
  mainCategory: string | null;
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
  /** Largest k of a two-mode (k, l)-core the task is in (l in `settings.twoModeCoreL`); 0 with fewer than l agencies or in none. */
  twoModeCoreness: number;
  /** Continuous coreness d_t on the agency–task matrix (Borgatti & Everett 1999), unit norm over the tasks. */
  continuousCorenessTwoMode: number;
  /** In the discrete two-mode core. */
  coreTwoMode: boolean;
}

/**
 * An agency pair sharing at least one task: the two names (table order), every weight of the
 * projection, and two significance tests of its shared tasks — `pValue`/`qValue` under the
 * hypergeometric null (each agency's tasks drawn at random: backbone's `fixedrow`), `sdsmPValue`/
 * `sdsmQValue` under the stochastic degree sequence model (agency loads and task sizes both kept).
 */
export interface PairReport extends ProjectionEdgeAttributes {
  a: string;
  b: string;
  /** P(S ≥ shared) under the SDSM (Neal 2014): upper Poisson-binomial tail with probabilities P_at·P_bt of the bipartite configuration model. */
  sdsmPValue: number;
  /** Benjamini–Hochberg q-value of `sdsmPValue` over all agency pairs. */
  sdsmQValue: number;
  /** Whether the pair is a tie of the SDSM backbone (`sdsmQValue` < `network.backbone.alpha`). */
  backbone: boolean;
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
    /**
     * Tie weight of the structural-hole measures on the agency projection (`effectiveSize`,
     * `efficiency`, `constraint`, `hierarchy`): `shared` tasks; the `…Unweighted` fields count every
     * tie as 1. Coreness is always on the unweighted projection.
     */
    structuralHolesWeight: 'shared';
    /** l of the two-mode (k, l)-cores: tasks count while they keep at least l of the core's agencies. */
    twoModeCoreL: number;
    /** Groups of the brokerage roles: `category` (each agency's main category), `community` or `kind`. */
    brokerageGrouping: BrokerageGrouping;
  };
  network: NetworkMeasures & {
    /** NODF, 0–100 (also in `nestedness`). */
    nodf: number;
    /** Barber's bipartite modularity Q_B of the Louvain partition extended to tasks. */
    modularity: number;
    /** Modularity of the Louvain partition on the weighted agency projection. */
    projectionModularity: number;
    communities: number;
    /** The innermost k-core of the agency projection: its k (the largest coreness; 0 when no two agencies share a task) and its agencies. */
    kCore: { k: number; agencies: number };
    /** The innermost two-mode (k, l)-core: the largest k with a non-empty core for `l` (0: none), and its agencies and tasks. */
    twoModeCore: { k: number; l: number; agencies: number; tasks: number };
    /** Core–periphery structure (Borgatti & Everett 1999) of the projection and of the agency–task matrix, with each model's fit. */
    corePeriphery: CorePeripheryReport;
    /** The SDSM backbone of co-responsibility (Neal 2014): its test, level, size and the fit of its null model. */
    backbone: BackboneReport;
    /**
     * Robustness to the loss of agencies (Memmott et al. 2004): for each removal order, the share of
     * tasks still covered and the largest component after k removals, and the areas under them.
     * `random` is the mean of `replicates` orders seeded by `settings.louvainSeed`.
     */
    robustness: { replicates: number } & Record<RemovalStrategy, Robustness>;
  };
  agencies: AgencyReport[];
  tasks: TaskReport[];
  /** Agency pairs sharing at least one task, by shared tasks (descending), then table order. */
  pairs: PairReport[];
  /**
   * Density and centralisation per category (UCINET block densities; Freeman 1979): the agency
   * projection's blocks with agencies grouped by `mainCategory` — within each group its density,
   * mean shared tasks and degree centralisation, between two groups their density and mean shared
   * tasks (blocks with a tie only). See `categoryBlocks`.
   */
  categoryBlocks: CategoryBlocks;
}

/**
 * Runs every analysis on the graph: load and role-aware load, two-mode centralities, clustering,
 * the co-responsibility projection with its significance, Louvain communities with Barber's
 * modularity and Guimerà–Amaral roles, Burt's structural holes on the agency projection (ties
 * weighted by shared tasks, and unweighted), k-cores of the projection and two-mode (k, l)-cores,
 * Borgatti & Everett core–periphery structure (projection and matrix), Gould & Fernandez brokerage
 * roles, the SDSM backbone beside the hypergeometric test, robustness curves, and whole-network
 * measures. The same graph and options always give the same report (seeded
 * randomness, stable ordering).
 */
export function analyze(graph: ResponsibilityGraph, options: AnalyzeOptions = {}): AnalysisReport {
  return analyzeView(compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'analyze' }), options);
}

/**
 * {@link analyze} straight from a parsed table, without building the graphology graph: the same
 * report as `analyze(buildResponsibilityGraph(table, build), options)`, faster and in less memory
 * (what `fengong analyze` runs). `build` takes the dictionary and collective rule of
 * `buildResponsibilityGraph`.
 */
export function analyzeTable(table: ResponsibilityTable, options: AnalyzeOptions & { build?: Omit<BuildOptions, 'excludeCollective'> } = {}): AnalysisReport {
  const view = compactTable(table, { ...options.build });
  return analyzeView(options.excludeCollective === true ? withoutCollective(view) : view, options);
}

/** The analysis of a compact view (built with the collectives already left out when asked). */
function analyzeView(view: CompactGraph, options: AnalyzeOptions): AnalysisReport {
  const { excludeCollective = false, lambda = 2, rho = 0.5, seed = 42, runner, twoModeCoreL = 2, brokerageGrouping = 'category', robustnessReplicates = 20 } = options;
  if (!Number.isInteger(robustnessReplicates) || robustnessReplicates < 1) {
    throw new Error(`analyze: invalid \`robustnessReplicates\` ${robustnessReplicates} (expected a whole number ≥ 1)`);
  }
  if (!BROKERAGE_GROUPINGS.includes(brokerageGrouping)) {
    throw new Error(`analyze: invalid \`brokerageGrouping\` "${String(brokerageGrouping)}" (expected ${BROKERAGE_GROUPINGS.join(', ')})`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`analyze: invalid \`seed\` ${seed} (expected a whole number 0 … 4294967295)`);
  }
  if (!Number.isInteger(twoModeCoreL) || twoModeCoreL < 1) {
    throw new Error(`analyze: invalid \`twoModeCoreL\` ${twoModeCoreL} (expected a whole number ≥ 1)`);
  }
  const plan = betweennessPlan(view, options.betweenness ?? 'auto');
  const degree = degreeCentrality.compute(view);
  const between = betweenness.compute(view, { ...plan.options, runner });
  const close = closeness.compute(view, { runner });
  const rank = pagerank.compute(view);
  const eigen = eigenvector.compute(view);
  const latapy = latapyClustering.compute(view);
  const redundant = redundancy.compute(view);
  const roles = roleLoadOf(view, { lambda, rho });

  // One agency projection for everything that needs it: strength, communities, roles, pairs.
  const counts = pairCounts(view, 'agency');
  const { strength, partners } = partnersOf(view, counts);
  const projected = pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared);
  const found = louvainCsr(projected, { seed });
  const agencyPartition = new Int32Array(view.keys.length).fill(-1);
  agencyPartition.set(found.community);
  const partition = extendOnView(view, agencyPartition);
  const modules = moduleRolesOf(projected, found.community, { countLinks: true });
  const measures = networkMeasuresOf(view);
  // Structural holes weighted by shared tasks and unweighted, from one listing of the projection's triangles.
  const [holes, plainHoles] = structuralHolesOfPairs(view, counts, ['shared', null], projected) as [StructuralHolesArrays, StructuralHolesArrays];
  const coreness = coreNumbers(projected);
  const twoMode = twoModeCorenessOf(view, 'agency', twoModeCoreL);
  const research = researchMeasuresOf(view, { counts, projected, community: found.community, brokerageGrouping });
  const main = mainCategories(view);
  const blocks = categoryBlocksOf(view, counts, main);
  const broker = research.brokerage;
  const attack = Object.fromEntries(
    REMOVAL_STRATEGIES.map((strategy) => [strategy, robustnessOfView(view, strategy, { seed, replicates: robustnessReplicates, betweennessOf: () => between })]),
  ) as Record<RemovalStrategy, Robustness>;

  const agencies: AgencyReport[] = loadRowsOfView(view).map(({ node: i, load }) => {
    const module = modules[i] as ModuleRole;
    return {
      rank: load.rank,
      agency: load.agency,
      nameEn: load.nameEn ?? null,
      collective: load.collective,
      share: load.share,
      ...(roles.get(view.keys[i] as string) as RoleLoad),
      degreeCentrality: degree[i] as number,
      betweenness: between[i] as number,
      closeness: close[i] as number,
      pagerank: rank[i] as number,
      eigenvector: eigen[i] as number,
      latapyClustering: latapy[i] as number,
      redundancy: redundant[i] as number,
      strength: strength[i] as number,
      partners: partners[i] as number,
      community: found.community[i] as number,
      participation: module.participation,
      withinModuleZ: module.withinModuleZ,
      effectiveSize: holes.effectiveSize[i] as number,
      efficiency: holes.efficiency[i] as number,
      constraint: holes.constraint[i] as number,
      hierarchy: holes.hierarchy[i] as number,
      effectiveSizeUnweighted: plainHoles.effectiveSize[i] as number,
      efficiencyUnweighted: plainHoles.efficiency[i] as number,
      constraintUnweighted: plainHoles.constraint[i] as number,
      hierarchyUnweighted: plainHoles.hierarchy[i] as number,
      coreness: coreness[i] as number,
      twoModeCoreness: twoMode[i] as number,
      continuousCoreness: research.projection.coreness[i] as number,
      core: research.projection.core[i] === 1,
      continuousCorenessTwoMode: research.twoMode.coreness[i] as number,
      coreTwoMode: research.twoMode.core[i] === 1,
      ...brokerRoles(broker, i),
      backboneDegree: research.backboneDegree[i] as number,
      mainCategory: (main[i] as number) < 0 ? null : (view.categories[main[i] as number] as string),
    };
  });

  const name = (i: number): string => {
    const a = view.attributes[i] as ResponsibilityNodeAttributes;
    return a.part === 'agency' ? a.name : a.id;
  };
  const tasks: TaskReport[] = [];
  for (let t = view.nA; t < view.keys.length; t += 1) {
    const attr = view.attributes[t] as ResponsibilityNodeAttributes;
    if (attr.part !== 'task') continue;
    const lead: string[] = [];
    const co: string[] = [];
    const responsible: string[] = [];
    for (let e = view.offsets[t] as number; e < (view.offsets[t + 1] as number); e += 1) {
      (view.lead[e] === 1 ? lead : view.responsible[e] === 1 ? responsible : co).push(name(view.neighbors[e] as number));
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
      degreeCentrality: degree[t] as number,
      betweenness: between[t] as number,
      closeness: close[t] as number,
      pagerank: rank[t] as number,
      eigenvector: eigen[t] as number,
      community: (partition[t] as number) >= 0 ? (partition[t] as number) : null,
      twoModeCoreness: twoMode[t] as number,
      continuousCorenessTwoMode: research.twoMode.coreness[t] as number,
      coreTwoMode: research.twoMode.core[t] === 1,
    });
  }

  // projectPairs lists the pairs in the order of `counts`, as the SDSM arrays are.
  const pairs: PairReport[] = projectPairs(view, 'agency', counts)
    .map((p, i) => ({ ...p, sdsmPValue: research.sdsmPValue[i] as number, sdsmQValue: research.sdsmQValue[i] as number }))
    .sort((x, y) => y.shared - x.shared || x.u - y.u || x.v - y.v)
    .map(({ u, v, ...w }) => ({ a: name(u), b: name(v), ...w, backbone: w.sdsmQValue < research.backbone.alpha }));

  return {
    source: { file: view.file, excludeCollective, excluded: excludeCollective ? view.excluded : [] },
    settings: {
      lambda,
      rho,
      pagerankAlpha: 0.85,
      louvainSeed: seed,
      louvainWeight: 'shared',
      betweenness: plan.setting,
      structuralHolesWeight: 'shared',
      twoModeCoreL,
      brokerageGrouping,
    },
    network: {
      ...measures,
      nodf: measures.nestedness.nodf,
      modularity: barberOnView(view, partition),
      projectionModularity: found.modularity,
      communities: found.count,
      kCore: innermost(coreness, 0, view.nA),
      twoModeCore: { ...innermostTwoMode(view, twoMode), l: twoModeCoreL },
      corePeriphery: research.corePeriphery,
      backbone: research.backbone,
      robustness: { replicates: robustnessReplicates, ...attack },
    },
    agencies,
    tasks,
    pairs,
    categoryBlocks: blocks,
  };
}

/** One agency's brokerage role counts, and their total, for the report. */
function brokerRoles(roles: BrokerageArrays, i: number): Pick<AgencyReport, 'coordinator' | 'consultant' | 'gatekeeper' | 'representative' | 'liaison' | 'brokerage'> {
  const { total, ...each } = rolesAt(roles, i);
  return { ...each, brokerage: total };
}

/** The largest value in values[from … to) and how many nodes have it. */
function innermost(values: Int32Array, from: number, to: number): { k: number; agencies: number } {
  let k = 0;
  let agencies = 0;
  for (let i = from; i < to; i += 1) {
    const c = values[i] as number;
    if (c > k) {
      k = c;
      agencies = 0;
    }
    if (c === k) agencies += 1;
  }
  return { k, agencies };
}

/** The innermost two-mode core from every node's two-mode coreness: its k, agencies and tasks (all 0 when there is none). */
function innermostTwoMode(view: CompactGraph, twoMode: Int32Array): { k: number; agencies: number; tasks: number } {
  const { k, agencies } = innermost(twoMode, 0, view.nA);
  if (k === 0) return { k: 0, agencies: 0, tasks: 0 };
  let tasks = 0;
  for (let t = view.nA; t < view.keys.length; t += 1) if ((twoMode[t] as number) >= k) tasks += 1;
  return { k, agencies, tasks };
}
