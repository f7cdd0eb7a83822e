// A table opened in the viewer: core's responsibility graph plus what the header says about it.
import { buildResponsibilityGraph, normaliseTable, parseTable, type Diagnostic, type ResponsibilityGraph, type ResponsibilityTable } from '@fengong/core';
import type { Dataset } from '@fengong/core/datasets';
import { nextTask } from './app/after-frame.js';
import { readFile } from './read/read-file.js';

export interface NetworkMeta {
  /** Plan title (or the file name of a table the user opened). */
  title: string;
  titleEn?: string;
  /** Document number and date of issue, when known. */
  source?: string;
  /** File name used in messages. */
  file: string;
}

export interface Network {
  readonly graph: ResponsibilityGraph;
  readonly meta: NetworkMeta;
  /** Parser warnings (a table with errors never gets here: `parseTable` throws). */
  readonly warnings: readonly Diagnostic[];
  /** The table the graph was built from (names normalised for an opened file), for comparing plans. */
  readonly table?: ResponsibilityTable;
}

/** A bundled dataset, with its dictionary (English names, collectives) and metadata. */
export function networkFromDataset(dataset: Dataset): Network {
  const table = parseTable(dataset.text, { file: dataset.file });
  return {
    graph: buildResponsibilityGraph(table, { dictionary: dataset.dictionary }),
    meta: {
      title: `${dataset.title} · ${dataset.attachment}`,
      titleEn: `${dataset.titleEn} — ${dataset.attachmentEn}`,
      source: `${dataset.document} · ${dataset.issued}`,
      file: dataset.file,
    },
    warnings: table.diagnostics,
  };
}

/**
 * A table the user opened (file, drop or `?src=`), parsed by core in the browser.
 * @throws {TableParseError} with every problem and its line when the text cannot be read.
 */
export function networkFromText(text: string, file: string): Network {
  return networkFromTable(parseTable(text, { file }), file);
}

/**
 * A file the user opened, read from its bytes exactly as the CLI reads it (in a worker, see read/read-file.ts): any text layout in
 * UTF-8, UTF-16 or GB18030, or any document or spreadsheet format core reads; names normalised (aliases, traditional → simplified).
 * @throws {TableParseError} with every problem and its line when the file cannot be read.
 */
export async function networkFromBytes(bytes: ArrayBuffer, file: string): Promise<Network> {
  const start = performance.now();
  // Read in the reading worker (read/read-file.ts): the page stays responsive meanwhile.
  const { table, where } = await readFile(bytes, { file, pdf: PDF_ASSETS });
  // The reading's time, worker round trip included, for the growth benchmark
  // (packages/viz/scripts/measure-parse-growth.mjs).
  performance.measure('fengong:parse', { start, detail: { file, bytes: bytes.byteLength, where } });
  // The graph is built in a task of its own, after the page has had a turn.
  await nextTask();
  return networkFromTable(table, file);
}

/** pdf.js's CMaps and standard fonts, served beside the app (see vite.config.ts), same origin. */
const asset = async (path: string): Promise<Uint8Array> => {
  const response = await fetch(new URL(`pdfjs/${path}`, document.baseURI));
  if (!response.ok) throw new Error(`pdfjs/${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};
const PDF_ASSETS = { cMap: (name: string) => asset(`cmaps/${name}.bcmap`), standardFont: (filename: string) => asset(`standard_fonts/${filename}`) };

/** A plan's title among the lines above its table: a line naming a kind of plan at its end. */
const PLAN_TITLE = /(方案|规划|计划|意见|通知|纲要|措施|要点|办法|清单|分工)(（[^）]*）|\([^)]*\))?$/;

/**
 * The plan's title from the lines above its table (附件, the plan's title, 重点任务责任分工 …): the
 * first line, 《》 removed, that ends in a kind of plan (方案, 规划, 计划, 意见, 通知 …, a bracketed
 * period allowed) and is not only the table's heading (重点任务责任分工); undefined when none.
 */
export function titleFromPreamble(lines: readonly string[]): string | undefined {
  for (const raw of lines) {
    const line = raw.trim().replace(/^《(.*)》$/, '$1');
    if (line.length < 6 || line.length > 80 || /^(重点)?(任务)?(责任)?分工(表|方案)?$/.test(line) || /责任分工(表)?$/.test(line)) continue;
    if (PLAN_TITLE.test(line)) return line;
  }
  return undefined;
}

function networkFromTable(parsed: ResponsibilityTable, file: string): Network {
  const table = normaliseTable(parsed);
  const title = titleFromPreamble(table.preamble);
  // The plan's title when the document gives one, the file name below it; else the file name.
  const meta = title === undefined ? { title: file, file } : { title, source: file, file };
  return { graph: buildResponsibilityGraph(table), meta, warnings: table.diagnostics, table };
}

/** Node counts of a responsibility graph. */
export function counts(graph: ResponsibilityGraph): { tasks: number; agencies: number; links: number } {
  let tasks = 0;
  graph.forEachNode((_node, attr) => {
    if (attr.part === 'task') tasks += 1;
  });
  return { tasks, agencies: graph.order - tasks, links: graph.size };
}

/** Tasks per category ('' for tasks without one). */
export function tasksPerCategory(graph: ResponsibilityGraph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((_node, attr) => {
    if (attr.part === 'task') out.set(attr.category ?? '', (out.get(attr.category ?? '') ?? 0) + 1);
  });
  return out;
}
