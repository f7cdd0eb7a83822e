// What the binary-format readers (.doc, .xls, the OLE container) share: little-endian integer reads,
// and the failure they throw from deep inside a parse, which each reader's entry point turns into a
// diagnostic on its file.
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

/** Unsigned 16-bit integer; bytes past the end read as 0 (callers check lengths first). */
export const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

/** Signed 16-bit integer. */
export const i16 = (b: Uint8Array, at: number): number => (u16(b, at) << 16) >> 16;

/** Unsigned 32-bit integer. */
export const u32 = (b: Uint8Array, at: number): number => u16(b, at) + u16(b, at + 2) * 0x10000;

/** Signed 32-bit integer. */
export const i32 = (b: Uint8Array, at: number): number => u16(b, at) | (u16(b, at + 2) << 16);
