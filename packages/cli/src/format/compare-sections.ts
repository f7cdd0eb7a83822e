// The comparison of plans as titled sections of rows and columns, rendered as text or Markdown.
import { REFORM_SOURCES, type AgencyAcross, type PairChange, type PlanComparison, type PlanNetwork, type PlanStep } from '@fengong/core';
import { fixed, pValue } from './number.js';

export interface SectionColumn<T> {
  header: string;
  value: (row: T) => string;
  align?: 'left' | 'right';
}

/** A titled table (rows may be empty: then only `empty` is shown) with notes under it. */
export interface Section {
  title: string;
  rows: readonly unknown[];
  columns: readonly SectionColumn<unknown>[];
  empty?: string;
  notes: string[];
}

const section = <T>(title: string, rows: readonly T[], columns: SectionColumn<T>[], notes: string[] = [], empty?: string): Section => ({
  title,
  rows,
  columns: columns as SectionColumn<unknown>[],
  notes,
  ...(empty === undefined ? {} : { empty }),
});

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const orDash = (x: number | null): string => (x === null ? '—' : fixed(x));

function plansSection(c: PlanComparison): Section {
  const source = { given: 'given', 'date-line': 'document', published: 'document (published)', 'document-number': 'document number' } as const;
  return section('Plans', c.plans, [
    { header: '#', value: (p) => String(c.plans.indexOf(p) + 1), align: 'right' },
    { header: 'Plan', value: (p) => p.label },
    { header: 'Date', value: (p) => (p.date === null ? '—' : `${p.date} (${source[p.dateSource ?? 'given']})`) },
    { header: 'Tasks', value: (p) => String(p.tasks), align: 'right' },
    { header: 'Agencies', value: (p) => String(p.agencies), align: 'right' },
    { header: 'File', value: (p) => p.file ?? '—' },
  ]);
}

function agenciesSection(c: PlanComparison, top: number | undefined): Section {
  const rows = top === undefined ? c.agencies : c.agencies.slice(0, top);
  const cell = (a: AgencyAcross, i: number): string => {
    const p = a.plans[i];
    if (p === null || p === undefined) return '—';
    const name = p.name === a.agency ? '' : ` ${p.name}`;
    return `${p.tasks} (${p.lead}) ${percent(p.share)} #${p.rank}${name}`;
  };
  const shown = rows.length < c.agencies.length ? `top ${rows.length} of ${c.agencies.length}` : `${c.agencies.length}`;
  return section(
    `Agencies (${shown}, by mean share of tasks)`,
    rows,
    [
      { header: 'Agency', value: (a) => (a.collective ? `${a.agency} *` : a.agency) },
      ...c.plans.map((p, i): SectionColumn<AgencyAcross> => ({ header: p.label, value: (a) => cell(a, i), align: 'right' })),
    ],
    [
      'Each plan: tasks (led) share of the plan’s tasks #rank by tasks; — absent.',
      ...(rows.some((a) => a.collective) ? ['* collective unit (a group of bodies, not one agency); --exclude-collective leaves it out'] : []),
    ],
  );
}

function networkSection(c: PlanComparison): Section {
  const measures: [string, (n: PlanNetwork) => string][] = [
    ['Agencies', (n) => String(n.agencies)],
    ['Tasks', (n) => String(n.tasks)],
    ['Density', (n) => fixed(n.density)],
    ['Centralisation (agencies)', (n) => fixed(n.centralisation.agencies)],
    ['Centralisation (tasks)', (n) => fixed(n.centralisation.tasks)],
    ['Team size (mean)', (n) => fixed(n.teamSize.mean, 2)],
    ['Team size (median)', (n) => fixed(n.teamSize.median, 1, true)],
    ['Load Gini', (n) => fixed(n.loadGini)],
    ['Modularity Q_B', (n) => fixed(n.modularity)],
    ['Projection modularity', (n) => fixed(n.projectionModularity)],
    ['Communities', (n) => String(n.communities)],
  ];
  return section('Network measures', measures, [
    { header: 'Measure', value: ([name]) => name },
    ...c.plans.map((p, i): SectionColumn<(typeof measures)[number]> => ({ header: p.label, value: ([, f]) => f(c.network[i] as PlanNetwork), align: 'right' })),
  ]);
}

function stepSection(s: PlanStep): Section {
  const rows: [string, string][] = [
    ['Agencies in both', `${s.shared} (Jaccard ${fixed(s.jaccard)})`],
    [`Entered (${s.entered.length})`, s.entered.join('、') || '—'],
    [`Left (${s.left.length})`, s.left.join('、') || '—'],
    ['Spearman ρ of loads', orDash(s.spearman)],
    ['Kendall τ-b of loads', orDash(s.kendall)],
  ];
  if (s.qap !== null) {
    rows.push([`QAP r of co-responsibility (${s.qap.nodes} agencies)`, `${fixed(s.qap.r)} (p ≥: ${pValue(s.qap.pGreater)}, two-sided: ${pValue(s.qap.pTwoSided)}; ${s.qap.permutations} permutations)`]);
  }
  if (s.regression !== null) {
    const [before, lead] = s.regression.coefficients;
    const term = (c: typeof before) => (c === undefined ? '—' : `${fixed(c.estimate)} (t ${fixed(c.t, 2)}, p ${pValue(c.pTwoSided)})`);
    rows.push(['MRQAP: on earlier co-responsibility', term(before)], ['MRQAP: on earlier lead–co ties', term(lead)], ['MRQAP: R²', fixed(s.regression.rSquared)]);
  } else if (s.qap !== null && s.regressionNote !== null) rows.push(['MRQAP', s.regressionNote]);
  return section(`${s.from} → ${s.to}`, rows, [
    { header: 'What', value: ([k]) => k },
    { header: 'Value', value: ([, v]) => v },
  ]);
}

function pairsSection(s: PlanStep, which: 'grew' | 'fell'): Section {
  const rows = s[which];
  return section(
    `${s.from} → ${s.to}: co-responsibility ${which === 'grew' ? 'grew most' : 'fell most'}`,
    rows,
    [
      { header: 'Agency A', value: (p: PairChange) => p.a },
      { header: 'Agency B', value: (p: PairChange) => p.b },
      { header: s.from, value: (p: PairChange) => `${p.before.shared} (${percent(p.before.share)})`, align: 'right' },
      { header: s.to, value: (p: PairChange) => `${p.after.shared} (${percent(p.after.share)})`, align: 'right' },
      { header: 'Change', value: (p: PairChange) => `${p.change > 0 ? '+' : ''}${(100 * p.change).toFixed(1)} pts`, align: 'right' },
    ],
    [],
    'none',
  );
}

/** A bundled rule's source by its title and date; yours as you wrote it. */
export function sourceOf(key: string): string {
  const s = (REFORM_SOURCES as Record<string, { title: string; date: string } | undefined>)[key];
  return s === undefined ? key : `${s.title} (${s.date})`;
}

function identitySection(c: PlanComparison): Section {
  return section(
    'Renames and mergers applied',
    c.identity,
    [
      { header: 'Plan', value: (x) => x.plan },
      { header: 'Name', value: (x) => x.from },
      { header: 'Compared as', value: (x) => x.to },
      { header: 'Kind', value: (x) => (x.kind === 'merger' ? `merger (${x.rule.from.join(' + ')})` : 'rename') },
      { header: 'Effective', value: (x) => x.rule.effective ?? '—' },
      { header: 'Source', value: (x) => sourceOf(x.rule.source) },
    ],
    [
      c.settings.reforms
        ? 'Reform rules apply when a plan is dated on or after them (provincial and local dates: the national ones); --no-reforms turns them off.'
        : 'The reform table is off (--no-reforms).',
    ],
    'none',
  );
}

function sameRoleSection(c: PlanComparison): Section {
  return section(
    'Same role, different place (not merged)',
    c.sameRole,
    [
      { header: 'Role', value: (r) => r.role },
      { header: 'Names by plan', value: (r) => r.names.map((n) => `${n.plan}: ${n.names.join('、')}`).join('; ') },
    ],
    ['--match-by role aligns agencies by role instead.'],
  );
}

/** Every section of the text and Markdown outputs, in order. */
export function compareSections(c: PlanComparison, options: { top?: number | undefined }): Section[] {
  const sections = [plansSection(c), agenciesSection(c, options.top), networkSection(c)];
  for (const s of c.steps) sections.push(stepSection(s), pairsSection(s, 'grew'), pairsSection(s, 'fell'));
  sections.push(identitySection(c));
  if (c.settings.matchBy === 'name' && c.sameRole.length > 0) sections.push(sameRoleSection(c));
  return sections;
}
