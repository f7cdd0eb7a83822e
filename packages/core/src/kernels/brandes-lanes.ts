// Brandes' accumulation for eight sources at a time on a bipartite graph: the fast path of
// betweenness. Self-contained on purpose (no references outside its body): the Node worker runner
// ships this function's source text to worker threads.

/**
 * The same sums as `brandesKernel` — Σ_{s ∈ sources[from … to)} w_s·δ_s(v) added to `out[v]` —
 * for a graph with no link inside a side (every neighbour of a node at distance d from s is at
 * d − 1 or d + 1).
 *
 * Eight sources share one search: each node has eight path counts σ and eight coefficients
 * c = (1 + δ)/σ side by side (lane j belongs to source j), and a byte of lane bits says which
 * sources have reached it. Levels are found by a bit-parallel BFS (Then et al. 2014); a node newly
 * reached at level d by lanes M then pulls σ_j(v) = Σ_{u ∈ N(v)} σ_j(u) for j ∈ M from all its
 * neighbours at once: in a bipartite graph a neighbour is at d − 1 (σ final) or d + 1 (not reached
 * yet, σ = 0), so no distance test is needed (and σ = 1 at level 1). The backward pass, in reverse
 * discovery order, pulls δ_j(v) = σ_j(v) Σ_{u ∈ N(v)} c_j(u) the same way (c = 0 until a node is
 * done), skipping levels no lane goes beyond. Every link is read once per eight sources and level
 * instead of twice per source, with no branch in the inner loops.
 */
export function bipartiteBrandesKernel(
  offsets: Int32Array,
  neighbors: Int32Array,
  sources: Int32Array,
  from: number,
  to: number,
  out: Float64Array,
  weights: Float64Array | null = null,
): void {
  const n = offsets.length - 1;
  const sigma = new Float64Array(n * 8);
  const coefficient = new Float64Array(n * 8);
  const seen = new Int32Array(n);
  const front = new Int32Array(n);
  const next = new Int32Array(n);
  // Each (node, lane) is reached once: at most 8n entries (node, lanes reaching it at that level).
  const entryNode = new Int32Array(n * 8);
  const entryLanes = new Int32Array(n * 8);
  const levelStart = new Int32Array(n + 2);
  const levelLanes = new Int32Array(n + 2);
  const laneWeight = new Float64Array(8);
  const pulled = new Float64Array(8);
  for (let b0 = from; b0 < to; b0 += 8) {
    const b1 = Math.min(to, b0 + 8);
    let entries = 0;
    laneWeight.fill(0);
    for (let q = b0; q < b1; q += 1) {
      const s = sources[q] as number;
      const bit = 1 << (q - b0);
      laneWeight[q - b0] = weights === null ? 1 : (weights[q] as number);
      sigma[s * 8 + q - b0] = 1;
      if (seen[s] === 0) entryNode[entries++] = s;
      seen[s] = (seen[s] as number) | bit;
    }
    levelStart[0] = 0;
    levelLanes[0] = 0;
    for (let x = 0; x < entries; x += 1) {
      const s = entryNode[x] as number;
      entryLanes[x] = front[s] = seen[s] as number;
      levelLanes[0] = levelLanes[0] | (seen[s] as number);
    }
    let level = 0;
    while (entries > (levelStart[level] as number)) {
      const first = levelStart[level] as number;
      const last = entries;
      level += 1;
      levelStart[level] = last;
      for (let x = first; x < last; x += 1) {
        const v = entryNode[x] as number;
        const lanes = front[v] as number;
        const end = offsets[v + 1] as number;
        for (let e = offsets[v] as number; e < end; e += 1) {
          const w = neighbors[e] as number;
          const add = lanes & ~(seen[w] as number);
          if (add === 0) continue;
          if (next[w] === 0) entryNode[entries++] = w;
          next[w] = (next[w] as number) | add;
        }
      }
      for (let x = first; x < last; x += 1) front[entryNode[x] as number] = 0;
      let reachedLanes = 0;
      for (let x = last; x < entries; x += 1) {
        const w = entryNode[x] as number;
        const lanes = next[w] as number;
        next[w] = 0;
        seen[w] = (seen[w] as number) | lanes;
        front[w] = lanes;
        entryLanes[x] = lanes;
        reachedLanes |= lanes;
        const base = w * 8;
        if (level === 1) {
          for (let j = 0; j < 8; j += 1) if ((lanes >>> j) & 1) sigma[base + j] = 1;
          continue;
        }
        let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0; // prettier-ignore
        const end = offsets[w + 1] as number;
        for (let e = offsets[w] as number; e < end; e += 1) {
          const u = (neighbors[e] as number) * 8;
          a0 += sigma[u] as number;
          a1 += sigma[u + 1] as number;
          a2 += sigma[u + 2] as number;
          a3 += sigma[u + 3] as number;
          a4 += sigma[u + 4] as number;
          a5 += sigma[u + 5] as number;
          a6 += sigma[u + 6] as number;
          a7 += sigma[u + 7] as number;
        }
        if (lanes & 1) sigma[base] = a0;
        if (lanes & 2) sigma[base + 1] = a1;
        if (lanes & 4) sigma[base + 2] = a2;
        if (lanes & 8) sigma[base + 3] = a3;
        if (lanes & 16) sigma[base + 4] = a4;
        if (lanes & 32) sigma[base + 5] = a5;
        if (lanes & 64) sigma[base + 6] = a6;
        if (lanes & 128) sigma[base + 7] = a7;
      }
      levelLanes[level] = reachedLanes;
    }
    // level is now one past the last non-empty level; levelLanes there is 0.
    levelLanes[level] = 0;
    // Backward, level by level from the deepest; the sources' own level adds nothing.
    for (let d = level - 1; d >= 1; d -= 1) {
      const beyond = levelLanes[d + 1] as number;
      for (let x = (levelStart[d + 1] as number) - 1; x >= (levelStart[d] as number); x -= 1) {
        const w = entryNode[x] as number;
        const lanes = entryLanes[x] as number;
        const base = w * 8;
        pulled.fill(0);
        if ((lanes & beyond) !== 0) {
          let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0; // prettier-ignore
          const end = offsets[w + 1] as number;
          for (let e = offsets[w] as number; e < end; e += 1) {
            const u = (neighbors[e] as number) * 8;
            a0 += coefficient[u] as number;
            a1 += coefficient[u + 1] as number;
            a2 += coefficient[u + 2] as number;
            a3 += coefficient[u + 3] as number;
            a4 += coefficient[u + 4] as number;
            a5 += coefficient[u + 5] as number;
            a6 += coefficient[u + 6] as number;
            a7 += coefficient[u + 7] as number;
          }
          pulled[0] = a0;
          pulled[1] = a1;
          pulled[2] = a2;
          pulled[3] = a3;
          pulled[4] = a4;
          pulled[5] = a5;
          pulled[6] = a6;
          pulled[7] = a7;
        }
        let total = 0;
        for (let j = 0, rest = lanes; rest !== 0; j += 1, rest >>>= 1) {
          if ((rest & 1) === 0) continue;
          const s = sigma[base + j] as number;
          const delta = s * (pulled[j] as number);
          coefficient[base + j] = (1 + delta) / s;
          total += (laneWeight[j] as number) * delta;
        }
        out[w] = (out[w] as number) + total;
      }
    }
    for (let x = 0; x < entries; x += 1) {
      const w = entryNode[x] as number;
      seen[w] = 0;
      sigma.fill(0, w * 8, w * 8 + 8);
      coefficient.fill(0, w * 8, w * 8 + 8);
    }
  }
}
