// The full analysis of a responsibility network: every metric, in one deterministic report.
import type { BuildOptions } from '../graph/build.js';
import { compact, compactTable, withoutCollective, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph, ResponsibilityNodeAttributes } from '../graph/types.js';
import { loadRowsOfView } from '../load.js';
import { startBetweenness } from '../metrics/centrality/betweenness.js';
import { betweennessPlan } from '../metrics/centrality/betweenness-plan.js';
import { closeness } from '../metrics/centrality/closeness.js';
import { closenessPlan } from '../metrics/centrality/closeness-plan.js';
import { degreeCentrality } from '../metrics/centrality/degree.js';
import { eigenvector, EigenvectorConvergenceError } from '../metrics/centrality/eigenvector.js';
import { pagerank } from '../metrics/centrality/pagerank.js';
import { startLatapyClustering } from '../metrics/node/latapy-clustering.js';
import { redundancy } from '../metrics/node/redundancy.js';
import { roleLoadOf, type RoleLoad } from '../metrics/role-load.js';
import type { StructuralHolesArrays } from '../kernels/structural-holes.js';
import { pairCounts, partnersOf } from '../projection/projection.js';
import { pairRows } from './pair-rows.js';
import type { ResponsibilityTable } from '../types.js';
import { louvainCsr, pairsToCsr } from '../structure/louvain.js';
import { coreNumbers, twoModeCorenessOf } from '../kernels/cores.js';
import { barberOnView, extendOnView } from '../structure/modularity.js';
import { networkMeasuresOf } from '../structure/network.js';
import { moduleRolesOf, type ModuleRole } from '../structure/roles-in-modules.js';
import { startStructuralHolesOfPairs } from '../structure/structural-holes.js';
import type { BrokerageArrays } from '../kernels/brokerage.js';
import { BROKERAGE_GROUPINGS, rolesAt } from '../structure/brokerage.js';
import { REMOVAL_STRATEGIES, robustnessOfView, type RemovalStrategy, type Robustness } from '../structure/robustness.js';
import { categoryBlocksOf } from '../structure/category-blocks.js';
import { blocksOfSlots, communitySlots } from '../structure/partition-blocks.js';
import { twoModeCentralisationOf } from '../structure/two-mode-centralisation.js';
import { mainCategories } from '../structure/brokerage.js';
import { researchMeasuresOf } from './research.js';
import type { AgencyReport, AnalysisReport, AnalyzeOptions, TaskReport } from './analysis-types.js';

export type { AgencyReport, AnalysisReport, AnalyzeOptions, CommunityBlocks, PairReport, TaskReport } from './analysis-types.js';


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
  // Betweenness' searches start first and run in the background on a worker runner (the calling
  // thread joins them below, after the metrics that do not need them): both cores stay busy.
  const joinBetweenness = startBetweenness(view, { ...plan.options, runner });
  // Latapy clustering likewise (one self-contained kernel on another thread).
  const joinLatapy = startLatapyClustering(view, { runner });
  const degree = degreeCentrality.compute(view);
  const closePlan = closenessPlan(view, options.closeness ?? 'auto');
  const close = closeness.compute(view, { ...closePlan.options, runner });
  const rank = pagerank.compute(view);
  const warnings: string[] = [];
  const eigen = eigenvectorOrNull(view, warnings);
  const redundant = redundancy.compute(view);
  const roles = roleLoadOf(view, { lambda, rho });

  // One agency projection for everything that needs it: strength, communities, roles, pairs.
  const counts = pairCounts(view, 'agency');
  const { strength, partners } = partnersOf(view, counts);
  const projected = pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared);
  // Structural holes weighted by shared tasks and unweighted, from one listing of the projection's
  // triangles: in the background too, joined where the agencies' rows are made.
  const joinHoles = startStructuralHolesOfPairs(view, counts, ['shared', null], projected, runner);
  const found = louvainCsr(projected, { seed });
  const agencyPartition = new Int32Array(view.keys.length).fill(-1);
  agencyPartition.set(found.community);
  const partition = extendOnView(view, agencyPartition);
  const modules = moduleRolesOf(projected, found.community, { countLinks: true });
  const measures = networkMeasuresOf(view);
  const coreness = coreNumbers(projected);
  const twoMode = twoModeCorenessOf(view, 'agency', twoModeCoreL);
  const research = researchMeasuresOf(view, { counts, projected, community: found.community, brokerageGrouping });
  for (const [name, arrays] of [['the agency projection', research.projection], ['the agency–task matrix', research.twoMode]] as const) {
    if (arrays.capped) warnings.push(`discrete core–periphery of ${name}: local search stopped at its move cap (work-bounded); the core is the best found, not a local optimum`);
  }
  const main = mainCategories(view);
  const blocks = categoryBlocksOf(view, counts, main);
  const byCommunity = communitySlots(view, found.community, found.count);
  const communityBlocks = blocksOfSlots(view, counts, byCommunity.slot, byCommunity.labels);
  const broker = research.brokerage;
  const name = (i: number): string => {
    const a = view.attributes[i] as ResponsibilityNodeAttributes;
    return a.part === 'agency' ? a.name : a.id;
  };
  // The SDSM arrays are in the order of `counts`, as pairRows reads them.
  const pairs = pairRows(view, counts, { pValue: research.sdsmPValue, qValue: research.sdsmQValue, alpha: research.backbone.alpha }, name);

  // Robustness before the join where it can: only the betweenness strategy (last) waits for it.
  let joined: Float64Array | undefined;
  const betweennessNow = (): Float64Array => (joined ??= joinBetweenness());
  const attack = Object.fromEntries(
    REMOVAL_STRATEGIES.map((strategy) => [strategy, robustnessOfView(view, strategy, { seed, replicates: robustnessReplicates, betweennessOf: betweennessNow })]),
  ) as Record<RemovalStrategy, Robustness>;
  const between = betweennessNow();
  const latapy = joinLatapy();
  const [holes, plainHoles] = joinHoles() as [StructuralHolesArrays, StructuralHolesArrays];

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
      eigenvector: eigen === null ? null : (eigen[i] as number),
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
      eigenvector: eigen === null ? null : (eigen[t] as number),
      community: (partition[t] as number) >= 0 ? (partition[t] as number) : null,
      twoModeCoreness: twoMode[t] as number,
      continuousCorenessTwoMode: research.twoMode.coreness[t] as number,
      coreTwoMode: research.twoMode.core[t] === 1,
    });
  }

  return {
    source: { file: view.file, excludeCollective, excluded: excludeCollective ? view.excluded : [] },
    settings: {
      lambda,
      rho,
      pagerankAlpha: 0.85,
      louvainSeed: seed,
      louvainWeight: 'shared',
      betweenness: plan.setting,
      closeness: closePlan.setting,
      structuralHolesWeight: 'shared',
      twoModeCoreL,
      brokerageGrouping,
      warnings,
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
      twoModeCentralisation: twoModeCentralisationOf(view, between),
    },
    agencies,
    tasks,
    pairs,
    categoryBlocks: blocks,
    communityBlocks: {
      groups: communityBlocks.groups.map(({ group, ...rest }) => ({ community: group as number, ...rest })),
      between: communityBlocks.between.map((b) => ({ ...b, a: b.a as number, b: b.b as number })),
    },
  };
}

/**
 * Eigenvector centrality, or null with a one-line warning when power iteration does not converge
 * within its work-bounded cap (a long chain of agencies): one column lost, not the whole report.
 */
function eigenvectorOrNull(view: CompactGraph, warnings: string[]): Float64Array | null {
  try {
    return eigenvector.compute(view);
  } catch (error) {
    if (!(error instanceof EigenvectorConvergenceError)) throw error;
    warnings.push(`eigenvector centrality left out (null): ${error.message.replace(/^eigenvector: /u, '')}`);
    return null;
  }
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
