// Distance sums without all-pairs searches where the shape allows: components where one node is
// linked to the whole other side (a collective listed on every task), where every distance is 1, 2,
// 3 or 4, known exactly; trees, by rerooting; and, when asked, large components from pivots.
import type { CompactGraph } from '../graph/compact.js';
import { seededRandom } from '../structure/random.js';
import { componentLists, isTree, sampledDistanceSums, treeDistanceSums } from './component-distances.js';
import type { SourceDistances, SourceRunner } from './runner.js';

/** Pivot sampling of {@link distanceSums}: components with more than `pivots` nodes are estimated. */
export interface DistanceSampling {
  pivots: number;
  seed: number;
}

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
 * P(x) costs Σ_{y ∈ N(x)} k_y (marking), O(Σ_{y ∈ Y ∩ K} k_y²) in all. A tree component (links =
 * nodes − 1) is exact by rerooting in O(n_K) (see `treeDistanceSums`). With `sampling`, a
 * component with more than `sampling.pivots` nodes is estimated from that many seeded pivots (see
 * `sampledDistanceSums`; `sampled` is then true). The rest go to the runner's breadth-first searches.
 */
export function distanceSums(view: CompactGraph, runner: SourceRunner, sampling?: DistanceSampling): SourceDistances & { sampled: boolean } {
  const n = view.keys.length;
  const { offsets, neighbors } = view;
  const degree = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
  const lists = componentLists(view);
  const components = lists.links.length;
  const component = new Int32Array(n);
  for (let c = 0; c < components; c += 1) {
    for (let i = lists.start[c] as number; i < (lists.start[c + 1] as number); i += 1) component[lists.order[i] as number] = c;
  }
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
  for (let v = 0; v < n && view.bipartite; v += 1) {
    const c = component[v] as number;
    const other = v < view.nA ? 1 : 0;
    const cost = (squares[other] as Float64Array)[c] as number;
    if (hub[c] === -1 && degree(v) === (size[other] as Float64Array)[c] && cost <= PAIR_BUDGET) hub[c] = v;
  }
  const sum = new Float64Array(n);
  const reached = new Float64Array(n);
  // Components without a hub: trees by rerooting, large ones from pivots when asked, the rest searched.
  const searched = new Uint8Array(components);
  const scratch = new Float64Array(n);
  const pivotScratch = { distance: new Int32Array(n).fill(-1), queue: new Int32Array(n) };
  const random = seededRandom(sampling?.seed ?? 0);
  let sampled = false;
  for (let c = 0; c < components; c += 1) {
    if (hub[c] !== -1) continue;
    const nodes = (lists.start[c + 1] as number) - (lists.start[c] as number);
    if (isTree(lists, c)) treeDistanceSums(lists, c, sum, scratch);
    else if (sampling !== undefined && nodes > sampling.pivots) {
      sampledDistanceSums(view, lists, c, sampling.pivots, random, sum, pivotScratch);
      sampled = true;
    } else {
      searched[c] = 1;
      continue;
    }
    for (let i = lists.start[c] as number; i < (lists.start[c + 1] as number); i += 1) reached[lists.order[i] as number] = nodes;
  }
  const rest: number[] = [];
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v += 1) {
    const c = component[v] as number;
    const h = hub[c] as number;
    if (h === -1) {
      if (searched[c] === 1) rest.push(v);
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
    const found = runner.distances(view, Int32Array.from(rest));
    rest.forEach((v, q) => {
      sum[v] = found.sum[q] as number;
      reached[v] = found.reached[q] as number;
    });
  }
  return { sum, reached, sampled };
}
