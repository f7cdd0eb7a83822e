// OLE compound files ([MS-CFB]), the container of Word 97–2003 documents (.doc, .wps) and Excel
// 97–2003 workbooks (.xls): lists the root storage's streams (WordDocument, 0Table / 1Table, Data,
// Workbook …) and reads the ones asked for.
//
// Read here rather than with the cfb package: cfb materialises every sector of
// the file as a JavaScript array of numbers — about 16 bytes of heap per byte of file outside
// Node's Buffer, so an 11 MB .doc took 0.7 s and a 120 MB one exhausted the heap — and it trusts
// the file's chains, so it needs the checks below anyway. Those checks are all that reading a
// stream takes: the header ([MS-CFB] 2.2), the DIFAT and FAT ([MS-CFB] 2.5, 2.3), the directory
// chain and the root storage's red-black tree ([MS-CFB] 2.6, walked with a guard against
// cycles), then each stream's own chain — in the FAT, or in the mini FAT for streams under the
// 4096-byte cutoff ([MS-CFB] 2.4) — followed for exactly the sectors its size needs, each sector
// inside the file and none visited twice. Only the streams asked for are read.
import { fail, i32, u16, u32 } from './binary.js';
import { MAX_EXTRACTED_BYTES } from './limits.js';
import { isOle } from './magic.js';

export { isOle };

const ENDOFCHAIN = -2;
const ENTRY_SIZE = 128;
const MINI_SECTOR_SIZE = 64;
const MINI_STREAM_CUTOFF = 4096;
const DAMAGED = 'the file is truncated or damaged';


/** A stream or storage directly under the root storage ([MS-CFB] 2.6.1 Compound File Directory Entry). */
interface RootEntry {
  name: string;
  /** Object type: 1 storage, 2 stream. */
  type: number;
  start: number;
  size: number;
}

/**
 * A compound file whose header, DIFAT and directory have been checked: the root storage's
 * entries by upper-cased name, and {@link CompoundFile.read} for their bytes.
 */
export class CompoundFile {
  private readonly entries: ReadonlyMap<string, RootEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly sectorSize: number,
    /** Sectors after the header, numbered from 0; the last one may be cut short. */
    private readonly sectors: number,
    /** The FAT's sectors in order: the header's 109 DIFAT entries, then the DIFAT sectors'. */
    private readonly fat: readonly number[],
    private readonly dirChain: readonly number[],
  ) {
    this.entries = this.rootEntries();
  }

  /**
   * Checks the header ([MS-CFB] 2.2: signature, version 3 or 4 with its sector size, 64-byte
   * mini sectors, the 4096-byte cutoff), the DIFAT, the directory chain and the root's tree.
   */
  static open(bytes: Uint8Array): CompoundFile {
    if (!isOle(bytes)) fail('not an OLE compound file');
    if (bytes.length < 512) fail(`an OLE compound file of ${bytes.length} bytes, shorter than its 512-byte header: ${DAMAGED}`);
    const major = u16(bytes, 26);
    if (major !== 3 && major !== 4) fail(`an OLE compound file of unknown version ${major}`);
    const shift = major === 3 ? 9 : 12;
    if (u16(bytes, 30) !== shift || u16(bytes, 32) !== 6 || u32(bytes, 56) !== MINI_STREAM_CUTOFF) fail("the OLE compound file's header is damaged");
    const sectorSize = 1 << shift;
    const sectors = Math.ceil(bytes.length / sectorSize) - 1;
    if (sectors < 1) fail(`an OLE compound file with no sectors: ${DAMAGED}`);
    const fat = difat(bytes, sectorSize, sectors);
    if (fat.length === 0) fail(`the OLE compound file has no FAT: ${DAMAGED}`);
    const dirChain = chain(bytes, sectorSize, sectors, fat, i32(bytes, 48), Infinity, 'directory');
    if (dirChain.length === 0) fail('an OLE compound file without a directory: the file is damaged');
    if (!whole(bytes, sectorSize, dirChain)) fail(`the compound file's directory runs past the end of the file: ${DAMAGED}`);
    return new CompoundFile(bytes, sectorSize, sectors, fat, dirChain);
  }

  /** True if the root storage holds a stream (not a storage) of this name, compared case-insensitively ([MS-CFB] 2.6.4). */
  hasStream(name: string): boolean {
    return this.entries.get(name.toUpperCase())?.type === 2;
  }

  /**
   * The bytes of the root-level streams named that exist, keyed by the name as given. Fails with
   * `too-large` when one holds more than MAX_EXTRACTED_BYTES (checked before anything is read),
   * and with `unreadable-file` when its chain leaves the file, loops or ends too soon.
   */
  read(names: readonly string[]): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const name of names) {
      const entry = this.entries.get(name.toUpperCase());
      if (entry?.type !== 2) continue;
      if (entry.size > MAX_EXTRACTED_BYTES) fail(`the ${name} stream holds ${entry.size} bytes, more than the ${MAX_EXTRACTED_BYTES} read from one file`, 'too-large');
      out.set(name, entry.size >= MINI_STREAM_CUTOFF ? this.fatStream(name, entry) : this.miniStream(name, entry));
    }
    return out;
  }

  /** A stream in the FAT: its chain's sectors, the last one cut to the stream's size. */
  private fatStream(name: string, entry: RootEntry): Uint8Array {
    const size = this.sectorSize;
    const need = Math.ceil(entry.size / size);
    const sectors = chain(this.bytes, size, this.sectors, this.fat, entry.start, need, `${name} stream`);
    if (sectors.length < need) fail(`the ${name} stream is cut short: ${DAMAGED}`);
    const out = new Uint8Array(entry.size);
    sectors.forEach((s, k) => {
      const take = Math.min(size, entry.size - k * size);
      const at = (s + 1) * size;
      if (at + take > this.bytes.length) fail(`the ${name} stream is cut short: ${DAMAGED}`);
      out.set(this.bytes.subarray(at, at + take), k * size);
    });
    return out;
  }

  /**
   * A stream under the cutoff, in the root's mini stream ([MS-CFB] 2.4): the mini FAT (itself a
   * FAT chain from the header) links its 64-byte mini sectors, which lie in the root entry's chain.
   */
  private miniStream(name: string, entry: RootEntry): Uint8Array {
    const out = new Uint8Array(entry.size);
    if (entry.size === 0) return out;
    const damaged = `the ${name} stream lies in a damaged mini stream: ${DAMAGED}`;
    const root = this.rootEntry();
    const size = this.sectorSize;
    const container = chain(this.bytes, size, this.sectors, this.fat, root.start, Math.ceil(root.size / size), 'mini stream');
    const miniSectors = Math.floor(Math.min(root.size, container.length * size) / MINI_SECTOR_SIZE);
    const miniFat = chain(this.bytes, size, this.sectors, this.fat, i32(this.bytes, 60), Math.max(0, i32(this.bytes, 64)), 'mini FAT');
    if (!whole(this.bytes, size, miniFat)) fail(damaged);
    const perSector = size / 4;
    const seen = new Set<number>();
    let idx = entry.start;
    for (let k = 0; k * MINI_SECTOR_SIZE < entry.size; k += 1) {
      if (idx < 0 || idx >= miniSectors || seen.has(idx)) fail(damaged);
      seen.add(idx);
      const inContainer = idx * MINI_SECTOR_SIZE;
      const at = ((container[Math.floor(inContainer / size)] as number) + 1) * size + (inContainer % size);
      const take = Math.min(MINI_SECTOR_SIZE, entry.size - k * MINI_SECTOR_SIZE);
      if (at + take > this.bytes.length) fail(damaged);
      out.set(this.bytes.subarray(at, at + take), k * MINI_SECTOR_SIZE);
      const fatSector = miniFat[Math.floor(idx / perSector)];
      idx = fatSector === undefined ? ENDOFCHAIN : i32(this.bytes, (fatSector + 1) * size + (idx % perSector) * 4);
    }
    return out;
  }

  /** File offset of directory entry `e`. */
  private entryOffset(e: number): number {
    const sector = this.dirChain[Math.floor((e * ENTRY_SIZE) / this.sectorSize)] as number;
    return (sector + 1) * this.sectorSize + ((e * ENTRY_SIZE) % this.sectorSize);
  }

  private rootEntry(): { start: number; size: number } {
    const at = this.entryOffset(0);
    return { start: i32(this.bytes, at + 116), size: u32(this.bytes, at + 120) };
  }

  /** The root storage's children: its child's red-black tree ([MS-CFB] 2.6.4), each entry visited once. */
  private rootEntries(): Map<string, RootEntry> {
    const b = this.bytes;
    const root = this.entryOffset(0);
    if (b[root + 66] !== 5) fail('an OLE compound file without a root storage: the file is damaged');
    const count = (this.dirChain.length * this.sectorSize) / ENTRY_SIZE;
    const found = new Map<string, RootEntry>();
    const seen = new Set<number>();
    const stack = [i32(b, root + 76)];
    while (stack.length > 0) {
      const e = stack.pop() as number;
      if (e <= 0 || e >= count || seen.has(e)) continue;
      seen.add(e);
      const at = this.entryOffset(e);
      const name = entryName(b, at);
      const type = b[at + 66] as number;
      const key = name.toUpperCase();
      if ((type === 1 || type === 2) && !found.has(key)) found.set(key, { name, type, start: i32(b, at + 116), size: u32(b, at + 120) });
      stack.push(i32(b, at + 68), i32(b, at + 72));
    }
    return found;
  }
}

/**
 * The FAT's sectors ([MS-CFB] 2.5 DIFAT): the header's 109 entries up to the first free one, then
 * those of the DIFAT sectors (127 each, the last 4 bytes linking the next), as many as the header
 * counts.
 */
function difat(bytes: Uint8Array, sectorSize: number, sectors: number): number[] {
  const fat: number[] = [];
  for (let k = 0; k < 109; k += 1) {
    const s = i32(bytes, 76 + 4 * k);
    if (s < 0) break;
    fat.push(s);
  }
  const perSector = sectorSize / 4;
  const seen = new Set<number>();
  let at = i32(bytes, 68);
  for (let k = i32(bytes, 72); k > 0; k -= 1) {
    if (at < 0 || at >= sectors || (at + 2) * sectorSize > bytes.length) fail(`the compound file's DIFAT is cut short: ${DAMAGED}`);
    if (seen.has(at)) fail("the compound file's DIFAT chain loops: the file is damaged");
    seen.add(at);
    const base = (at + 1) * sectorSize;
    for (let j = 0; j < perSector - 1; j += 1) fat.push(i32(bytes, base + 4 * j));
    if (fat.length > sectors + 109 + perSector) fail("the compound file's FAT is longer than the file: the file is damaged");
    at = i32(bytes, base + sectorSize - 4);
  }
  return fat;
}

/**
 * The sectors of the chain starting at `start` ([MS-CFB] 2.3 FAT), at most `limit` of them: it
 * ends at the first negative entry (ENDOFCHAIN, or a free or special sector). Fails if it leaves
 * the file or comes back on itself.
 */
function chain(bytes: Uint8Array, sectorSize: number, sectors: number, fat: readonly number[], start: number, limit: number, what: string): number[] {
  const perSector = sectorSize / 4;
  const out: number[] = [];
  const seen = new Set<number>();
  for (let s = start; s >= 0 && out.length < limit; ) {
    if (s >= sectors) fail(`the compound file's ${what} runs past the end of the file: ${DAMAGED}`);
    if (seen.has(s)) fail(`the compound file's ${what} chain loops: the file is damaged`);
    seen.add(s);
    out.push(s);
    const fatSector = fat[Math.floor(s / perSector)];
    if (fatSector === undefined || fatSector < 0 || fatSector >= sectors) fail(`the compound file's FAT does not cover its ${what}: ${DAMAGED}`);
    const at = (fatSector + 1) * sectorSize + (s % perSector) * 4;
    if (at + 4 > bytes.length) fail(`the compound file's FAT is cut short: ${DAMAGED}`);
    s = i32(bytes, at);
  }
  return out;
}

/** True if every sector of the chain lies wholly inside the file (the last sector of a file may be cut short). */
const whole = (bytes: Uint8Array, sectorSize: number, sectors: readonly number[]): boolean => sectors.every((s) => (s + 2) * sectorSize <= bytes.length);

/** A directory entry's name: UTF-16LE, at most 31 characters and the terminating NUL. */
function entryName(bytes: Uint8Array, at: number): string {
  const length = Math.min(u16(bytes, at + 64), 64);
  let name = '';
  for (let k = 0; k + 1 < length; k += 2) {
    const unit = u16(bytes, at + k);
    if (unit === 0) break;
    name += String.fromCharCode(unit);
  }
  return name;
}
