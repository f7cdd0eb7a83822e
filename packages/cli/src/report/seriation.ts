// Spectral seriation of a similarity matrix (Atkins, Boman & Hendrickson 1998): order the items of
// each connected component by the Fiedler vector of its Laplacian, so that similar items sit side by
// side and blocks of co-operation gather along the diagonal of the heatmap.
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** Fiedler values closer than this are ties, broken by the items' given order (floating noise never decides). */
const TIE = 1e-9;

/** The connected components of the graph with an edge where `w[i][j] > 0`, each in index order, components by their smallest index. */
export function components(w: readonly (readonly number[])[]): number[][] {
  const n = w.length;
  const seen = new Array<boolean>(n).fill(false);
  const out: number[][] = [];
  for (let s = 0; s < n; s += 1) {
    if (seen[s] === true) continue;
    const members: number[] = [];
    const stack = [s];
    seen[s] = true;
    while (stack.length > 0) {
      const i = stack.pop() as number;
      members.push(i);
      for (let j = 0; j < n; j += 1) {
        if (seen[j] !== true && j !== i && ((w[i]?.[j] ?? 0) > 0 || (w[j]?.[i] ?? 0) > 0)) {
          seen[j] = true;
          stack.push(j);
        }
      }
    }
    out.push(members.sort((a, b) => a - b));
  }
  return out;
}

/**
 * The Fiedler vector of the weighted graph `w` (symmetric, non-negative; the diagonal is ignored):
 * the eigenvector of the second-smallest eigenvalue of the Laplacian L = D − W, D_ii = Σ_{j≠i} w_ij
 * (Fiedler 1973), with unit length and its sign fixed so that its first entry of magnitude > 1e-9 is
 * negative. Needs a connected graph of at least two items. Dense symmetric eigendecomposition
 * (ml-matrix, Householder tridiagonalisation and QL), O(n³).
 */
export function fiedlerVector(w: readonly (readonly number[])[]): number[] {
  return fiedler(w).vector;
}

/** The Fiedler vector, and whether its eigenvalue is simple (λ₃ − λ₂ above 1e-9 of the largest eigenvalue): only then is the vector defined. */
function fiedler(w: readonly (readonly number[])[]): { vector: number[]; simple: boolean } {
  const n = w.length;
  if (n < 2) throw new Error(`fiedlerVector: needs at least two items, got ${n}`);
  const laplacian = Matrix.zeros(n, n);
  for (let i = 0; i < n; i += 1) {
    let degree = 0;
    for (let j = 0; j < n; j += 1) {
      if (i === j) continue;
      const x = w[i]?.[j] ?? 0;
      if (!(x >= 0) || !Number.isFinite(x) || x !== (w[j]?.[i] ?? 0)) throw new Error(`fiedlerVector: weights must be finite, non-negative and symmetric (w[${i}][${j}] = ${x})`);
      laplacian.set(i, j, -x);
      degree += x;
    }
    laplacian.set(i, i, degree);
  }
  const evd = new EigenvalueDecomposition(laplacian, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const order = values.map((v, k) => ({ v, k })).sort((a, b) => a.v - b.v || a.k - b.k);
  const column = evd.eigenvectorMatrix.getColumn((order[1] as { k: number }).k);
  const norm = Math.hypot(...column);
  const first = column.find((x) => Math.abs(x) > TIE) ?? 1;
  const sign = first > 0 ? -1 : 1;
  const value = (k: number): number => order[k]?.v ?? Number.POSITIVE_INFINITY;
  const simple = value(2) - value(1) > TIE * Math.max(1, Math.abs(value(n - 1)));
  return { vector: column.map((x) => (sign * x) / norm), simple };
}

/**
 * Spectral seriation (Atkins, Boman & Hendrickson 1998): a permutation of the items of the
 * similarity matrix `w` (items given in priority order, e.g. by load). Each connected component of
 * three items or more is ordered by its Fiedler vector (ascending; ties within 1e-9 by priority; its
 * sign fixed so the component's first item in priority order falls in the first half); components
 * of one or two items, and components whose Fiedler value is repeated (so that no Fiedler vector
 * is defined, as in a complete graph of equal weights), keep their priority order. Components come in order of their first item, and
 * items tied to no other come last, in priority order. Deterministic. For a matrix whose rows and
 * columns can be permuted to decrease away from the diagonal (a Robinson matrix), the Fiedler order
 * is such a permutation (up to reversal) when the Fiedler value is simple.
 */
export function spectralOrder(w: readonly (readonly number[])[]): number[] {
  const parts = components(w);
  const connected = parts.filter((c) => c.length > 1);
  const alone = parts.filter((c) => c.length === 1).flat();
  const out: number[] = [];
  for (const part of connected) {
    if (part.length < 3) {
      out.push(...part);
      continue;
    }
    const sub = part.map((i) => part.map((j) => (i === j ? 0 : (w[i]?.[j] ?? 0))));
    const { vector: v, simple } = fiedler(sub);
    // A repeated Fiedler value (a complete graph of equal weights, symmetric twins) leaves the vector undefined: priority order.
    if (!simple) {
      out.push(...part);
      continue;
    }
    // Oriented so that the component's best-priority item (part[0]) falls in the first half; ties by priority either way.
    const key = v.map((x) => Math.round(x / TIE));
    const sorted = (sign: number): number[] => part.map((_i, k) => k).sort((a, b) => sign * ((key[a] as number) - (key[b] as number)) || a - b);
    let local = sorted(1);
    if (local.indexOf(0) >= part.length / 2) local = sorted(-1);
    out.push(...local.map((k) => part[k] as number));
  }
  return [...out, ...alone];
}
