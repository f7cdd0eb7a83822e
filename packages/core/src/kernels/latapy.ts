// Latapy clustering without visiting every pair of second neighbours: shared hub neighbours are
// counted by subset sums, the rest enumerated.
import type { CompactGraph } from '../graph/compact.js';

/**
 * Latapy clustering of one side (see {@link latapyKernel}), from the compact view.
 */
export function latapySide(g: CompactGraph, from: number, to: number, modeName: 'dot' | 'min' | 'max', out: Float64Array): void {
  latapyKernel(g.offsets, g.neighbors, g.nA, Int32Array.of(from, to), modeName === 'dot' ? 0 : modeName === 'min' ? 1 : 2, out);
}

/**
 * Latapy clustering of the nodes in [from, to), the other side being the middle: the mean over v's
 * second neighbours u of c_uv(s), s = |N(u) ∩ N(v)|, exactly as the pairwise definition but
 * without visiting every pair. The h highest-degree middle nodes are hubs (h ≤ 16, chosen to
 * minimise the estimated cost): each node records its hubs as bits. Subset sums g(T, k) = #{u : T ⊆
 * hubs(u), k_u = k} give, for every v, how many nodes share exactly j of its hubs, by degree
 * (binomial inversion of Σ_{|T| = i, T ⊆ hubs(v)} g(T, k)); second neighbours through non-hub
 * middles are enumerated and their hub-only contribution corrected. O(Σ_light k_w² + Σ_v 2^{q_v}·K)
 * with q_v the hubs of v and K the distinct degrees, instead of O(Σ_w k_w²) — hubs dominate the
 * latter in responsibility tables (one collective on every task).
 * `ranges` holds [from, to) pairs, one per side to compute; mode 0 dot, 1 min, 2 max.
 * Self-contained (it refers to nothing outside its body), so that it can run on a worker thread
 * as source text.
 */
export function latapyKernel(offsets: Int32Array, neighbors: Int32Array, nA: number, ranges: Int32Array, mode: number, out: Float64Array): void {
  // Helpers and bounds inside the body: the kernel travels to worker threads as source text.
  /** Most hubs (2^h subset counts per degree are kept) and most subset-count entries in all. */
  const MAX_HUBS = 16;
  const MAX_TABLE = 2 ** 22;
  /** c_uv from the overlap s = |N(u) ∩ N(v)| and the degrees: 0 dot, 1 min, 2 max (Latapy et al. 2008). */
  const overlap = (m: number, s: number, ku: number, kv: number): number => s / (m === 0 ? ku + kv - s : m === 1 ? Math.min(ku, kv) : Math.max(ku, kv));
  /** Number of set bits of a 32-bit integer. */
  const popcount = (y: number): number => {
    let x = y - ((y >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  };
  /** The binomial coefficient C(n, k), exact for the small n used here. */
  const choose = (m: number, k: number): number => {
    let c = 1;
    for (let i = 1; i <= k; i += 1) c = (c * (m - k + i)) / i;
    return Math.round(c);
  };
  const n = offsets.length - 1;
  for (let r = 0; r + 1 < ranges.length; r += 2) side(ranges[r] as number, ranges[r + 1] as number);

  /** One side, [from, to). */
  function side(from: number, to: number): void {
    const degreeOf = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
    const [mFrom, mTo] = from === 0 ? [nA, n] : [0, nA];
    const middles = Array.from({ length: mTo - mFrom }, (_, i) => mFrom + i).sort((a, b) => degreeOf(b) - degreeOf(a) || a - b);
    // Degree classes of the side.
    const degreeClass = new Map<number, number>();
    const degrees: number[] = [];
    for (let v = from; v < to; v += 1) {
      if (!degreeClass.has(degreeOf(v))) {
        degreeClass.set(degreeOf(v), degrees.length);
        degrees.push(degreeOf(v));
      }
    }
    const K = Math.max(1, degrees.length);
    // Choose h: cost ≈ Σ_{light w} k_w² + K·Σ_v 2^{q_v} + K·h·2^h, growing h one hub at a time.
    const hubMask = new Int32Array(n);
    let light = 0;
    for (const w of middles) light += degreeOf(w) ** 2;
    let subsets = 0; // Σ_v over the side of (2^{q_v} − 1)
    let best = { h: 0, cost: light };
    for (let h = 1; h <= Math.min(MAX_HUBS, middles.length) && 2 ** h * K <= MAX_TABLE; h += 1) {
      const hub = middles[h - 1] as number;
      light -= degreeOf(hub) ** 2;
      for (let e = offsets[hub] as number; e < (offsets[hub + 1] as number); e += 1) {
        const u = neighbors[e] as number;
        subsets += 2 ** popcount(hubMask[u] as number);
        hubMask[u] = (hubMask[u] as number) | (1 << (h - 1));
      }
      const cost = light + K * subsets + K * h * 2 ** h;
      if (cost < best.cost) best = { h, cost };
    }
    const h = best.h;
    const hubBit = new Int32Array(n);
    for (let i = 0; i < h; i += 1) hubBit[middles[i] as number] = 1 << i;
    for (let v = from; v < to; v += 1) hubMask[v] = (hubMask[v] as number) & ((1 << h) - 1);
    // g(T, k): nodes of degree class k whose hubs include T (superset sums over the 2^h masks).
    const table = new Float64Array(2 ** h * K);
    for (let v = from; v < to; v += 1) {
      const at = (hubMask[v] as number) * K + (degreeClass.get(degreeOf(v)) as number);
      table[at] = (table[at] as number) + 1;
    }
    for (let bit = 0; bit < h; bit += 1) {
      for (let T = 0; T < 2 ** h; T += 1) {
        if ((T >>> bit) & 1) continue;
        for (let k = 0; k < K; k += 1) table[T * K + k] = (table[T * K + k] as number) + (table[(T | (1 << bit)) * K + k] as number);
      }
    }
    const byShared = new Float64Array((h + 1) * K); // Σ_{|T| = i} g(T, k), then #nodes sharing exactly j hubs
    const binomial = Array.from({ length: h + 1 }, (_, i) => Array.from({ length: i + 1 }, (_, j) => choose(i, j)));
    const lightShared = new Int32Array(n);
    const touched: number[] = [];
    for (let v = from; v < to; v += 1) {
      const kv = degreeOf(v);
      const bits = hubMask[v] as number;
      const q = popcount(bits);
      let sum = 0;
      let count = 0;
      if (q > 0) {
        byShared.fill(0);
        for (let T = bits; T !== 0; T = (T - 1) & bits) {
          const i = popcount(T);
          for (let k = 0; k < K; k += 1) byShared[i * K + k] = (byShared[i * K + k] as number) + (table[T * K + k] as number);
        }
        for (let j = 1; j <= q; j += 1) {
          for (let k = 0; k < K; k += 1) {
            let exactly = 0;
            for (let i = j; i <= q; i += 1) exactly += ((i - j) % 2 === 0 ? 1 : -1) * (binomial[i]?.[j] as number) * (byShared[i * K + k] as number);
            if (exactly === 0) continue;
            sum += exactly * overlap(mode, j, degrees[k] as number, kv);
            count += exactly;
          }
        }
        sum -= overlap(mode, q, kv, kv); // v itself shares all its hubs with itself
        count -= 1;
      }
      touched.length = 0;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const w = neighbors[e] as number;
        if (hubBit[w] !== 0) continue;
        for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f += 1) {
          const u = neighbors[f] as number;
          if (u === v) continue;
          if (lightShared[u] === 0) touched.push(u);
          lightShared[u] = (lightShared[u] as number) + 1;
        }
      }
      for (const u of touched) {
        const ku = degreeOf(u);
        const viaHubs = popcount((hubMask[u] as number) & bits);
        sum += overlap(mode, viaHubs + (lightShared[u] as number), ku, kv);
        if (viaHubs > 0) sum -= overlap(mode, viaHubs, ku, kv);
        else count += 1;
        lightShared[u] = 0;
      }
      out[v] = count === 0 ? 0 : sum / count;
    }
  }
}
