// The shape of the full analysis report (options, per-agency, per-task, per-pair and whole-network
// parts): the types `analyze` returns, apart from the computation in analyze.ts.
import type { ExcludedUnit } from '../graph/types.js';
import type { BetweennessChoice, BetweennessSetting } from '../metrics/centrality/betweenness-plan.js';
import type { ClosenessChoice, ClosenessSetting } from '../metrics/centrality/closeness-plan.js';
import type { RoleLoad } from '../metrics/role-load.js';
import type { SourceRunner } from '../kernels/runner.js';
import type { ProjectionEdgeAttributes } from '../projection/projection.js';
import type { NetworkMeasures } from '../structure/network.js';
import type { BrokerageGrouping } from '../structure/brokerage.js';
import type { RemovalStrategy, Robustness } from '../structure/robustness.js';
import type { CategoryBlocks } from '../structure/category-blocks.js';
import type { TwoModeCentralisation } from '../structure/two-mode-centralisation.js';
import type { BlockBetween, BlockGroup } from '../structure/partition-blocks.js';
import type { BackboneReport, CorePeripheryReport } from './research.js';

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
  /**
   * Exact or sampled closeness: `'auto'` (default: exact while the searches cost at most
   * 10⁹ source × link visits, trees always exact by rerooting; else seeded pivots in each large
   * component), `'exact'`, or `{ pivots, seed? }`. `settings.closeness` says which was used.
   */
  closeness?: ClosenessChoice;
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
  /** Eigenvector centrality; null for every node when power iteration did not converge (see `settings.warnings`). */
  eigenvector: number | null;
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
  /** Eigenvector centrality; null for every node when power iteration did not converge (see `settings.warnings`). */
  eigenvector: number | null;
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
    /** How closeness was computed: `exact` (searches, rerooting on trees), or `sampled` from `pivots` seeded pivots per large component. */
    closeness: ClosenessSetting;
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
    /** One line per measure left out or weakened on this graph (an eigenvector that did not converge); empty when none. */
    warnings: string[];
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
    /**
     * Borgatti & Everett's (1997) two-mode centralisation of each mode, 0–1 (`null` where undefined):
     * degree Σ (d* − d_i)/((n − 1)(m − 1)) and betweenness Σ (b* − b_i)/((n − 1)·b_max) over the
     * agencies and over the tasks, against the most centralised connected network of the same sizes
     * (NetworkX has none). From the report's `degreeCentrality` and `betweenness` (sampled when
     * `settings.betweenness` says so). See `twoModeCentralisation`.
     */
    twoModeCentralisation: TwoModeCentralisation;
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
  /**
   * The same blocks with the agencies grouped by Louvain community (each agency's `community`):
   * within each community its density, mean shared tasks and degree centralisation, between two
   * communities their density and mean shared tasks (blocks with a tie only). See `partitionBlocks`
   * with `by: 'community'`.
   */
  communityBlocks: CommunityBlocks;
}

/** Block densities of the agency projection by Louvain community: `partitionBlocks` with the groups named `community`. */
export interface CommunityBlocks {
  /** Communities in number order (0, 1, …; numbered by their first agency). */
  groups: (Omit<BlockGroup, 'group'> & { community: number })[];
  /** Blocks between two communities with at least one tie, `a` < `b`. */
  between: (Omit<BlockBetween, 'a' | 'b'> & { a: number; b: number })[];
}
