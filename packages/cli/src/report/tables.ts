// The report's tables as HTML: the network, centralities, structural holes and cores, pairs and
// single points of failure, each cell holding the exact number in `data-value` beside the rounded one.
import type { AgencyReport } from '@fengong/core';
import { fixed, pValue } from '../format/number.js';
import type { RankedPair } from '../pairs-order.js';
import { esc } from './html.js';
import type { ReportModel } from './model.js';
import { REPORT_LIMITS } from './model.js';
import type { ReportLang, Strings } from './strings.js';

export interface Column<T> {
  header: string;
  /** The cell: a number (shown rounded by `format`, exact in `data-value`) or text. */
  value: (row: T) => number | string;
  format?: (x: number, row: T) => string;
  /** The report field the column shows, for tests (`data-field`). */
  field?: string;
}

/** An HTML table; numeric cells are right-aligned and carry their exact value. */
export function htmlTable<T>(rows: readonly T[], columns: readonly Column<T>[], key?: (row: T) => string): string {
  const head = `<thead><tr>${columns.map((c) => `<th${c.field ? ` data-field="${esc(c.field)}"` : ''}>${esc(c.header)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row) => {
      const cells = columns.map((c) => {
        const v = c.value(row);
        return typeof v === 'number'
          ? `<td class="num" data-value="${String(v)}">${esc(c.format === undefined ? String(v) : c.format(v, row))}</td>`
          : `<td>${esc(v)}</td>`;
      });
      return `<tr${key ? ` data-key="${esc(key(row))}"` : ''}>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

const f3 = (x: number): string => fixed(x, 3);
const name = (a: AgencyReport, s: Strings): string => (a.collective ? `${a.agency}（${s.collective}）` : a.agency);

/** The agencies the tables list: the first `REPORT_LIMITS.tables`, and a line on the rest. */
function listed(model: ReportModel, s: Strings): { rows: AgencyReport[]; rest: string } {
  const all = model.report.agencies;
  const rows = all.slice(0, REPORT_LIMITS.tables);
  const rest = all.slice(rows.length);
  const restTasks = rest.reduce((n, a) => n + a.tasks, 0);
  return { rows, rest: rest.length === 0 ? '' : `<p class="rest">${esc(s.rest(rows.length, all.length, restTasks))}</p>` };
}

/** Whole-network measures, two columns. */
export function networkTable(model: ReportModel, lang: ReportLang, s: Strings): string {
  const n = model.report.network;
  const zh = lang === 'zh';
  const rows: [string, number, ((x: number) => string)?, string?][] = [
    [zh ? '单位' : 'Agencies', n.agencies, undefined, 'agencies'],
    [zh ? '任务' : 'Tasks', n.tasks, undefined, 'tasks'],
    [zh ? '列名（单位—任务连接）' : 'Links (an agency listed on a task)', n.links, undefined, 'links'],
    [zh ? '密度' : 'Density', n.density, f3, 'density'],
    [zh ? '负荷基尼系数（0 = 均等）' : 'Load Gini (0 = equal)', n.loadGini, f3, 'loadGini'],
    [zh ? 'NODF 嵌套度（0–100）' : 'NODF nestedness (0–100)', n.nodf, (x) => fixed(x, 1), 'nodf'],
    [zh ? 'Barber 二模模块度 Q_B' : 'Barber modularity Q_B', n.modularity, f3, 'modularity'],
    [zh ? '社区数（Louvain）' : 'Communities (Louvain)', n.communities, undefined, 'communities'],
    [zh ? '连通分量' : 'Connected components', n.components, undefined, 'components'],
  ];
  return htmlTable(
    rows,
    [
      { header: s.measure, value: (r) => r[0] },
      { header: s.value, value: (r) => r[1], format: (x, r) => (r[2] ?? String)(x) },
    ],
    (r) => r[3] ?? '',
  );
}

/** Centralities of the first agencies. */
export function centralityTable(model: ReportModel, s: Strings, lang: ReportLang): string {
  const zh = lang === 'zh';
  const { rows, rest } = listed(model, s);
  return (
    htmlTable(
      rows,
      [
        { header: '#', value: (a) => a.rank, field: 'rank' },
        { header: s.agency, value: (a) => name(a, s) },
        { header: s.tasks, value: (a) => a.tasks, field: 'tasks' },
        { header: s.lead, value: (a) => a.lead, field: 'lead' },
        { header: s.co, value: (a) => a.co, field: 'co' },
        { header: zh ? '度中心性' : 'Degree', value: (a) => a.degreeCentrality, format: f3, field: 'degreeCentrality' },
        { header: zh ? '中介中心性' : 'Betweenness', value: (a) => a.betweenness, format: f3, field: 'betweenness' },
        { header: zh ? '接近中心性' : 'Closeness', value: (a) => a.closeness, format: f3, field: 'closeness' },
        { header: 'PageRank', value: (a) => a.pagerank, format: (x) => fixed(x, 4), field: 'pagerank' },
        { header: zh ? '社区' : 'Community', value: (a) => a.community, field: 'community' },
      ],
      (a) => a.agency,
    ) + rest
  );
}

/** Burt's structural holes (ties weighted by shared tasks) and coreness of the first agencies. */
export function holesTable(model: ReportModel, s: Strings, lang: ReportLang): string {
  const zh = lang === 'zh';
  const { rows, rest } = listed(model, s);
  // An agency without partners has no ego network: its measures are shown as —.
  const holes = (v: (a: AgencyReport) => number) => (a: AgencyReport) => (a.partners === 0 ? '—' : v(a));
  return (
    htmlTable(
      rows,
      [
        { header: '#', value: (a) => a.rank, field: 'rank' },
        { header: s.agency, value: (a) => name(a, s) },
        { header: zh ? '合作单位数' : 'Partners', value: (a) => a.partners, field: 'partners' },
        { header: zh ? '有效规模' : 'Effective size', value: holes((a) => a.effectiveSize), format: f3, field: 'effectiveSize' },
        { header: zh ? '效率' : 'Efficiency', value: holes((a) => a.efficiency), format: f3, field: 'efficiency' },
        { header: zh ? '约束' : 'Constraint', value: holes((a) => a.constraint), format: f3, field: 'constraint' },
        { header: zh ? '等级度' : 'Hierarchy', value: holes((a) => a.hierarchy), format: f3, field: 'hierarchy' },
        { header: zh ? 'k 核' : 'k-core', value: (a) => a.coreness, field: 'coreness' },
        { header: zh ? `二模核（l = ${model.report.settings.twoModeCoreL}）` : `Two-mode core (l = ${model.report.settings.twoModeCoreL})`, value: (a) => a.twoModeCoreness, field: 'twoModeCoreness' },
      ],
      (a) => a.agency,
    ) + rest
  );
}

/** The strongest pairs by shared tasks. */
export function pairsTable(model: ReportModel, s: Strings, lang: ReportLang): string {
  const zh = lang === 'zh';
  const shown = model.pairs.slice(0, REPORT_LIMITS.pairs);
  const who = (n: string, collective: boolean): string => (collective ? `${n}（${s.collective}）` : n);
  return htmlTable<RankedPair>(
    shown,
    [
      { header: '#', value: (p) => p.rank },
      { header: zh ? '单位 A' : 'Agency A', value: (p) => who(p.a, p.collectiveA) },
      { header: zh ? '单位 B' : 'Agency B', value: (p) => who(p.b, p.collectiveB) },
      { header: s.sharedTasks, value: (p) => p.shared, field: 'shared' },
      { header: 'Jaccard', value: (p) => p.jaccard, format: f3, field: 'jaccard' },
      { header: 'Newman', value: (p) => p.newman, format: f3, field: 'newman' },
      { header: 'p', value: (p) => p.pValue, format: pValue, field: 'pValue' },
    ],
    (p) => `${p.a}\u2194${p.b}`,
  );
}

/** Tasks that hang on one agency (or on collective units only). */
export function singleTable(model: ReportModel, s: Strings, lang: ReportLang): string {
  if (model.single.length === 0) return `<p>${esc(s.noSingle)}</p>`;
  const zh = lang === 'zh';
  return htmlTable(
    model.single,
    [
      { header: zh ? '任务' : 'Task', value: (x) => x.task.id },
      { header: zh ? '重点任务' : 'Title', value: (x) => x.task.title },
      { header: zh ? '唯一负责单位' : 'Only agency', value: (x) => x.sole ?? s.onlyCollective },
    ],
    (x) => x.task.id,
  );
}
