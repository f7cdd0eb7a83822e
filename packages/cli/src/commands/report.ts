// `fengong report`: the analysis as one self-contained HTML page (figures, summary, tables), and
// each figure on its own as SVG and PNG with --figures. The charting libraries load only here.
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { describe } from './catalog.js';
import { collect, collectDate, COMPARE_DEFAULTS, runComparison, writeCompareReport } from './compare.js';
import { runAnalysis } from './analyze.js';
import { UsageError } from '../errors.js';
import { withAnalysisOptions, type AnalysisCommandOptions, EXIT_HELP, excludeCollectiveOption, FILE_HELP, threadsOption, withInputOptions } from '../options.js';
import type { InputOptions } from '../io.js';
import type { Output } from '../output.js';
import { escapeControlsByLine } from '../terminal.js';
import { REPORT_LANGS, type ReportLang } from '../report/strings.js';

export interface ReportCommandOptions extends InputOptions, AnalysisCommandOptions {
  output?: string;
  lang: ReportLang;
  figures?: string;
  png: boolean;
  excludeCollective: boolean;
  /** Threads of the shortest-path searches (`--threads`); default one per available core. */
  threads?: number;
  /** With several files: the plans' labels and dates, as `fengong compare` takes them. */
  label?: string[];
  date?: string[];
}

export function registerReport(cli: Command, output: Output): void {
  withAnalysisOptions(withInputOptions(cli.command('report')))
    .description(describe('report'))
    .argument('[files...]', `${FILE_HELP}; two or more: the compare report of those plans`)
    .addOption(new Option('-o, --output <path>', 'the HTML file to write (required)'))
    .addOption(new Option('--lang <lang>', 'language of the report').choices(REPORT_LANGS).default('zh'))
    .addOption(new Option('--figures <dir>', 'also write each figure on its own, as SVG and as PNG at 300 dpi, into this directory (created if missing)'))
    .addOption(new Option('--no-png', 'with --figures, write the SVG figures only'))
    .addOption(excludeCollectiveOption())
    .addOption(threadsOption())
    .addOption(new Option('--label <label>', 'with several files: label of a plan, once per file in order (default: the file name)').argParser(collect))
    .addOption(new Option('--date <date>', 'with several files: date of a plan (YYYY, YYYY-MM or YYYY-MM-DD), once per file in order').argParser(collectDate))
    .addHelpText(
      'after',
      '\nThe page holds the title, source and a summary in words; the load bar chart (lead and co,\n' +
        'collective units apart); the breadth–depth chart; the co-responsibility heatmap (in spectral\n' +
        'seriation order); the agency × category matrix; the network figure; the tables of `fengong analyze`\n' +
        '(network, centralities, structural holes and cores, pairs, single points of failure) with a\n' +
        'note on each method. One file: no script, no font, no request (a strict Content-Security-Policy);\n' +
        'it opens from disk and prints to A4. Large tables show the first agencies and sum the rest.\n' +
        'Figures: load.svg, breadth-depth.svg, heatmap.svg, category-matrix.svg, network.svg (and .png).\n' +
        '\nWith two or more files, the compare report of those plans (as `fengong compare … --format html`,\n' +
        'with its defaults; that command takes every compare option): small multiples of load on one scale,\n' +
        'the main agencies across plans, agencies entering and leaving, rank stability (Spearman, Kendall),\n' +
        'network measures side by side, the pairs that grew or fell most, QAP and MRQAP.\n' +
        'Figures: plan-bars.svg, slope.svg (and .png).\n' +
        EXIT_HELP,
    )
    .action(async (files: string[], opts: ReportCommandOptions, command: Command) => {
      if (files.length >= 2) {
        // The settings of one plan's analysis mean nothing to the comparison: refuse rather than ignore them.
        const given = ['lambda', 'rho', 'betweenness', 'brokerageGrouping', 'threads'].filter((k) => command.getOptionValueSource(k) === 'cli');
        if (given.length > 0) throw new UsageError(`--${given.map((k) => k.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`)).join(', --')} ${given.length === 1 ? 'goes' : 'go'} with one file; the compare report of several has no such setting`);
      }
      if (files.length >= 2) await reportOfPlans(files, opts, output);
      else await report(files[0], opts, output);
    });
}

/** `fengong report A B …`: the compare report, with `fengong compare`'s defaults. */
export async function reportOfPlans(files: readonly string[], options: ReportCommandOptions, out: Output): Promise<void> {
  if (options.output === undefined) throw new UsageError('give the HTML file to write with -o FILE.html');
  const result = await runComparison(files, { ...options, ...COMPARE_DEFAULTS, format: 'html' }, out);
  await writeCompareReport(result, { output: options.output, lang: options.lang, figures: options.figures, png: options.png }, out);
}

export async function report(file: string | undefined, options: ReportCommandOptions, out: Output): Promise<void> {
  if (options.output === undefined) throw new UsageError('give the HTML file to write with -o FILE.html');
  if (options.label !== undefined || options.date !== undefined) throw new UsageError('--label and --date go with two or more files');
  const { report: analysis, title, dataset, preamble } = await runAnalysis(file, options, out);
  // A file's report is titled by its name; the lines above its table (附件, the plan's title …) say what it is.
  const lines = preamble.map((l) => l.trim()).filter((l) => l !== '').slice(0, 3).join(' · ');
  const { buildReport } = await import('../report/build.js');
  const en = options.lang === 'en';
  const built = await buildReport(analysis, {
    lang: options.lang,
    title: dataset === undefined ? basename(title) : en ? dataset.titleEn : dataset.title,
    subtitle: dataset === undefined ? (lines.length > 200 ? `${lines.slice(0, 199)}…` : lines) : `${en ? dataset.attachmentEn : dataset.attachment} (${dataset.document})`,
    source:
      dataset === undefined
        ? `${analysis.source.file ?? '<stdin>'}`
        : `${dataset.document}, ${en ? dataset.issuerEn : dataset.issuer}, ${dataset.issued} (${dataset.file})`,
  });
  const { writeReport } = await import('../report/write.js');
  const wrote = await writeReport(options.output, built.html, built.figures, options);
  out.err(escapeControlsByLine(`fengong report: wrote ${wrote.join(', ')}`));
}
