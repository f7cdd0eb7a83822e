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
 * and each adds its six terms to per-link accumulators. A node without links gets 0 for all four
 * (NetworkX: NaN); a node with one contact gets hierarchy 0 (N ln N = 0).
 */
export function structuralHolesCsr(graph: Adjacency, weightings: readonly (ArrayLike<number> | null)[]): StructuralHolesArrays[] {
  const { n, offsets, targets } = graph;
  const size = targets.length;
  const reverse = reversePositions(graph);

  // Per weighting: p and m of every directed link (owner first), and the two accumulators.
  const share: Float64Array[] = [];
  const relative: Float64Array[] = [];
  const indirect: Float64Array[] = [];
  const redundancy: Float64Array[] = [];
  for (const weights of weightings) {
    const p = new Float64Array(size);
    const m = new Float64Array(size);
    for (let i = 0; i < n; i += 1) {
      let sum = 0;
      let max = 0;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
        const w = weights === null ? 1 : (weights[e] as number);
        sum += w;
        if (w > max) max = w;
      }
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
        const w = weights === null ? 1 : (weights[e] as number);
        p[e] = w / sum;
        m[e] = w / max;
      }
    }
    share.push(p);
    relative.push(m);
    indirect.push(new Float64Array(size));
    redundancy.push(new Float64Array(size));
  }

  // Forward triangle listing: out-links towards higher (degree, index), as CSR positions.
  const degreeOf = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  const above = (u: number, v: number): boolean => degreeOf(v) > degreeOf(u) || (degreeOf(v) === degreeOf(u) && v > u);
  const outOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u += 1) {
    let count = 0;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) if (above(u, targets[e] as number)) count += 1;
    outOffsets[u + 1] = (outOffsets[u] as number) + count;
  }
  const out = new Int32Array(outOffsets[n] as number);
  for (let u = 0, c = 0; u < n; u += 1) {
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) if (above(u, targets[e] as number)) out[c++] = e;
  }
  const stamp = new Int32Array(n).fill(-1);
  const at = new Int32Array(n); // at[w] = position of the link u → w while stamp[w] = u
  const count = weightings.length;
  for (let u = 0; u < n; u += 1) {
    for (let o = outOffsets[u] as number; o < (outOffsets[u + 1] as number); o += 1) {
      const e = out[o] as number;
      stamp[targets[e] as number] = u;
      at[targets[e] as number] = e;
    }
    for (let o = outOffsets[u] as number; o < (outOffsets[u + 1] as number); o += 1) {
      const uv = out[o] as number;
      const v = targets[uv] as number;
      for (let o2 = outOffsets[v] as number; o2 < (outOffsets[v + 1] as number); o2 += 1) {
        const vw = out[o2] as number;
        const w = targets[vw] as number;
        if (stamp[w] !== u) continue;
        // Triangle {u, v, w}: the six directed links, and for each ordering (ego, contact, via) the terms.
        const uw = at[w] as number;
        const vu = reverse[uv] as number;
        const wv = reverse[vw] as number;
        const wu = reverse[uw] as number;
        for (let x = 0; x < count; x += 1) {
          const p = share[x] as Float64Array;
          const m = relative[x] as Float64Array;
          const ind = indirect[x] as Float64Array;
          const red = redundancy[x] as Float64Array;
          const puv = p[uv] as number;
          const pvu = p[vu] as number;
          const puw = p[uw] as number;
          const pwu = p[wu] as number;
          const pvw = p[vw] as number;
          const pwv = p[wv] as number;
          // ego u, contact v, via w
          ind[uv] = (ind[uv] as number) + puw * pwv;
          red[uv] = (red[uv] as number) + puw * (m[vw] as number);
          // ego u, contact w, via v
          ind[uw] = (ind[uw] as number) + puv * pvw;
          red[uw] = (red[uw] as number) + puv * (m[wv] as number);
          // ego v, contact u, via w
          ind[vu] = (ind[vu] as number) + pvw * pwu;
          red[vu] = (red[vu] as number) + pvw * (m[uw] as number);
          // ego v, contact w, via u
          ind[vw] = (ind[vw] as number) + pvu * puw;
          red[vw] = (red[vw] as number) + pvu * (m[wu] as number);
          // ego w, contact u, via v
          ind[wu] = (ind[wu] as number) + pwv * pvu;
          red[wu] = (red[wu] as number) + pwv * (m[uv] as number);
          // ego w, contact v, via u
          ind[wv] = (ind[wv] as number) + pwu * puv;
          red[wv] = (red[wv] as number) + pwu * (m[vu] as number);
        }
      }
    }
  }

  return weightings.map((_, x) => {
    const p = share[x] as Float64Array;
    const ind = indirect[x] as Float64Array;
    const red = redundancy[x] as Float64Array;
    const effectiveSize = new Float64Array(n);
    const efficiency = new Float64Array(n);
    const constraint = new Float64Array(n);
    const hierarchy = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      const k = degreeOf(i);
      if (k === 0) continue;
      let e = 0;
      let c = 0;
      for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f += 1) {
        e += 1 - (red[f] as number);
        c += ((p[f] as number) + (ind[f] as number)) ** 2;
      }
      effectiveSize[i] = e;
      efficiency[i] = e / k;
      constraint[i] = c;
      if (k < 2) continue;
      let h = 0;
      for (let f = offsets[i] as number; f < (offsets[i + 1] as number); f += 1) {
        const r = (k * ((p[f] as number) + (ind[f] as number)) ** 2) / c;
        h += r * Math.log(r);
      }
      hierarchy[i] = h / (k * Math.log(k));
    }
    return { effectiveSize, efficiency, constraint, hierarchy };
  });
}

/** For every link position e = (i → j), the position of (j → i) in j's list. O(n + m). */
function reversePositions(graph: Adjacency): Int32Array {
  const { n, offsets, targets } = graph;
  const size = targets.length;
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
