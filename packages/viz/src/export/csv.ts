// CSV of the agency metrics (core's `toCsv`: RFC 4180, formula-like cells escaped), in ranking order.
import { toCsv } from '@fengong/core';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { METRICS } from '../metrics/catalog.js';
import type { ResponsibilityGraph } from '@fengong/core';

export type MetricsRow = Record<string, string | number | boolean | null>;

/** The columns of the metrics table: rank, names, collective, community, then every metric. */
export const METRICS_COLUMNS: readonly string[] = ['rank', 'agency', 'nameEn', 'collective', 'community', ...METRICS.map((m) => m.key)];

/** One row per agency (in `order`), every metric computed so far (`null` where one is missing): what the CSV and the workbook hold. */
export function metricsRows(graph: ResponsibilityGraph, metrics: AgencyMetrics, order: readonly string[]): MetricsRow[] {
  return order.map((node, i) => {
    const attr = graph.getNodeAttributes(node);
    const row: MetricsRow = {
      rank: i + 1,
      agency: attr.part === 'agency' ? attr.name : node,
      nameEn: attr.part === 'agency' ? (attr.nameEn ?? null) : null,
      collective: attr.part === 'agency' ? attr.collective : false,
      community: metrics.community.get(node) ?? null,
    };
    for (const { key } of METRICS) row[key] = metrics.get(key, node) ?? null;
    return row;
  });
}

/**
 * The metrics table as CSV (missing values are empty cells). Starts with a byte-order mark, so
 * that Excel opens the UTF-8 file with its Chinese intact.
 */
export function metricsCsv(graph: ResponsibilityGraph, metrics: AgencyMetrics, order: readonly string[]): string {
  return `\ufeff${toCsv(metricsRows(graph, metrics, order), [...METRICS_COLUMNS])}\n`;
}
