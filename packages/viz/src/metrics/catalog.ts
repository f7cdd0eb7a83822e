// The agency metrics the viewer can rank and size by: the per-agency columns of core's `analyze()`.
import type { AgencyReport } from '@fengong/core';

/** A numeric column of {@link AgencyReport} (community is a label, not a measure: not listed). */
export type MetricKey = {
  [K in keyof AgencyReport]: AgencyReport[K] extends number | null ? (K extends 'community' | 'rank' ? never : K) : never;
}[keyof AgencyReport];

export interface MetricInfo {
  key: MetricKey;
  zh: string;
  en: string;
  /** Whole numbers are shown without decimals. */
  integer: boolean;
  /**
   * Computed on the main thread at load (cheap); in the analysis worker at once (`worker`: well
   * under a second together at 5,000 tasks, and the communities the matrix is ordered by); or in
   * the worker once the first layout is done (`later`: betweenness, closeness and the research
   * measures — seconds on large tables, which would take a core from ForceAtlas2 on 2 cores).
   */
  stage: 'load' | 'worker' | 'later';
}

const m = (key: MetricKey, zh: string, en: string, integer: boolean, stage: MetricInfo['stage']): MetricInfo => ({
  key,
  zh,
  en,
  integer,
  stage,
});

/** In the order the ranking and the details panel list them. */
export const METRICS: readonly MetricInfo[] = [
  m('tasks', '任务数', 'Tasks', true, 'load'),
  m('lead', '牵头数', 'Led', true, 'load'),
  m('co', '配合数', 'Co-operating', true, 'load'),
  m('share', '任务占比', 'Share of tasks', false, 'load'),
  m('categories', '涉及类别', 'Categories', true, 'load'),
  m('leadShare', '牵头比例', 'Lead share', false, 'load'),
  m('weightedLoad', '加权负荷', 'Weighted load', false, 'load'),
  m('credit', '分摊责任', 'Credit', false, 'load'),
  m('coordinationBurden', '协调负担', 'Coordination burden', true, 'load'),
  m('coordinated', '协调单位数', 'Agencies coordinated', true, 'load'),
  m('entropy', '类别熵', 'Category entropy', false, 'load'),
  m('specialisation', '专门化', 'Specialisation', false, 'load'),
  m('degreeCentrality', '度中心性', 'Degree centrality', false, 'worker'),
  m('betweenness', '中介中心性', 'Betweenness', false, 'later'),
  m('closeness', '接近中心性', 'Closeness', false, 'later'),
  m('pagerank', 'PageRank', 'PageRank', false, 'worker'),
  m('eigenvector', '特征向量中心性', 'Eigenvector', false, 'worker'),
  m('latapyClustering', '聚类系数', 'Latapy clustering', false, 'worker'),
  m('redundancy', '冗余度', 'Redundancy', false, 'worker'),
  m('strength', '共担强度', 'Strength', true, 'worker'),
  m('partners', '合作单位数', 'Partners', true, 'worker'),
  m('participation', '参与系数', 'Participation', false, 'worker'),
  m('withinModuleZ', '模块内 z 值', 'Within-module z', false, 'worker'),
  // Policy-network measures (issue 14), as analyze() reports them.
  m('effectiveSize', '有效规模', 'Effective size', false, 'later'),
  m('efficiency', '效率', 'Efficiency', false, 'later'),
  m('constraint', '约束度', 'Constraint', false, 'later'),
  m('hierarchy', '等级度', 'Hierarchy', false, 'later'),
  m('coreness', 'k-核', 'k-core', true, 'worker'),
  m('twoModeCoreness', '二模核', 'Two-mode core', true, 'worker'),
  m('continuousCoreness', '核心度', 'Coreness', false, 'later'),
  m('continuousCorenessTwoMode', '二模核心度', 'Two-mode coreness', false, 'later'),
  m('coordinator', '协调人', 'Coordinator', true, 'later'),
  m('consultant', '顾问', 'Consultant', true, 'later'),
  m('gatekeeper', '守门人', 'Gatekeeper', true, 'later'),
  m('representative', '代表人', 'Representative', true, 'later'),
  m('liaison', '联络人', 'Liaison', true, 'later'),
  m('brokerage', '中介角色合计', 'Brokerage', true, 'later'),
  m('backboneDegree', '骨干联系数', 'Backbone ties', true, 'later'),
];

export const METRIC_KEYS: readonly MetricKey[] = METRICS.map((info) => info.key);

const BY_KEY = new Map(METRICS.map((info) => [info.key, info]));

export function isMetricKey(value: string): value is MetricKey {
  return BY_KEY.has(value as MetricKey);
}

export function metricInfo(key: MetricKey): MetricInfo {
  const info = BY_KEY.get(key);
  if (info === undefined) throw new Error(`@fengong/viz: unknown metric "${key}"`);
  return info;
}

/** A value as shown in tables: integers as is, others with three significant decimals. */
export function formatMetric(key: MetricKey, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (metricInfo(key).integer) return String(Math.round(value));
  if (value === 0) return '0';
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(1) : abs >= 1 ? value.toFixed(3) : value.toPrecision(3);
}
