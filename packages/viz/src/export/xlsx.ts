// The ranking as an Excel workbook: the CSV's table (export/csv.ts) on one sheet, numbers as
// numbers, the header row bold and frozen. write-excel-file (the CLI's workbook writer, see its
// README) loads on first use, from its browser build.
import type { ResponsibilityGraph } from '@fengong/core';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { METRICS_COLUMNS, metricsRows } from './csv.js';

/** The workbook's bytes: sheet `ranking`, one row per agency in `order`, every metric computed so far (empty cells where one is missing). */
export async function metricsXlsx(graph: ResponsibilityGraph, metrics: AgencyMetrics, order: readonly string[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const rows = metricsRows(graph, metrics, order);
  const header = METRICS_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const }));
  const data = [header, ...rows.map((row) => METRICS_COLUMNS.map((key) => (row[key] === null || row[key] === undefined ? null : { value: row[key] })))];
  const columns = METRICS_COLUMNS.map((key) => ({ width: key === 'agency' ? 28 : key === 'nameEn' ? 36 : Math.max(8, key.length + 2) }));
  return writeXlsxFile(data, { sheet: 'ranking', stickyRowsCount: 1, columns }).toBlob();
}
