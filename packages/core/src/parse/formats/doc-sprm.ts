// Single property modifiers ([MS-DOC] 2.2.5 Sprm, Prl): walking a grpprl, and what the sprms of
// a paragraph mark say about tables — depth (sprmPFInTable, sprmPItap, sprmPDtap), cell and row
// ends (sprmPFTtp, sprmPFInnerTableCell, sprmPFInnerTtp), and on a row's end mark the row's cells
// (sprmTDefTable with its TC80s, sprmTVertMerge, sprmTInsert, sprmTDelete).
import { i16, i32, u16, u32 } from './binary.js';

/** The sprms read ([MS-DOC] 2.6.2 Paragraph Properties, 2.6.3 Table Properties). */
const SPRM = {
  PFInTable: 0x2416,
  PFTtp: 0x2417,
  PItap: 0x6649,
  PDtap: 0x664a,
  PFInnerTableCell: 0x244b,
  PFInnerTtp: 0x244c,
  PHugePapx: 0x6646,
  PChgTabs: 0xc615,
  TDefTable: 0xd608,
  TDefTable10: 0xd606,
  TVertMerge: 0xd62b,
  TInsert: 0x7621,
  TDelete: 0x5622,
} as const;

/** A table row's layout, from the TAP of its row-end mark. */
export interface RowLayout {
  /** rgdxaCenter: the row's left edge, then each cell's right edge, in twips (one more than cells). */
  edges: number[];
  /** Each cell's VerticalMergeFlag ([MS-DOC] 2.9.344): 0 none, 1 merged with the cell above, 3 the first of a merge. */
  vertMerge: number[];
}

/** What a paragraph mark says about the table it is in. */
export interface ParagraphTable {
  /** Table depth: sprmPItap (plus sprmPDtap), or 1 for sprmPFInTable alone; 0 outside tables. */
  depth: number;
  /** sprmPFTtp: ends a row of a depth-1 table. */
  ttp: boolean;
  /** sprmPFInnerTableCell: ends a cell of a nested table. */
  innerCell: boolean;
  /** sprmPFInnerTtp: ends a row of a nested table. */
  innerTtp: boolean;
  /** The row's layout, on a row-end mark with sprmTDefTable. */
  row: RowLayout | undefined;
}

/** A paragraph outside tables. */
export const NONE: ParagraphTable = Object.freeze({ depth: 0, ttp: false, innerCell: false, innerTtp: false, row: undefined });

/**
 * Size of a sprm's operand ([MS-DOC] 2.2.5.1 Sprm, spra): fixed for spra 0–5 and 7; for spra 6 the
 * first byte counts the rest, except sprmTDefTable (a 2-byte cb counting the rest plus one) and
 * sprmPChgTabs (cb 255: counted from its tab arrays, 2.6.2).
 */
function operandSize(g: Uint8Array, sprm: number, at: number): number {
  switch (sprm >>> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default: {
      if (sprm === SPRM.TDefTable || sprm === SPRM.TDefTable10) return u16(g, at) + 1;
      const cb = g[at] ?? 0;
      if (sprm === SPRM.PChgTabs && cb === 255) {
        const deleted = g[at + 1] ?? 0;
        const added = g[at + 2 + 4 * deleted] ?? 0;
        return 3 + 4 * deleted + 3 * added;
      }
      return 1 + cb;
    }
  }
}

/** Calls `visit` for each Prl of a grpprl ([MS-DOC] 2.2.5.2 Prl); a truncated last one is ignored. */
export function forEachSprm(g: Uint8Array, visit: (sprm: number, at: number, size: number) => void): void {
  for (let p = 0; p + 2 <= g.length; ) {
    const sprm = u16(g, p);
    const size = operandSize(g, sprm, p + 2);
    if (p + 2 + size > g.length) return;
    visit(sprm, p + 2, size);
    p += 2 + size;
  }
}

/** Mutable form of {@link ParagraphTable} while its sprms are applied. */
export interface Building {
  inTable: boolean;
  itap: number | undefined;
  dtap: number;
  ttp: boolean;
  innerCell: boolean;
  innerTtp: boolean;
  row: RowLayout | undefined;
}

/** [MS-DOC] 2.9.321 TDefTableOperand: cb, NumberOfColumns, rgdxaCenter, then up to one TC80 per cell (20 bytes; tcgrf first). */
function defineRow(g: Uint8Array, at: number, size: number): RowLayout | undefined {
  const columns = g[at + 2] ?? 0;
  const tcs = at + 3 + 2 * (columns + 1);
  if (tcs > at + size) return undefined;
  const edges: number[] = [];
  for (let k = 0; k <= columns; k += 1) edges.push(i16(g, at + 3 + 2 * k));
  const vertMerge: number[] = [];
  const present = Math.min(columns, Math.floor((at + size - tcs) / 20));
  // TCGRF ([MS-DOC] 2.9.325): horzMerge (2 bits), textFlow (3), vertMerge (2) …
  for (let k = 0; k < columns; k += 1) vertMerge.push(k < present ? (u16(g, tcs + 20 * k) >> 5) & 3 : 0);
  return { edges, vertMerge };
}

/** Applies one sprm's effect on the table properties; sprmPHugePapx hands its grpprl to `huge`. */
export function applySprm(b: Building, g: Uint8Array, sprm: number, at: number, size: number, huge: ((fc: number) => Uint8Array | undefined) | undefined): void {
  switch (sprm) {
    case SPRM.PFInTable:
      b.inTable = g[at] !== 0;
      break;
    case SPRM.PFTtp:
      b.ttp = g[at] !== 0;
      break;
    case SPRM.PItap:
      b.itap = i32(g, at);
      break;
    case SPRM.PDtap:
      b.dtap += i32(g, at);
      break;
    case SPRM.PFInnerTableCell:
      b.innerCell = g[at] !== 0;
      break;
    case SPRM.PFInnerTtp:
      b.innerTtp = g[at] !== 0;
      break;
    case SPRM.TDefTable:
      b.row = defineRow(g, at, size);
      break;
    case SPRM.TVertMerge: {
      // VerticalMergeOperand ([MS-DOC] 2.9.343): cb (2), itc, flags.
      const itc = g[at + 1] ?? 0;
      if (b.row !== undefined && itc < b.row.vertMerge.length) b.row.vertMerge[itc] = (g[at + 2] ?? 0) & 3;
      break;
    }
    case SPRM.TInsert: {
      // TInsertOperand ([MS-DOC] 2.9.327): itcInsert, ctc, dxaCol — ctc new cells dxaCol wide at itcInsert.
      const row = b.row;
      if (row === undefined) break;
      const cells = row.vertMerge.length;
      const itc = Math.min(g[at] ?? 0, cells);
      const ctc = g[at + 1] ?? 0;
      const width = i16(g, at + 2);
      const left = row.edges[itc] as number;
      const added = Array.from({ length: ctc }, (_, k) => left + width * (k + 1));
      row.edges = [...row.edges.slice(0, itc + 1), ...added, ...row.edges.slice(itc + 1).map((e) => e + width * ctc)];
      row.vertMerge.splice(itc, 0, ...new Array<number>(ctc).fill(0));
      break;
    }
    case SPRM.TDelete: {
      // ItcFirstLim ([MS-DOC] 2.9.133): cells itcFirst … itcLim − 1 are removed.
      const row = b.row;
      if (row === undefined) break;
      const cells = row.vertMerge.length;
      const first = Math.min(g[at] ?? 0, cells);
      const lim = Math.min(Math.max(g[at + 1] ?? 0, first), cells);
      const width = (row.edges[lim] as number) - (row.edges[first] as number);
      row.edges = [...row.edges.slice(0, first + 1), ...row.edges.slice(lim + 1).map((e) => e - width)];
      row.vertMerge.splice(first, lim - first);
      break;
    }
    case SPRM.PHugePapx: {
      const more = huge?.(u32(g, at));
      if (more !== undefined) forEachSprm(more, (s, a, n) => applySprm(b, more, s, a, n, undefined));
      break;
    }
    default:
      break;
  }
}

/** The table properties the sprms applied add up to: depth is sprmPItap plus sprmPDtap, at least 1 with sprmPFInTable. */
export const tableOf = (b: Building): ParagraphTable => {
  const depth = Math.max(0, Math.max(b.itap ?? 0, b.inTable ? 1 : 0) + b.dtap);
  if (depth === 0 && !b.ttp && !b.innerTtp) return NONE;
  return { depth, ttp: b.ttp, innerCell: b.innerCell, innerTtp: b.innerTtp, row: b.row };
};

/** No sprm applied yet: the default properties ([MS-DOC] 2.6.2). */
export const initial = (): Building => ({ inTable: false, itap: undefined, dtap: 0, ttp: false, innerCell: false, innerTtp: false, row: undefined });

/** A copy to apply more sprms to (a piece's Prm), leaving the cached one as it is. */
export const copyOf = (b: Building): Building => ({ ...b, row: b.row === undefined ? undefined : { edges: [...b.row.edges], vertMerge: [...b.row.vertMerge] } });
