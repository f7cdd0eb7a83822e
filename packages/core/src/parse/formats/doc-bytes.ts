// Little-endian reads for the Word 97–2003 (.doc) reader and the OLE container, and the failure
// every doc-*.ts module throws, which readDoc turns into a diagnostic.

import { fail, FormatFailure } from './failure.js';

export { FormatFailure as DocFailure, fail };

/** Unsigned 16-bit integer; bytes past the end read as 0 (callers check lengths first). */
export const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

/** Signed 16-bit integer. */
export const i16 = (b: Uint8Array, at: number): number => (u16(b, at) << 16) >> 16;

/** Unsigned 32-bit integer. */
export const u32 = (b: Uint8Array, at: number): number => u16(b, at) + u16(b, at + 2) * 0x10000;

/** Signed 32-bit integer. */
export const i32 = (b: Uint8Array, at: number): number => u16(b, at) | (u16(b, at + 2) << 16);
