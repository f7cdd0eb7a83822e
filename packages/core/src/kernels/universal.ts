// Distance sums without searching, for components where one node is linked to the whole other
// side (a collective listed on every task): there every distance is 1, 2, 3 or 4, known exactly.
import type { CompactGraph } from '../graph/compact.js';
import { allSources, componentsOf, type SourceDistances, type SourceRunner } from './runner.js';

/** The closed form is used while Σ k_y² over the universal node's side stays below this per component. */
const PAIR_BUDGET = 2e8;

/**
 * Σ_u d(s, u) and the nodes reached, for every node s. In a connected component K of a
 * bipartite view where some h ∈ X is adjacent to every node of Y ∩ K (sides X, Y), distances are
 * fixed (each node of K has a neighbour, h is two steps from every node of X, one from every node of Y):
 * - from h: 1 to each node of Y ∩ K, 2 to each other node of X ∩ K;
 * - from y ∈ Y: 1 to its k_y neighbours, 3 to the rest of X ∩ K, 2 to every other node of Y ∩ K;
 * - from x ∈ X: 1 to its k_x neighbours, 3 to the rest of Y ∩ K, 2 to the P(x) nodes of X sharing
 *   a neighbour with it, 4 to the rest of X ∩ K.
 * P(x) costs Σ_{y ∈ N(x)} k_y (marking), O(Σ_{y ∈ Y ∩ K} k_y²) in all. Other components, and those
 * where that sum is too large, go to the runner's breadth-first searches.
 */
export function distanceSums(view: CompactGraph, runner: SourceRunner): SourceDistances {
  const n = view.keys.length;
  const { offsets, neighbors } = view;
  const degree = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
  if (!view.bipartite) return runner.distances(view, allSources(view));
  const component = componentsOf(view);
  let components = 0;
  for (let v = 0; v < n; v += 1) components = Math.max(components, (component[v] as number) + 1);
  // Nodes per component and side, Σ k² per side, and a universal node (−1 if none).
  const size = [new Float64Array(components), new Float64Array(components)];
  const squares = [new Float64Array(components), new Float64Array(components)];
  for (let v = 0; v < n; v += 1) {
    const side = v < view.nA ? 0 : 1;
    const c = component[v] as number;
    (size[side] as Float64Array)[c] = ((size[side] as Float64Array)[c] as number) + 1;
    (squares[side] as Float64Array)[c] = ((squares[side] as Float64Array)[c] as number) + degree(v) ** 2;
  }
  const hub = new Int32Array(components).fill(-1);
  for (let v = 0; v < n; v += 1) {
    const c = component[v] as number;
    const other = v < view.nA ? 1 : 0;
    const cost = (squares[other] as Float64Array)[c] as number;
    if (hub[c] === -1 && degree(v) === (size[other] as Float64Array)[c] && cost <= PAIR_BUDGET) hub[c] = v;
  }
  const sum = new Float64Array(n);
  const reached = new Float64Array(n);
  const rest: number[] = [];
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v += 1) {
    const c = component[v] as number;
    const h = hub[c] as number;
    if (h === -1) {
      rest.push(v);
      continue;
    }
    const sideX = h < view.nA ? 0 : 1; // the hub's side
    const x = (size[sideX] as Float64Array)[c] as number;
    const y = (size[1 - sideX] as Float64Array)[c] as number;
    const k = degree(v);
    reached[v] = x + y;
    if (v === h) sum[v] = y + 2 * (x - 1);
    else if ((v < view.nA ? 0 : 1) !== sideX) sum[v] = k + 3 * (x - k) + 2 * (y - 1);
    else {
      let partners = 0;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const w = neighbors[e] as number;
        for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f += 1) {
          const u = neighbors[f] as number;
          if (u !== v && mark[u] !== v) {
            mark[u] = v;
            partners += 1;
          }
        }
      }
      sum[v] = k + 3 * (y - k) + 2 * partners + 4 * (x - 1 - partners);
    }
  }
  if (rest.length > 0) {
    const searched = runner.distances(view, Int32Array.from(rest));
    rest.forEach((v, q) => {
      sum[v] = searched.sum[q] as number;
      reached[v] = searched.reached[q] as number;
    });
  }
  return { sum, reached };
}
