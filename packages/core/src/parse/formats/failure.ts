// The failure the binary-format readers (.doc, .xls, the OLE container) throw from deep inside a
// parse; each reader's entry point turns it into a diagnostic on its file.
import type { DiagnosticCode } from '../../types.js';

/** A problem that stops a reader; its entry point reports it through a `DiagnosticSink`. */
export class FormatFailure extends Error {
  constructor(
    readonly code: Extract<DiagnosticCode, 'unreadable-file' | 'too-large'>,
    message: string,
  ) {
    super(message);
  }
}

/** Throws a {@link FormatFailure} (`unreadable-file` unless told otherwise). */
export function fail(message: string, code: FormatFailure['code'] = 'unreadable-file'): never {
  throw new FormatFailure(code, message);
}
