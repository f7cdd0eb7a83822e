// fengong's own JSON form of a parsed table: written by `tableToJson`, read back exactly.
import type { LeadSource, ResponsibilityTable, Role, TaskRecord, UnitMention } from '../types.js';
import { DiagnosticSink } from './errors.js';
import type { ParseOptions } from './word-table.js';

/** The format tag of fengong's table JSON. */
export const TABLE_JSON_FORMAT = 'fengong-table/1';

/**
 * fengong's table JSON: `{ format: 'fengong-table/1', preamble, notes, columns, categories,
 * tasks: [{ id, category, title, units: [{ name, canonical?, role }], dutyClause, leadSource, extra }] }`.
 * Line numbers are not stored (they belong to the original source). Parsing it back gives the same
 * records, so `tableToJson(parseJsonTable(tableToJson(t)))` equals `tableToJson(t)`.
 */
export function tableToJson(table: ResponsibilityTable): string {
  return JSON.stringify(
    {
      format: TABLE_JSON_FORMAT,
      preamble: table.preamble,
      notes: table.notes,
      columns: table.columns,
      categories: table.categories,
      tasks: table.tasks.map((t) => ({
        id: t.id,
        category: t.category,
        title: t.title,
        units: t.units.map((u) => (u.canonical === u.name ? { name: u.name, role: u.role } : { name: u.name, canonical: u.canonical, role: u.role })),
        dutyClause: t.dutyClause,
        leadSource: t.leadSource,
        extra: t.extra,
      })),
    },
    null,
    2,
  );
}

/** Lines where each object inside the top-level `tasks` array starts (objects opened at depth 2). */
function taskLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (ch === '{' && depth === 2) lines.push(line);
      depth += 1;
    } else if (ch === '}' || ch === ']') depth -= 1;
  }
  return lines;
}

const ROLES = new Set<Role>(['lead', 'co', 'responsible']);
const SOURCES = new Set<LeadSource>(['marked', 'first-listed', 'none']);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Reads fengong's table JSON (see {@link tableToJson}), checking every field; errors name the task and its line. */
export function parseJsonTable(text: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const position = /position (\d+)/u.exec((error as Error).message)?.[1];
    const line = position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
    sink.error('not-a-table', line, `not valid JSON: ${(error as Error).message}`);
    sink.throwIfErrors();
  }
  const root = data as Record<string, unknown>;
  if (typeof root !== 'object' || root === null || root.format !== TABLE_JSON_FORMAT || !Array.isArray(root.tasks)) {
    sink.error('not-a-table', 1, `not a fengong table: expected an object with "format": "${TABLE_JSON_FORMAT}" and a "tasks" array`);
    sink.throwIfErrors();
  }
  const lines = taskLines(text);
  const tasks: TaskRecord[] = [];
  const seen = new Set<string>();
  (root.tasks as unknown[]).forEach((raw, i) => {
    const line = lines[i] ?? 1;
    const t = raw as Record<string, unknown>;
    const where = `tasks[${i}]`;
    const fail = (message: string) => sink.error('missing-cells', line, `${where}: ${message}`);
    if (typeof t !== 'object' || t === null) return fail('expected an object');
    if (typeof t.id !== 'string' || t.id === '') return fail('"id" must be a non-empty string');
    if (seen.has(t.id)) return sink.error('duplicate-task-number', line, `${where}: task id ${t.id} is used twice`);
    seen.add(t.id);
    if (typeof t.title !== 'string' || t.title === '') return fail('"title" must be a non-empty string');
    if (t.category !== null && t.category !== undefined && typeof t.category !== 'string') return fail('"category" must be a string or null');
    if (!Array.isArray(t.units) || t.units.length === 0) return sink.error('empty-units', line, `${where}: "units" must list at least one unit`);
    const units: UnitMention[] = [];
    for (const [j, u] of (t.units as Record<string, unknown>[]).entries()) {
      if (typeof u?.name !== 'string' || u.name === '' || !ROLES.has(u.role as Role)) {
        return fail(`units[${j}] must be { "name": string, "role": "lead" | "co" | "responsible" }`);
      }
      const canonical = typeof u.canonical === 'string' && u.canonical !== '' ? u.canonical : u.name;
      units.push({ name: u.name, canonical, role: u.role as Role, position: j, line });
    }
    const extra = (t.extra ?? {}) as Record<string, unknown>;
    if (typeof extra !== 'object' || Object.values(extra).some((v) => typeof v !== 'string')) return fail('"extra" must map names to strings');
    const number = /^\d+$/u.test(t.id) ? Number(t.id) : i + 1;
    tasks.push({
      id: t.id,
      number,
      category: (t.category) ?? null,
      title: t.title,
      units,
      dutyClause: t.dutyClause === true,
      leadSource: SOURCES.has(t.leadSource as LeadSource) ? (t.leadSource as LeadSource) : units.some((u) => u.role === 'lead') ? 'marked' : 'none',
      extra: extra as Record<string, string>,
      line,
    });
    return undefined;
  });
  if (tasks.length === 0 && !sink.hasErrors) sink.error('no-rows', 1, 'the "tasks" array is empty');
  sink.throwIfErrors();
  const table: ResponsibilityTable = {
    layout: 'json',
    preamble: isStringArray(root.preamble) ? root.preamble : [],
    notes: isStringArray(root.notes) ? root.notes : [],
    columns: isStringArray(root.columns) ? root.columns : [],
    categories: isStringArray(root.categories) ? root.categories : [...new Set(tasks.map((t) => t.category).filter((c) => c !== null))],
    tasks,
    diagnostics: [],
  };
  if (options.file !== undefined) table.file = options.file;
  return table;
}
