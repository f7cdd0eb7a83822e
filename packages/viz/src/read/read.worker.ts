// The reading worker: core's parseFile off the main thread, so that opening a large table does not
// freeze the page while it is read (a 5,000-task table takes most of a second). It answers one
// message per request: the table read, or the problems that stopped it.
import { parseFile, TableParseError } from '@fengong/core';
import type { ReadReply, ReadRequest } from './protocol.js';

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, bytes, file } = event.data;
  let reply: ReadReply;
  try {
    reply = { id, table: await parseFile(bytes, { file }) };
  } catch (error) {
    reply =
      error instanceof TableParseError
        ? { id, problems: { diagnostics: [...error.diagnostics], file: error.file } }
        : { id, failure: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
