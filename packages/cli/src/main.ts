// The fengong command line: parses arguments with commander and maps failures to exit codes.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS } from './commands/catalog.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { processOutput, type Output } from './output.js';
import { escapeControlsByLine } from './terminal.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/**
 * The program with every command: in full the one `argv` runs (its module, and the library it
 * needs, load now), the others by name and description only — enough for `fengong --help` and
 * for commander to tell an unknown command, at the start-up cost of commander alone.
 */
async function program(output: Output, argv: readonly string[]): Promise<Command> {
  const cli = new Command('fengong')
    .description('Agency–task responsibility networks from Chinese government plans (重点任务责任分工).')
    .version(version)
    .exitOverride()
    // commander's own messages quote the argument they reject: escape its control characters too.
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(escapeControlsByLine(s)) })
    .showHelpAfterError('(run with --help for usage)');

  // `fengong rank …` runs rank; `fengong help rank` shows its help.
  const target = argv[0] === 'help' ? argv[1] : argv[0];
  for (const entry of COMMANDS) {
    if (entry.name === target) (await entry.load())(cli, output);
    else {
      cli
        .command(entry.name)
        .description(entry.description)
        .argument(entry.args)
        // Listed as taking options, as the full command does.
        .addOption(new Option('--options').hideHelp());
    }
  }
  return cli;
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit code:
 * 0 success, 1 bad input, 2 bad usage. Never throws for user errors; prints no stack trace for them.
 */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const cli = await program(output, argv);
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
      output.err(`fengong: ${escapeControlsByLine(error.message)}`);
      return EXIT.input;
    }
    if (error instanceof UsageError) {
      output.err(`fengong: ${escapeControlsByLine(error.message)}\n(run with --help for usage)`);
      return EXIT.usage;
    }
    throw error;
  }
}
