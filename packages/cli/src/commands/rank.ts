// `fengong rank`: agencies by load, or by any agency metric of the analysis, as a table, JSON or CSV.
import { describe } from './catalog.js';
import { agencyLoad, analyze, LOAD_KEYS, toCsv, type AgencyReport, type AnalyzeOptions, type LoadKey, type ResponsibilityGraph } from '@fengong/core';
import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { REPORT_METRICS, type ReportMetric } from '../agency-fields.js';
import { columnFormat } from '../format/number.js';
import { loadGraph, type InputOptions } from '../io.js';
import { EXIT_HELP, excludeCollectiveOption, FILE_HELP, withAnalysisOptions, withInputOptions, topOption, type AnalysisCommandOptions } from '../options.js';
import type { Output } from '../output.js';
import { competitionRanks, tieKey } from '../sort.js';
import { escapeControls } from '../terminal.js';
import { textTable } from '../text-table.js';

export const RANK_FORMATS = ['table', 'json', 'csv'] as const;
export type RankFormat = (typeof RANK_FORMATS)[number];

/** Every key `--by` accepts: the load keys, then the metrics of `analyze()`. */
export const RANK_KEYS = [...LOAD_KEYS, ...REPORT_METRICS] as const;
export type RankKey = LoadKey | ReportMetric;

export interface RankOptions extends InputOptions, Partial<AnalysisCommandOptions> {
  top?: number;
  by: RankKey;
  format: RankFormat;
  excludeCollective: boolean;
}

/** Columns of the JSON and CSV output, in order (sorting by a metric adds a column named after it). */
const FIELDS = ['rank', 'agency', 'nameEn', 'collective', 'tasks', 'lead', 'co', 'categories', 'share'] as const;

/** One output row: the load fields, plus the metric sorted by when it is not a load key. */
interface RankRow {
  rank: number;
  agency: string;
  nameEn: string | null;
  collective: boolean;
  tasks: number;
  lead: number;
  co: number;
  /** Tasks with no lead marked (shown in the table only when some agency has them). */
  responsible: number;
  categories: number;
  share: number;
  metric?: number;
}

export function registerRank(cli: Command, output: Output): void {
  withAnalysisOptions(withInputOptions(cli.command('rank')))
    .description(describe('rank'))
    .argument('[file]', FILE_HELP)
    .addOption(topOption('show only the first N agencies'))
    .addOption(new Option('--by <key>', 'sort key (descending)').choices(RANK_KEYS).default('tasks'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(RANK_FORMATS).default('table'))
    .addOption(excludeCollectiveOption())
    .addHelpText(
      'after',
      '\nLoad keys (tasks, lead, co, categories, share) give the load table. Any other key runs the full\n' +
        'analysis (with --lambda, --rho, --seed and --betweenness as in `fengong analyze`) and adds a column\n' +
        'with that metric; values equal to 12 significant digits tie and share a rank.\n' +
        'Ties are broken by tasks, then lead, then order of first appearance in the table.\n' +
        EXIT_HELP,
    )
    .action(async (file: string | undefined, opts: RankOptions) => {
      await rank(file, opts, output);
    });
}

function isLoadKey(key: RankKey): key is LoadKey {
  return (LOAD_KEYS as readonly string[]).includes(key);
}

export async function rank(file: string | undefined, options: RankOptions, out: Output): Promise<void> {
  const { graph, table, title } = await loadGraph(file, out, options);
  const { by, excludeCollective } = options;
  const all = isLoadKey(by)
    ? agencyLoad(graph, { by, excludeCollective }).map((r) => ({ ...r, nameEn: r.nameEn ?? null }))
    : byMetric(graph, by, {
        excludeCollective,
        lambda: options.lambda ?? 2,
        rho: options.rho ?? 0.5,
        seed: options.seed ?? 42,
        betweenness: options.betweenness ?? 'auto',
        closeness: options.closeness ?? 'auto',
        brokerageGrouping: options.brokerageGrouping ?? 'category',
      });
  const rows = options.top === undefined ? all : all.slice(0, options.top);
  const metric = isLoadKey(by) ? undefined : by;
  const fields: string[] = metric === undefined ? [...FIELDS] : [...FIELDS, metric];

  if (options.format === 'json') {
    out.out(JSON.stringify(rows.map((r) => pick(r, metric)), null, 2));
  } else if (options.format === 'csv') {
    out.out(toCsv(rows.map((r) => pick(r, metric)), fields));
  } else {
    out.out(renderTable(rows, all, title, table.tasks.length, options));
  }
}

/**
 * The agencies of `analyze()` sorted by `metric` descending; ties by tasks, lead, then first
 * appearance (the report's own order breaks the remaining ties, as the sort is stable).
 */
function byMetric(graph: ResponsibilityGraph, metric: ReportMetric, settings: AnalyzeOptions): RankRow[] {
  const report = analyze(graph, settings);
  const value = (a: AgencyReport): number => {
    const v = a[metric];
    // Only eigenvector centrality can be missing (no convergence): nothing to rank by then.
    if (v === null) throw new InputError(`cannot rank by ${metric}: ${report.settings.warnings.join('; ')}`);
    return v;
  };
  const sorted = [...report.agencies].sort((a, b) => tieKey(value(b)) - tieKey(value(a)) || b.tasks - a.tasks || b.lead - a.lead);
  const ranks = competitionRanks(sorted, (a) => tieKey(value(a)));
  return sorted.map((a, i) => ({
    rank: ranks[i] ?? i + 1,
    agency: a.agency,
    nameEn: a.nameEn,
    collective: a.collective,
    tasks: a.tasks,
    lead: a.lead,
    co: a.co,
    responsible: a.responsible,
    categories: a.categories,
    share: a.share,
    metric: value(a),
  }));
}

/** A row with every field present and in a fixed order (absent English names as null). */
function pick(r: RankRow, metric: ReportMetric | undefined): Record<string, unknown> {
  const row: Record<string, unknown> = {
    rank: r.rank,
    agency: r.agency,
    nameEn: r.nameEn,
    collective: r.collective,
    tasks: r.tasks,
    lead: r.lead,
    co: r.co,
    categories: r.categories,
    share: r.share,
  };
  if (metric !== undefined) row[metric] = r.metric;
  return row;
}

function renderTable(rows: RankRow[], all: RankRow[], title: string, taskCount: number, options: RankOptions): string {
  const collectives = rows.some((r) => r.collective);
  const responsible = all.some((r) => r.responsible > 0);
  const format = columnFormat(rows.map((r) => r.metric ?? 0));
  const body = textTable(rows, [
    { header: '#', value: (r) => String(r.rank), align: 'right' },
    { header: 'Agency 单位', value: (r) => (r.collective ? `${r.agency} *` : r.agency) },
    { header: 'Tasks', value: (r) => String(r.tasks), align: 'right' },
    { header: 'Lead', value: (r) => String(r.lead), align: 'right' },
    { header: 'Co', value: (r) => String(r.co), align: 'right' },
    ...(responsible ? [{ header: 'Resp.', value: (r: RankRow) => String(r.responsible), align: 'right' as const }] : []),
    { header: 'Categories', value: (r) => String(r.categories), align: 'right' },
    { header: 'Share', value: (r) => `${(r.share * 100).toFixed(1)}%`, align: 'right' },
    ...(isLoadKey(options.by) ? [] : [{ header: options.by, value: (r: RankRow) => format(r.metric ?? 0), align: 'right' as const }]),
  ]);
  const shown = rows.length < all.length ? `top ${rows.length} of ${all.length} agencies` : `${all.length} agencies`;
  const lines = [escapeControls(title), `${taskCount} tasks, ${shown}, ranked by ${options.by}`, '', body];
  if (collectives) lines.push('', '* collective unit (a group of bodies, not one agency); --exclude-collective leaves it out');
  if (responsible) lines.push('', 'Resp.: tasks with no lead marked, where the agency is one of the units responsible.');
  return lines.join('\n');
}
