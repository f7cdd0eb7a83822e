// `fengong analyze`: the full report of core's analyze() as JSON, an agencies CSV, or Markdown.
import { describe } from './catalog.js';
import { analyzeTable, toCsv, type AnalysisReport } from '@fengong/core';
import type { Dataset } from '@fengong/core/datasets';
import { terminalProgress, workerRunner } from '@fengong/core/node';
import { Option, type Command } from 'commander';
import { AGENCY_COLUMNS } from '../agency-fields.js';
import { analysisMarkdown } from '../format/analysis-markdown.js';
import { loadTable, printDiagnostics, type InputOptions } from '../io.js';
import { progress, progressEnabled } from '../progress.js';
import { withAnalysisOptions, type AnalysisCommandOptions, EXIT_HELP, excludeCollectiveOption, FILE_HELP, threadsOption, withInputOptions } from '../options.js';
import { outPieces, type Output } from '../output.js';
import { UsageError } from '../errors.js';
import { escapeControls } from '../terminal.js';
import { writeOutput, writeOutputPieces } from '../files.js';
import { jsonPieces } from '../format/json-stream.js';
import { reportPairs } from '../pairs-order.js';

export const ANALYZE_FORMATS = ['json', 'csv', 'markdown', 'xlsx'] as const;
export type AnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

/** Tables `--format csv` writes (`--table`): one row per agency (default), or the block densities by category or by community. */
export const CSV_TABLES = ['agencies', 'categories', 'category-blocks', 'communities', 'community-blocks'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface AnalyzeCommandOptions extends InputOptions, AnalysisCommandOptions {
  format: AnalyzeFormat;
  excludeCollective: boolean;
  /** File to write (required for xlsx; the text formats print to stdout without it). */
  output?: string;
  /** Table of `--format csv`; default agencies. */
  table?: CsvTable;
  /** Threads of the shortest-path searches (`--threads`); default one per available core. */
  threads?: number;
}

/** The JSON output: core's report unchanged, with a `dataset` block first when the bundled table is used. */
export type AnalyzeJson = AnalysisReport & { dataset?: { id: string; title: string; document: string } };

export function registerAnalyze(cli: Command, output: Output): void {
  withAnalysisOptions(withInputOptions(cli.command('analyze')))
    .description(describe('analyze'))
    .argument('[file]', FILE_HELP)
    .addOption(new Option('-f, --format <format>', 'json: the whole report; csv: one row per agency; markdown: a readable summary; xlsx: a workbook (needs -o)').choices(ANALYZE_FORMATS).default('json'))
    .addOption(new Option('-o, --output <path>', 'file to write instead of stdout (required for xlsx)'))
    .addOption(new Option('--table <table>', 'csv only: agencies (one row per agency), or the block densities by category or community (groups, or blocks between two groups)').choices(CSV_TABLES))
    .addOption(excludeCollectiveOption())
    .addOption(threadsOption())
    .addHelpText(
      'after',
      '\nThe same table and options always give the same output, byte for byte.\n' +
        'json: the report of @fengong/core analyze() (source, settings, network, agencies, tasks, pairs),\n' +
        'with a `dataset` block first when the bundled table is used.\n' +
        'markdown: title, Network, Agencies, Structural holes and cores, Core and periphery, Brokers,\n' +
        'Density and centralisation by category and by community, Strongest co-responsibility pairs (top 15), Backbone of co-responsibility (SDSM), Robustness\n' +
        'to the loss of agencies, Single points of failure, and Notes on the normalisations (two-mode,\n' +
        'as NetworkX `bipartite`), the structural-hole weights and the two tests of a pair: `pValue`\n' +
        '(hypergeometric) and `sdsmPValue` (stochastic degree sequence model).\n' +
        wrap(`csv columns, in order: ${AGENCY_COLUMNS.join(', ')}.`) +
        '\ncsv --table categories | communities: one row per group (its agencies, pairs, ties, shared tasks,\n' +
        'density, mean shared, centralisation); --table category-blocks | community-blocks: one row per\n' +
        'block between two groups with a tie (the xlsx sheets categories, blocks, communities, community-blocks).' +
        '\nxlsx: a workbook with the sheets agencies (the csv columns), tasks, pairs, network, categories,\n' +
        'blocks (between categories), communities, community-blocks (between communities) and notes;\n' +
        'numbers as numbers, names as written, header rows frozen.\n' +
        '\n' +
        EXIT_HELP,
    )
    .action(async (file: string | undefined, opts: AnalyzeCommandOptions) => {
      await analyze(file, opts, output);
    });
}

/** The analysis `fengong analyze` prints: the table read (warnings on stderr), then core's analyzeTable with the command's settings. */
export async function runAnalysis(
  file: string | undefined,
  options: InputOptions & AnalysisCommandOptions & { excludeCollective: boolean; threads?: number },
  out: Output,
): Promise<{ report: AnalysisReport; title: string; dataset: Dataset | undefined; preamble: string[] }> {
  // Straight from the table to the compact view: no graphology graph is built (faster, less memory).
  const { table, title, dataset, dictionary } = await loadTable(file, options);
  printDiagnostics(table.diagnostics, out);
  const { excludeCollective, lambda, rho } = options;
  const steps = progress(out, table.tasks.length);
  steps.step(`read ${table.tasks.length} tasks; analysing`);
  // Betweenness and closeness searches on every core, with a percentage on stderr when progress is on.
  const runner = workerRunner({ ...(options.threads === undefined ? {} : { threads: options.threads }), onProgress: terminalProgress('fengong analyze: shortest paths', { enabled: progressEnabled(table.tasks.length) }) });
  const report = analyzeTable(table, {
    excludeCollective,
    lambda,
    rho,
    seed: options.seed,
    betweenness: options.betweenness ?? 'auto',
    closeness: options.closeness ?? 'auto',
    brokerageGrouping: options.brokerageGrouping ?? 'category',
    runner,
    ...(dictionary === undefined ? {} : { build: { dictionary } }),
  });
  for (const warning of report.settings.warnings) out.err(`fengong: warning: ${escapeControls(warning)}`);
  steps.step(`analysed ${report.network.agencies} agencies, ${report.network.links} links; writing the report`);
  return { report, title, dataset, preamble: table.preamble };
}

export async function analyze(file: string | undefined, options: AnalyzeCommandOptions, out: Output): Promise<void> {
  if (options.format === 'xlsx' && options.output === undefined) throw new UsageError('xlsx is a binary file: give the workbook to write with -o FILE.xlsx');
  if (options.table !== undefined && options.format !== 'csv') throw new UsageError(`--table ${options.table} picks a csv table: add --format csv (the ${options.format} output has every table)`);
  const { report, title, dataset } = await runAnalysis(file, options, out);
  if (options.format === 'xlsx') {
    const { workbookBytes } = await import('../format/workbook.js');
    await writeOutput(options.output as string, await workbookBytes(report));
    return;
  }
  if (options.format === 'json') {
    // Written in pieces, to stdout or to the file: the same bytes as JSON.stringify(report, null, 2)
    // and a newline, never held whole (a 100,000-task report is ~290 MB of JSON).
    const pieces = jsonPieces(withDataset(report, dataset));
    if (options.output === undefined) await outPieces(out, pieces);
    else await writeOutputPieces(options.output, withNewline(pieces));
    return;
  }
  const target: Output = options.output === undefined ? out : { out: (text) => chunks.push(text.endsWith('\n') ? text : `${text}\n`), err: (text) => out.err(text) };
  const chunks: string[] = [];
  if (options.format === 'csv') {
    target.out(csvTable(report, options.table ?? 'agencies'));
  } else {
    const heading = dataset === undefined ? `Responsibility network: ${title}` : `${dataset.title} · ${dataset.attachment}`;
    target.out(analysisMarkdown(report, { heading, dataset, pairs: reportPairs(report) }));
  }
  if (options.output !== undefined) await writeOutput(options.output, chunks.join(''));
}

/** One table of the report as CSV: the agencies, or the groups or between-group blocks of a partition. */
function csvTable(report: AnalysisReport, table: CsvTable): string {
  const group = ['agencies', 'pairs', 'ties', 'shared', 'density', 'meanShared', 'centralisation'] as const;
  const block = ['a', 'b', 'pairs', 'ties', 'shared', 'density', 'meanShared'] as const;
  switch (table) {
    case 'agencies':
      return toCsv(report.agencies, AGENCY_COLUMNS);
    case 'categories':
      return toCsv(report.categoryBlocks.groups, ['category', ...group]);
    case 'category-blocks':
      return toCsv(report.categoryBlocks.between, block);
    case 'communities':
      return toCsv(report.communityBlocks.groups, ['community', ...group]);
    case 'community-blocks':
      return toCsv(report.communityBlocks.between, block);
  }
}

/** Wraps text at spaces to lines of at most `width` characters, for help text. */
function wrap(text: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

/** The pieces, then a final newline (as the other formats end). */
function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

function withDataset(report: AnalysisReport, dataset: Dataset | undefined): AnalyzeJson {
  return dataset === undefined ? report : { dataset: { id: dataset.id, title: dataset.title, document: dataset.document }, ...report };
}
