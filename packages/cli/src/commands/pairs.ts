// `fengong pairs`: the agency pairs that share the most tasks (or score highest on another weight).
import { describe } from './catalog.js';
import { toCsv } from '@fengong/core';
import { Option, type Command } from 'commander';
import { fixed, pValue } from '../format/number.js';
import { loadGraph, type InputOptions } from '../io.js';
import { EXIT_HELP, excludeCollectiveOption, FILE_HELP, withInputOptions, topOption } from '../options.js';
import type { Output } from '../output.js';
import { PAIR_WEIGHTS, rankPairs, tablePairs, withSdsm, type PairWeight, type RankedPair } from '../pairs-order.js';
import { escapeControls } from '../terminal.js';
import { textTable, type Column } from '../text-table.js';

export const PAIRS_FORMATS = ['table', 'json', 'csv'] as const;
/** Significance tests of a pair's shared tasks: the hypergeometric alone, or the SDSM beside it. */
export const PAIR_TESTS = ['hypergeometric', 'sdsm'] as const;
export type PairTest = (typeof PAIR_TESTS)[number];
export type PairsFormat = (typeof PAIRS_FORMATS)[number];

export interface PairsOptions extends InputOptions {
  top?: number;
  by: PairWeight;
  format: PairsFormat;
  excludeCollective: boolean;
  /** `sdsm` adds the SDSM p- and q-values beside the hypergeometric ones (implied by `--by sdsmPValue`). */
  test: PairTest;
}

/** Rows shown by the table format when --top is not given. */
export const DEFAULT_TABLE_TOP = 20;

/** Columns of the JSON and CSV output, in order. */
const FIELDS = ['rank', 'a', 'b', 'shared', 'jaccard', 'overlap', 'cosine', 'dice', 'newman', 'pValue', 'qValue'] as const;
/** … and with `--test sdsm`. */
const SDSM_FIELDS = [...FIELDS, 'sdsmPValue', 'sdsmQValue'] as const;

export function registerPairs(cli: Command, output: Output): void {
  withInputOptions(cli.command('pairs'))
    .description(describe('pairs'))
    .argument('[file]', FILE_HELP)
    .addOption(topOption(`show only the first N pairs (default: ${DEFAULT_TABLE_TOP} for table, all for json and csv)`))
    .addOption(new Option('--by <weight>', 'sort by this weight (descending; ascending for pValue and sdsmPValue)').choices(PAIR_WEIGHTS).default('shared'))
    .addOption(new Option('--test <test>', 'significance of shared tasks: hypergeometric, or sdsm beside it').choices(PAIR_TESTS).default('hypergeometric'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(PAIRS_FORMATS).default('table'))
    .addOption(excludeCollectiveOption())
    .addHelpText(
      'after',
      '\nWeights of a pair (a, b): shared = tasks both are on (S); jaccard = S / tasks either is on;\n' +
        'overlap = S / min(k_a, k_b); cosine = S / √(k_a·k_b); dice = 2S / (k_a + k_b);\n' +
        'newman = Σ over shared tasks of 1 / (agencies on the task − 1);\n' +
        'pValue = P(sharing ≥ S tasks by chance given both loads), hypergeometric; qValue = its\n' +
        'Benjamini–Hochberg adjustment over all pairs (json and csv).\n' +
        '--test sdsm adds sdsmPValue = the same chance when every agency keeps its load and every task\n' +
        'its size (stochastic degree sequence model, Neal 2014), and its q-value sdsmQValue, as in\n' +
        '`fengong analyze`; --by sdsmPValue implies it.\n' +
        'Ties are broken by shared, then order of first appearance in the table.\n' +
        EXIT_HELP,
    )
    .action(async (file: string | undefined, opts: PairsOptions) => {
      await pairs(file, opts, output);
    });
}

export async function pairs(file: string | undefined, options: PairsOptions, out: Output): Promise<void> {
  const { graph, title } = await loadGraph(file, out, options);
  const sdsm = options.test === 'sdsm' || options.by === 'sdsmPValue';
  const listed = tablePairs(graph, options.excludeCollective);
  const all = rankPairs(sdsm ? withSdsm(graph, options.excludeCollective, listed) : listed, options.by);
  const top = options.top ?? (options.format === 'table' ? DEFAULT_TABLE_TOP : undefined);
  const rows = top === undefined ? all : all.slice(0, top);

  const fields = sdsm ? SDSM_FIELDS : FIELDS;
  const pick = (p: RankedPair): Record<string, unknown> => Object.fromEntries(fields.map((f) => [f, p[f]]));
  if (options.format === 'json') {
    out.out(JSON.stringify(rows.map(pick), null, 2));
  } else if (options.format === 'csv') {
    out.out(toCsv(rows.map(pick), fields));
  } else {
    out.out(renderTable(rows, all.length, title, options.by, sdsm));
  }
}

function renderTable(rows: RankedPair[], total: number, title: string, by: PairWeight, sdsm: boolean): string {
  const columns: Column<RankedPair>[] = [
    { header: '#', value: (p) => String(p.rank), align: 'right' },
    { header: 'Agency A', value: (p) => (p.collectiveA ? `${p.a} *` : p.a) },
    { header: 'Agency B', value: (p) => (p.collectiveB ? `${p.b} *` : p.b) },
    { header: 'Shared', value: (p) => String(p.shared), align: 'right' },
    { header: 'Jaccard', value: (p) => fixed(p.jaccard), align: 'right' },
    { header: 'Newman', value: (p) => fixed(p.newman), align: 'right' },
    { header: 'p', value: (p) => pValue(p.pValue), align: 'right' },
    ...(sdsm
      ? [
          { header: 'SDSM p', value: (p: RankedPair) => pValue(p.sdsmPValue as number), align: 'right' as const },
          { header: 'SDSM q', value: (p: RankedPair) => pValue(p.sdsmQValue as number), align: 'right' as const },
        ]
      : []),
  ];
  // The weight sorted by is always visible.
  if (by === 'overlap' || by === 'cosine' || by === 'dice') columns.push({ header: by, value: (p) => fixed(p[by]), align: 'right' });
  const shown = rows.length < total ? `top ${rows.length} of ${total}` : `${total}`;
  const lines = [escapeControls(title), `${shown} pairs of agencies sharing at least one task, by ${by}`, '', textTable(rows, columns)];
  if (rows.some((p) => p.collectiveA || p.collectiveB)) {
    lines.push('', '* collective unit (a group of bodies, not one agency); --exclude-collective leaves it out');
  }
  lines.push('', 'p: chance of sharing at least that many tasks if each agency’s tasks were drawn at random (hypergeometric, unadjusted).');
  if (sdsm) {
    lines.push('SDSM p: the same chance when every agency keeps its load and every task its size (stochastic degree sequence model); SDSM q: its Benjamini–Hochberg q-value over all pairs.');
  }
  return lines.join('\n');
}
