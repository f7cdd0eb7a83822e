// The text of a Word 97–2003 document as [MS-DOC] 2.4.1 (Retrieving Text) finds it: the FIB at
// the start of the WordDocument stream, the piece table (CLX) in the table stream, and each
// piece's characters — 16-bit Unicode, or 8-bit "compressed" text with a few bytes mapped.
import { fail, i16, u16, u32 } from './binary.js';
import { MAX_EXTRACTED_BYTES } from './limits.js';

/**
 * The lowest nFib read ([MS-DOC] 2.5.2 FibBase): Word 97 and later write 0x00C1 or more (Word 97
 * betas 0x00C0); Word 6.0 and 95 (nFib 101–105) lay the FIB out differently and keep 8-bit text.
 */
const NFIB_MIN = 0x00c0;
/** Pieces a piece table may have: far beyond any real document, small enough to index. */
export const MAX_PIECES = 1_000_000;

/** The FIB fields the reader needs ([MS-DOC] 2.5.1 Fib). */
export interface Fib {
  nFib: number;
  /** FibBase.fEncrypted: the document is encrypted or obfuscated with a password. */
  encrypted: boolean;
  /** FibBase.fWhichTblStm: the table stream holding the CLX, PlcBtePapx … */
  tableStream: '0Table' | '1Table';
  /** FibRgLw97.ccpText: characters of the main document, which come first in the text. */
  ccpText: number;
  /** FibRgFcLcb97.fcClx / lcbClx: the piece table in the table stream. */
  fcClx: number;
  lcbClx: number;
  /** FibRgFcLcb97.fcPlcfBtePapx / lcbPlcfBtePapx: where the paragraph properties are. */
  fcPlcfBtePapx: number;
  lcbPlcfBtePapx: number;
}

/**
 * The FIB ([MS-DOC] 2.5.1): FibBase (wIdent, nFib, the flags), then the counted arrays FibRgW97,
 * FibRgLw97 (ccpText) and FibRgFcLcb97 (fcPlcfBtePapx is pair 13, fcClx pair 33), each located
 * by the count before it rather than at a fixed offset.
 */
export function readFib(wd: Uint8Array): Fib {
  if (wd.length < 34) fail('the WordDocument stream is too short to hold a FIB: the file is truncated or damaged');
  if (u16(wd, 0) !== 0xa5ec) fail('the WordDocument stream does not start with a Word FIB (wIdent 0xA5EC): not a Word document, or a damaged one');
  const nFib = u16(wd, 2);
  if (nFib < NFIB_MIN) fail(`a Word 6.0/95 or older document (nFib ${nFib}): open it in Word or WPS and save it as .doc (97–2003) or .docx`);
  const flags = u16(wd, 10);
  const csw = u16(wd, 32);
  const cslwAt = 34 + 2 * csw;
  const cslw = u16(wd, cslwAt);
  const rgLw = cslwAt + 2;
  const cbAt = rgLw + 4 * cslw;
  const cbRgFcLcb = u16(wd, cbAt);
  const blob = cbAt + 2;
  if (cslw < 4 || cbRgFcLcb < 34 || blob + 8 * 34 > wd.length) fail('the FIB is cut short or damaged: the file is truncated or damaged');
  const pair = (k: number) => [u32(wd, blob + 8 * k), u32(wd, blob + 8 * k + 4)] as const;
  const [fcClx, lcbClx] = pair(33);
  const [fcPlcfBtePapx, lcbPlcfBtePapx] = pair(13);
  const ccpText = u32(wd, rgLw + 12);
  return { nFib, encrypted: (flags & 0x0100) !== 0, tableStream: (flags & 0x0200) !== 0 ? '1Table' : '0Table', ccpText, fcClx, lcbClx, fcPlcfBtePapx, lcbPlcfBtePapx };
}

/** The pieces that hold the main document's text, in CP order ([MS-DOC] 2.9.177 PlcPcd, 2.9.171 Pcd). */
export interface Pieces {
  /** How many pieces. */
  count: number;
  /** CP where piece `i` starts; entry `count` is where the last one ends (clipped to ccpText). */
  cps: Float64Array;
  /** WordDocument stream offset of piece `i`'s first character (fc, or fc/2 when compressed). */
  offsets: Float64Array;
  /** 1 where the piece is 8-bit text (FcCompressed.fCompressed). */
  compressed: Uint8Array;
  /** The Pcd's Prm ([MS-DOC] 2.9.214): one sprm (Prm0) or an index into `grpprls` (Prm1). */
  prms: Uint16Array;
  /** The grpprl of each Prc of the CLX ([MS-DOC] 2.9.209 Prc, 2.9.210 PrcData), for Prm1. */
  grpprls: Uint8Array[];
}

/**
 * The piece table ([MS-DOC] 2.9.38 Clx): any Prc (clxt 1) first, then the Pcdt (clxt 2) whose
 * PlcPcd maps CPs to pieces. Only the pieces of the first ccpText characters are kept. Fails if
 * the CLX lies outside the table stream, is malformed, covers fewer characters than ccpText, or
 * a kept piece lies past the end of the WordDocument stream; `too-large` for more than
 * {@link MAX_PIECES} pieces or more text than MAX_EXTRACTED_BYTES.
 */
export function readPieces(table: Uint8Array, fib: Fib, wdLength: number): Pieces {
  const damaged = 'the piece table (CLX) is damaged';
  if (fib.lcbClx === 0) fail('the document has no piece table (CLX): the file is damaged');
  const end = fib.fcClx + fib.lcbClx;
  if (end > table.length) fail(`the piece table (CLX) lies past the end of the ${fib.tableStream} stream: the file is truncated or damaged`);
  const grpprls: Uint8Array[] = [];
  let p = fib.fcClx;
  while (p < end && table[p] === 0x01) {
    const cb = i16(table, p + 1);
    if (cb < 0 || p + 3 + cb > end) fail(damaged);
    grpprls.push(table.subarray(p + 3, p + 3 + cb));
    p += 3 + cb;
  }
  if (table[p] !== 0x02 || p + 5 > end) fail(`${damaged}: it has no Pcdt`);
  const lcb = u32(table, p + 1);
  const base = p + 5;
  if (lcb < 16 || (lcb - 4) % 12 !== 0 || base + lcb > end) fail(`${damaged}: its PlcPcd has a wrong size`);
  const n = (lcb - 4) / 12;
  if (n > MAX_PIECES) fail(`the piece table has ${n} pieces, more than the ${MAX_PIECES} read`, 'too-large');
  const cpAt = (i: number) => u32(table, base + 4 * i);
  if (cpAt(0) !== 0) fail(`${damaged}: it does not start at character 0`);
  const last = cpAt(n);
  if (last < fib.ccpText) fail(`${damaged}: it covers ${last} characters, fewer than the ${fib.ccpText} of the main text`);
  if (fib.ccpText * 2 > MAX_EXTRACTED_BYTES) fail(`the document's text has ${fib.ccpText} characters, more than the ${MAX_EXTRACTED_BYTES / 2} read from one file`, 'too-large');

  // Pieces up to the one holding the last character of the main text.
  let count = 0;
  while (count < n && cpAt(count) < fib.ccpText) count += 1;
  const cps = new Float64Array(count + 1);
  const offsets = new Float64Array(count);
  const compressed = new Uint8Array(count);
  const prms = new Uint16Array(count);
  for (let i = 0; i < count; i += 1) {
    const start = cpAt(i);
    const stop = cpAt(i + 1);
    if (stop <= start) fail(`${damaged}: its character positions are out of order`);
    const pcd = base + 4 * (n + 1) + 8 * i;
    const fc = u32(table, pcd + 2);
    const is8bit = (fc & 0x40000000) !== 0;
    const offset = is8bit ? Math.floor((fc & 0x3fffffff) / 2) : fc & 0x3fffffff;
    const chars = Math.min(stop, fib.ccpText) - start;
    if (offset + chars * (is8bit ? 1 : 2) > wdLength) fail(`a piece of the text lies past the end of the WordDocument stream: the file is truncated or damaged`);
    cps[i] = start;
    offsets[i] = offset;
    compressed[i] = is8bit ? 1 : 0;
    prms[i] = u16(table, pcd + 6);
  }
  cps[count] = fib.ccpText;
  return { count, cps, offsets, compressed, prms, grpprls };
}

/** [MS-DOC] 2.9.73 FcCompressed: the bytes of 8-bit text that are not Latin-1. */
const COMPRESSED: Readonly<Record<number, number>> = {
  0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030,
  0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022,
  0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9f: 0x0178,
};

/**
 * The main document's characters (CPs 0 … ccpText − 1) as UTF-16LE bytes, piece by piece: a
 * 16-bit piece is copied as it is, an 8-bit piece widened with the mapping of 2.9.73.
 */
export function mainText(wd: Uint8Array, pieces: Pieces): Uint8Array {
  const text = new Uint8Array(2 * (pieces.cps[pieces.count] as number));
  for (let i = 0; i < pieces.count; i += 1) {
    const start = pieces.cps[i] as number;
    const stop = pieces.cps[i + 1] as number;
    const offset = pieces.offsets[i] as number;
    if (pieces.compressed[i] === 1) {
      for (let cp = start; cp < stop; cp += 1) {
        const byte = wd[offset + cp - start] as number;
        const unit = byte >= 0x82 && byte <= 0x9f ? (COMPRESSED[byte] ?? byte) : byte;
        text[2 * cp] = unit & 0xff;
        text[2 * cp + 1] = unit >> 8;
      }
    } else {
      text.set(wd.subarray(offset, offset + 2 * (stop - start)), 2 * start);
    }
  }
  return text;
}

/** WordDocument stream offset of character `cp`, which lies in piece `i` ([MS-DOC] 2.4.1). */
export const fcOf = (pieces: Pieces, i: number, cp: number): number =>
  (pieces.offsets[i] as number) + (cp - (pieces.cps[i] as number)) * (pieces.compressed[i] === 1 ? 1 : 2);
