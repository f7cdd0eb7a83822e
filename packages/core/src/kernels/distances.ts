// Sums of shortest-path distances from many sources at once: a bit-parallel multi-source BFS.
//
// Self-contained on purpose: the Node worker runner (`@fengong/core/node`) ships this function's
// source text to worker threads, so it may refer to nothing outside its own body.

/**
 * For each source s = sources[q], q ∈ [from, to), writes `sum[q]` = Σ_u d(s, u) over the nodes u
 * that s reaches and `reached[q]` = how many nodes that is (s included).
 *
 * Multi-source BFS (Then et al. 2014, "The More the Merrier"): 32 sources share one search, each
 * owning one bit of a 32-bit word per node (`seen`, `frontier`), so every link is read once per
 * 32 sources and level. Each level runs top-down (the frontier pushes its words to its neighbours)
 * or bottom-up (every node still missing sources ORs its neighbours' frontier words, stopping as
 * soon as it has them all), whichever reads fewer links (Beamer et al. 2012). The number of nodes
 * each source newly reaches per level is counted with a bit-sliced (vertical) counter, so the
 * cost stays O(levels · m) per 32 sources rather than O(N) per source.
 *
 * `component[v]` is the connected-component index of v (a node is complete once it has seen
 * every batch source of its own component). When the graph is bipartite with sides [0, split) and
 * [split, N) (`split` ≥ 0; −1 otherwise), a level can only reach the side opposite its frontier,
 * so bottom-up steps scan that side only. Results do not depend on the order of each node's
 * neighbours, but bottom-up steps stop sooner when high-degree neighbours come first.
 */
export function distanceKernel(
  offsets: Int32Array,
  neighbors: Int32Array,
  component: Int32Array,
  sources: Int32Array,
  from: number,
  to: number,
  sum: Float64Array,
  reached: Float64Array,
  split = -1,
): void {
  const n = offsets.length - 1;
  const TOP_DOWN_FACTOR = 4; // top-down while the frontier's links are < ¼ of the links left
  let components = 0;
  for (let v = 0; v < n; v += 1) if ((component[v] as number) >= components) components = (component[v] as number) + 1;
  const target = new Int32Array(components);
  const componentLinks = new Float64Array(components);
  const counted = new Int32Array(components).fill(-1);
  for (let v = 0; v < n; v += 1) {
    const c = component[v] as number;
    componentLinks[c] = (componentLinks[c] as number) + (offsets[v + 1] as number) - (offsets[v] as number);
  }
  const seen = new Int32Array(n);
  const front = new Int32Array(n);
  const next = new Int32Array(n);
  const frontier = new Int32Array(n);
  const touched = new Int32Array(n);
  const slices = new Int32Array(32);
  const distanceSum = new Float64Array(32);
  const count = new Float64Array(32);
  for (let b0 = from; b0 < to; b0 += 32) {
    const b1 = Math.min(to, b0 + 32);
    seen.fill(0);
    target.fill(0);
    let size = 0;
    for (let q = b0; q < b1; q += 1) {
      const s = sources[q] as number;
      const bit = 1 << (q - b0);
      seen[s] = (seen[s] as number) | bit;
      front[s] = (front[s] as number) | bit;
      if (front[s] === bit) frontier[size++] = s;
      target[component[s] as number] = (target[component[s] as number] as number) | bit;
      distanceSum[q - b0] = 0;
      count[q - b0] = 1;
    }
    // Links still to be read by bottom-up steps: those of nodes not yet complete.
    let remaining = 0;
    for (let q = b0; q < b1; q += 1) {
      const c = component[sources[q] as number] as number;
      if (counted[c] === b0) continue;
      counted[c] = b0;
      remaining += componentLinks[c] as number;
    }
    for (let k = 0; k < size; k += 1) {
      const s = frontier[k] as number;
      if (seen[s] === target[component[s] as number]) remaining -= (offsets[s + 1] as number) - (offsets[s] as number);
    }
    for (let level = 1; size > 0; level += 1) {
      let frontierLinks = 0;
      let sides = 0; // bit 0: the frontier holds nodes below split, bit 1: at or above it
      for (let k = 0; k < size; k += 1) {
        const v = frontier[k] as number;
        frontierLinks += (offsets[v + 1] as number) - (offsets[v] as number);
        sides |= v < split ? 1 : 2;
      }
      let reachedNow = 0;
      if (frontierLinks * TOP_DOWN_FACTOR < remaining) {
        for (let k = 0; k < size; k += 1) {
          const v = frontier[k] as number;
          const word = front[v] as number;
          const end = offsets[v + 1] as number;
          for (let e = offsets[v] as number; e < end; e += 1) {
            const w = neighbors[e] as number;
            const add = word & ~(seen[w] as number);
            if (add === 0) continue;
            if (next[w] === 0) touched[reachedNow++] = w;
            next[w] = (next[w] as number) | add;
          }
        }
      } else {
        // Bipartite: the next level lies on the side(s) opposite the frontier's.
        const low = split < 0 || (sides & 2) !== 0 ? 0 : split;
        const high = split < 0 || (sides & 1) !== 0 ? n : split;
        for (let w = low; w < high; w += 1) {
          const missing = (target[component[w] as number] as number) & ~(seen[w] as number);
          if (missing === 0) continue;
          let word = 0;
          const end = offsets[w + 1] as number;
          for (let e = offsets[w] as number; e < end; e += 1) {
            word |= front[neighbors[e] as number] as number;
            if ((word & missing) === missing) break;
          }
          word &= missing;
          if (word !== 0) {
            next[w] = word;
            touched[reachedNow++] = w;
          }
        }
      }
      for (let k = 0; k < size; k += 1) front[frontier[k] as number] = 0;
      for (let k = 0; k < reachedNow; k += 1) {
        const w = touched[k] as number;
        const word = next[w] as number;
        next[w] = 0;
        seen[w] = (seen[w] as number) | word;
        front[w] = word;
        frontier[k] = w;
        if (seen[w] === target[component[w] as number]) remaining -= (offsets[w + 1] as number) - (offsets[w] as number);
        // Vertical counter: slice i holds bit i of each source's count of nodes reached this level.
        let carry = word;
        for (let i = 0; carry !== 0; i += 1) {
          const overflow = (slices[i] as number) & carry;
          slices[i] = (slices[i] as number) ^ carry;
          carry = overflow;
        }
      }
      size = reachedNow;
      for (let j = 0; j < b1 - b0; j += 1) {
        let c = 0;
        for (let i = 0; i < 31; i += 1) c += (((slices[i] as number) >>> j) & 1) * 2 ** i;
        distanceSum[j] = (distanceSum[j] as number) + level * c;
        count[j] = (count[j] as number) + c;
      }
      slices.fill(0);
    }
    for (let q = b0; q < b1; q += 1) {
      sum[q] = distanceSum[q - b0] as number;
      reached[q] = count[q - b0] as number;
    }
  }
}
