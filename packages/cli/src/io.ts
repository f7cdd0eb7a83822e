// Reading tables from files, stdin or the bundled dataset, with errors that name the file.
import { readFile, stat } from 'node:fs/promises';
import {
  buildResponsibilityGraph,
  formatDiagnostic,
  MAX_INPUT_SIZE,
  normaliseTable,
  parseFile,
  parseTable,
  TableParseError,
  type Dictionary,
  type Layout,
  type NameChange,
  type ResponsibilityGraph,
  type ResponsibilityTable,
} from '@fengong/core';
import { defaultDataset, type Dataset } from '@fengong/core/datasets';
import { InputError } from './errors.js';
import type { Output } from './output.js';

/** How to read the input: shared by every command (see `inputOptions`). */
export interface InputOptions {
  /** `auto` or a layout name. */
  layout?: Layout | 'auto';
  /** Where no lead is marked: `auto` (per layout), `first-listed` or `marked-only`. */
  leadRule?: 'auto' | 'first-listed' | 'marked-only';
  /** Normalise names (aliases, traditional → simplified). Default true. */
  normalise?: boolean;
  /** A JSON file of extra aliases { "written form": "canonical name" }. */
  aliases?: string;
  /** Infer elided prefixes (市发改委、规划局 → 市规划局). */
  inferPrefixes?: boolean;
  /** Fail on any row or task that cannot be read (default: a warning on its line, the rest is read). */
  strict?: boolean;
}

export interface LoadedTable {
  table: ResponsibilityTable;
  /** Name changes made by normalisation. */
  normalisation: NameChange[];
  dictionary?: Dictionary;
  /** What the table is, for titles: the bundled dataset's title or the file name. */
  title: string;
  /** The bundled dataset, when no file was given. */
  dataset?: Dataset;
}

export interface LoadedGraph extends LoadedTable {
  /** The table's graph, collective units included (commands exclude them per analysis). */
  graph: ResponsibilityGraph;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads a file (or stdin for `-`) as bytes, with errors that name the file. */
export async function readBytes(file: string): Promise<Buffer> {
  try {
    if (file === '-') return await readStdin();
    const { size } = await stat(file);
    if (size > MAX_INPUT_SIZE) throw new InputError(`${file}: too large: ${size} bytes, more than the ${MAX_INPUT_SIZE} fengong reads; split the table into smaller files`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory, not a table file'
      : code === 'EACCES' ? 'permission denied'
      : (error as Error).message;
    throw new InputError(`${file}: cannot read: ${why}`);
  }
}

/** Reads an aliases file: a JSON object mapping written forms to canonical names. */
async function readAliases(file: string): Promise<Record<string, string>> {
  const text = (await readBytes(file)).toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.values(data).some((v) => typeof v !== 'string')) {
    throw new InputError(`${file}: expected a JSON object of aliases, { "written form": "canonical name", … }`);
  }
  return data as Record<string, string>;
}

/**
 * Loads the table in `file` (any layout, any format `parseFile` reads; UTF-8, UTF-16 or GB18030 text), or
 * the bundled dataset when no file is given, and normalises its names unless told not to.
 */
export async function loadTable(file: string | undefined, input: InputOptions = {}): Promise<LoadedTable> {
  const d = file === undefined ? defaultDataset : undefined;
  const name = file === undefined ? (d as Dataset).file : file === '-' ? '<stdin>' : file;
  const options = {
    file: name,
    ...(input.layout !== undefined && input.layout !== 'auto' ? { layout: input.layout } : {}),
    ...(input.leadRule === 'first-listed' ? { firstListedLeads: true } : input.leadRule === 'marked-only' ? { firstListedLeads: false } : {}),
    ...(input.strict === true ? { strict: true } : {}),
  };
  let parsed: ResponsibilityTable;
  try {
    parsed = d !== undefined ? parseTable(d.text, options) : await parseFile(await readBytes(file as string), options);
  } catch (error) {
    if (error instanceof TableParseError) throw new InputError(error.message);
    throw error;
  }
  const dictionary = d?.dictionary;
  const aliases = input.aliases === undefined ? undefined : await readAliases(input.aliases);
  const normalised =
    input.normalise === false
      ? { ...parsed, normalisation: [] }
      : normaliseTable(parsed, { ...(aliases ? { aliases } : {}), ...(dictionary ? { dictionary } : {}), inferPrefixes: input.inferPrefixes === true });
  const { normalisation, ...table } = normalised;
  const title = d === undefined ? name : `${d.title} · ${d.attachment} (${d.document})`;
  return { table, normalisation, title, ...(dictionary ? { dictionary } : {}), ...(d ? { dataset: d } : {}) };
}

/** Loads a table as {@link loadTable} does, prints its parse warnings to stderr and builds its graph. */
export async function loadGraph(file: string | undefined, out: Output, input: InputOptions = {}): Promise<LoadedGraph> {
  const loaded = await loadTable(file, input);
  for (const d of loaded.table.diagnostics) out.err(formatDiagnostic(d));
  const { dictionary } = loaded;
  return { ...loaded, graph: buildResponsibilityGraph(loaded.table, dictionary === undefined ? {} : { dictionary }) };
}
