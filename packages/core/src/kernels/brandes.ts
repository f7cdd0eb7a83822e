// Brandes' dependency accumulation from a list of sources, on the CSR arrays of a compact view.
//
// Self-contained on purpose: the Node worker runner (`@fengong/core/node`) ships this function's
// source text to worker threads (as graphology-layout-forceatlas2's worker does), so it may refer
// to nothing outside its own body.

/**
 * Adds Σ_{s ∈ sources[from … to)} w_s·δ_s(v) to `out[v]` for every node v (w_s = `weights[q]`, or
 * 1 when `weights` is null), where
 * δ_s(v) = Σ_{t ≠ s, v} σ_st(v)/σ_st is the dependency of s on v (Brandes 2001, unweighted):
 * one breadth-first search from s counting shortest paths σ, then dependencies accumulated in
 * reverse BFS order, δ_s(v) = Σ_{w : v ∈ pred(w)} σ_sv/σ_sw · (1 + δ_s(w)). Summed over every
 * source this counts each unordered pair twice (halve it for undirected betweenness).
 *
 * O(to − from) searches of O(N + m) each, and O(N) memory (reused; only visited entries are reset).
 */
export function brandesKernel(
  offsets: Int32Array,
  neighbors: Int32Array,
  sources: Int32Array,
  from: number,
  to: number,
  out: Float64Array,
  weights: Float64Array | null = null,
): void {
  const n = offsets.length - 1;
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  for (let q = from; q < to; q += 1) {
    const s = sources[q] as number;
    const weight = weights === null ? 1 : (weights[q] as number);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 1;
    order[0] = s;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e += 1) {
        const w = neighbors[e] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w] = (sigma[w] as number) + sv;
        }
      }
    }
    // Reverse BFS order: predecessors of w are its neighbours one step closer to s.
    for (let k = tail - 1; k > 0; k -= 1) {
      const w = order[k] as number;
      const previous = (dist[w] as number) - 1;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      const end = offsets[w + 1] as number;
      for (let e = offsets[w] as number; e < end; e += 1) {
        const v = neighbors[e] as number;
        if (dist[v] === previous) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      out[w] = (out[w] as number) + weight * (delta[w] as number);
    }
    for (let k = 0; k < tail; k += 1) {
      const v = order[k] as number;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
}
