// Core decompositions in linear time: k-cores of a one-mode graph (Batagelj & Zaveršnik 2003) and
// two-mode (k, l)-cores of the bipartite view, by bucket-queue peeling on typed arrays.
import type { CompactGraph } from '../graph/compact.js';

/** The adjacency of a simple undirected graph in CSR form (both directions of every link). */
export interface Adjacency {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * Core number of every node of a simple undirected graph (no self-loops, no repeated links): the
 * largest k such that the node belongs to the k-core, the largest subgraph in which every node has
 * degree ≥ k (Seidman 1983). Batagelj & Zaveršnik's (2003) O(n + m) algorithm: nodes in a bucket
 * queue by current degree, always removing one of smallest degree; a node's core number is its
 * degree when it is removed, and a neighbour's degree is lowered only while it is above that (as
 * NetworkX `core_number`). Isolated nodes get 0.
 */
export function coreNumbers(graph: Adjacency): Int32Array {
  const { n, offsets, targets } = graph;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v += 1) degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
  const { bin, order, position } = bucketQueue(degree, 0, n);
  for (let i = 0; i < n; i += 1) {
    const v = order[i] as number;
    const dv = degree[v] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const u = targets[e] as number;
      const du = degree[u] as number;
      if (du > dv) lower(u, du, degree, bin, order, position);
    }
  }
  return degree;
}

/**
 * The bucket queue of nodes `from`…`to − 1` by `degree` (a counting sort): `order` lists them by
 * ascending degree, `position[v]` is v's place in `order` (indexed by node), `bin[d]` is where the
 * nodes of degree d start in `order`.
 */
function bucketQueue(degree: Int32Array, from: number, to: number): { bin: Int32Array; order: Int32Array; position: Int32Array } {
  let maxDegree = 0;
  for (let v = from; v < to; v += 1) maxDegree = Math.max(maxDegree, degree[v] as number);
  const bin = new Int32Array(maxDegree + 1);
  for (let v = from; v < to; v += 1) bin[degree[v] as number] = (bin[degree[v] as number] as number) + 1;
  let start = 0;
  for (let d = 0; d <= maxDegree; d += 1) {
    const count = bin[d] as number;
    bin[d] = start;
    start += count;
  }
  const order = new Int32Array(to - from);
  const position = new Int32Array(degree.length);
  for (let v = from; v < to; v += 1) {
    const d = degree[v] as number;
    position[v] = bin[d] as number;
    order[bin[d] as number] = v;
    bin[d] = (bin[d] as number) + 1;
  }
  for (let d = maxDegree; d > 0; d -= 1) bin[d] = bin[d - 1] as number;
  bin[0] = 0;
  return { bin, order, position };
}

/** Moves u from the bucket of degree du to the one below (swapping it with the first of its bucket). */
function lower(u: number, du: number, degree: Int32Array, bin: Int32Array, order: Int32Array, position: Int32Array): void {
  const pu = position[u] as number;
  const pw = bin[du] as number;
  const w = order[pw] as number;
  if (u !== w) {
    position[u] = pw;
    order[pu] = w;
    position[w] = pu;
    order[pw] = u;
  }
  bin[du] = pw + 1;
  degree[u] = du - 1;
}

/**
 * Two-mode cores of a bipartite view (Ahmed, Batagelj et al. 2007; Cerinšek & Batagelj 2015): the
 * (k, l)-core is the largest subgraph in which every node of `side` has ≥ k neighbours in it and
 * every node of the other side has ≥ l. For a fixed l the cores are nested in k, so one peeling
 * gives them all: other-side nodes with fewer than l live neighbours are removed at once (with
 * their links), and `side` nodes are removed smallest live degree first from a bucket queue, as in
 * {@link coreNumbers}. O(n + m).
 *
 * Returns one value per node of the view: for a node of `side`, the largest k ≥ 1 such that it is
 * in the (k, l)-core, for a node of the other side the same (the largest k of a (k, l)-core it is
 * in); 0 for nodes in no (1, l)-core (other-side nodes with fewer than l neighbours, `side` nodes
 * none of whose neighbours have l).
 */
export function twoModeCorenessOf(g: CompactGraph, side: 'agency' | 'task', l: number): Int32Array {
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const [from, to] = side === 'agency' ? [0, g.nA] : [g.nA, n];
  const out = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Live degree of every node (other side: its live neighbours of `side`).
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v += 1) degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
  // Other-side nodes below l go first (level 0), with their links.
  for (let t = 0; t < n; t += 1) {
    if (t >= from && t < to) continue;
    if ((degree[t] as number) < l) {
      alive[t] = 0;
      for (let e = offsets[t] as number; e < (offsets[t + 1] as number); e += 1) {
        const a = neighbors[e] as number;
        degree[a] = (degree[a] as number) - 1;
      }
    }
  }
  // Bucket queue of the side's nodes by live degree, as in coreNumbers (`position` is by node index).
  const size = to - from;
  const { bin, order, position } = bucketQueue(degree, from, to);
  for (let i = 0; i < size; i += 1) {
    const a = order[i] as number;
    const level = degree[a] as number;
    out[a] = level;
    alive[a] = 0;
    for (let e = offsets[a] as number; e < (offsets[a + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      if (alive[t] === 0) continue;
      degree[t] = (degree[t] as number) - 1;
      if (degree[t] >= l) continue;
      // t falls below l: it leaves the core at this level, and its other live neighbours lose a link.
      alive[t] = 0;
      out[t] = level;
      for (let f = offsets[t] as number; f < (offsets[t + 1] as number); f += 1) {
        const b = neighbors[f] as number;
        if (alive[b] === 0) continue;
        const db = degree[b] as number;
        if (db > level) lower(b, db, degree, bin, order, position);
      }
    }
  }
  return out;
}

/**
 * Membership of the two-mode (k, l)-core of a bipartite view: agencies with ≥ k tasks in the core,
 * tasks with ≥ l agencies in the core, by iterated pruning with a queue (every node removed once,
 * every link looked at twice: O(n + m)). Returns 1 for the nodes in the core, 0 for the others.
 */
export function twoModeCoreMembers(g: CompactGraph, k: number, l: number): Uint8Array {
  const n = g.keys.length;
  const { offsets, neighbors } = g;
  const need = (v: number): number => (v < g.nA ? k : l);
  const degree = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v += 1) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    if ((degree[v] as number) < need(v)) {
      alive[v] = 0;
      queue[tail++] = v;
    }
  }
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
      const u = neighbors[e] as number;
      if (alive[u] === 0) continue;
      degree[u] = (degree[u] as number) - 1;
      if (degree[u] < need(u)) {
        alive[u] = 0;
        queue[tail++] = u;
      }
    }
  }
  return alive;
}
