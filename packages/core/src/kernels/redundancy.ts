// Node redundancy without testing every pair of neighbours against every other node.
import type { CompactGraph } from '../graph/compact.js';

/** Pair enumeration is used while Σ_x C(k_x, 2) over the side stays below this. */
const PAIR_BUDGET = 5e7;
/** Row counting is used while Σ_x k_x² over the side stays below this (its work, in counter updates). */
const ROW_BUDGET = 2e8;
/** Pair enumeration keeps a byte per pair of middle nodes: at most this many. */
const DENSE_PAIRS = 2 ** 26;
/** Pairs sorted as keys (8 bytes each) when there are too many middle nodes for a byte per pair: at most this many. */
const SORTED_PAIRS = 2e7;
/** Most hub nodes recorded as bits. */
const MAX_HUBS = 30;

/**
 * For each v in [from, to): R(v) = #{ {u, w} ⊆ N(v) : N(u) ∩ N(w) ⊋ {v} }, the pairs of v's
 * neighbours also joined through another node of v's side; node redundancy is 2R/(k_v(k_v − 1))
 * (Latapy et al. 2008). Written to `out` (0 when k_v < 2). Two exact strategies:
 * - small degrees on the side: count, for every pair of middle nodes, the side nodes they share
 *   (saturating at 2) over all neighbourhoods, O(Σ_x k_x²) — in a byte per pair of middle nodes
 *   while there are few of them, else as the sorted list of the pairs each side node makes,
 *   O(P log P) for P = Σ_x C(k_x, 2) (tasks of a table with 10,000 agencies: no hub trick needed);
 * - large degrees: the 30 highest-degree nodes of the side are hubs, recorded as bits on their
 *   neighbours; pairs sharing a hub other than v are counted by grouping N(v) by hub bits
 *   (pairs of groups with disjoint bits are the only candidates left), and those candidates are
 *   checked through v's non-hub partners only.
 * `strategy` forces one (for tests); by default the first that fits its budget is used.
 */
export function redundancySide(g: CompactGraph, from: number, to: number, out: Float64Array, strategy?: 'rows' | 'dense' | 'sorted' | 'hubs'): void {
  const { offsets } = g;
  const degreeOf = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
  let pairs = 0;
  let squares = 0;
  for (let v = from; v < to; v += 1) {
    pairs += (degreeOf(v) * (degreeOf(v) - 1)) / 2;
    squares += degreeOf(v) ** 2;
  }
  const middles = from === 0 ? g.keys.length - g.nA : g.nA;
  const chosen = strategy ?? (squares <= ROW_BUDGET ? 'rows' : pairs <= PAIR_BUDGET && middles ** 2 <= DENSE_PAIRS ? 'dense' : pairs <= SORTED_PAIRS ? 'sorted' : 'hubs');
  const shared =
    chosen === 'rows' ? rowPairs(g, from) : chosen === 'dense' ? sharedPairs(g, from, to) : chosen === 'sorted' ? sortedPairs(g, from, to, pairs) : hubPairs(g, from, to);
  for (let v = from; v < to; v += 1) {
    const k = degreeOf(v);
    out[v] = k < 2 ? 0 : (2 * (shared[v] as number)) / (k * (k - 1));
  }
}

/**
 * R(v) one middle node y at a time: `count[y′]` = side nodes y shares with y′ (y's row of the
 * projection), then each x ∋ y gains the pairs {y, y′ ∈ N(x)}, y′ > y, with count ≥ 2. Every pair
 * of x's neighbours is tested once, at its smaller end. O(Σ_x k_x²), a counter per node.
 */
function rowPairs(g: CompactGraph, from: number): Float64Array {
  const { offsets, neighbors } = g;
  const [mFrom, mTo] = from === 0 ? [g.nA, g.keys.length] : [0, g.nA];
  const count = new Int32Array(g.keys.length);
  const r = new Float64Array(g.keys.length);
  for (let y = mFrom; y < mTo; y += 1) {
    const start = offsets[y] as number;
    const end = offsets[y + 1] as number;
    for (let e = start; e < end; e += 1) {
      const x = neighbors[e] as number;
      for (let f = offsets[x] as number; f < (offsets[x + 1] as number); f += 1) count[neighbors[f] as number] = (count[neighbors[f] as number] as number) + 1;
    }
    for (let e = start; e < end; e += 1) {
      const x = neighbors[e] as number;
      let found = 0;
      for (let f = offsets[x] as number; f < (offsets[x + 1] as number); f += 1) {
        const z = neighbors[f] as number;
        if (z > y && (count[z] as number) >= 2) found += 1;
      }
      r[x] = (r[x] as number) + found;
    }
    for (let e = start; e < end; e += 1) {
      const x = neighbors[e] as number;
      for (let f = offsets[x] as number; f < (offsets[x + 1] as number); f += 1) count[neighbors[f] as number] = 0;
    }
  }
  return r;
}

/** R(v) by counting, for every pair of middle nodes, the side nodes they share (saturating at 2). */
function sharedPairs(g: CompactGraph, from: number, to: number): Float64Array {
  const { offsets, neighbors } = g;
  const base = from === 0 ? g.nA : 0;
  const m = from === 0 ? g.keys.length - g.nA : g.nA;
  const count = new Uint8Array(m * m);
  const at = (u: number, w: number): number => (u < w ? (u - base) * m + (w - base) : (w - base) * m + (u - base));
  for (let x = from; x < to; x += 1) {
    for (let a = offsets[x] as number; a < (offsets[x + 1] as number); a += 1) {
      for (let b = a + 1; b < (offsets[x + 1] as number); b += 1) {
        const i = at(neighbors[a] as number, neighbors[b] as number);
        if ((count[i] as number) < 2) count[i] = (count[i] as number) + 1;
      }
    }
  }
  const r = new Float64Array(g.keys.length);
  for (let v = from; v < to; v += 1) {
    let found = 0;
    for (let a = offsets[v] as number; a < (offsets[v + 1] as number); a += 1) {
      for (let b = a + 1; b < (offsets[v + 1] as number); b += 1) if (count[at(neighbors[a] as number, neighbors[b] as number)] === 2) found += 1;
    }
    r[v] = found;
  }
  return r;
}

/**
 * R(v) from the sorted list of every pair of middle nodes each side node makes: a pair listed
 * twice or more is shared by another side node than v. O(P log P) time, 8P bytes.
 */
function sortedPairs(g: CompactGraph, from: number, to: number, pairs: number): Float64Array {
  const { offsets, neighbors } = g;
  const base = from === 0 ? g.nA : 0;
  const m = from === 0 ? g.keys.length - g.nA : g.nA;
  const key = (u: number, w: number): number => (u < w ? (u - base) * m + (w - base) : (w - base) * m + (u - base));
  const keys = new Float64Array(pairs);
  let p = 0;
  for (let x = from; x < to; x += 1) {
    for (let a = offsets[x] as number; a < (offsets[x + 1] as number); a += 1) {
      for (let b = a + 1; b < (offsets[x + 1] as number); b += 1) keys[p++] = key(neighbors[a] as number, neighbors[b] as number);
    }
  }
  keys.sort();
  // Whether `k` is listed at least twice: its first position, then the next.
  const sharedTwice = (k: number): boolean => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[mid] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    return keys[lo + 1] === k;
  };
  const r = new Float64Array(g.keys.length);
  for (let v = from; v < to; v += 1) {
    let found = 0;
    for (let a = offsets[v] as number; a < (offsets[v + 1] as number); a += 1) {
      for (let b = a + 1; b < (offsets[v + 1] as number); b += 1) if (sharedTwice(key(neighbors[a] as number, neighbors[b] as number))) found += 1;
    }
    r[v] = found;
  }
  return r;
}

/** R(v) through hub bits (see {@link redundancySide}). */
function hubPairs(g: CompactGraph, from: number, to: number): Float64Array {
  const { offsets, neighbors } = g;
  const n = g.keys.length;
  const degreeOf = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
  const side = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => degreeOf(b) - degreeOf(a) || a - b);
  const hubBit = new Int32Array(n);
  const mask = new Int32Array(n); // on middle nodes: bits of their hub neighbours
  for (let i = 0; i < Math.min(MAX_HUBS, side.length); i += 1) {
    const hub = side[i] as number;
    hubBit[hub] = 1 << i;
    for (let e = offsets[hub] as number; e < (offsets[hub + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      mask[t] = (mask[t] as number) | (1 << i);
    }
  }
  const r = new Float64Array(n);
  const inV = new Int32Array(n).fill(-1);
  const pairedWith = new Int32Array(n).fill(-1);
  let stamp = 0;
  for (let v = from; v < to; v += 1) {
    const k = degreeOf(v);
    if (k < 2) continue;
    const other = ~(hubBit[v] as number);
    // Group N(v) by hub bits (v's own bit left out); a bit common to all means every pair is joined.
    let common = -1;
    const groups = new Map<number, number>();
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      const m = (mask[t] as number) & other;
      common &= m;
      inV[t] = v;
      groups.set(m, (groups.get(m) ?? 0) + 1);
    }
    let joined = (k * (k - 1)) / 2;
    if (common !== 0) {
      r[v] = joined;
      continue;
    }
    // Candidates: pairs from groups with disjoint bits; count them and note which groups have any.
    const masks = [...groups.keys()];
    const partners = new Map<number, number>();
    for (const a of masks) {
      let disjoint = 0;
      for (const b of masks) if ((a & b) === 0) disjoint += a === b ? (groups.get(b) as number) - 1 : (groups.get(b) as number);
      partners.set(a, disjoint);
      joined -= ((groups.get(a) as number) * disjoint) / 2;
    }
    // Candidates joined through a non-hub node x ≠ v of the side.
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const t1 = neighbors[e] as number;
      const m1 = (mask[t1] as number) & other;
      if (partners.get(m1) === 0) continue;
      stamp += 1;
      for (let f = offsets[t1] as number; f < (offsets[t1 + 1] as number); f += 1) {
        const x = neighbors[f] as number;
        if (x === v || hubBit[x] !== 0) continue;
        for (let h = offsets[x] as number; h < (offsets[x + 1] as number); h += 1) {
          const t2 = neighbors[h] as number;
          if (t2 <= t1 || inV[t2] !== v || pairedWith[t2] === stamp || (m1 & (mask[t2] as number) & other) !== 0) continue;
          pairedWith[t2] = stamp;
          joined += 1;
        }
      }
    }
    r[v] = joined;
  }
  return r;
}
