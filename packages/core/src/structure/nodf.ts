// NODF nestedness of the agency × task incidence matrix.
import { degreeOf, type CompactGraph } from '../graph/compact.js';
import { nodfSide } from '../kernels/nodf.js';

export interface Nodf {
  /** NODF of the whole matrix, 0–100. */
  nodf: number;
  /** The row (agency) and column (task) components. */
  rows: number;
  columns: number;
}

/** Σ over ordered pairs (i before j by decreasing degree) of the paired overlap, and the pair count. */
function side(g: CompactGraph, from: number, to: number): { total: number; pairs: number } {
  const nodes = Array.from({ length: to - from }, (_, i) => from + i).sort((a, b) => degreeOf(g, b) - degreeOf(g, a) || a - b);
  const mark = new Int32Array(g.keys.length).fill(-1);
  let total = 0;
  for (let x = 0; x < nodes.length; x += 1) {
    const i = nodes[x] as number;
    const ki = degreeOf(g, i);
    for (let e = g.offsets[i] as number; e < (g.offsets[i + 1] as number); e += 1) mark[g.neighbors[e] as number] = i;
    for (let y = x + 1; y < nodes.length; y += 1) {
      const j = nodes[y] as number;
      const kj = degreeOf(g, j);
      if (ki <= kj || kj === 0) continue; // decreasing fill is required; equal degrees score 0
      let shared = 0;
      for (let e = g.offsets[j] as number; e < (g.offsets[j + 1] as number); e += 1) if (mark[g.neighbors[e] as number] === i) shared += 1;
      total += (100 * shared) / kj;
    }
  }
  const n = nodes.length;
  return { total, pairs: (n * (n - 1)) / 2 };
}

/**
 * NODF (Almeida-Neto et al. 2008): rows and columns sorted by decreasing degree; each pair (i, j)
 * with i above j scores 100·|N(i) ∩ N(j)|/k_j when k_i > k_j and 0 otherwise (no decreasing fill);
 * NODF is the mean over all n_A(n_A − 1)/2 + n_T(n_T − 1)/2 pairs. `rows` and `columns` are the
 * same mean taken within agencies and within tasks. 100 = perfectly nested.
 */
export function nodfOf(g: CompactGraph): Nodf {
  // On a bipartite view, the same sums in O(m log m) instead of O(n²·k) (see nodfSide).
  const part = g.bipartite ? nodfSide : side;
  const rows = part(g, 0, g.nA);
  const columns = part(g, g.nA, g.keys.length);
  const pairs = rows.pairs + columns.pairs;
  return {
    nodf: pairs === 0 ? 0 : (rows.total + columns.total) / pairs,
    rows: rows.pairs === 0 ? 0 : rows.total / rows.pairs,
    columns: columns.pairs === 0 ? 0 : columns.total / columns.pairs,
  };
}
