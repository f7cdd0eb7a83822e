// The analysis as a Markdown report: network measures, agencies, structural holes and cores, core and
// periphery, brokers, density by category and by community, strongest pairs, the backbone, robustness, single points of failure.
import type { AgencyReport, AnalysisReport, PairReport } from '@fengong/core';
import type { Dataset } from '@fengong/core/datasets';
import type { RankedPair } from '../pairs-order.js';
import { escapeMarkdown, markdownTable, type MarkdownColumn } from './markdown.js';
import { fixed, pValue } from './number.js';
import { singlePoints, type SinglePoint } from '../single-points.js';

/** Pairs listed in the "Strongest co-responsibility pairs" table, and in the backbone's. */
export const MARKDOWN_PAIRS = 15;
/** Agencies listed in the "Brokers" table. */
export const MARKDOWN_BROKERS = 15;

/** A pair of the report, ranked, with whether each agency is a collective unit. */
export type ReportPair = RankedPair<PairReport & { collectiveA: boolean; collectiveB: boolean }>;

export interface MarkdownContext {
  /** The report's title (plain text; escaped here). */
  heading: string;
  dataset?: Dataset | undefined;
  /** The report's pairs ranked by shared tasks (as `fengong pairs`). */
  pairs: readonly ReportPair[];
}

/** Renders the report as GitHub-flavoured Markdown; every name and title is escaped. */
export function analysisMarkdown(report: AnalysisReport, context: MarkdownContext): string {
  return [
    `# ${escapeMarkdown(context.heading)}`,
    intro(report, context.dataset),
    '## Network',
    network(report),
    '## Agencies',
    agencies(report.agencies),
    '## Structural holes and cores',
    holesAndCores(report),
    '## Core and periphery',
    corePeriphery(report),
    '## Brokers',
    brokers(report),
    '## Density and centralisation by category',
    categoryBlocksText(report),
    '## Density and centralisation by community',
    communityBlocksText(report),
    '## Strongest co-responsibility pairs',
    pairs(context.pairs),
    '## Backbone of co-responsibility',
    backbone(report, context.pairs),
    '## Robustness to the loss of agencies',
    robustnessTable(report),
    '## Single points of failure',
    singlePointsText(report),
    '---',
    notes(report),
  ].join('\n\n') + '\n';
}

function intro(report: AnalysisReport, dataset: Dataset | undefined): string {
  const source = dataset === undefined ? `File: ${report.source.file ?? '<input>'}` : `${dataset.document}, ${dataset.issuer}, ${dataset.issued} (bundled dataset ${dataset.id})`;
  const excluded = report.source.excluded.map((u) => u.name);
  const collective = report.source.excludeCollective
    ? `Collective units excluded${excluded.length > 0 ? `: ${excluded.join('、')}` : ' (none in this table)'}.`
    : 'Collective units included.';
  return escapeMarkdown(`${source}. ${collective}`);
}

function network(report: AnalysisReport): string {
  const n = report.network;
  const team = n.teamSize;
  const rows: [string, string][] = [
    ['Agencies', String(n.agencies)],
    ['Tasks', String(n.tasks)],
    ['Links (agency listed on a task)', String(n.links)],
    ['Density (links ÷ possible links)', fixed(n.density)],
    ['Team size: agencies per task, min / median / max', `${team.min} / ${fixed(team.median, 1, true)} / ${team.max}`],
    ['Load Gini (0 = equal)', fixed(n.loadGini)],
    ['NODF nestedness (0–100)', fixed(n.nodf, 1)],
    ['Robins–Alexander clustering (0–1)', fixed(n.robinsAlexander)],
    ['Barber modularity Q_B', fixed(n.modularity)],
    ['Communities (Louvain)', String(n.communities)],
    ['Innermost k-core of the agency projection', n.kCore.k === 0 ? 'none (no shared tasks)' : `k = ${n.kCore.k}: ${count(n.kCore.agencies, 'agency', 'agencies')}`],
    [
      `Innermost two-mode core (k, l = ${n.twoModeCore.l})`,
      n.twoModeCore.k === 0 ? 'none' : `k = ${n.twoModeCore.k}: ${count(n.twoModeCore.agencies, 'agency', 'agencies')}, ${count(n.twoModeCore.tasks, 'task', 'tasks')}`,
    ],
    ['Connected components', n.components > 1 ? `${n.components} (sizes ${n.componentSizes.join(', ')})` : String(n.components)],
    ['Degree centralisation, agencies / tasks (two-mode, 0–1)', pair(n.twoModeCentralisation.agencies.degree, n.twoModeCentralisation.tasks.degree)],
    ['Betweenness centralisation, agencies / tasks (two-mode, 0–1)', pair(n.twoModeCentralisation.agencies.betweenness, n.twoModeCentralisation.tasks.betweenness)],
  ];
  return markdownTable(rows, [
    { header: 'Measure', value: (r) => r[0] },
    { header: 'Value', value: (r) => r[1], align: 'right' },
  ]);
}

/** Two indices that may be undefined, as "0.123 / —". */
function pair(a: number | null, b: number | null): string {
  return `${a === null ? '—' : fixed(a)} / ${b === null ? '—' : fixed(b)}`;
}

/** "1 agency", "2 agencies". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function agencies(rows: readonly AgencyReport[]): string {
  // Tasks with no lead marked give their units the role `responsible`; shown only when there are any.
  const responsible: MarkdownColumn<AgencyReport>[] = rows.some((a) => a.responsible > 0)
    ? [{ header: 'Responsible (no lead marked)', value: (a) => String(a.responsible), align: 'right' }]
    : [];
  return markdownTable(rows, [
    { header: '#', value: (a) => String(a.rank), align: 'right' },
    { header: 'Agency', value: (a) => (a.collective ? `${a.agency} (collective)` : a.agency) },
    { header: 'Tasks', value: (a) => String(a.tasks), align: 'right' },
    { header: 'Lead', value: (a) => String(a.lead), align: 'right' },
    { header: 'Co', value: (a) => String(a.co), align: 'right' },
    ...responsible,
    { header: 'Betweenness', value: (a) => fixed(a.betweenness), align: 'right' },
    { header: 'Closeness', value: (a) => fixed(a.closeness), align: 'right' },
    { header: 'PageRank', value: (a) => fixed(a.pagerank, 4), align: 'right' },
    { header: 'Community', value: (a) => String(a.community), align: 'right' },
  ]);
}

/** Burt's measures (weighted by shared tasks, then with every tie as 1) and coreness, one row per agency in report order. */
function holesAndCores(report: AnalysisReport): string {
  const rows = report.agencies;
  // An agency without partners has no ego network: its structural-hole measures are shown as —.
  const holes = (value: (a: AgencyReport) => number) => (a: AgencyReport) => (a.partners === 0 ? '—' : fixed(value(a)));
  const l = report.settings.twoModeCoreL;
  const table = markdownTable(rows, [
    { header: '#', value: (a) => String(a.rank), align: 'right' },
    { header: 'Agency', value: (a) => (a.collective ? `${a.agency} (collective)` : a.agency) },
    { header: 'Partners', value: (a) => String(a.partners), align: 'right' },
    { header: 'Effective size', value: holes((a) => a.effectiveSize), align: 'right' },
    { header: 'Efficiency', value: holes((a) => a.efficiency), align: 'right' },
    { header: 'Constraint', value: holes((a) => a.constraint), align: 'right' },
    { header: 'Hierarchy', value: holes((a) => a.hierarchy), align: 'right' },
    { header: 'Effective size (ties as 1)', value: holes((a) => a.effectiveSizeUnweighted), align: 'right' },
    { header: 'Constraint (ties as 1)', value: holes((a) => a.constraintUnweighted), align: 'right' },
    { header: 'k-core', value: (a) => String(a.coreness), align: 'right' },
    { header: `Two-mode core (l = ${l})`, value: (a) => String(a.twoModeCoreness), align: 'right' },
  ]);
  return `On the agency projection (two agencies tied when they share a task), ties weighted by shared tasks unless marked "ties as 1".\n\n${table}`;
}

/** Whole-network fits, then the core agencies of each model with their continuous coreness. */
function corePeriphery(report: AnalysisReport): string {
  const cp = report.network.corePeriphery;
  const fit = (r: number | null): string => (r === null ? 'undefined' : fixed(r));
  const name = (a: AgencyReport): string => (a.collective ? `${a.agency} (collective)` : a.agency);
  const projectionCore = report.agencies.filter((a) => a.core).sort((x, y) => y.continuousCoreness - x.continuousCoreness);
  const twoModeCore = report.agencies.filter((a) => a.coreTwoMode).sort((x, y) => y.continuousCorenessTwoMode - x.continuousCorenessTwoMode);
  const list = (rows: AgencyReport[], value: (a: AgencyReport) => number): string =>
    rows.length === 0 ? 'none' : rows.map((a) => `${name(a)} (${fixed(value(a))})`).join('、');
  const table = markdownTable(
    [
      ['Agency projection', String(cp.projection.coreAgencies), '—', fit(cp.projection.correlation), fit(cp.projection.continuousCorrelation)],
      ['Agency–task matrix', String(cp.twoMode.coreAgencies), String(cp.twoMode.coreTasks), fit(cp.twoMode.correlation), fit(cp.twoMode.continuousCorrelation)],
    ],
    [
      { header: 'Matrix', value: (r) => r[0] as string },
      { header: 'Core agencies', value: (r) => r[1] as string, align: 'right' },
      { header: 'Core tasks', value: (r) => r[2] as string, align: 'right' },
      { header: 'Fit of the core (ρ)', value: (r) => r[3] as string, align: 'right' },
      { header: 'Fit of continuous coreness (ρ)', value: (r) => r[4] as string, align: 'right' },
    ],
  );
  return [
    'Borgatti & Everett (1999): the core is the set whose ideal pattern (ties wherever a core member is involved, none inside the periphery) correlates best with the data; continuous coreness c maximises the correlation of the data with c_i·c_j.',
    table,
    escapeMarkdown(`Core of the projection, by continuous coreness: ${list(projectionCore, (a) => a.continuousCoreness)}.`),
    escapeMarkdown(`Core agencies of the agency–task matrix: ${list(twoModeCore, (a) => a.continuousCorenessTwoMode)}.`),
  ].join('\n\n');
}

/** The agencies brokering most (Gould & Fernandez roles on the lead → co network). */
function brokers(report: AnalysisReport): string {
  const grouping = report.settings.brokerageGrouping;
  const groups = grouping === 'category' ? 'main task category' : grouping === 'community' ? 'community' : 'kind';
  const rows = report.agencies
    .filter((a) => a.brokerage > 0)
    .sort((x, y) => y.brokerage - x.brokerage || x.rank - y.rank)
    .slice(0, MARKDOWN_BROKERS);
  const intro = `Paths a → v → b on the lead → co network (a leads a task v co-operates on, v leads one b co-operates on) with no a → b, counted for the broker v; groups are each agency’s ${groups} (\`--brokerage-grouping\`).`;
  if (rows.length === 0) return `${intro}\n\nNo agency brokers: no such path.`;
  const table = markdownTable(rows, [
    { header: 'Agency', value: (a) => (a.collective ? `${a.agency} (collective)` : a.agency) },
    { header: 'Coordinator', value: (a) => String(a.coordinator), align: 'right' },
    { header: 'Consultant', value: (a) => String(a.consultant), align: 'right' },
    { header: 'Gatekeeper', value: (a) => String(a.gatekeeper), align: 'right' },
    { header: 'Representative', value: (a) => String(a.representative), align: 'right' },
    { header: 'Liaison', value: (a) => String(a.liaison), align: 'right' },
    { header: 'Total', value: (a) => String(a.brokerage), align: 'right' },
  ]);
  return `${intro} Top ${rows.length} by total.\n\n${table}`;
}

/** One group of a partition's blocks, and one block between two groups, with the group labels as text. */
interface GroupRow {
  label: string;
  agencies: number;
  density: number | null;
  meanShared: number | null;
  centralisation: number | null;
}
interface BlockRow {
  a: string;
  b: string;
  pairs: number;
  ties: number;
  density: number;
  meanShared: number;
}

/** Block densities of the projection by main category, and each category's centralisation. */
function categoryBlocksText(report: AnalysisReport): string {
  const { groups, between } = report.categoryBlocks;
  const label = (c: string | null): string => c ?? '(no category)';
  const intro = 'Agencies grouped by their main category (the category of most of their tasks; ties to the one first in the table). ' + BLOCK_WORDS;
  return blocksText(
    intro,
    { one: 'Category', many: 'categories', apart: 'main categories' },
    groups.map((g) => ({ ...g, label: label(g.category) })),
    between.map((b) => ({ ...b, a: label(b.a), b: label(b.b) })),
  );
}

/** The same blocks with the agencies grouped by Louvain community. */
function communityBlocksText(report: AnalysisReport): string {
  const { groups, between } = report.communityBlocks;
  const intro = 'Agencies grouped by their Louvain community (the `community` column; numbered from 0 by their first agency). ' + BLOCK_WORDS;
  return blocksText(
    intro,
    { one: 'Community', many: 'communities', apart: 'communities' },
    groups.map((g) => ({ ...g, label: String(g.community) })),
    between.map((b) => ({ ...b, a: String(b.a), b: String(b.b) })),
  );
}

const BLOCK_WORDS =
  'Density: share of the agency pairs of a block that share at least one task; mean shared: shared tasks per pair (UCINET’s block densities of the binary and the valued co-responsibility matrix); ' +
  'centralisation: Freeman’s degree centralisation of the group’s own co-responsibility network (1 = a star around one agency, 0 = all equally connected; — with fewer than three agencies).';

function blocksText(intro: string, noun: { one: string; many: string; apart: string }, groups: readonly GroupRow[], between: readonly BlockRow[]): string {
  const maybe = (x: number | null, digits?: number): string => (x === null ? '—' : fixed(x, digits));
  const table = markdownTable(groups, [
    { header: noun.one, value: (g) => g.label },
    { header: 'Agencies', value: (g) => String(g.agencies), align: 'right' },
    { header: 'Density within', value: (g) => maybe(g.density), align: 'right' },
    { header: 'Mean shared within', value: (g) => maybe(g.meanShared, 2), align: 'right' },
    { header: 'Centralisation', value: (g) => maybe(g.centralisation), align: 'right' },
  ]);
  if (between.length === 0) return `${intro}\n\n${table}\n\nNo two agencies of different ${noun.apart} share a task.`;
  const shown = [...between].sort((x, y) => y.density - x.density || y.ties - x.ties).slice(0, MARKDOWN_PAIRS);
  const blocks = markdownTable(shown, [
    { header: `${noun.one} A`, value: (b) => b.a },
    { header: `${noun.one} B`, value: (b) => b.b },
    { header: 'Pairs tied', value: (b) => `${b.ties} of ${b.pairs}`, align: 'right' },
    { header: 'Density between', value: (b) => fixed(b.density), align: 'right' },
    { header: 'Mean shared between', value: (b) => fixed(b.meanShared, 2), align: 'right' },
  ]);
  const of = shown.length < between.length ? `The ${shown.length} densest of ${between.length} blocks` : `All ${between.length} blocks`;
  return `${intro}\n\n${table}\n\n${of} between two ${noun.many} with a tie, densest first (the JSON has them all):\n\n${blocks}`;
}

/** Backbone ties (SDSM q below alpha), strongest first. */
function backbone(report: AnalysisReport, ranked: readonly ReportPair[]): string {
  const b = report.network.backbone;
  const ties = ranked.filter((p) => p.backbone);
  const intro =
    `Pairs sharing more tasks than the stochastic degree sequence model makes likely (SDSM, Neal 2014: every agency’s load and every task’s size kept), Benjamini–Hochberg q < ${b.alpha}: ` +
    `${count(b.pairs, 'tie', 'ties')} among ${count(b.agencies, 'agency', 'agencies')}.`;
  if (ties.length === 0) return intro;
  const name = (n: string, collective: boolean): string => (collective ? `${n} (collective)` : n);
  const shown = ties.slice(0, MARKDOWN_PAIRS);
  const table = markdownTable(shown, [
    { header: 'Agency A', value: (p) => name(p.a, p.collectiveA) },
    { header: 'Agency B', value: (p) => name(p.b, p.collectiveB) },
    { header: 'Shared tasks', value: (p) => String(p.shared), align: 'right' },
    { header: 'SDSM p', value: (p) => pValue(p.sdsmPValue), align: 'right' },
    { header: 'SDSM q', value: (p) => pValue(p.sdsmQValue), align: 'right' },
    { header: 'Hypergeometric p', value: (p) => pValue(p.pValue), align: 'right' },
  ]);
  return `${intro} ${shown.length < ties.length ? `The ${shown.length} strongest` : 'All'}, by shared tasks:\n\n${table}`;
}

/** Areas under the robustness curves of each removal order. */
function robustnessTable(report: AnalysisReport): string {
  const r = report.network.robustness;
  const rows = [
    ['At random', r.random, `mean of ${r.replicates} seeded orders`],
    ['Most tasks first', r.tasks, ''],
    ['Most tasks led first', r.lead, ''],
    ['Highest betweenness first', r.betweenness, ''],
  ] as const;
  const table = markdownTable(rows, [
    { header: 'Agencies removed', value: (row) => (row[2] === '' ? row[0] : `${row[0]} (${row[2]})`) },
    { header: 'Robustness: tasks covered (AUC)', value: (row) => fixed(row[1].aucCovered), align: 'right' },
    { header: 'Largest component (AUC)', value: (row) => fixed(row[1].aucLargest), align: 'right' },
  ]);
  return `Agencies removed one at a time; after each removal, the share of tasks still on at least one agency and the largest connected part of the network. Robustness is the area under each curve (0–1, as R bipartite’s \`robustness\`): near 1, tasks survive until almost every agency is gone. The JSON output has the curves.\n\n${table}`;
}

function pairs(ranked: readonly RankedPair[]): string {
  if (ranked.length === 0) return 'No two agencies share a task.';
  const name = (n: string, collective: boolean): string => (collective ? `${n} (collective)` : n);
  const shown = ranked.slice(0, MARKDOWN_PAIRS);
  const table = markdownTable(shown, [
    { header: '#', value: (p) => String(p.rank), align: 'right' },
    { header: 'Agency A', value: (p) => name(p.a, p.collectiveA) },
    { header: 'Agency B', value: (p) => name(p.b, p.collectiveB) },
    { header: 'Shared tasks', value: (p) => String(p.shared), align: 'right' },
    { header: 'Jaccard', value: (p) => fixed(p.jaccard), align: 'right' },
    { header: 'Newman', value: (p) => fixed(p.newman), align: 'right' },
    { header: 'p (hypergeometric)', value: (p) => pValue(p.pValue), align: 'right' },
  ]);
  const of = ranked.length > shown.length ? `Top ${shown.length} of ${ranked.length} pairs` : `All ${ranked.length} pairs`;
  return `${of} sharing at least one task, by shared tasks (\`fengong pairs\` lists them all).\n\n${table}`;
}

/** Tasks with at most one agency that is not a collective unit, whatever its role (see `singlePoints`): nobody else is answerable for them. */
function singlePointsText(report: AnalysisReport): string {
  const single = singlePoints(report);
  if (single.length === 0) return 'None: every task has at least two agencies that are not collective units.';
  const item = ({ task, sole }: SinglePoint): string => `task ${task.id} ${task.title} (${sole === undefined ? 'no single agency' : `${sole} only`})`;
  return escapeMarkdown(`Tasks with at most one agency that is not a collective unit, counting every unit listed whatever its role (${single.length} of ${report.tasks.length}): ${single.map(item).join('; ')}.`);
}

function notes(report: AnalysisReport): string {
  const s = report.settings;
  return [
    '**Notes.**',
    '- Centralities are two-mode (bipartite) measures with the normalisations of NetworkX’s `bipartite` module: degree = tasks ÷ number of tasks; betweenness ÷ the largest possible for a node of its set (Borgatti & Halgin 2011); closeness = the smallest possible total distance ÷ the actual one (Borgatti & Everett 1997), scaled by the share of nodes reached. ' +
      `PageRank (α = ${s.pagerankAlpha}) is computed on the whole agency–task graph, so agencies and tasks share one scale summing to 1. ` +
      'Centralisation (Borgatti & Everett 1997, two-mode; NetworkX has none): for the agencies among themselves and the tasks among themselves, Σ (largest − each) of degree or betweenness ÷ its largest value in a connected network of the same sizes (one node on every node of the other side, the rest on one each): 1 for that star, 0 when all are equal.',
    '- Pairs: shared = tasks both agencies are on; Jaccard = shared ÷ tasks either is on; Newman = Σ over shared tasks of 1 ÷ (agencies on the task − 1); p (hypergeometric) = chance of sharing at least that many tasks if each agency’s tasks were drawn at random, ignoring how many agencies each task has (not adjusted for multiple comparisons; the JSON output adds Benjamini–Hochberg q-values). ' +
      'The backbone uses a second test, the SDSM: the chance of sharing at least that many tasks when every agency keeps its load and every task its size in expectation (bipartite configuration model; exact Poisson-binomial tail, or the refined normal approximation where its variance exceeds 25), with Benjamini–Hochberg q-values over all agency pairs. In the JSON, `pValue`/`qValue` are the hypergeometric test and `sdsmPValue`/`sdsmQValue` the SDSM.',
    s.betweenness.method === 'sampled'
      ? `- Betweenness is estimated from ${s.betweenness.pivots} seeded pivot sources (seed ${s.betweenness.seed}; Brandes & Pich 2007), chosen by \`--betweenness\` or, above about 12,000 tasks, by default; \`--betweenness exact\` computes it exactly.`
      : '- Betweenness is exact (Brandes 2001).',
    `- Communities: Louvain on the agency projection weighted by shared tasks, seed ${s.louvainSeed} (\`--seed\`); Q_B is Barber’s bipartite modularity of that partition with each task in the community of most of its agencies. Community numbers are in order of first appearance.`,
    '- Structural holes (Burt 1992) on the agency projection, ties weighted by shared tasks: effective size = partners less their redundancy with each other; efficiency = effective size ÷ partners; ' +
      'constraint = Σ over partners j of (p_ij + Σ_q p_iq·p_qj)², p = an agency’s share of its tie weight — high when its ties lead back to the same few agencies; ' +
      'hierarchy (0–1) = how far that constraint comes from a single partner. "Ties as 1" counts each tie once, as NetworkX’s `effective_size` and `constraint` without a weight. ' +
      'k-core: the largest k such that the agency belongs to a group in which every agency shares a task with at least k others of the group (Batagelj & Zaveršnik 2003). ' +
      `Two-mode core: the largest k such that the agency belongs to a set of agencies and tasks in which every agency is on at least k of the tasks and every task has at least ${s.twoModeCoreL} of the agencies.`,
    `- Role-aware load (JSON and CSV): λ = ${s.lambda}, ρ = ${s.rho}. The same table and options always give the same report.`,
  ].join('\n');
}
