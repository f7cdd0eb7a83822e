// How per-source kernels run: serially here (browser-safe), or on worker threads through
// `@fengong/core/node`. Metrics take a runner so that the parallel one can be injected.
import type { CompactGraph } from '../graph/compact.js';
import { brandesKernel } from './brandes.js';
import { bipartiteBrandesKernel } from './brandes-lanes.js';
import { distanceKernel } from './distances.js';

/** Distance sums from each source (see {@link distanceKernel}). */
export interface SourceDistances {
  /** Σ_u d(s, u) over the nodes s reaches, per source (same order as the sources). */
  sum: Float64Array;
  /** Nodes each source reaches, itself included. */
  reached: Float64Array;
}

/** Runs the per-source kernels over a list of sources; implementations differ only in speed. */
export interface SourceRunner {
  /** Σ over the sources s of w_s·δ_s(v) (Brandes' dependency, w_s = `weights[s]` or 1), for every node v. */
  dependencies(view: CompactGraph, sources: Int32Array, weights?: Float64Array): Float64Array;
  /** Distance sums and reach of every source. */
  distances(view: CompactGraph, sources: Int32Array): SourceDistances;
  /**
   * Optional: starts {@link SourceRunner.dependencies} in the background (worker threads) and
   * returns its join, which blocks until the sums are done and returns what `dependencies` would,
   * bit for bit. The calling thread is free for other work in between. See {@link startDependencies}.
   */
  startDependencies?(view: CompactGraph, sources: Int32Array, weights?: Float64Array): () => Float64Array;
  /**
   * Optional: runs `kernel(...args)` on another thread and returns its join, which blocks until
   * the kernel is done and copies the typed arrays of `args` back (so `out` arrays hold its
   * results). `work` estimates its cost in inner-loop steps; small kernels run on the calling
   * thread when joined. See {@link startKernel}.
   */
  startKernel?(kernel: Kernel, args: readonly KernelArgument[], work: number): () => void;
}

/** What a background kernel takes: numbers and typed arrays (copied to shared memory for a worker). */
export type KernelArgument = number | Int32Array | Float64Array;

/**
 * A kernel that can run on a worker thread as source text: it refers to nothing outside its own
 * body (no imports, no module-level helpers) and writes its results into typed-array arguments.
 */
export type Kernel = (...args: never[]) => void;

/**
 * Starts `kernel(...args)` on `runner` and returns its join: on another thread where the runner
 * can (`workerRunner`, for work ≥ its `minWork`), else run on the calling thread when joined.
 * Either way the typed arrays of `args` hold the kernel's results after the join.
 */
export function startKernel(runner: SourceRunner, kernel: Kernel, args: readonly KernelArgument[], work: number): () => void {
  if (runner.startKernel !== undefined) return runner.startKernel(kernel, args, work);
  return () => (kernel as (...a: readonly KernelArgument[]) => void)(...args);
}

/**
 * Starts the dependency sums on `runner` and returns their join: in the background where the
 * runner can (`workerRunner`), else computed when joined. Either way the join returns exactly
 * `runner.dependencies(view, sources, weights)`.
 */
export function startDependencies(runner: SourceRunner, view: CompactGraph, sources: Int32Array, weights?: Float64Array): () => Float64Array {
  if (runner.startDependencies !== undefined) return runner.startDependencies(view, sources, weights);
  return () => runner.dependencies(view, sources, weights);
}

/**
 * How `sources` sources are cut into chunks: a function of the source and node counts only, so
 * that every runner adds the chunks' partial sums in the same order and gets the same bits. At most
 * 64 chunks (and at most 2²⁴ partial-sum entries in all), each a multiple of 32 sources.
 */
export function chunking(sources: number, nodes: number): { size: number; count: number } {
  const most = Math.max(1, Math.min(64, Math.floor(2 ** 24 / Math.max(1, nodes))));
  const size = Math.max(32, Math.ceil(sources / most / 32) * 32);
  return { size, count: Math.ceil(sources / size) };
}

/** The dependency kernel for a view: eight sources at a time when the graph is bipartite. */
export const dependencyKernel = (view: CompactGraph): typeof brandesKernel => (view.bipartite ? bipartiteBrandesKernel : brandesKernel);

/**
 * Connected-component index of every node (0, 1, … in order of each component's first node),
 * by breadth-first search in O(N + m).
 */
export function componentsOf(view: CompactGraph): Int32Array {
  const n = view.keys.length;
  const { offsets, neighbors } = view;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let next = 0;
  for (let s = 0; s < n; s += 1) {
    if (component[s] !== -1) continue;
    component[s] = next;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e += 1) {
        const w = neighbors[e] as number;
        if (component[w] === -1) {
          component[w] = next;
          queue[tail++] = w;
        }
      }
    }
    next += 1;
  }
  return component;
}

/**
 * The view's `neighbors` with each node's list reordered by decreasing degree of the neighbour
 * (ties by index): one global order of the nodes, then a CSR fill in that order, O(N log N + m).
 * Bottom-up searches find what they look for in the first neighbours they read.
 */
export function neighborsByDegree(view: CompactGraph): Int32Array {
  const n = view.keys.length;
  const { offsets, neighbors } = view;
  const degree = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
  const order = allSources(view).sort((a, b) => degree(b) - degree(a) || a - b);
  const cursor = offsets.slice(0, n);
  const sorted = new Int32Array(neighbors.length);
  for (const u of order) {
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e += 1) {
      const w = neighbors[e] as number;
      sorted[cursor[w] as number] = u;
      cursor[w] = (cursor[w] as number) + 1;
    }
  }
  return sorted;
}

/** Every node index 0 … N−1, the sources of exact betweenness and closeness. */
export function allSources(view: CompactGraph): Int32Array {
  const sources = new Int32Array(view.keys.length);
  for (let i = 0; i < sources.length; i += 1) sources[i] = i;
  return sources;
}

/** The runner that works on the calling thread: the default everywhere, and the only one in browsers. */
export const serialRunner: SourceRunner = {
  dependencies(view, sources, weights) {
    const n = view.keys.length;
    const kernel = dependencyKernel(view);
    const total = new Float64Array(n);
    const partial = new Float64Array(n);
    const { size, count } = chunking(sources.length, n);
    for (let c = 0; c < count; c += 1) {
      partial.fill(0);
      kernel(view.offsets, view.neighbors, sources, c * size, Math.min(sources.length, (c + 1) * size), partial, weights ?? null);
      for (let i = 0; i < n; i += 1) total[i] = (total[i] as number) + (partial[i] as number);
    }
    return total;
  },
  distances(view, sources) {
    const sum = new Float64Array(sources.length);
    const reached = new Float64Array(sources.length);
    distanceKernel(view.offsets, neighborsByDegree(view), componentsOf(view), sources, 0, sources.length, sum, reached, view.bipartite ? view.nA : -1);
    return { sum, reached };
  },
};
