// The commands fengong has, with what each does: enough to list them (`fengong --help`) without
// loading any of them. A command's module — and the library it needs — loads only when it runs.
import type { Command } from 'commander';
import type { Output } from '../output.js';

type Register = (cli: Command, output: Output) => void;

export interface CommandEntry {
  name: string;
  /** One line: what the command does (shown in `fengong --help` and `fengong <command> --help`). */
  description: string;
  /** The command's arguments, as its usage line shows them. */
  args: string;
  /** Loads the module that defines the command in full. */
  load: () => Promise<Register>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'rank',
    description: 'Rank agencies by load (tasks listed on, led, co-operated on) or by any agency metric of `analyze`.',
    args: '[file]',
    load: async () => (await import('./rank.js')).registerRank,
  },
  {
    name: 'analyze',
    description: 'The full analysis: network measures, every agency metric, tasks and co-responsibility pairs.',
    args: '[file]',
    load: async () => (await import('./analyze.js')).registerAnalyze,
  },
  {
    name: 'report',
    description: 'A report to read, print or publish: one self-contained HTML page of figures, a summary in words and the tables of `analyze`; of several plans, the comparison.',
    args: '[files...]',
    load: async () => (await import('./report.js')).registerReport,
  },
  {
    name: 'pairs',
    description: 'The strongest co-responsibility pairs: agencies listed together on the most tasks.',
    args: '[file]',
    load: async () => (await import('./pairs.js')).registerPairs,
  },
  {
    name: 'compare',
    description: 'Compare several plans: the same agencies across plans, years and places — load, turnover, rank stability, network measures.',
    args: '<files...>',
    load: async () => (await import('./compare.js')).registerCompare,
  },
  {
    name: 'parse',
    description: 'Show what was read from a table: tasks, their units and roles, warnings with line numbers, and name merges.',
    args: '[file]',
    load: async () => (await import('./parse.js')).registerParse,
  },
  {
    name: 'export',
    description: 'Write the agency–task network for other tools: Gephi, Cytoscape, graphology, Neo4j.',
    args: '[file]',
    load: async () => (await import('./export.js')).registerExport,
  },
  {
    name: 'view',
    description: 'Open the explorer on a table: serves the built app and the file on 127.0.0.1.',
    args: '[file]',
    load: async () => (await import('./view.js')).registerView,
  },
];

/** The description of a command, by name. */
export function describe(name: string): string {
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry === undefined) throw new Error(`fengong: no command ${name} in the catalog`);
  return entry.description;
}
