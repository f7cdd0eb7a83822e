// Reads a file the user opened with core's parseFile, in the reading worker (read.worker.ts) when
// the browser can start one, so the page stays responsive while a large table is read; on the
// page itself otherwise, and for PDF, whose pdf.js already works in a worker of its own and needs
// the page's address for its CMaps and fonts.
import { detectFormat, parseFile, TableParseError, type ParseFileOptions, type ResponsibilityTable } from '@fengong/core';
import type { ReadReply, ReadRequest } from './protocol.js';

let worker: Worker | undefined;
let unavailable = false;
let nextId = 1;
/** Reads in the worker, each with how to read it on the page instead if the worker cannot load. */
const pending = new Map<number, { resolve: (table: ResponsibilityTable) => void; reject: (error: Error) => void; onPage: () => void }>();
/** Whether the worker has answered once (a worker that fails before that cannot load at all). */
let answered = false;

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
    answered = true;
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (waiting === undefined) return;
    pending.delete(reply.id);
    if ('table' in reply) waiting.resolve(reply.table);
    else if ('problems' in reply) waiting.reject(new TableParseError(reply.problems.diagnostics, reply.problems.file));
    else waiting.reject(new Error(reply.failure));
  };
  // A worker that cannot load (a plain Event, no message) is not tried again: what it was given is
  // read on the page. One that dies later fails what it was reading; the next file starts a new one.
  worker.onerror = (event: Event) => {
    event.preventDefault();
    const waiting = [...pending.values()];
    pending.clear();
    worker?.terminate();
    worker = undefined;
    if (!answered) {
      unavailable = true;
      for (const w of waiting) w.onPage();
      return;
    }
    const message = event instanceof ErrorEvent && event.message !== '' ? event.message : 'the reading worker stopped';
    for (const w of waiting) w.reject(new Error(message));
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
  let where: ReadWhere = 'worker';
  const table = await new Promise<ResponsibilityTable>((resolve, reject) => {
    // (Read on the page after all when the worker cannot load: from the caller's bytes, kept as they were.)
    const onPage = (): void => {
      where = 'page';
      parseFile(bytes, options).then(resolve, reject);
    };
    pending.set(id, { resolve, reject, onPage });
    reader.postMessage({ id, bytes: copy, file: options.file } satisfies ReadRequest, [copy]);
  });
  return { table, where };
}
