// Louvain community detection on a weighted graph held in typed arrays (CSR), seeded.
import { seededRandom } from './random.js';

/** An undirected weighted graph in CSR form: both directions of every link, no self-loops. */
export interface WeightedCsr {
  /** Number of nodes. */
  n: number;
  /** Neighbours of node i are `targets[offsets[i] … offsets[i+1])`. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Weight of the link at the same position in `targets` (> 0). */
  weights: Float64Array;
}

/** Result of {@link louvainCsr}. */
export interface LouvainResult {
  /** Community of each node, numbered 0, 1, … in order of each community's first node. */
  community: Int32Array;
  count: number;
  /** Newman–Girvan modularity of the partition at resolution γ. */
  modularity: number;
}

/**
 * Builds the symmetric CSR of pairs (u_i, v_i) with weights w_i over nodes `from … from + n − 1`
 * (indices are shifted by −from); each node's neighbours keep the order of the pairs.
 */
export function pairsToCsr(n: number, from: number, us: Int32Array, vs: Int32Array, ws: ArrayLike<number>): WeightedCsr {
  const size = us.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < size; i += 1) {
    const a = (us[i] as number) - from + 1;
    const b = (vs[i] as number) - from + 1;
    offsets[a] = (offsets[a] as number) + 1;
    offsets[b] = (offsets[b] as number) + 1;
  }
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(2 * size);
  const weights = new Float64Array(2 * size);
  for (let i = 0; i < size; i += 1) {
    const u = (us[i] as number) - from;
    const v = (vs[i] as number) - from;
    const w = ws[i] as number;
    const a = cursor[u] as number;
    const b = cursor[v] as number;
    cursor[u] = a + 1;
    cursor[v] = b + 1;
    targets[a] = v;
    weights[a] = w;
    targets[b] = u;
    weights[b] = w;
  }
  return { n, offsets, targets, weights };
}

/**
 * Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008): local moving then aggregation, level by
 * level, maximising Q = (1/2m) Σ_ij [A_ij − γ·k_i·k_j/2m]·δ(c_i, c_j). Each level visits the
 * nodes in a seeded random order (mulberry32) and moves a node to the neighbouring community of
 * largest gain ΔQ ∝ k_i,in(c) − γ·Σ_tot(c)·k_i/2m when that beats staying by more than 1e-12·2m;
 * passes repeat until no node moves; levels repeat until one moves nothing or raises Q by no more
 * than `threshold` (1e-7, NetworkX's default; the first level against the single-node partition). Isolated nodes keep communities of their own.
 */
export function louvainCsr(graph: WeightedCsr, options: { resolution?: number; seed?: number; threshold?: number } = {}): LouvainResult {
  const { resolution = 1, seed = 42, threshold = 1e-7 } = options;
  const random = seededRandom(seed);
  const n0 = graph.n;
  // membership of every original node in the current level's nodes
  const membership = new Int32Array(n0);
  for (let i = 0; i < n0; i += 1) membership[i] = i;

  let { n, offsets, targets, weights }: { n: number; offsets: Int32Array; targets: Int32Array; weights: Float64Array } = graph;
  let loops: Float64Array = new Float64Array(n); // A_ii of the current level (twice the weight inside the node)
  let twoM = 0;
  for (let e = 0; e < weights.length; e += 1) twoM += weights[e] as number;
  if (twoM === 0) return renumbered(membership, resolution, graph);

  // Q of the partition into single nodes, which the first level must beat (as in NetworkX).
  let quality = 0;
  for (let i = 0; i < n; i += 1) {
    let k = 0;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) k += weights[e] as number;
    quality -= resolution * (k / twoM) ** 2;
  }
  for (;;) {
    // Strengths k_i (loops included) and one community per node.
    const k = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      let s = loops[i] as number;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) s += weights[e] as number;
      k[i] = s;
    }
    const community = new Int32Array(n);
    const total = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      community[i] = i;
      total[i] = k[i] as number;
    }
    const order = new Int32Array(n);
    for (let i = 0; i < n; i += 1) order[i] = i;
    shuffle(order, random);

    // Local moving.
    const toCommunity = new Float64Array(n);
    const seen = new Int32Array(n);
    const mark = new Int32Array(n).fill(-1); // mark[c] = i while node i gathers its links to c
    let moved = false;
    for (let pass = 0; ; pass += 1) {
      if (pass > 0) shuffle(order, random);
      let moves = 0;
      for (let o = 0; o < n; o += 1) {
        const i = order[o] as number;
        const ci = community[i] as number;
        const ki = k[i] as number;
        let count = 0;
        for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
          const c = community[targets[e] as number] as number;
          if (mark[c] !== i) {
            mark[c] = i;
            seen[count++] = c;
            toCommunity[c] = 0;
          }
          toCommunity[c] = (toCommunity[c] as number) + (weights[e] as number);
        }
        total[ci] = (total[ci] as number) - ki;
        const scale = (resolution * ki) / twoM;
        let best = ci;
        let bestGain = (mark[ci] === i ? (toCommunity[ci] as number) : 0) - scale * (total[ci]);
        const own = bestGain;
        for (let s = 0; s < count; s += 1) {
          const c = seen[s] as number;
          const gain = (toCommunity[c] as number) - scale * (total[c] as number);
          if (gain > bestGain) {
            best = c;
            bestGain = gain;
          }
        }
        if (best !== ci && bestGain - own <= 1e-12 * twoM) best = ci;
        total[best] = (total[best] as number) + ki;
        if (best !== ci) {
          community[i] = best;
          moves += 1;
        }
      }
      mark.fill(-1);
      if (moves === 0) break;
      moved = true;
    }
    if (!moved) break;

    // Renumber this level's communities 0 … C−1 and carry the original nodes along.
    const label = new Int32Array(n).fill(-1);
    let C = 0;
    for (let i = 0; i < n; i += 1) {
      const c = community[i] as number;
      if (label[c] === -1) label[c] = C++;
    }
    for (let i = 0; i < n0; i += 1) membership[i] = label[community[membership[i] as number] as number] as number;

    // Aggregate: one node per community, links summed, inner links into the loop.
    const next = aggregate(n, C, offsets, targets, weights, loops, (i) => label[community[i] as number] as number);
    const q = modularityOf(next.loops, next.offsets, next.weights, C, twoM, resolution);
    n = C;
    ({ offsets, targets, weights, loops } = next);
    if (q - quality <= threshold) {
      quality = q;
      break;
    }
    quality = q;
  }
  return renumbered(membership, resolution, graph);
}

/** Sums a level's links per pair of communities: inner links (both directions) go to the loop. */
function aggregate(
  n: number,
  C: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  loops: Float64Array,
  of: (i: number) => number,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array; loops: Float64Array } {
  const members = new Int32Array(n);
  const start = new Int32Array(C + 1);
  for (let i = 0; i < n; i += 1) {
    const c = of(i) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < C; c += 1) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const cursor = start.slice(0, C);
  for (let i = 0; i < n; i += 1) {
    const c = of(i);
    members[cursor[c] as number] = i;
    cursor[c] = (cursor[c] as number) + 1;
  }
  const nextLoops = new Float64Array(C);
  const acc = new Float64Array(C);
  const seen = new Int32Array(C);
  const mark = new Int32Array(C).fill(-1);
  const outOffsets = new Int32Array(C + 1);
  const outTargets: number[] = [];
  const outWeights: number[] = [];
  for (let c = 0; c < C; c += 1) {
    let count = 0;
    for (let m = start[c] as number; m < (start[c + 1] as number); m += 1) {
      const i = members[m] as number;
      nextLoops[c] = (nextLoops[c] as number) + (loops[i] as number);
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
        const d = of(targets[e] as number);
        const w = weights[e] as number;
        if (d === c) nextLoops[c] = (nextLoops[c] as number) + w;
        else {
          if (mark[d] !== c) {
            mark[d] = c;
            seen[count++] = d;
            acc[d] = 0;
          }
          acc[d] = (acc[d] as number) + w;
        }
      }
    }
    for (let s = 0; s < count; s += 1) {
      const d = seen[s] as number;
      outTargets.push(d);
      outWeights.push(acc[d] as number);
    }
    outOffsets[c + 1] = outTargets.length;
  }
  return { offsets: outOffsets, targets: Int32Array.from(outTargets), weights: Float64Array.from(outWeights), loops: nextLoops };
}

/** Q of the partition where every node of an aggregated level is one community. */
function modularityOf(loops: Float64Array, offsets: Int32Array, weights: Float64Array, C: number, twoM: number, resolution: number): number {
  let q = 0;
  for (let c = 0; c < C; c += 1) {
    let k = loops[c] as number;
    for (let e = offsets[c] as number; e < (offsets[c + 1] as number); e += 1) k += weights[e] as number;
    q += (loops[c] as number) / twoM - resolution * (k / twoM) ** 2;
  }
  return q;
}

/** Communities numbered by first node, with Q recomputed on the original graph. */
function renumbered(membership: Int32Array, resolution: number, graph: WeightedCsr): LouvainResult {
  const label = new Map<number, number>();
  const community = new Int32Array(membership.length);
  for (let i = 0; i < membership.length; i += 1) {
    const c = membership[i] as number;
    let l = label.get(c);
    if (l === undefined) {
      l = label.size;
      label.set(c, l);
    }
    community[i] = l;
  }
  return { community, count: label.size, modularity: modularity(graph, community, resolution) };
}

/**
 * Newman–Girvan modularity of a partition of a weighted graph: Q = Σ_c [L_c/m − γ·(K_c/2m)²],
 * L_c the weight inside community c and K_c its strength. 0 for a graph without links.
 */
export function modularity(graph: WeightedCsr, community: ArrayLike<number>, resolution = 1): number {
  const { n, offsets, targets, weights } = graph;
  let twoM = 0;
  let inside = 0;
  let count = 0;
  for (let i = 0; i < n; i += 1) count = Math.max(count, (community[i] as number) + 1);
  const strength = new Float64Array(count);
  for (let i = 0; i < n; i += 1) {
    const c = community[i] as number;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
      const w = weights[e] as number;
      twoM += w;
      strength[c] = (strength[c] as number) + w;
      if (community[targets[e] as number] === c) inside += w;
    }
  }
  if (twoM === 0) return 0;
  let expected = 0;
  for (let c = 0; c < count; c += 1) expected += ((strength[c] as number) / twoM) ** 2;
  return inside / twoM - resolution * expected;
}

/** Fisher–Yates shuffle in place with the seeded generator. */
function shuffle(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
}
