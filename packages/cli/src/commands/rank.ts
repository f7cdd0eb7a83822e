// `fengong rank`: the agencies carrying the most tasks, as a table, JSON or CSV.
import { agencyLoad, buildResponsibilityGraph, formatDiagnostic, toCsv, type AgencyLoad, type LoadKey } from '@fengong/core';
import { loadTable } from '../io.js';
import type { Output } from '../output.js';
import { textTable } from '../text-table.js';

export const RANK_FORMATS = ['table', 'json', 'csv'] as const;
export type RankFormat = (typeof RANK_FORMATS)[number];

export interface RankOptions {
  top?: number;
  by: LoadKey;
  format: RankFormat;
  excludeCollective: boolean;
}

/** Columns of the JSON and CSV output, in order. */
const FIELDS = ['rank', 'agency', 'nameEn', 'collective', 'tasks', 'lead', 'co', 'categories', 'share'] as const;

export async function rank(file: string | undefined, options: RankOptions, out: Output): Promise<void> {
  const { table, dictionary, title } = await loadTable(file);
  for (const d of table.diagnostics) out.err(formatDiagnostic(d));
  const graph = buildResponsibilityGraph(table, dictionary === undefined ? {} : { dictionary });
  const all = agencyLoad(graph, { by: options.by, excludeCollective: options.excludeCollective });
  const rows = options.top === undefined ? all : all.slice(0, options.top);

  if (options.format === 'json') {
    out.out(JSON.stringify(rows.map((r) => pick(r)), null, 2));
  } else if (options.format === 'csv') {
    out.out(toCsv(rows.map((r) => pick(r)), FIELDS));
  } else {
    out.out(renderTable(rows, all, title, table.tasks.length, options));
  }
}

/** A row with every field present and in a fixed order (absent English names as null). */
function pick(r: AgencyLoad): Record<(typeof FIELDS)[number], unknown> {
  return {
    rank: r.rank,
    agency: r.agency,
    nameEn: r.nameEn ?? null,
    collective: r.collective,
    tasks: r.tasks,
    lead: r.lead,
    co: r.co,
    categories: r.categories,
    share: r.share,
  };
}

function renderTable(rows: AgencyLoad[], all: AgencyLoad[], title: string, taskCount: number, options: RankOptions): string {
  const collectives = rows.some((r) => r.collective);
  const body = textTable(rows, [
    { header: '#', value: (r) => String(r.rank), align: 'right' },
    { header: 'Agency 单位', value: (r) => (r.collective ? `${r.agency} *` : r.agency) },
    { header: 'Tasks', value: (r) => String(r.tasks), align: 'right' },
    { header: 'Lead', value: (r) => String(r.lead), align: 'right' },
    { header: 'Co', value: (r) => String(r.co), align: 'right' },
    { header: 'Categories', value: (r) => String(r.categories), align: 'right' },
    { header: 'Share', value: (r) => `${(r.share * 100).toFixed(1)}%`, align: 'right' },
  ]);
  const shown = rows.length < all.length ? `top ${rows.length} of ${all.length} agencies` : `${all.length} agencies`;
  const lines = [title, `${taskCount} tasks, ${shown}, ranked by ${options.by}`, '', body];
  if (collectives) lines.push('', '* collective unit (a group of bodies, not one agency); --exclude-collective leaves it out');
  return lines.join('\n');
}
