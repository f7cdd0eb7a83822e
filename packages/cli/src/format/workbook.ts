// `analyze --format xlsx`: the report as a workbook, a sheet per table (agencies, tasks, pairs,
// network, categories, blocks between categories, communities, blocks between communities, notes), numbers as numbers, names as written, header rows frozen. write-excel-file loads
// only when a workbook is asked for.
import type { AnalysisReport } from '@fengong/core';
import { AGENCY_COLUMNS } from '../agency-fields.js';
import { methodNotes } from '../report/notes.js';

type Value = string | number | boolean | null;
type Row = Value[];

/** The sheets, each a header row then data rows: what the workbook holds, in plain arrays (tested directly). */
export function workbookSheets(report: AnalysisReport): { sheet: string; rows: Row[] }[] {
  const list = (names: readonly string[]): string => names.join('、');
  const agencies: Row[] = [[...AGENCY_COLUMNS], ...report.agencies.map((a) => AGENCY_COLUMNS.map((k): Value => a[k]))];
  const taskColumns = ['id', 'title', 'titleEn', 'category', 'lead', 'co', 'responsible', 'agencies', 'degreeCentrality', 'betweenness', 'closeness', 'pagerank', 'eigenvector', 'community', 'twoModeCoreness', 'continuousCorenessTwoMode', 'coreTwoMode'] as const;
  const tasks: Row[] = [
    [...taskColumns],
    ...report.tasks.map((t) => taskColumns.map((k) => (Array.isArray(t[k]) ? list(t[k] as string[]) : (t[k])))),
  ];
  const pairColumns = ['a', 'b', 'shared', 'jaccard', 'overlap', 'cosine', 'dice', 'newman', 'pValue', 'qValue', 'sdsmPValue', 'sdsmQValue', 'backbone'] as const;
  const pairs: Row[] = [[...pairColumns], ...report.pairs.map((p) => pairColumns.map((k) => p[k]))];
  const network: Row[] = [['measure', 'value'], ...flatten(report.network, '')];
  const groupColumns = ['category', 'agencies', 'pairs', 'ties', 'shared', 'density', 'meanShared', 'centralisation'] as const;
  const categories: Row[] = [[...groupColumns], ...report.categoryBlocks.groups.map((g) => groupColumns.map((k) => g[k]))];
  const blockColumns = ['a', 'b', 'pairs', 'ties', 'shared', 'density', 'meanShared'] as const;
  const blocks: Row[] = [[...blockColumns], ...report.categoryBlocks.between.map((b) => blockColumns.map((k) => b[k]))];
  const communityColumns = ['community', 'agencies', 'pairs', 'ties', 'shared', 'density', 'meanShared', 'centralisation'] as const;
  const communities: Row[] = [[...communityColumns], ...report.communityBlocks.groups.map((g) => communityColumns.map((k) => g[k]))];
  const communityBlocks: Row[] = [[...blockColumns], ...report.communityBlocks.between.map((b) => blockColumns.map((k) => b[k]))];
  const notes = methodNotes(report, 'en');
  const notesRows: Row[] = [
    ['topic', 'note'],
    ['source', report.source.file ?? '<stdin>'],
    ['collective units', report.source.excludeCollective ? `excluded: ${list(report.source.excluded.map((u) => u.name))}` : 'included'],
    ...flatten(report.settings, 'settings.'),
    ...Object.entries(notes as unknown as Record<string, string>).map(([k, v]): Row => [k, v]),
  ];
  return [
    { sheet: 'agencies', rows: agencies },
    { sheet: 'tasks', rows: tasks },
    { sheet: 'pairs', rows: pairs },
    { sheet: 'network', rows: network },
    { sheet: 'categories', rows: categories },
    { sheet: 'blocks', rows: blocks },
    { sheet: 'communities', rows: communities },
    { sheet: 'community-blocks', rows: communityBlocks },
    { sheet: 'notes', rows: notesRows },
  ];
}

/** Nested measures as (dotted name, value) rows; lists of numbers joined by commas. */
function flatten(value: object, prefix: string): Row[] {
  const rows: Row[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v)) rows.push([`${prefix}${k}`, v.join(', ')]);
    else if (v !== null && typeof v === 'object') rows.push(...flatten(v as object, `${prefix}${k}.`));
    else rows.push([`${prefix}${k}`, v as Value]);
  }
  return rows;
}

/** The workbook as .xlsx bytes: header rows bold and frozen, column widths to fit (capped). */
export async function workbookBytes(report: AnalysisReport): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const sheets = workbookSheets(report).map(({ sheet, rows }) => ({
    sheet,
    stickyRowsCount: 1,
    columns: (rows[0] ?? []).map((_h, i) => ({ width: Math.min(60, Math.max(8, ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2))) })),
    data: rows.map((row, r) => row.map((value) => (value === null ? null : r === 0 ? { value, fontWeight: 'bold' as const } : { value }))),
  }));
  return writeXlsxFile(sheets).toBuffer();
}
