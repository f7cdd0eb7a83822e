// Reading tables from files, stdin or the bundled dataset, with errors that name the file.
import type { Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import {
  buildResponsibilityGraph,
  formatDiagnostic,
  MAX_INPUT_SIZE,
  normaliseTable,
  parseFile,
  parseTable,
  TableParseError,
  type Diagnostic,
  type Dictionary,
  type Layout,
  type NameChange,
  type ResponsibilityGraph,
  type ResponsibilityTable,
} from '@fengong/core';
import { defaultDataset, type Dataset } from '@fengong/core/datasets';
import { shippedReadAhead } from './bundled-plan.js';
import { InputError } from './errors.js';
import type { Output } from './output.js';
import { escapeControls } from './terminal.js';

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

/** What a path is, when fengong will not read it (anything but a regular file, a directory or a pipe). */
function kindOf(stats: Stats): string | undefined {
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return undefined;
}

/** The refusal of a path that is neither a regular file nor a pipe, or undefined when it may be read. */
function refusal(file: string, stats: Stats): InputError | undefined {
  if (stats.isFile() || stats.isFIFO()) return undefined;
  if (stats.isDirectory()) return new InputError(`${file}: cannot read: is a directory, not a table file`);
  return new InputError(`${file}: cannot read: ${kindOf(stats) ?? 'not a file'}, not a regular file or a pipe`);
}

const tooLarge = (file: string, size?: number): InputError =>
  new InputError(`${file}: too large: ${size === undefined ? 'more than' : `${size} bytes, more than`} the ${MAX_INPUT_SIZE} bytes fengong reads; split the table into smaller files`);

/**
 * Reads from `handle` until its end or until more than `limit` bytes came (then undefined): a
 * device or a pipe that never ends is read no further than `limit + 1` bytes. `hint` is the
 * expected size (a regular file's), read in one go.
 */
async function readAtMost(handle: FileHandle, limit: number, hint: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(limit + 1 - total, Math.max(1 << 16, hint + 1 - total));
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > limit) return undefined;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Reads stdin to its end, or undefined as soon as more than `limit` bytes came (the rest is not read). */
async function readStdin(limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (total > limit) return undefined;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a file (or stdin for `-`) as bytes, with errors that name the file: no more than
 * {@link MAX_INPUT_SIZE} bytes plus one are ever read (a larger input is refused without being read
 * whole), and only regular files and pipes are read (a directory or a device such as /dev/zero
 * is refused before reading).
 */
export async function readBytes(file: string): Promise<Buffer> {
  if (file === '-') {
    const bytes = await readStdin(MAX_INPUT_SIZE);
    if (bytes === undefined) throw tooLarge('<stdin>');
    return bytes;
  }
  let handle: FileHandle | undefined;
  try {
    // Checked before opening (opening a device can do something) and again on what was opened.
    const before = await stat(file);
    const refused = refusal(file, before);
    if (refused !== undefined) throw refused;
    if (before.isFile() && before.size > MAX_INPUT_SIZE) throw tooLarge(file, before.size);
    handle = await open(file, 'r');
    const opened = await handle.stat();
    const changed = refusal(file, opened);
    if (changed !== undefined) throw changed;
    const bytes = await readAtMost(handle, MAX_INPUT_SIZE, opened.isFile() ? opened.size : 0);
    if (bytes === undefined) throw tooLarge(file);
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory, not a table file'
      : code === 'EACCES' ? 'permission denied'
      : (error as Error).message;
    throw new InputError(`${file}: cannot read: ${why}`);
  } finally {
    await handle?.close();
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
  // The bundled plan read with the default parse options (`options` is `{ file }` alone) comes read
  // ahead in an installed package; its normalised form is the one with no aliases file and no inference.
  const defaults = Object.keys(options).length === 1;
  const ahead = d !== undefined && defaults ? shippedReadAhead(d) : undefined;
  let parsed: ResponsibilityTable;
  try {
    parsed = ahead?.parsed ?? (d !== undefined ? parseTable(d.text, options) : await parseFile(await readBytes(file as string), options));
  } catch (error) {
    if (error instanceof TableParseError) throw new InputError(error.message);
    throw error;
  }
  const dictionary = d?.dictionary;
  const aliases = input.aliases === undefined ? undefined : await readAliases(input.aliases);
  const normalised =
    input.normalise === false ? { ...parsed, normalisation: [] }
    : ahead !== undefined && aliases === undefined && input.inferPrefixes !== true ? ahead.normalised
    : normaliseTable(parsed, { ...(aliases ? { aliases } : {}), ...(dictionary ? { dictionary } : {}), inferPrefixes: input.inferPrefixes === true });
  const { normalisation, ...table } = normalised;
  const title = d === undefined ? name : `${d.title} · ${d.attachment} (${d.document})`;
  return { table, normalisation, title, ...(dictionary ? { dictionary } : {}), ...(d ? { dataset: d } : {}) };
}

/** Prints parse warnings to stderr, one `file:line: warning: …` line each, control characters escaped. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], out: Output): void {
  for (const d of diagnostics) out.err(escapeControls(formatDiagnostic(d)));
}

/** Loads a table as {@link loadTable} does, prints its parse warnings to stderr and builds its graph. */
export async function loadGraph(file: string | undefined, out: Output, input: InputOptions = {}): Promise<LoadedGraph> {
  const loaded = await loadTable(file, input);
  printDiagnostics(loaded.table.diagnostics, out);
  const { dictionary } = loaded;
  return { ...loaded, graph: buildResponsibilityGraph(loaded.table, dictionary === undefined ? {} : { dictionary }) };
}
