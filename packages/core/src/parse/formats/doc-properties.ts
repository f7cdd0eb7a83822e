// The paragraph properties a Word 97–2003 table is built from ([MS-DOC] 2.4.3 Overview of Tables,
// 2.4.6.1 Direct Paragraph Formatting): for a paragraph mark's FC, the PlcBtePapx in the table
// stream gives the PapxFkp page, the page gives the PAPX, and the PAPX's sprms (doc-sprm.ts) say
// whether the paragraph is in a table, ends a cell or a row, and where a row's cells are. The
// Prm of the mark's piece can add sprms too.
import { fail, u16, u32 } from './binary.js';
import { applySprm, copyOf, forEachSprm, initial, NONE, tableOf, type Building, type ParagraphTable } from './doc-sprm.js';
import type { Fib, Pieces } from './doc-text.js';

/** [MS-DOC] 2.9.215 Prm0: isprm values of the two table sprms a Prm0 can carry. */
const PRM0_IN_TABLE = 0x18;
const PRM0_TTP = 0x19;

/** One PapxFkp page ([MS-DOC] 2.9.176): crun runs, their FCs and the offset of each run's PAPX. */
interface Page {
  crun: number;
  bytes: Uint8Array;
}

/**
 * Looks up the table properties of paragraph marks: `at(fc, piece)` for the mark at stream
 * offset `fc` in piece `piece`. Pages are read when first needed; properties are cached per PAPX.
 */
export class ParagraphProperties {
  private readonly count: number;
  private readonly pages = new Map<number, Page>();
  /** Per PAPX (page × 512 + offset): its sprms applied, and the result. */
  private readonly cache = new Map<number, { built: Building; props: ParagraphTable }>();

  /**
   * Checks the PlcBtePapx ([MS-DOC] 2.8.6: aFC, then one PnFkpPapx per page) and that every page
   * it names lies inside the WordDocument stream. `data` gives the Data stream, read only if a
   * PAPX says sprmPHugePapx.
   */
  constructor(
    private readonly wd: Uint8Array,
    private readonly table: Uint8Array,
    private readonly fib: Fib,
    private readonly pieces: Pieces,
    private readonly data: () => Uint8Array | undefined,
  ) {
    const { fcPlcfBtePapx: fc, lcbPlcfBtePapx: lcb } = fib;
    if (lcb === 0) {
      this.count = 0;
      return;
    }
    if (fc + lcb > table.length) fail(`the paragraph properties (PlcBtePapx) lie past the end of the ${fib.tableStream} stream: the file is truncated or damaged`);
    if (lcb < 12 || (lcb - 4) % 8 !== 0) fail('the paragraph properties (PlcBtePapx) have a wrong size: the file is damaged');
    this.count = (lcb - 4) / 8;
    for (let i = 0; i < this.count; i += 1) {
      const pn = this.pn(i);
      if ((pn + 1) * 512 > wd.length) fail('a page of paragraph properties lies past the end of the WordDocument stream: the file is truncated or damaged');
    }
  }

  /** The table properties of the paragraph whose mark is at stream offset `fc`, in piece `piece`. */
  at(fc: number, piece: number): ParagraphTable {
    const found = this.fromPages(fc);
    const prm = this.pieces.prms[piece] ?? 0;
    if (prm === 0) return found?.props ?? NONE;
    const b = found === undefined ? initial() : copyOf(found.built);
    this.applyPrm(b, prm);
    return tableOf(b);
  }

  private fcAt(i: number): number {
    return u32(this.table, this.fib.fcPlcfBtePapx + 4 * i);
  }

  private pn(i: number): number {
    return u32(this.table, this.fib.fcPlcfBtePapx + 4 * (this.count + 1) + 4 * i) & 0x3fffff;
  }

  private fromPages(fc: number): { built: Building; props: ParagraphTable } | undefined {
    // The page whose FC range holds fc (aFC is sorted), then the run in the page that holds it.
    const i = lastAtMost(this.count + 1, (k) => this.fcAt(k), fc);
    if (i < 0 || i >= this.count || fc >= this.fcAt(i + 1)) return undefined;
    const pn = this.pn(i);
    const page = this.page(pn);
    const j = lastAtMost(page.crun + 1, (k) => u32(page.bytes, 4 * k), fc);
    if (j < 0 || j >= page.crun || fc >= u32(page.bytes, 4 * (j + 1))) return undefined;
    // BxPap ([MS-DOC] 2.9.23): bOffset × 2 is where the PapxInFkp starts; 0 means default properties.
    const offset = 2 * (page.bytes[4 * (page.crun + 1) + 13 * j] as number);
    if (offset === 0) return undefined;
    const key = pn * 512 + offset;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    // PapxInFkp ([MS-DOC] 2.9.175): cb, or 0 and cb'; then GrpPrlAndIstd (istd, grpprl).
    const cb = page.bytes[offset] as number;
    const start = cb !== 0 ? offset + 1 : offset + 2;
    const size = cb !== 0 ? 2 * cb - 1 : 2 * (page.bytes[offset + 1] as number);
    if (offset >= 511 || start + size > 511) fail('a page of paragraph properties is damaged: the file is damaged');
    const built = initial();
    const grpprl = page.bytes.subarray(start + 2, start + size);
    forEachSprm(grpprl, (s, a, n) => applySprm(built, grpprl, s, a, n, (at) => this.huge(at)));
    const entry = { built, props: tableOf(built) };
    this.cache.set(key, entry);
    return entry;
  }

  /** The PapxFkp page `pn` (its crun checked against the page's size). */
  private page(pn: number): Page {
    const cached = this.pages.get(pn);
    if (cached !== undefined) return cached;
    const bytes = this.wd.subarray(pn * 512, pn * 512 + 512);
    const crun = bytes[511] as number;
    if (4 * (crun + 1) + 13 * crun > 511) fail('a page of paragraph properties is damaged: the file is damaged');
    const page = { crun, bytes };
    this.pages.set(pn, page);
    return page;
  }

  /** sprmPHugePapx ([MS-DOC] 2.6.2): the PAPX is a PrcData (cbGrpprl, grpprl) in the Data stream. */
  private huge(at: number): Uint8Array | undefined {
    const data = this.data();
    if (data === undefined || at + 2 > data.length) fail('a paragraph refers to properties past the end of the Data stream: the file is truncated or damaged');
    const cb = u16(data, at);
    if (at + 2 + cb > data.length) fail('a paragraph refers to properties past the end of the Data stream: the file is truncated or damaged');
    return data.subarray(at + 2, at + 2 + cb);
  }

  /** A piece's Prm ([MS-DOC] 2.9.214): Prm0 (fComplex 0) is one sprm by isprm, Prm1 a Prc's grpprl. */
  private applyPrm(b: Building, prm: number): void {
    if ((prm & 1) === 0) {
      const isprm = (prm >> 1) & 0x7f;
      const val = prm >> 8;
      if (isprm === PRM0_IN_TABLE) b.inTable = val !== 0;
      else if (isprm === PRM0_TTP) b.ttp = val !== 0;
      return;
    }
    const grpprl = this.pieces.grpprls[prm >> 1];
    if (grpprl !== undefined) forEachSprm(grpprl, (s, a, n) => applySprm(b, grpprl, s, a, n, (at) => this.huge(at)));
  }
}

/** The largest k < n with value(k) ≤ x (values ascending), or −1. */
function lastAtMost(n: number, value: (k: number) => number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (value(mid) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
