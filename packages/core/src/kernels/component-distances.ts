// Distance sums of whole components without all-pairs searches: exact on trees by rerooting, and
// estimated from seeded pivots elsewhere, so closeness stays linear on a long chain of agencies.
import type { CompactGraph } from '../graph/compact.js';

/** The nodes of each connected component, in breadth-first order from its first node. */
export interface ComponentLists {
  /** Nodes of every component, component after component. */
  order: Int32Array;
  /** Component c's nodes are order[start[c] … start[c + 1]). */
  start: Int32Array;
  /** BFS parent of every node (−1 for the first node of its component). */
  parent: Int32Array;
  /** Links inside each component, each counted once. */
  links: Float64Array;
}

/** Every component's nodes in BFS order, with parents and link counts, in O(N + m). */
export function componentLists(view: CompactGraph): ComponentLists {
  const n = view.keys.length;
  const { offsets, neighbors } = view;
  const order = new Int32Array(n);
  const parent = new Int32Array(n).fill(-2);
  const starts: number[] = [];
  const links: number[] = [];
  let tail = 0;
  for (let s = 0; s < n; s += 1) {
    if (parent[s] !== -2) continue;
    starts.push(tail);
    parent[s] = -1;
    let head = tail;
    order[tail++] = s;
    let degrees = 0;
    while (head < tail) {
      const v = order[head++] as number;
      degrees += (offsets[v + 1] as number) - (offsets[v] as number);
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const w = neighbors[e] as number;
        if (parent[w] === -2) {
          parent[w] = v;
          order[tail++] = w;
        }
      }
    }
    links.push(degrees / 2);
  }
  starts.push(n);
  return { order, start: Int32Array.from(starts), parent, links: Float64Array.from(links) };
}

/** True when component c is a tree: a connected component with one link fewer than its nodes. */
export const isTree = (lists: ComponentLists, c: number): boolean =>
  (lists.links[c] as number) === (lists.start[c + 1] as number) - (lists.start[c] as number) - 1;

/**
 * Σ_u d(v, u) for every node v of tree component c, by rerooting in O(n_c): with subtree sizes
 * s(v) from the BFS root r, Σ d(r, ·) is the sum of depths, and moving the root from a parent p to
 * its child v brings s(v) nodes one step closer and the other n_c − s(v) one step further:
 * S(v) = S(p) + n_c − 2·s(v). Writes into `sum`; `scratch` (N entries, any content) holds depths,
 * then subtree sizes, so that many small trees cost O(N) in all.
 */
export function treeDistanceSums(lists: ComponentLists, c: number, sum: Float64Array, scratch: Float64Array): void {
  const { order, parent } = lists;
  const from = lists.start[c] as number;
  const to = lists.start[c + 1] as number;
  const nodes = to - from;
  let rootSum = 0;
  scratch[order[from] as number] = 0;
  for (let i = from + 1; i < to; i += 1) {
    const v = order[i] as number;
    const d = (scratch[parent[v] as number] as number) + 1;
    scratch[v] = d;
    rootSum += d;
  }
  // Children come after their parent in BFS order: walking back, each subtree is complete when reached.
  for (let i = from; i < to; i += 1) scratch[order[i] as number] = 1;
  for (let i = to - 1; i > from; i -= 1) {
    const v = order[i] as number;
    const p = parent[v] as number;
    scratch[p] = (scratch[p] as number) + (scratch[v] as number);
  }
  sum[order[from] as number] = rootSum;
  for (let i = from + 1; i < to; i += 1) {
    const v = order[i] as number;
    sum[v] = (sum[parent[v] as number] as number) + nodes - 2 * (scratch[v] as number);
  }
}

/**
 * Estimates Σ_u d(v, u) for every node v of component c from `pivots` seeded pivots (Eppstein &
 * Wang 2004; Brandes & Pich 2007), stratified by side as sampled betweenness is: k_X pivots drawn
 * uniformly without replacement from the component's n_X nodes of side X (k_X ∝ n_X, at least one
 * per side that has nodes), a breadth-first search from each, and
 * S(v) ≈ Σ_X (n_X / k_X)·Σ_{p ∈ pivots of X} d(p, v), unbiased (distances are symmetric). Costs
 * O(k·(n_c + m_c)). `random` draws the pivots. Adds into `sum` (zero on the component's nodes before).
 */
export function sampledDistanceSums(
  view: CompactGraph,
  lists: ComponentLists,
  c: number,
  pivots: number,
  random: () => number,
  sum: Float64Array,
  scratch: { distance: Int32Array; queue: Int32Array },
): void {
  const { offsets, neighbors } = view;
  const from = lists.start[c] as number;
  const to = lists.start[c + 1] as number;
  const sides: number[][] = [[], []];
  for (let i = from; i < to; i += 1) {
    const v = lists.order[i] as number;
    (sides[v < view.nA ? 0 : 1] as number[]).push(v);
  }
  const nodes = to - from;
  const [agencies, tasks] = sides as [number[], number[]];
  let kA = Math.round((pivots * agencies.length) / nodes);
  if (agencies.length > 0) kA = Math.max(kA, 1);
  if (tasks.length > 0) kA = Math.min(kA, pivots - 1);
  const counts = [Math.min(kA, agencies.length), Math.min(pivots - kA, tasks.length)];
  // `distance` is −1 everywhere between searches; each search resets what it set.
  const { distance, queue } = scratch;
  for (let side = 0; side < 2; side += 1) {
    const pool = sides[side] as number[];
    const k = counts[side] as number;
    if (k === 0) continue;
    const weight = pool.length / k;
    for (let i = 0; i < k; i += 1) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
      const p = pool[i] as number;
      // One breadth-first search from p, adding weight·d(p, v) to every v it reaches.
      let head = 0;
      let tail = 0;
      queue[tail++] = p;
      distance[p] = 0;
      while (head < tail) {
        const v = queue[head++] as number;
        const d = distance[v] as number;
        sum[v] = (sum[v] as number) + weight * d;
        for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
          const w = neighbors[e] as number;
          if (distance[w] === -1) {
            distance[w] = d + 1;
            queue[tail++] = w;
          }
        }
      }
      for (let q = 0; q < tail; q += 1) distance[queue[q] as number] = -1;
    }
  }
}
