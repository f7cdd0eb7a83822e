// `fengong parse`: what fengong understood of a table — tasks, units and roles, warnings, merges.
import { describe } from './catalog.js';
import { accountFor, buildResponsibilityGraph, type Accounting, type NameChange, type ResponsibilityTable, type TaskRecord } from '@fengong/core';
import { Option, type Command } from 'commander';
import { loadTable, printDiagnostics, type InputOptions } from '../io.js';
import { EXIT_HELP, excludeCollectiveOption, FILE_HELP, withInputOptions } from '../options.js';
import { jsonPieces } from '../format/json-stream.js';
import { outPieces, type Output } from '../output.js';
import { escapeControls } from '../terminal.js';
import { textTable } from '../text-table.js';

export const PARSE_FORMATS = ['json', 'table'] as const;
export type ParseFormat = (typeof PARSE_FORMATS)[number];

export interface ParseCommandOptions extends InputOptions {
  format: ParseFormat;
  excludeCollective: boolean;
}

type Roles = { lead: string[]; co: string[]; responsible: string[] };

function roles(task: TaskRecord, key: 'name' | 'canonical'): Roles {
  const pick = (role: string) => task.units.filter((u) => u.role === role).map((u) => u[key]);
  return { lead: pick('lead'), co: pick('co'), responsible: pick('responsible') };
}

/** The JSON form: names exactly as written, normalised names in `normalized` where they differ. */
export function parseJson(table: ResponsibilityTable, normalisation: readonly NameChange[], accounting: Accounting) {
  return {
    file: table.file ?? null,
    format: table.format ?? 'text',
    layout: table.layout,
    evidence: table.evidence ?? [],
    preamble: table.preamble,
    tasks: table.tasks.map((t) => {
      const written = roles(t, 'name');
      const canonical = roles(t, 'canonical');
      const differs = t.units.some((u) => u.canonical !== u.name);
      return {
        id: t.id,
        title: t.title,
        category: t.category,
        ...written,
        ...(differs ? { normalized: canonical } : {}),
        leadSource: t.leadSource,
        ...(Object.keys(t.extra).length > 0 ? { extra: t.extra } : {}),
        line: t.line,
      };
    }),
    notes: table.notes,
    warnings: table.diagnostics.map((d) => ({ line: d.line, code: d.code, message: d.message })),
    normalisation,
    accounting,
  };
}

export function registerParse(cli: Command, output: Output): void {
  withInputOptions(cli.command('parse'))
    .description(describe('parse'))
    .argument('[file]', FILE_HELP)
    .addOption(new Option('-f, --format <format>', 'json: every task with lead / co / responsible names; table: a readable summary').choices(PARSE_FORMATS).default('json'))
    .addOption(excludeCollectiveOption())
    .addHelpText(
      'after',
      '\nNames are given exactly as written; where normalisation changed one (aliases, traditional →\n' +
        'simplified, --infer-prefixes), the task also has `normalized` names and `normalisation` lists\n' +
        'every change with its tasks and lines. `accounting` says where every task and unit mention\n' +
        'ended up (linked, merged, excluded collective, counted once), so nothing is lost unseen.\n' +
        EXIT_HELP,
    )
    .action(async (file: string | undefined, opts: ParseCommandOptions) => {
      const { table, normalisation, title, dictionary } = await loadTable(file, opts);
      const graph = buildResponsibilityGraph(table, { excludeCollective: opts.excludeCollective, ...(dictionary ? { dictionary } : {}) });
      const accounting = accountFor(table, graph);
      if (opts.format === 'json') {
        // In pieces: the same bytes as JSON.stringify(…, null, 2) and a newline, never held whole
        // (at 8 MiB of input the string alone was ~50 MB, its UTF-8 copy ~35 MB more).
        await outPieces(output, jsonPieces(parseJson(table, normalisation, accounting)));
        return;
      }
      printDiagnostics(table.diagnostics, output);
      const body = textTable(table.tasks, [
        { header: '#', value: (t) => t.id, align: 'right' },
        { header: 'Line', value: (t) => String(t.line), align: 'right' },
        { header: 'Task 任务', value: (t) => (Array.from(t.title).length > 24 ? `${Array.from(t.title).slice(0, 24).join('')}…` : t.title) },
        { header: 'Lead 牵头', value: (t) => roles(t, 'canonical').lead.join('、') },
        { header: 'Co / responsible 配合 / 负责', value: (t) => [...roles(t, 'canonical').co, ...roles(t, 'canonical').responsible].join('、') },
      ]);
      const categories = table.categories.length > 0 ? `, ${table.categories.length} categories` : '';
      const evidence = (table.evidence ?? []).map((e) => `  ${escapeControls(e)}`);
      output.out([escapeControls(title), `format ${table.format ?? 'text'}, layout ${table.layout}: ${table.tasks.length} tasks${categories}`, ...evidence, '', body].join('\n'));
      for (const c of normalisation) output.out(escapeControls(`merged: ${c.from} → ${c.to} (${c.reason}; tasks ${c.tasks.join(', ')})`));
      const m = accounting.mentions;
      output.out(
        `\n${accounting.tasks.read} tasks and ${m.read} unit mentions read: ${m.linked} linked (${m.merged} under a merged name), ` +
          `${m.excluded} excluded collective, ${m.repeated} repeated and ${m.sameAgency} second forms counted once${accounting.balanced ? '' : ' — UNBALANCED, please report'}.`,
      );
    });
}
