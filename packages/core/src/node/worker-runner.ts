/// <reference types="node" />
// The source runner on worker threads (Node only): the searches of betweenness and closeness
// spread over every core, with the calling thread working too and blocking until all are done.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompactGraph } from '../graph/compact.js';
import { brandesKernel } from '../kernels/brandes.js';
import { bipartiteBrandesKernel } from '../kernels/brandes-lanes.js';
import { distanceKernel } from '../kernels/distances.js';
import { chunking, componentsOf, neighborsByDegree, serialRunner, type Kernel, type KernelArgument, type SourceRunner } from '../kernels/runner.js';

export interface WorkerRunnerOptions {
  /** Threads in all, the calling one included. Default: `os.availableParallelism()`. */
  threads?: number;
  /** Below this many link visits (sources × 2m, or a kernel's estimated work) run on the calling thread: starting a worker costs ~30 ms. Default 5e7. */
  minWork?: number;
  /** Called on the calling thread between chunks with the chunks done and their total. */
  onProgress?: (done: number, total: number) => void;
}

/** Shared state of one job: [0] next chunk to claim, [1] chunks done, [2] workers finished, [3] failures. */
type Control = Int32Array;

// The kernels travel as source text (they refer to nothing outside their own bodies), as
// graphology-layout-forceatlas2's worker does, so the worker needs no file of its own.
const WORKER = `
const { workerData: job } = require('node:worker_threads');
const kernels = { brandes: ${brandesKernel.toString()}, lanes: ${bipartiteBrandesKernel.toString()}, distances: ${distanceKernel.toString()} };
const n = job.offsets.length - 1;
try {
  for (let c = Atomics.add(job.control, 0, 1); c < job.count; c = Atomics.add(job.control, 0, 1)) {
    const from = c * job.size, to = Math.min(job.sources.length, from + job.size);
    if (job.kind === 'distances') kernels.distances(job.offsets, job.neighbors, job.component, job.sources, from, to, job.sum, job.reached, job.split);
    else kernels[job.kind](job.offsets, job.neighbors, job.sources, from, to, job.partial.subarray(c * n, (c + 1) * n), job.weights);
    Atomics.add(job.control, 1, 1);
  }
} catch (error) {
  Atomics.add(job.control, 3, 1);
}
Atomics.add(job.control, 2, 1);
Atomics.notify(job.control, 2);
`;

/** A worker running one self-contained kernel on shared copies of its arguments: [0] done, [1] failed. */
const kernelWorker = (kernel: Kernel): string => `
const { workerData: job } = require('node:worker_threads');
try {
  (${kernel.toString()})(...job.args);
} catch (error) {
  Atomics.store(job.control, 1, 1);
}
Atomics.store(job.control, 0, 1);
Atomics.notify(job.control, 0);
`;

/** Copies a typed array into shared memory. */
function shared<T extends Int32Array | Float64Array>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

type Job = Record<string, unknown> & { control: Control; count: number };

/** Starts `threads − 1` workers (at most one per chunk beyond the first) on a job; they claim chunks at once. */
function launch(job: Job, threads: number): Worker[] {
  const workers: Worker[] = [];
  for (let i = 0; i < Math.min(threads - 1, job.count - 1); i += 1) {
    try {
      const worker = new Worker(WORKER, { eval: true, workerData: job });
      worker.unref();
      workers.push(worker);
    } catch {
      break; // no more threads: the calling thread does the rest
    }
  }
  return workers;
}

/**
 * The calling thread's share of a launched job: it claims the chunks still unclaimed (`work(c)`
 * does chunk c here), then blocks (Atomics.wait) until every worker has finished.
 */
function finish(job: Job, workers: Worker[], work: (c: number) => void, onProgress?: (done: number, total: number) => void): void {
  const { control, count } = job;
  for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
    work(c);
    const done = Atomics.add(control, 1, 1) + 1;
    if (done < count) onProgress?.(done, count);
  }
  for (let finished = Atomics.load(control, 2); finished < workers.length; finished = Atomics.load(control, 2)) {
    Atomics.wait(control, 2, finished, 1000);
    const done = Atomics.load(control, 1);
    if (done < count) onProgress?.(done, count);
  }
  for (const worker of workers) void worker.terminate();
  if (Atomics.load(control, 3) > 0) throw new Error('workerRunner: a worker thread failed; run again without the worker runner to see the error');
  // Said once, whoever did the last chunk: when a worker finished it after the calling thread's last
  // report and before the wait loop looked, no report said done = total (a terminal kept "94%").
  onProgress?.(count, count);
}

/** Runs chunks c = 0 … count−1 of a job on `threads − 1` workers and the calling thread (see {@link finish}). */
function run(job: Job, threads: number, work: (c: number) => void, onProgress?: (done: number, total: number) => void): void {
  finish(job, launch(job, threads), work, onProgress);
}

/**
 * A {@link SourceRunner} that spreads the sources over worker threads (`node:worker_threads`,
 * shared memory, no copies of the results). Results are bit-for-bit those of the serial runner:
 * the sources are cut into the same chunks ({@link chunking}) and partial sums are added in chunk
 * order whichever thread computed them. Small jobs run on the calling thread.
 * `startDependencies` launches the workers and returns at once: the calling thread does its share
 * of the chunks (those still unclaimed) when it joins, so work done in between overlaps the searches.
 */
export function workerRunner(options: WorkerRunnerOptions = {}): SourceRunner {
  const threads = options.threads ?? availableParallelism();
  const minWork = options.minWork ?? 5e7;
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`workerRunner: invalid \`threads\` ${threads} (expected a whole number ≥ 1)`);
  const { onProgress } = options;
  // (With one thread a large job still runs chunk by chunk, on the calling thread alone — the same
  // chunks and sums — so that its progress is reported as with more.)
  const serial = (view: CompactGraph, sources: Int32Array): boolean => sources.length * view.neighbors.length < minWork;
  // Dependencies: the workers start claiming chunks now; the join does the calling thread's share.
  const start = (view: CompactGraph, sources: Int32Array, weights?: Float64Array): (() => Float64Array) => {
    if (serial(view, sources)) return () => serialRunner.dependencies(view, sources, weights);
    const n = view.keys.length;
    const { size, count } = chunking(sources.length, n);
    const kind = view.bipartite ? 'lanes' : 'brandes';
    const partial = new Float64Array(new SharedArrayBuffer(8 * n * count));
    const job = {
      kind, size, count, partial,
      control: new Int32Array(new SharedArrayBuffer(16)),
      offsets: shared(view.offsets), neighbors: shared(view.neighbors), sources: shared(sources),
      weights: weights === undefined ? null : shared(weights),
    }; // prettier-ignore
    const kernel = view.bipartite ? bipartiteBrandesKernel : brandesKernel;
    const workers = launch(job, threads);
    return () => {
      finish(job, workers, (c) => {
        kernel(view.offsets, view.neighbors, sources, c * size, Math.min(sources.length, (c + 1) * size), partial.subarray(c * n, (c + 1) * n), weights ?? null);
      }, onProgress);
      const total = new Float64Array(n);
      for (let c = 0; c < count; c += 1) for (let i = 0; i < n; i += 1) total[i] = (total[i] as number) + (partial[c * n + i] as number);
      return total;
    };
  };
  return {
    dependencies(view, sources, weights) {
      return start(view, sources, weights)();
    },
    startDependencies: (view, sources, weights) => start(view, sources, weights),
    startKernel(kernel, args, work) {
      const here = (): void => (kernel as (...a: readonly KernelArgument[]) => void)(...args);
      if (threads === 1 || work < minWork) return here;
      const control = new Int32Array(new SharedArrayBuffer(8));
      const copies = args.map((a) => (typeof a === 'number' ? a : shared(a)));
      let worker: Worker;
      try {
        worker = new Worker(kernelWorker(kernel), { eval: true, workerData: { control, args: copies } });
        worker.unref();
      } catch {
        return here; // no thread to spare: run it when joined
      }
      return () => {
        while (Atomics.load(control, 0) === 0) Atomics.wait(control, 0, 0, 1000);
        void worker.terminate();
        if (Atomics.load(control, 1) !== 0) throw new Error('workerRunner: a worker thread failed; run again without the worker runner to see the error');
        args.forEach((a, i) => {
          if (typeof a !== 'number') a.set(copies[i] as Int32Array & Float64Array);
        });
      };
    },
    distances(view, sources) {
      if (serial(view, sources)) return serialRunner.distances(view, sources);
      const { size, count } = chunking(sources.length, view.keys.length);
      const component = componentsOf(view);
      const neighbors = neighborsByDegree(view);
      const split = view.bipartite ? view.nA : -1;
      const sum = new Float64Array(new SharedArrayBuffer(8 * sources.length));
      const reached = new Float64Array(new SharedArrayBuffer(8 * sources.length));
      const job = {
        kind: 'distances', size, count, sum, reached,
        control: new Int32Array(new SharedArrayBuffer(16)),
        offsets: shared(view.offsets), neighbors: shared(neighbors), sources: shared(sources), component: shared(component), split,
      }; // prettier-ignore
      run(job, threads, (c) => {
        distanceKernel(view.offsets, neighbors, component, sources, c * size, Math.min(sources.length, (c + 1) * size), sum, reached, split);
      }, onProgress);
      return { sum: Float64Array.from(sum), reached: Float64Array.from(reached) };
    },
  };
}
