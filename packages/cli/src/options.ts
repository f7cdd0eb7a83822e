// Parsers for option values: each throws commander's InvalidArgumentError, which becomes exit 2.
import { BROKERAGE_GROUPINGS, LAYOUTS, type BetweennessChoice, type BrokerageGrouping, type ClosenessChoice } from '@fengong/core';
import { InvalidArgumentError, Option, type Command } from 'commander';

const DECIMAL = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u;

/** A whole number ≥ 1 (`--top`). */
export function positiveInteger(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

/** A TCP port, 0 to 65535 (`--port`); 0 asks the system for a free one. */
export function portNumber(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number from 1 to 65535 (0 for a free one).');
  return Number(value);
}

/** A finite decimal number ≥ 0 (`--lambda`). */
export function nonNegativeNumber(value: string): number {
  const x = Number(value);
  if (!DECIMAL.test(value) || !Number.isFinite(x)) throw new InvalidArgumentError('expected a number ≥ 0, such as 2 or 1.5.');
  return x;
}

/** A number between 0 and 1 inclusive (`--rho`). */
export function unitInterval(value: string): number {
  const x = Number(value);
  if (!DECIMAL.test(value) || !(x >= 0 && x <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1, such as 0.5.');
  return x;
}

/** Largest seed: the generator (mulberry32) keeps 32 bits, so larger seeds would repeat smaller ones. */
export const MAX_SEED = 2 ** 32 - 1;

/** A whole number 0 … 2³² − 1 (`--seed`). */
export function seed(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) > MAX_SEED) throw new InvalidArgumentError(`expected a whole number from 0 to ${MAX_SEED}.`);
  return Number(value);
}

/** `--exclude-collective`, shared by every command. */
export function excludeCollectiveOption(): Option {
  return new Option('--exclude-collective', 'leave out collective units such as 各有关市州人民政府').default(false);
}

/** Most threads `--threads` takes: more than any machine this runs on has cores. */
export const MAX_THREADS = 256;

/** A whole number of threads, 1 to {@link MAX_THREADS} (`--threads`). */
export function threadCount(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1 || Number(value) > MAX_THREADS) throw new InvalidArgumentError(`expected a whole number of threads from 1 to ${MAX_THREADS}.`);
  return Number(value);
}

/**
 * `--threads <n>` of `analyze` and `report`: threads of the shortest-path searches (betweenness,
 * closeness), the calling one included. Default: the cores Node reports (`os.availableParallelism()`);
 * 1 runs every search on the main thread. The output is the same byte for byte whatever the number.
 */
export function threadsOption(): Option {
  return new Option('--threads <n>', 'threads of the shortest-path searches, the main one included (default: one per available core; 1: no worker threads); the output does not depend on it').argParser(threadCount);
}

/** `-n, --top <n>`. */
export function topOption(description: string): Option {
  return new Option('-n, --top <n>', description).argParser(positiveInteger);
}

/** The exit-code line every command's help ends with. */
export const EXIT_HELP = 'Exit codes: 0 success, 1 bad input (message names file and line), 2 bad usage.';

/** The options that say how to read the input file, shared by every command that reads one. */
export function inputOptions(): Option[] {
  return [
    new Option('--layout <layout>', 'layout of the file (default: detected)').choices(['auto', ...LAYOUTS]).default('auto'),
    new Option('--lead-rule <rule>', 'where no lead is marked: first-listed (first unit leads), marked-only (no lead), or auto (tables: first-listed; prose: marked-only)')
      .choices(['auto', 'first-listed', 'marked-only'])
      .default('auto'),
    new Option('--no-normalise', 'keep names exactly as written (no aliases, no traditional → simplified)'),
    new Option('--aliases <file>', 'JSON file of extra aliases { "written form": "canonical name" }'),
    new Option('--strict', 'fail on any row or task that cannot be read (default: a warning naming its line; the rest is read)').default(false),
    new Option('--infer-prefixes', 'infer elided prefixes: 市发改委、规划局 → 市规划局 (each inference is reported)').default(false),
  ];
}

/** The help line describing what FILE may be. */
export const FILE_HELP = 'table to read (text in any layout; .docx, .doc, .wps, .odt, .rtf, .html, .mht, .pdf; .xlsx, .xls, .ods; - for stdin); default: the bundled Hunan–GBA 2020 table';

/** Adds {@link inputOptions} to a command. */
export function withInputOptions(command: Command): Command {
  for (const option of inputOptions()) command.addOption(option);
  return command;
}

/** Settings of the full analysis, shared by `analyze` and `rank --by <metric>`. */
export interface AnalysisCommandOptions {
  lambda: number;
  rho: number;
  seed: number;
  betweenness: BetweennessChoice;
  closeness: ClosenessChoice;
  brokerageGrouping: BrokerageGrouping;
}

/** Parses `--betweenness`: auto, exact, or a whole number of pivots ≥ 1. */
export function betweennessChoice(value: string): BetweennessChoice {
  if (value === 'auto' || value === 'exact') return value;
  if (/^[1-9][0-9]*$/u.test(value)) return { pivots: Number(value) };
  throw new InvalidArgumentError(`expected auto, exact or a whole number of pivots ≥ 1, got "${value}"`);
}

/** Parses `--closeness`: auto, exact, or a whole number of pivots ≥ 1 (sampled per large component). */
export function closenessChoice(value: string): ClosenessChoice {
  if (value === 'auto' || value === 'exact') return value;
  if (/^[1-9][0-9]*$/u.test(value)) return { pivots: Number(value) };
  throw new InvalidArgumentError(`expected auto, exact or a whole number of pivots ≥ 1, got "${value}"`);
}

/** Adds `--lambda`, `--rho`, `--seed`, `--betweenness`, `--closeness` and `--brokerage-grouping`, the settings of the full analysis. */
export function withAnalysisOptions(command: Command): Command {
  for (const option of [
    new Option('--lambda <n>', 'λ, weight of a lead in the role-weighted load λ·lead + co (number ≥ 0)').argParser(nonNegativeNumber).default(2),
    new Option('--rho <n>', "ρ, the lead's share of each task's unit of credit (0 to 1)").argParser(unitInterval).default(0.5),
    new Option('--seed <n>', `seed of the Louvain community detection (whole number 0 to ${MAX_SEED})`).argParser(seed).default(42),
    new Option('--betweenness <how>', 'auto: exact up to about 12,000 tasks, else sampled from 1,000 seeded pivots; exact; or a number of pivots')
      .argParser(betweennessChoice)
      .default('auto'),
    new Option('--closeness <how>', 'auto: exact while its searches cost at most 10^9 visits (exact in linear time on trees), else sampled from 1,000 seeded pivots per large component; exact; or a number of pivots')
      .argParser(closenessChoice)
      .default('auto'),
    new Option('--brokerage-grouping <by>', "groups of the brokerage roles: each agency's main category, its Louvain community, or its kind (dictionary)")
      .choices(BROKERAGE_GROUPINGS)
      .default('category'),
  ])
    command.addOption(option);
  return command;
}
