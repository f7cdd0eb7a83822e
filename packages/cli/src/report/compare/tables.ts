// The compare report's tables as HTML, every number exact in `data-value`: plans, agencies across
// plans, turnover, rank stability with QAP and MRQAP, network measures side by side, pairs that
// grew or fell most, renames and mergers applied.
import type { AgencyAcross, PairChange, PlanComparison, PlanNetwork, PlanStep } from '@fengong/core';
import { sourceOf } from '../../format/compare-sections.js';
import { fixed, pValue } from '../../format/number.js';
import { esc } from '../html.js';
import type { ReportLang, Strings } from '../strings.js';
import { htmlTable, type Column } from '../tables.js';
import type { CompareStrings } from './strings.js';

const f3 = (x: number): string => fixed(x, 3);
const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const dash = '—';

/** The plans compared: label, date and where it came from, tasks, agencies, file. */
export function plansTable(c: PlanComparison, s: Strings, cs: CompareStrings): string {
  return htmlTable(
    c.plans,
    [
      { header: '#', value: (p) => c.plans.indexOf(p) + 1 },
      { header: cs.plan, value: (p) => p.label },
      { header: cs.date, value: (p) => p.date ?? dash },
      { header: s.tasks, value: (p) => p.tasks, field: 'tasks' },
      { header: s.agencies, value: (p) => p.agencies, field: 'agencies' },
      { header: cs.file, value: (p) => p.file ?? dash },
    ],
    (p) => p.label,
  );
}

/**
 * The first `limit` agencies by mean share: per plan their tasks (`data-field` tasks@i), lead and
 * rank; a line on the rest.
 */
export function agenciesTable(c: PlanComparison, limit: number, s: Strings, cs: CompareStrings): string {
  const rows = c.agencies.slice(0, limit);
  const perPlan = c.plans.flatMap((p, i): Column<AgencyAcross>[] => [
    { header: `${p.label} ${s.tasks}`, value: (a) => a.plans[i]?.tasks ?? dash, field: `tasks@${i}` },
    { header: `${p.label} ${s.lead}`, value: (a) => a.plans[i]?.lead ?? dash, field: `lead@${i}` },
    { header: `${p.label} #`, value: (a) => a.plans[i]?.rank ?? dash, field: `rank@${i}` },
  ]);
  const table = htmlTable(
    rows,
    [{ header: s.agency, value: (a) => (a.collective ? `${a.agency}（${s.collective}）` : a.agency) }, ...perPlan, { header: cs.share, value: (a) => a.meanShare, format: percent, field: 'meanShare' }],
    (a) => a.agency,
  );
  return rows.length < c.agencies.length ? `${table}<p class="rest">${esc(cs.shownOf(rows.length, c.agencies.length))}</p>` : table;
}

/** Agencies entering and leaving at each step, named. */
export function turnoverTable(c: PlanComparison, cs: CompareStrings, lang: ReportLang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  return htmlTable(
    c.steps,
    [
      { header: cs.step, value: (x) => `${x.from} → ${x.to}` },
      { header: cs.entered, value: (x) => x.entered.length, field: 'entered' },
      { header: '', value: (x) => x.entered.join(sep) || cs.none },
      { header: cs.left, value: (x) => x.left.length, field: 'left' },
      { header: '', value: (x) => x.left.join(sep) || cs.none },
    ],
    (x) => `${x.from}\u2192${x.to}`,
  );
}

/** Per step: agencies in both, Jaccard, Spearman, Kendall, QAP r and p, MRQAP coefficients and R². */
export function stabilityTable(c: PlanComparison, cs: CompareStrings, lang: ReportLang): string {
  const zh = lang === 'zh';
  const num = (x: number | null | undefined): number | string => (x === null || x === undefined || !Number.isFinite(x) ? dash : x);
  const coef = (x: PlanStep, k: number) => x.regression?.coefficients[k];
  return htmlTable(
    c.steps,
    [
      { header: cs.step, value: (x) => `${x.from} → ${x.to}` },
      { header: cs.agenciesInBoth, value: (x) => x.shared, field: 'shared' },
      { header: 'Jaccard', value: (x) => x.jaccard, format: f3, field: 'jaccard' },
      { header: 'Spearman ρ', value: (x) => num(x.spearman), format: f3, field: 'spearman' },
      { header: 'Kendall τ-b', value: (x) => num(x.kendall), format: f3, field: 'kendall' },
      { header: 'QAP r', value: (x) => num(x.qap?.r), format: f3, field: 'qap.r' },
      { header: zh ? 'QAP p（单侧）' : 'QAP p (r ≥)', value: (x) => num(x.qap?.pGreater), format: pValue, field: 'qap.pGreater' },
      { header: zh ? 'MRQAP：前共同责任' : 'MRQAP: earlier co-resp.', value: (x) => num(coef(x, 0)?.estimate), format: f3, field: 'regression.0.estimate' },
      { header: 'p', value: (x) => num(coef(x, 0)?.pTwoSided), format: pValue, field: 'regression.0.pTwoSided' },
      { header: zh ? 'MRQAP：前牵头—配合' : 'MRQAP: earlier lead–co', value: (x) => num(coef(x, 1)?.estimate), format: f3, field: 'regression.1.estimate' },
      { header: 'p', value: (x) => num(coef(x, 1)?.pTwoSided), format: pValue, field: 'regression.1.pTwoSided' },
      { header: 'R²', value: (x) => num(x.regression?.rSquared), format: f3, field: 'regression.rSquared' },
    ],
    (x) => `${x.from}\u2192${x.to}`,
  );
}

/** Network measures, one column per plan (`data-key` the measure's path in `PlanNetwork`). */
export function networkCompareTable(c: PlanComparison, lang: ReportLang): string {
  const zh = lang === 'zh';
  const rows: [string, string, (n: PlanNetwork) => number, ((x: number) => string)?][] = [
    [zh ? '单位' : 'Agencies', 'agencies', (n) => n.agencies],
    [zh ? '任务' : 'Tasks', 'tasks', (n) => n.tasks],
    [zh ? '列名（单位—任务连接）' : 'Links', 'links', (n) => n.links],
    [zh ? '密度' : 'Density', 'density', (n) => n.density, f3],
    [zh ? '度中心势（单位）' : 'Centralisation (agencies)', 'centralisation.agencies', (n) => n.centralisation.agencies, f3],
    [zh ? '度中心势（任务）' : 'Centralisation (tasks)', 'centralisation.tasks', (n) => n.centralisation.tasks, f3],
    [zh ? '每项任务单位数（平均）' : 'Team size (mean)', 'teamSize.mean', (n) => n.teamSize.mean, (x) => fixed(x, 2)],
    [zh ? '每项任务单位数（中位数）' : 'Team size (median)', 'teamSize.median', (n) => n.teamSize.median, (x) => fixed(x, 1, true)],
    [zh ? '负荷基尼系数' : 'Load Gini', 'loadGini', (n) => n.loadGini, f3],
    [zh ? 'Barber 二模模块度 Q_B' : 'Barber modularity Q_B', 'modularity', (n) => n.modularity, f3],
    [zh ? '投影网络模块度' : 'Projection modularity', 'projectionModularity', (n) => n.projectionModularity, f3],
    [zh ? '社区数' : 'Communities', 'communities', (n) => n.communities],
  ];
  return htmlTable(
    rows,
    [
      { header: zh ? '指标' : 'Measure', value: (r) => r[0] },
      ...c.plans.map((p, i): Column<(typeof rows)[number]> => ({
        header: p.label,
        value: (r) => r[2](c.network[i] as PlanNetwork),
        format: (x, r) => (r[3] ?? String)(x),
        field: `plan@${i}`,
      })),
    ],
    (r) => r[1],
  );
}

/** The pairs of one step whose share of co-responsibility grew (or fell) most. */
export function pairChangeTable(step: PlanStep, which: 'grew' | 'fell', cs: CompareStrings, lang: ReportLang): string {
  const rows = step[which];
  if (rows.length === 0) return `<p>${esc(cs.none)}</p>`;
  const zh = lang === 'zh';
  return htmlTable<PairChange>(
    rows,
    [
      { header: zh ? '单位 A' : 'Agency A', value: (p) => p.a },
      { header: zh ? '单位 B' : 'Agency B', value: (p) => p.b },
      { header: step.from, value: (p) => p.before.shared, format: (x, p) => `${x} (${percent(p.before.share)})`, field: 'before.shared' },
      { header: step.to, value: (p) => p.after.shared, format: (x, p) => `${x} (${percent(p.after.share)})`, field: 'after.shared' },
      { header: cs.change, value: (p) => p.change, format: (x) => `${x > 0 ? '+' : ''}${(100 * x).toFixed(1)}`, field: 'change' },
    ],
    (p) => `${p.a}\u2194${p.b}`,
  );
}

/** Renames and mergers applied, plan by plan, with their sources. */
export function identityTable(c: PlanComparison, cs: CompareStrings, lang: ReportLang): string {
  if (c.identity.length === 0) return `<p>${esc(cs.none)}</p>`;
  const zh = lang === 'zh';
  return htmlTable(c.identity, [
    { header: cs.plan, value: (x) => x.plan },
    { header: zh ? '原名' : 'Name', value: (x) => x.from },
    { header: zh ? '比较时名称' : 'Compared as', value: (x) => x.to },
    { header: zh ? '类型' : 'Kind', value: (x) => (x.kind === 'merger' ? `${zh ? '合并' : 'merger'} (${x.rule.from.join(' + ')})` : zh ? '更名' : 'rename') },
    { header: zh ? '生效' : 'Effective', value: (x) => x.rule.effective ?? dash },
    { header: zh ? '依据' : 'Source', value: (x) => sourceOf(x.rule.source) },
  ]);
}
