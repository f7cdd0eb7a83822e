// The fengong command line: parses arguments with commander and maps failures to exit codes.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { registerAnalyze } from './commands/analyze.js';
import { registerExport } from './commands/export.js';
import { registerPairs } from './commands/pairs.js';
import { registerParse } from './commands/parse.js';
import { registerRank } from './commands/rank.js';
import { registerView } from './commands/view.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { processOutput, type Output } from './output.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

function program(output: Output): Command {
  const cli = new Command('fengong')
    .description('Agency–task responsibility networks from Chinese government plans (重点任务责任分工).')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) })
    .showHelpAfterError('(run with --help for usage)');

  registerRank(cli, output);
  registerAnalyze(cli, output);
  registerPairs(cli, output);
  registerParse(cli, output);
  registerExport(cli, output);
  registerView(cli, output);

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
