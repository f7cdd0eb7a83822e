// Reads a file the user opened with core's parseFile, in the reading worker (read.worker.ts) when
// the browser can start one, so the page stays responsive while a large table is read; on the
// page itself otherwise, and for PDF, whose pdf.js already works in a worker of its own and needs
// the page's address for its CMaps and fonts.
import { detectFormat, parseFile, TableParseError, type ParseFileOptions, type ResponsibilityTable } from '@fengong/core';
import type { ReadReply, ReadRequest } from './protocol.js';

let worker: Worker | undefined;
let unavailable = false;
let nextId = 1;
const pending = new Map<number, { resolve: (table: ResponsibilityTable) => void; reject: (error: Error) => void }>();

/** The reading worker, started on first use; undefined when the browser cannot start it. */
function readingWorker(): Worker | undefined {
  if (worker !== undefined || unavailable) return worker;
  try {
    worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module', name: 'fengong-read' });
  } catch {
    unavailable = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<ReadReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if ('table' in reply) waiting.resolve(reply.table);
    else if ('problems' in reply) waiting.reject(new TableParseError(reply.problems.diagnostics, reply.problems.file));
    else waiting.reject(new Error(reply.failure));
  };
  // A worker that cannot load (or dies) fails what it was reading; the next file starts a new one.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    const message = event.message === '' ? 'the reading worker stopped' : event.message;
    for (const [, waiting] of pending) waiting.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Where a file was read: in the reading worker, or on the page itself. */
export type ReadWhere = 'worker' | 'page';

/**
 * `parseFile(bytes, options)` off the main thread where it can be: same result, same errors
 * (`TableParseError` with every problem and its line), and where it was read. `bytes` is left as
 * it was (a copy travels).
 */
export async function readFile(bytes: ArrayBuffer, options: ParseFileOptions & { file: string }): Promise<{ table: ResponsibilityTable; where: ReadWhere }> {
  const reader = (await detectFormat(new Uint8Array(bytes), options.file)) === 'pdf' ? undefined : readingWorker();
  if (reader === undefined) return { table: await parseFile(bytes, options), where: 'page' };
  const id = nextId++;
  const copy = bytes.slice(0);
  const table = await new Promise<ResponsibilityTable>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    reader.postMessage({ id, bytes: copy, file: options.file } satisfies ReadRequest, [copy]);
  });
  return { table, where: 'worker' };
}
