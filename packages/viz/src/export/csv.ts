// CSV of the agency metrics (core's `toCsv`: RFC 4180, formula-like cells escaped), in ranking order.
import { toCsv } from '@fengong/core';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { METRICS } from '../metrics/catalog.js';
import type { ResponsibilityGraph } from '@fengong/core';

type Row = Record<string, string | number | boolean | null>;

/**
 * One row per agency (in `order`), every metric computed so far; missing values are empty cells.
 * Starts with a byte-order mark, so that Excel opens the UTF-8 file with its Chinese intact.
 */
export function metricsCsv(graph: ResponsibilityGraph, metrics: AgencyMetrics, order: readonly string[]): string {
  const rows: Row[] = order.map((node, i) => {
    const attr = graph.getNodeAttributes(node);
    const row: Row = {
      rank: i + 1,
      agency: attr.part === 'agency' ? attr.name : node,
      nameEn: attr.part === 'agency' ? (attr.nameEn ?? null) : null,
      collective: attr.part === 'agency' ? attr.collective : false,
      community: metrics.community.get(node) ?? null,
    };
    for (const { key } of METRICS) row[key] = metrics.get(key, node) ?? null;
    return row;
  });
  const columns = ['rank', 'agency', 'nameEn', 'collective', 'community', ...METRICS.map((m) => m.key)];
  return `\ufeff${toCsv(rows, columns)}\n`;
}
