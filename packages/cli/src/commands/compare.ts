// `fengong compare`: several plans side by side — the same agencies across plans, years and places.
import { describe } from './catalog.js';
import { comparePlans, isPlanDate, parseIdentityTable, REFORM_SOURCES, type NameChange, type PlanComparison, type PlanInput, type UserIdentityRule } from '@fengong/core';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { compareMarkdown, compareText } from '../format/compare-render.js';
import { compareSections } from '../format/compare-sections.js';
import { loadTable, printDiagnostics, readBytes, type InputOptions } from '../io.js';
import { EXIT_HELP, excludeCollectiveOption, seed, topOption, withInputOptions } from '../options.js';
import type { Output } from '../output.js';
import { REPORT_LANGS, type ReportLang } from '../report/strings.js';
import { escapeControlsByLine } from '../terminal.js';

export const COMPARE_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export interface CompareCommandOptions extends InputOptions {
  label?: string[];
  date?: string[];
  format: CompareFormat;
  top?: number;
  pairs: number;
  excludeCollective: boolean;
  reforms: boolean;
  identity?: string;
  matchBy: 'name' | 'role';
  reformScope: 'comparison' | 'plan';
  seed: number;
  permutations: number;
  /** With `--format html`: the page to write, its language, and a folder for the figures. */
  output?: string;
  lang?: ReportLang;
  figures?: string;
  png?: boolean;
}

/** What `fengong report A B …` compares with when no compare option is given. */
export const COMPARE_DEFAULTS = { pairs: 10, reforms: true, matchBy: 'name', reformScope: 'comparison', permutations: 1000 } as const;

/** Agency rows the table and Markdown formats show when --top is not given. */
export const DEFAULT_COMPARE_TOP = 30;

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
export const collectDate = (value: string, previous: string[] = []): string[] => {
  if (!isPlanDate(value)) throw new InvalidArgumentError(`expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${value}".`);
  return [...previous, value];
};
const count = (value: string): number => {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return Number(value);
};

const sources = Object.values(REFORM_SOURCES)
  .map((s) => `  ${s.title} (${s.date}), ${s.by}`)
  .join('\n');

export function registerCompare(cli: Command, output: Output): void {
  withInputOptions(cli.command('compare'))
    .description(describe('compare'))
    .argument('<files...>', 'two or more tables, in any layout and format `fengong parse` reads (- for stdin, once), in the order to compare them')
    .addOption(new Option('--label <label>', 'label of a plan, once per file in order (default: the file name)').argParser(collect))
    .addOption(new Option('--date <date>', 'date of a plan (YYYY, YYYY-MM or YYYY-MM-DD), once per file in order (default: found in the document)').argParser(collectDate))
    .addOption(new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('table'))
    .addOption(topOption(`agency rows shown by table and markdown (default ${DEFAULT_COMPARE_TOP}; json has all)`))
    .addOption(new Option('--pairs <n>', 'pairs listed as grown and as fallen for each step').argParser(count).default(COMPARE_DEFAULTS.pairs))
    .addOption(excludeCollectiveOption())
    .addOption(new Option('--no-reforms', 'do not apply the bundled table of renames and mergers of the 2018 and 2023 reforms'))
    .addOption(
      new Option('--reform-scope <scope>', 'comparison: a rename applies to every plan once one is dated after it; plan: only to the plans dated after it')
        .choices(['comparison', 'plan'])
        .default('comparison'),
    )
    .addOption(new Option('--identity <file>', 'your own renames and mergers: CSV (from,to[,effective][,level][,source]) or JSON'))
    .addOption(new Option('--match-by <how>', 'name: agencies are the same when their names are; role: align by the name without its place (省/市/区 …)').choices(['name', 'role']).default('name'))
    .addOption(new Option('--seed <n>', 'seed of the Louvain partitions and of the QAP permutations').argParser(seed).default(42))
    .addOption(new Option('--permutations <n>', 'permutations of the QAP tests of each step (0: none)').argParser(count).default(COMPARE_DEFAULTS.permutations))
    .addOption(new Option('-o, --output <path>', 'with --format html: the report to write (required)'))
    .addOption(new Option('--lang <lang>', 'with --format html: language of the report').choices(REPORT_LANGS).default('zh'))
    .addOption(new Option('--figures <dir>', 'with --format html: also write each figure as SVG and PNG (300 dpi) into this directory'))
    .addOption(new Option('--no-png', 'with --figures, write the SVG figures only'))
    .addHelpText(
      'after',
      '\nFor each plan: every agency’s tasks, lead, share of the plan’s tasks and rank; network measures side\n' +
        'by side (density, degree centralisation, team size, load Gini, modularity). For each pair of\n' +
        'consecutive plans: agencies entering and leaving, Spearman ρ and Kendall τ-b of the shared\n' +
        'agencies’ loads, and the pairs whose share of co-responsibility (tasks both are on ÷ the plan’s\n' +
        'tasks) grew or fell most; QAP correlation (Krackhardt 1987) of the two co-responsibility matrices\n' +
        'on the shared agencies, and MRQAP (Dekker et al. 2007, double semi-partialling) of the later one on\n' +
        'the earlier co-responsibility and lead–co ties, p-values from seeded permutations.\n' +
        'Names are normalised as in every command; then renames and mergers of the 2018 and 2023 reforms\n' +
        '(卫生计生委 → 卫生健康委, 工商局 + 质监局 + 食药监局 → 市场监管局 …) apply when a plan is dated on or\n' +
        'after them, and are listed. Provincial and local dates are given as the national ones. Sources:\n' +
        `${sources}\n` +
        'Names differing only by place (省发展改革委, 市发展改革委) are listed as the same role, not merged,\n' +
        'unless --match-by role.\n' +
        '--format html -o FILE.html writes the comparison as one self-contained page (as `fengong report\n' +
        'A B …`): small multiples of load, the main agencies across plans, turnover, rank stability,\n' +
        'network measures side by side, the pairs that changed most, QAP and MRQAP, with a note on each method.\n' +
        EXIT_HELP,
    )
    .action(async (files: string[], opts: CompareCommandOptions) => {
      await compare(files, opts, output);
    });
}

/** Labels from file names: the base name, or more of the path where two plans would share one. */
function defaultLabels(files: readonly string[]): string[] {
  const parts = files.map((f) => (f === '-' ? ['<stdin>'] : f.split(/[\\/]/u).filter((p) => p !== '')));
  for (let depth = 1; depth <= 8; depth += 1) {
    const labels = parts.map((p) => p.slice(-depth).join('/'));
    if (new Set(labels).size === labels.length) return labels;
  }
  return files.map((f, i) => `${i + 1}: ${f}`);
}

async function identityRules(file: string | undefined): Promise<UserIdentityRule[]> {
  if (file === undefined) return [];
  const text = (await readBytes(file)).toString('utf8');
  try {
    return parseIdentityTable(text, file);
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/** Reads the files and compares them (the work of `compare` before any output); exit 1 on bad input, 2 on bad usage. */
export async function runComparison(files: readonly string[], options: CompareCommandOptions, out: Output): Promise<PlanComparison> {
  const givenLabels = options.label ?? [];
  const givenDates = options.date ?? [];
  if (files.length < 2) throw new UsageError(`compare needs two or more files, got ${files.length}`);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  if (givenLabels.length > files.length) throw new UsageError(`${givenLabels.length} labels for ${files.length} files`);
  if (givenDates.length > files.length) throw new UsageError(`${givenDates.length} dates for ${files.length} files`);
  const labels = defaultLabels(files).map((l, i) => givenLabels[i] ?? l);
  const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
  if (repeated !== undefined) throw new UsageError(`two plans are labelled "${repeated}"; give --label once per file`);
  const rules = await identityRules(options.identity);

  const plans: PlanInput[] = [];
  const merges: NameChange[][] = [];
  for (const [i, file] of files.entries()) {
    const { table, normalisation } = await loadTable(file, options);
    merges.push(normalisation);
    printDiagnostics(table.diagnostics, out);
    const date = givenDates[i];
    plans.push({ table, label: labels[i] as string, ...(date === undefined ? {} : { date }) });
  }
  let result: PlanComparison;
  try {
    result = comparePlans(plans, {
      excludeCollective: options.excludeCollective,
      // Tables come from loadTable already normalised (or not, with --no-normalise).
      normalise: false,
      identity: { reforms: options.reforms, rules, matchBy: options.matchBy, scope: options.reformScope },
      pairs: options.pairs,
      seed: options.seed,
      qap: options.permutations === 0 ? false : { permutations: options.permutations, seed: options.seed },
    });
  } catch (error) {
    throw new InputError((error as Error).message.replace(/^comparePlans: /u, ''));
  }
  // What loadTable's normalisation did, as comparePlans would have reported it.
  result.settings.normalise = options.normalise !== false;
  result.plans.forEach((p, i) => (p.normalisation = merges[i] ?? []));
  return result;
}

/** Writes the comparison as the HTML report (and its figures); the charting libraries load only here. */
export async function writeCompareReport(result: PlanComparison, options: { output: string; lang: ReportLang; figures?: string | undefined; png: boolean }, out: Output): Promise<void> {
  const [{ buildCompareReport }, { writeReport }] = await Promise.all([import('../report/compare/build.js'), import('../report/write.js')]);
  const built = await buildCompareReport(result, { lang: options.lang });
  const wrote = await writeReport(options.output, built.html, built.figures, options);
  out.err(escapeControlsByLine(`fengong report: wrote ${wrote.join(', ')}`));
}

export async function compare(files: readonly string[], options: CompareCommandOptions, out: Output): Promise<void> {
  if (options.format === 'html' && options.output === undefined) throw new UsageError('give the HTML file to write with -o FILE.html');
  if (options.format !== 'html' && (options.output !== undefined || options.figures !== undefined)) throw new UsageError('-o and --figures go with --format html');
  const result = await runComparison(files, options, out);
  if (options.format === 'html') {
    await writeCompareReport(result, { output: options.output as string, lang: options.lang ?? 'zh', figures: options.figures, png: options.png !== false }, out);
    return;
  }
  if (options.format === 'json') {
    out.out(JSON.stringify(result, null, 2));
    return;
  }
  const sections = compareSections(result, { top: options.top ?? DEFAULT_COMPARE_TOP });
  const labels = result.plans.map((p) => p.label);
  if (options.format === 'markdown') out.out(compareMarkdown(`Comparison of ${labels.length} plans: ${labels.join(' · ')}`, sections));
  else out.out(compareText(sections));
}
