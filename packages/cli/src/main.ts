// The fengong command line: parses arguments with commander and maps failures to exit codes.
import { createRequire } from 'node:module';
import { LOAD_KEYS, type LoadKey } from '@fengong/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { rank, RANK_FORMATS, type RankFormat } from './commands/rank.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { processOutput, type Output } from './output.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

function positiveInteger(value: string): number {
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1.');
  return Number(value);
}

function program(output: Output): Command {
  const cli = new Command('fengong')
    .description('Agency–task responsibility networks from Chinese government plans (重点任务责任分工).')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .showHelpAfterError('(run with --help for usage)');

  cli
    .command('rank')
    .description('Rank agencies by load: tasks listed on, tasks led, tasks co-operated on.')
    .argument('[file]', 'table to read (UTF-8 text; - for stdin); default: the bundled Hunan–GBA 2020 table')
    .option('-n, --top <n>', 'show only the first N agencies', positiveInteger)
    .addOption(new Option('--by <key>', 'sort key (descending)').choices(LOAD_KEYS).default('tasks'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(RANK_FORMATS).default('table'))
    .option('--exclude-collective', 'leave out collective units such as 各有关市州人民政府', false)
    .addHelpText(
      'after',
      '\nTies are broken by tasks, then lead, then order of first appearance in the table.\n' +
        'Exit codes: 0 success, 1 bad input (message names file and line), 2 bad usage.',
    )
    .action(async (file: string | undefined, opts: { top?: number; by: LoadKey; format: RankFormat; excludeCollective: boolean }) => {
      await rank(file, opts, output);
    });

  return cli;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code:
 * 0 success, 1 bad input, 2 bad usage. Never throws for user errors; prints no stack trace for them.
 */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const cli = program(output);
  if (argv.length === 0) {
    output.err(cli.helpInformation());
    return EXIT.usage;
  }
  try {
    await cli.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? EXIT.ok
        : EXIT.usage;
    }
    if (error instanceof InputError) {
      output.err(`fengong: ${error.message}`);
      return EXIT.input;
    }
    if (error instanceof UsageError) {
      output.err(`fengong: ${error.message}\n(run with --help for usage)`);
      return EXIT.usage;
    }
    throw error;
  }
}
