// BIFF8 strings ([MS-XLS] 2.5.293–2.5.296): UTF-16LE, or "compressed" (every character's high
// byte is zero, so only the low bytes are stored — Latin-1). The shared-string table (SST) and a
// formula's STRING result may continue into CONTINUE records; where the characters of a string
// continue, the CONTINUE record starts with a new fHighByte flag, so one string can change between
// compressed and UTF-16 halfway ([MS-XLS] Continue, 2.5.293). BIFF8 never stores strings in
// the CODEPAGE's 8-bit encoding, so CODEPAGE is not needed.
import { fail } from './binary.js';

/** Code units → string, in chunks (spreading 65535 arguments at once can overflow the stack). */
function fromCodeUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.subarray(i, i + 4096));
  return out;
}

/**
 * Reads a record's data and the CONTINUE records after it as one sequence of bytes, except that
 * characters crossing into the next part take their width from that part's first byte.
 */
export class ContinuedData {
  private part = 0;
  private pos = 0;
  private left: number;

  constructor(
    private readonly parts: readonly Uint8Array[],
    private readonly what: string,
  ) {
    this.left = parts.reduce((n, p) => n + p.length, 0);
  }

  /** Bytes not read yet (counting the flag bytes of CONTINUE records). */
  get remaining(): number {
    return this.left;
  }

  private truncated(): never {
    return fail(`${this.what} is cut short: the file is truncated or damaged`);
  }

  byte(): number {
    for (;;) {
      const p = this.parts[this.part];
      if (p === undefined) this.truncated();
      if (this.pos < p.length) {
        this.left -= 1;
        return p[this.pos++] as number;
      }
      this.part += 1;
      this.pos = 0;
    }
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return this.u16() + this.u16() * 0x10000;
  }

  /** Skips `n` bytes (formatting runs, phonetic data), across parts, without width flags. */
  skip(n: number): void {
    if (n > this.left) this.truncated();
    let rest = n;
    while (rest > 0) {
      const p = this.parts[this.part] as Uint8Array;
      const take = Math.min(rest, p.length - this.pos);
      this.pos += take;
      rest -= take;
      if (rest > 0) {
        this.part += 1;
        this.pos = 0;
      }
    }
    this.left -= n;
  }

  /** `count` characters, 16-bit if `wide`; a new part restarts with its own fHighByte flag. */
  chars(count: number, wide: boolean): string {
    if (count > this.left) this.truncated();
    const units = new Uint16Array(count);
    let got = 0;
    let twoBytes = wide;
    while (got < count) {
      const p = this.parts[this.part];
      if (p === undefined) this.truncated();
      if (this.pos >= p.length) {
        this.part += 1;
        this.pos = 0;
        const next = this.parts[this.part];
        if (next === undefined) this.truncated();
        if (next.length > 0) {
          twoBytes = ((next[0] as number) & 0x01) === 1;
          this.pos = 1;
          this.left -= 1;
        }
        continue;
      }
      const avail = p.length - this.pos;
      const n = Math.min(count - got, twoBytes ? avail >> 1 : avail);
      if (n === 0) fail(`${this.what} splits a UTF-16 character between two records: the file is damaged`);
      for (let k = 0; k < n; k += 1) {
        units[got + k] = twoBytes ? (p[this.pos + 2 * k] as number) | ((p[this.pos + 2 * k + 1] as number) << 8) : (p[this.pos + k] as number);
      }
      const used = twoBytes ? 2 * n : n;
      this.pos += used;
      this.left -= used;
      got += n;
    }
    return fromCodeUnits(units);
  }
}

/** [MS-XLS] 2.5.294 XLUnicodeString (LABEL, RSTRING, STRING): 2-byte count, flags, characters. */
export function readUnicodeString(data: ContinuedData): string {
  const count = data.u16();
  const flags = data.byte();
  return data.chars(count, (flags & 0x01) === 1);
}

/** [MS-XLS] 2.5.240 ShortXLUnicodeString (BOUNDSHEET8 sheet names): 1-byte count, flags, characters. */
export function readShortUnicodeString(data: ContinuedData): string {
  const count = data.byte();
  const flags = data.byte();
  return data.chars(count, (flags & 0x01) === 1);
}

/**
 * [MS-XLS] 2.5.293 XLUnicodeRichExtendedString: count, flags (fHighByte, fExtSt, fRichSt), the
 * run count and phonetic size when flagged, the characters, then the formatting runs (4 bytes
 * each) and phonetic data (ExtRst), both skipped.
 */
export function readRichExtendedString(data: ContinuedData): string {
  const count = data.u16();
  const flags = data.byte();
  const runs = flags & 0x08 ? data.u16() : 0;
  const phonetic = flags & 0x04 ? data.u32() : 0;
  const text = data.chars(count, (flags & 0x01) === 1);
  data.skip(runs * 4);
  data.skip(phonetic);
  return text;
}

/**
 * The strings of an SST record and its CONTINUE records ([MS-XLS] 2.4.265 SST: cstTotal,
 * cstUnique, then cstUnique XLUnicodeRichExtendedStrings). A count the data cannot hold (each
 * string takes at least 3 bytes) fails before anything is read.
 */
export function readSharedStrings(parts: readonly Uint8Array[]): string[] {
  const data = new ContinuedData(parts, 'the shared-string table (SST)');
  data.u32(); // cstTotal: references in the workbook, not needed
  const unique = data.u32();
  if (unique * 3 > data.remaining) {
    fail(`the shared-string table (SST) claims ${unique} strings, more than its ${data.remaining} bytes can hold: the file is damaged`);
  }
  const strings: string[] = [];
  for (let i = 0; i < unique; i += 1) strings.push(readRichExtendedString(data));
  return strings;
}
