// BIFF8 record framing for the .xls reader ([MS-XLS] record layout): every record is a 2-byte type,
// a 2-byte length and that many bytes of data. Integer reads and the failure the readers throw are
// in binary.ts.
import { fail, u16 } from './binary.js';

/** Record types read ([MS-XLS] 2.3 Record Enumeration). */
export const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  WSBOOL: 0x0081,
  BOUNDSHEET8: 0x0085,
  MULRK: 0x00bd,
  RSTRING: 0x00d6,
  MERGECELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  BOF: 0x0809,
} as const;

/** One record: its type, its data (a view into the stream) and where it starts and the next one starts. */
export interface BiffRecord {
  type: number;
  data: Uint8Array;
  offset: number;
  next: number;
}

/** IEEE 754 double, little-endian ([MS-XLS] Xnum). */
export const f64 = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset, b.byteLength).getFloat64(at, true);

const hex = (type: number): string => `0x${type.toString(16).padStart(4, '0')}`;

/**
 * The record starting at `offset` of the Workbook stream. `where` names the substream being read
 * (for the message when the stream ends first). Fails if the header or the data runs past the end.
 */
export function recordAt(stream: Uint8Array, offset: number, where: string): BiffRecord {
  if (offset + 4 > stream.length) fail(`${where} ends before its EOF record: the file is truncated or damaged`);
  const type = u16(stream, offset);
  const next = offset + 4 + u16(stream, offset + 2);
  if (next > stream.length) {
    fail(`record ${hex(type)} at byte ${offset} of the Workbook stream runs past the end of the stream: the file is truncated or damaged`);
  }
  return { type, data: stream.subarray(offset + 4, next), offset, next };
}

/** Fails unless the record holds at least `bytes` bytes of data. */
export function need(record: BiffRecord, bytes: number, name: string): void {
  if (record.data.length < bytes) {
    fail(`the ${name} record at byte ${record.offset} of the Workbook stream has ${record.data.length} bytes, fewer than the ${bytes} it needs: the file is damaged`);
  }
}

/** `A1`-style name of a 0-based cell, for messages. */
export function cellName(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}
