// Burt's structural-hole measures from one pass over the triangles of a weighted one-mode graph.
import type { Adjacency } from './cores.js';

/** Burt's measures of every node, by node index. */
export interface StructuralHolesArrays {
  effectiveSize: Float64Array;
  efficiency: Float64Array;
  constraint: Float64Array;
  hierarchy: Float64Array;
}

/**
 * Burt's (1992) structural-hole measures of every node of a simple undirected graph, for each of
 * `weightings` (link weights > 0 at the positions of `targets`; `null` for all 1). With w_ij the
 * weight, p_ij = w_ij / Σ_k w_ik (a node's share of its ties; NetworkX's "normalised mutual
 * weight", whose doubling of undirected weights cancels) and m_jq = w_jq / max_k w_jk:
 * - effective size e_i = Σ_{j∈N(i)} [1 − Σ_{q∈N(i)} p_iq·m_jq] (unweighted: n − 2t/n, Borgatti 1997);
 * - efficiency e_i / k_i;
 * - constraint c_i = Σ_{j∈N(i)} c_ij, c_ij = (p_ij + Σ_{q∈N(i)∩N(j)} p_iq·p_qj)²;
 * - hierarchy H_i = Σ_j r_j ln r_j / (N ln N) with r_j = c_ij / (c_i/N), N = k_i: 0 when every
 *   contact constrains equally, 1 when one contact holds all of it.
 *
 * Only the pairs j, q both tied to i contribute to the inner sums, so every term belongs to a
 * triangle {i, j, q}: the triangles are listed once each by the forward algorithm (each link
 * oriented towards the endpoint of higher degree, ties by index; Schank & Wagner 2005), O(m^1.5),
 * and each adds its six terms to per-link accumulators, kept beside the link's p and m so that a
 * triangle touches six cache lines (at 100,000 tasks of the benchmark shape: 278,000 ties, 10.7
 * million triangles, about 2 s for both weightings). A node without links gets 0 for all four
 * (NetworkX: NaN); a node with one contact gets hierarchy 0 (N ln N = 0).
 */
export function structuralHolesCsr(graph: Adjacency, weightings: readonly (ArrayLike<number> | null)[]): StructuralHolesArrays[] {
  const { args, read } = structuralHolesJob(graph, weightings);
  structuralHolesKernel(...args);
  return read();
}

/**
 * {@link structuralHolesKernel}'s arguments for `graph` and `weightings` (weights packed side by
 * side, a flag per weighting), and how to read its output as one {@link StructuralHolesArrays}
 * per weighting: what runs the kernel on another thread needs.
 */
export function structuralHolesJob(
  graph: Adjacency,
  weightings: readonly (ArrayLike<number> | null)[],
): { args: [number, Int32Array, Int32Array, Int32Array, Float64Array, Float64Array]; read: () => StructuralHolesArrays[] } {
  const { n, offsets, targets } = graph;
  const size = targets.length;
  const weighted = Int32Array.from(weightings, (w) => (w === null ? 0 : 1));
  const weights = new Float64Array(size * weightings.length);
  weightings.forEach((w, x) => {
    if (w !== null) for (let e = 0; e < size; e += 1) weights[x * size + e] = w[e] as number;
  });
  const result = new Float64Array(4 * n * weightings.length);
  const read = (): StructuralHolesArrays[] =>
    weightings.map((_, x) => {
      const at = (k: number): Float64Array => result.slice((4 * x + k) * n, (4 * x + k + 1) * n);
      return { effectiveSize: at(0), efficiency: at(1), constraint: at(2), hierarchy: at(3) };
    });
  return { args: [n, offsets, targets, weighted, weights, result], read };
}

/**
 * The computation of {@link structuralHolesCsr} on plain arrays: weighting x uses
 * `weights[x·m … (x+1)·m)` (m = link positions) where `weighted[x]` is 1, all 1 where it is 0;
 * `result[(4x + k)·n + i]` receives effective size (k = 0), efficiency, constraint and hierarchy
 * of node i. Self-contained (it refers to nothing outside its body), so that it can run on a
 * worker thread as source text.
 */
export function structuralHolesKernel(n: number, offsets: Int32Array, targets: Int32Array, weighted: Int32Array, weights: Float64Array, result: Float64Array): void {
  const size = targets.length;
  const reverse = reversePositions();

  // Per link and weighting, four numbers side by side (one cache line per link for two
  // weightings: a triangle touches six links, wherever they are): p and m of the link (owner
  // first), then the accumulators Σ_q p_iq·p_qj (constraint) and Σ_q p_iq·m_jq (redundancy).
  const count = weighted.length;
  const stride = 4 * count;
  const link = new Float64Array(size * stride);
  for (let x = 0; x < count; x += 1) {
    const plain = weighted[x] === 0;
    for (let i = 0; i < n; i += 1) {
      let sum = 0;
      let max = 0;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
        const w = plain ? 1 : (weights[x * size + e] as number);
        sum += w;
        if (w > max) max = w;
      }
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
        const w = plain ? 1 : (weights[x * size + e] as number);
        link[e * stride + 4 * x] = w / sum;
        link[e * stride + 4 * x + 1] = w / max;
      }
    }
  }
  // Forward triangle listing: out-links towards higher (degree, index), as CSR positions.
  const degreeOf = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  const above = (u: number, v: number): boolean => degreeOf(v) > degreeOf(u) || (degreeOf(v) === degreeOf(u) && v > u);
  const outOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u += 1) {
    let c = 0;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) if (above(u, targets[e] as number)) c += 1;
    outOffsets[u + 1] = (outOffsets[u] as number) + c;
  }
  const out = new Int32Array(outOffsets[n] as number);
  for (let u = 0, c = 0; u < n; u += 1) {
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) if (above(u, targets[e] as number)) out[c++] = e;
  }
  const stamp = new Int32Array(n).fill(-1);
  const at = new Int32Array(n); // at[w] = position of the link u → w while stamp[w] = u
  for (let u = 0; u < n; u += 1) {
    for (let o = outOffsets[u] as number; o < (outOffsets[u + 1] as number); o += 1) {
      const e = out[o] as number;
      stamp[targets[e] as number] = u;
      at[targets[e] as number] = e;
    }
    for (let o = outOffsets[u] as number; o < (outOffsets[u + 1] as number); o += 1) {
      const uvLink = out[o] as number;
      const v = targets[uvLink] as number;
      const vuLink = reverse[uvLink] as number;
      for (let o2 = outOffsets[v] as number; o2 < (outOffsets[v + 1] as number); o2 += 1) {
        const vwLink = out[o2] as number;
        const w = targets[vwLink] as number;
        if (stamp[w] !== u) continue;
        // Triangle {u, v, w}: its six directed links, and for each ordering (ego, contact, via) the terms.
        const uwLink = at[w] as number;
        for (let x = 0, base = 0; x < count; x += 1, base += 4) {
          const uv = uvLink * stride + base;
          const vu = vuLink * stride + base;
          const uw = uwLink * stride + base;
          const wu = (reverse[uwLink] as number) * stride + base;
          const vw = vwLink * stride + base;
          const wv = (reverse[vwLink] as number) * stride + base;
          const puv = link[uv] as number;
          const pvu = link[vu] as number;
          const puw = link[uw] as number;
          const pwu = link[wu] as number;
          const pvw = link[vw] as number;
          const pwv = link[wv] as number;
          // ego u, contact v, via w
          link[uv + 2] = (link[uv + 2] as number) + puw * pwv;
          link[uv + 3] = (link[uv + 3] as number) + puw * (link[vw + 1] as number);
          // ego u, contact w, via v
          link[uw + 2] = (link[uw + 2] as number) + puv * pvw;
          link[uw + 3] = (link[uw + 3] as number) + puv * (link[wv + 1] as number);
          // ego v, contact u, via w
          link[vu + 2] = (link[vu + 2] as number) + pvw * pwu;
          link[vu + 3] = (link[vu + 3] as number) + pvw * (link[uw + 1] as number);
          // ego v, contact w, via u
          link[vw + 2] = (link[vw + 2] as number) + pvu * puw;
          link[vw + 3] = (link[vw + 3] as number) + pvu * (link[wu + 1] as number);
          // ego w, contact u, via v
          link[wu + 2] = (link[wu + 2] as number) + pwv * pvu;
          link[wu + 3] = (link[wu + 3] as number) + pwv * (link[uv + 1] as number);
          // ego w, contact v, via u
          link[wv + 2] = (link[wv + 2] as number) + pwu * puv;
          link[wv + 3] = (link[wv + 3] as number) + pwu * (link[vu + 1] as number);
        }
      }
    }
  }

  for (let x = 0; x < count; x += 1) {
    const effectiveSize = (4 * x) * n;
    const efficiency = (4 * x + 1) * n;
    const constraint = (4 * x + 2) * n;
    const hierarchy = (4 * x + 3) * n;
    for (let i = 0; i < n; i += 1) {
      const k = degreeOf(i);
      if (k === 0) continue;
      let e = 0;
      let c = 0;
      for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f += 1) {
        const l = f * stride + 4 * x;
        e += 1 - (link[l + 3] as number);
        c += ((link[l] as number) + (link[l + 2] as number)) ** 2;
      }
      result[effectiveSize + i] = e;
      result[efficiency + i] = e / k;
      result[constraint + i] = c;
      if (k < 2) continue;
      let h = 0;
      for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f += 1) {
        const l = f * stride + 4 * x;
        const r = (k * ((link[l] as number) + (link[l + 2] as number)) ** 2) / c;
        h += r * Math.log(r);
      }
      result[hierarchy + i] = h / (k * Math.log(k));
    }
  }

  /** For every link position e = (i → j), the position of (j → i) in j's list. O(n + m). */
  function reversePositions(): Int32Array {
    // Links grouped by target (counting sort), each with its source.
    const byTarget = new Int32Array(n + 1);
    for (let e = 0; e < size; e += 1) byTarget[(targets[e] as number) + 1] = (byTarget[(targets[e] as number) + 1] as number) + 1;
    for (let v = 0; v < n; v += 1) byTarget[v + 1] = (byTarget[v + 1] as number) + (byTarget[v] as number);
    const cursor = byTarget.slice(0, n);
    const incoming = new Int32Array(size);
    const source = new Int32Array(size);
    for (let i = 0; i < n; i += 1) {
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
        const j = targets[e] as number;
        const c = cursor[j] as number;
        incoming[c] = e;
        source[c] = i;
        cursor[j] = c + 1;
      }
    }
    const reverse = new Int32Array(size);
    const positionOf = new Int32Array(n);
    for (let j = 0; j < n; j += 1) {
      for (let f = offsets[j] as number; f < (offsets[j + 1] as number); f += 1) positionOf[targets[f] as number] = f;
      for (let c = byTarget[j] as number; c < (byTarget[j + 1] as number); c += 1) reverse[incoming[c] as number] = positionOf[source[c] as number] as number;
    }
    return reverse;
  }
}
