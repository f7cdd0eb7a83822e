// The report's one-paragraph summary in words: who leads most, who co-signs most, how concentrated
// the load is (Gini, top share), which pairs must co-ordinate most.
import type { AgencyReport } from '@fengong/core';
import type { ReportModel } from './model.js';
import { REPORT_LIMITS } from './model.js';
import type { ReportLang } from './strings.js';

/** The agency with the largest `key` (first in report order among equals), or undefined when none has any. */
function most(agencies: readonly AgencyReport[], key: 'lead' | 'co'): AgencyReport | undefined {
  let best: AgencyReport | undefined;
  for (const a of agencies) if (a[key] > 0 && (best === undefined || a[key] > best[key])) best = a;
  return best;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** The figures the summary states, for tests and for the page alike. */
export function summaryFacts(model: ReportModel) {
  const { report } = model;
  return {
    tasks: report.network.tasks,
    agencies: report.network.agencies,
    links: report.network.links,
    topLead: most(model.individual, 'lead'),
    topCo: most(model.individual, 'co'),
    gini: report.network.loadGini,
    topShare: model.topShare,
    top: Math.min(REPORT_LIMITS.top, model.individual.length),
    // Pairs of two agencies that are not collective units: a collective unit is on every task of its kind.
    pairs: model.pairs.filter((p) => !p.collectiveA && !p.collectiveB).slice(0, 3),
    collective: model.collective,
  };
}

/** The summary paragraph (plain text; the page escapes it). */
export function summaryText(model: ReportModel, lang: ReportLang): string {
  const f = summaryFacts(model);
  const concentration = f.gini >= 0.5 ? (lang === 'zh' ? '高度集中' : 'highly concentrated') : f.gini >= 0.3 ? (lang === 'zh' ? '较为集中' : 'fairly concentrated') : lang === 'zh' ? '较为分散' : 'fairly even';
  if (lang === 'zh') {
    const parts = [`本表共 ${f.tasks} 项任务、${f.agencies} 个单位，单位列名共 ${f.links} 次。`];
    if (f.topLead !== undefined) parts.push(`牵头最多的是${f.topLead.agency}（牵头 ${f.topLead.lead} 项，共列名 ${f.topLead.tasks} 项）`);
    if (f.topCo !== undefined) parts.push(`${f.topLead !== undefined ? '；' : ''}配合最多的是${f.topCo.agency}（配合 ${f.topCo.co} 项）。`);
    else if (f.topLead !== undefined) parts.push('。');
    parts.push(`负荷${concentration}：任务负荷的基尼系数为 ${f.gini.toFixed(3)}，负荷最重的 ${f.top} 个单位占全部列名的 ${percent(f.topShare)}。`);
    if (f.pairs.length > 0) parts.push(`最需要相互协调的是${f.pairs.map((p) => `${p.a}与${p.b}（共同负责 ${p.shared} 项）`).join('、')}。`);
    if (f.collective.length > 0) parts.push(`集体单位${f.collective.map((a) => `${a.agency}（${a.tasks} 项）`).join('、')}单列，不参与上述排名。`);
    return parts.join('');
  }
  const parts = [`The table lists ${f.tasks} tasks and ${f.agencies} agencies, ${f.links} listings in all.`];
  if (f.topLead !== undefined) parts.push(` ${f.topLead.agency} leads most (${f.topLead.lead} tasks led, ${f.topLead.tasks} listed on)`);
  if (f.topCo !== undefined) parts.push(`${f.topLead !== undefined ? ';' : ''} ${f.topCo.agency} co-signs most (${f.topCo.co} tasks).`);
  else if (f.topLead !== undefined) parts.push('.');
  parts.push(` The load is ${concentration}: its Gini coefficient is ${f.gini.toFixed(3)}, and the ${f.top} most-loaded agencies hold ${percent(f.topShare)} of all listings.`);
  if (f.pairs.length > 0) parts.push(` The pairs that must co-ordinate most are ${f.pairs.map((p) => `${p.a} and ${p.b} (${p.shared} shared tasks)`).join('; ')}.`);
  if (f.collective.length > 0) parts.push(` Collective units (${f.collective.map((a) => `${a.agency}, ${a.tasks} tasks`).join('; ')}) are set apart from the rankings above.`);
  return parts.join('');
}
