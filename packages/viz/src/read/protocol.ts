// Messages between the page and the reading worker (read.worker.ts).
import type { Diagnostic, ResponsibilityTable } from '@fengong/core';

/** Bytes to read (transferred: the page keeps its own copy). */
export interface ReadRequest {
  id: number;
  bytes: ArrayBuffer;
  file: string;
}

/**
 * The table read; or the problems that stopped it (a `TableParseError`'s, rebuilt on the page);
 * or the message of anything else that went wrong.
 */
export type ReadReply =
  | { id: number; table: ResponsibilityTable }
  | { id: number; problems: { diagnostics: Diagnostic[]; file: string | undefined } }
  | { id: number; failure: string };
