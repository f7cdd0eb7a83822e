// `fengong report`: the analysis as one self-contained HTML page (figures, summary, tables), and
// each figure on its own as SVG and PNG with --figures. The charting libraries load only here.
import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import { describe } from './catalog.js';
import { runAnalysis } from './analyze.js';
import { UsageError } from '../errors.js';
import { makeDirectory, writeOutput } from '../files.js';
import { withAnalysisOptions, type AnalysisCommandOptions, EXIT_HELP, excludeCollectiveOption, FILE_HELP, withInputOptions } from '../options.js';
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
}

export function registerReport(cli: Command, output: Output): void {
  withAnalysisOptions(withInputOptions(cli.command('report')))
    .description(describe('report'))
    .argument('[file]', FILE_HELP)
    .addOption(new Option('-o, --output <path>', 'the HTML file to write (required)'))
    .addOption(new Option('--lang <lang>', 'language of the report').choices(REPORT_LANGS).default('zh'))
    .addOption(new Option('--figures <dir>', 'also write each figure on its own, as SVG and as PNG at 300 dpi, into this directory (created if missing)'))
    .addOption(new Option('--no-png', 'with --figures, write the SVG figures only'))
    .addOption(excludeCollectiveOption())
    .addHelpText(
      'after',
      '\nThe page holds the title, source and a summary in words; the load bar chart (lead and co,\n' +
        'collective units apart); the breadth–depth chart; the co-responsibility heatmap (in community\n' +
        'order); the agency × category matrix; the network figure; the tables of `fengong analyze`\n' +
        '(network, centralities, structural holes and cores, pairs, single points of failure) with a\n' +
        'note on each method. One file: no script, no font, no request (a strict Content-Security-Policy);\n' +
        'it opens from disk and prints to A4. Large tables show the first agencies and sum the rest.\n' +
        'Figures: load.svg, breadth-depth.svg, heatmap.svg, category-matrix.svg, network.svg (and .png).\n' +
        EXIT_HELP,
    )
    .action(async (file: string | undefined, opts: ReportCommandOptions) => {
      await report(file, opts, output);
    });
}

export async function report(file: string | undefined, options: ReportCommandOptions, out: Output): Promise<void> {
  if (options.output === undefined) throw new UsageError('give the HTML file to write with -o FILE.html');
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
  await writeOutput(options.output, built.html);
  const wrote = [options.output];
  if (options.figures !== undefined) {
    const dir = options.figures;
    await makeDirectory(dir);
    for (const f of built.figures) await writeOutput(join(dir, `${f.id}.svg`), f.svg);
    wrote.push(...built.figures.map((f) => join(dir, `${f.id}.svg`)));
    if (options.png) {
      const { svgToPng } = await import('../report/png.js');
      const pngs = await svgToPng(built.figures.map((f) => f.svg));
      for (const [i, f] of built.figures.entries()) await writeOutput(join(dir, `${f.id}.png`), pngs[i] as Buffer);
      wrote.push(...built.figures.map((f) => join(dir, `${f.id}.png`)));
    }
  }
  out.err(escapeControlsByLine(`fengong report: wrote ${wrote.join(', ')}`));
}
