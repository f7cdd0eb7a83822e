// `fengong export`: the network as GEXF, GraphML, graphology JSON, Neo4j import CSVs, UCINET DL or Pajek .net.
import { describe } from './catalog.js';
import { join } from 'node:path';
import {
  agencyKey,
  analyze,
  buildResponsibilityGraph,
  neo4jImportCommand,
  NEO4J_FILES,
  taskKey,
  toGexf,
  toGraphml,
  toGraphologyJson,
  toNeo4jCsv,
  toPajek,
  toUcinetDl,
  NETWORK_MODES,
  type NetworkMode,
  type Neo4jCsv,
  type ResponsibilityGraph,
} from '@fengong/core';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadGraph, type InputOptions } from '../io.js';
import { EXIT_HELP, excludeCollectiveOption, FILE_HELP, withInputOptions } from '../options.js';
import type { Output } from '../output.js';
import { makeDirectory, writeOutput } from '../files.js';
import { escapeControlsByLine } from '../terminal.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'neo4j', 'dl', 'pajek'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends InputOptions {
  to: ExportFormat;
  output?: string;
  excludeCollective: boolean;
  metrics: boolean;
  /** For dl and pajek: the agency–task graph or the agency projection. */
  mode?: NetworkMode;
}

export function registerExport(cli: Command, output: Output): void {
  withInputOptions(cli.command('export'))
    .description(describe('export'))
    .argument('[file]', FILE_HELP)
    .addOption(
      new Option('-t, --to <format>', 'gexf (Gephi), graphml (Cytoscape, yEd, NetworkX), json (graphology), neo4j (bulk-import CSVs), dl (UCINET), pajek (Pajek .net)')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(new Option('-o, --output <path>', 'file to write (default: stdout); for neo4j, a directory (created if missing)'))
    .addOption(excludeCollectiveOption())
    .addOption(new Option('--metrics', 'add every metric of `fengong analyze` (defaults) to agency and task nodes').default(false))
    .addOption(new Option('--mode <mode>', 'dl and pajek: two-mode (agencies and tasks) or projection (agencies tied by shared tasks); default two-mode').choices(NETWORK_MODES))
    .addHelpText(
      'after',
      '\nNodes are keyed agency:<name> and task:<id>, with part (agency | task), label and the table’s\n' +
        'attributes; links carry role (lead | co | responsible) and position. The same table and\n' +
        'options always give the same bytes.\n' +
        `neo4j writes ${Object.values(NEO4J_FILES).join(', ')} and prints the neo4j-admin command.\n` +
        'dl: UCINET DL, edgelist2 (agency × task) or, with --mode projection, edgelist1 valued by shared\n' +
        'tasks. pajek: *Vertices N n_A (two-mode) or the projection valued by shared tasks. Both number\n' +
        'the vertices (agencies by name, tasks as task:<id>) and quote every label; UTF-8, CRLF.\n' +
        EXIT_HELP,
    )
    .action(async (file: string | undefined, opts: ExportOptions) => {
      await exportGraph(file, opts, output);
    });
}

/** Writes analyze()'s numeric agency and task metrics onto the nodes they describe. */
function addMetrics(graph: ResponsibilityGraph, excludeCollective: boolean): void {
  const report = analyze(graph, { excludeCollective });
  const numeric = (row: object, skip: readonly string[]) =>
    Object.fromEntries(Object.entries(row).filter(([k, v]) => typeof v === 'number' && !skip.includes(k)));
  for (const row of report.agencies) graph.mergeNodeAttributes(agencyKey(row.agency), numeric(row, ['rank']));
  for (const row of report.tasks) graph.mergeNodeAttributes(taskKey(row.id), numeric(row, []));
}

async function writeNeo4j(dir: string, files: Neo4jCsv, out: Output): Promise<void> {
  await makeDirectory(dir);
  for (const part of Object.keys(NEO4J_FILES) as (keyof Neo4jCsv)[]) await writeOutput(join(dir, NEO4J_FILES[part]), files[part]);
  out.err(escapeControlsByLine(`wrote ${Object.values(NEO4J_FILES).join(', ')} to ${dir}; import them with:\n  ${neo4jImportCommand(dir)}`));
}

export async function exportGraph(file: string | undefined, options: ExportOptions, out: Output): Promise<void> {
  if (options.to === 'neo4j' && options.output === undefined) {
    throw new UsageError(`--to neo4j writes ${Object.keys(NEO4J_FILES).length} files: give a directory with --output DIR`);
  }
  const list = options.to === 'dl' || options.to === 'pajek';
  if (options.mode !== undefined && !list) throw new UsageError(`--mode is for --to dl and --to pajek, not --to ${options.to}`);
  if (options.metrics && list) throw new UsageError(`--metrics adds node attributes, which a ${options.to === 'dl' ? 'DL' : 'Pajek'} file cannot hold; use --to gexf or graphml`);
  const loaded = await loadGraph(file, out, options);
  const { excludeCollective } = options;
  const graph = excludeCollective
    ? buildResponsibilityGraph(loaded.table, { excludeCollective, ...(loaded.dictionary ? { dictionary: loaded.dictionary } : {}) })
    : loaded.graph;
  if (options.metrics) addMetrics(graph, excludeCollective);

  if (options.to === 'neo4j') {
    await writeNeo4j(options.output as string, toNeo4jCsv(graph), out);
    return;
  }
  const mode = options.mode ?? 'two-mode';
  const text =
    options.to === 'dl' ? toUcinetDl(graph, { mode })
    : options.to === 'pajek' ? toPajek(graph, { mode })
    : options.to === 'gexf' ? toGexf(graph, { description: loaded.title })
    : options.to === 'graphml' ? toGraphml(graph)
    : `${JSON.stringify(toGraphologyJson(graph), null, 2)}\n`;
  if (options.output === undefined) out.out(text);
  else await writeOutput(options.output, text);
}
