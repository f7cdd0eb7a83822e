// Reading tables from files, stdin or the bundled dataset, with errors that name the file.
import { readFile } from 'node:fs/promises';
import {
  buildResponsibilityGraph,
  formatDiagnostic,
  parseTable,
  TableParseError,
  type Dictionary,
  type ResponsibilityGraph,
  type ResponsibilityTable,
} from '@fengong/core';
import { defaultDataset, type Dataset } from '@fengong/core/datasets';
import { InputError } from './errors.js';
import type { Output } from './output.js';

export interface LoadedTable {
  table: ResponsibilityTable;
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and decodes a file (or stdin for `-`) as UTF-8 text. */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory, not a table file'
      : code === 'EACCES' ? 'permission denied'
      : (error as Error).message;
    throw new InputError(`${file}: cannot read: ${why}`);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text; save the table as UTF-8 and try again`);
  }
}

/** Loads the table in `file`, or the bundled dataset when no file is given. */
export async function loadTable(file: string | undefined): Promise<LoadedTable> {
  if (file === undefined) {
    const d = defaultDataset;
    return { table: parse(d.text, d.file), dictionary: d.dictionary, title: `${d.title} · ${d.attachment} (${d.document})`, dataset: d };
  }
  const name = file === '-' ? '<stdin>' : file;
  return { table: parse(await readText(file), name), title: name };
}

/** Loads a table as {@link loadTable} does, prints its parse warnings to stderr and builds its graph. */
export async function loadGraph(file: string | undefined, out: Output): Promise<LoadedGraph> {
  const loaded = await loadTable(file);
  for (const d of loaded.table.diagnostics) out.err(formatDiagnostic(d));
  const { dictionary } = loaded;
  return { ...loaded, graph: buildResponsibilityGraph(loaded.table, dictionary === undefined ? {} : { dictionary }) };
}

function parse(text: string, file: string): ResponsibilityTable {
  try {
    return parseTable(text, { file });
  } catch (error) {
    if (error instanceof TableParseError) throw new InputError(error.message);
    throw error;
  }
}
