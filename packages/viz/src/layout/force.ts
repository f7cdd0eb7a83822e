// ForceAtlas2 in a web worker for a fixed number of iterations, then Noverlap in a web worker for a
// fixed number too: the page keeps responding however large the graph, and the same graph always
// gets the same picture, however fast the machine.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { assign, assignLayoutChanges, graphToByteArrays, validateSettings } from 'graphology-layout-forceatlas2/helpers.js';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { DisplayGraph } from '../types.js';
import type { Fa2Message, Fa2Request, Fa2Settings } from './fa2-protocol.js';
import { noverlapPlan, runNoverlap } from './noverlap-run.js';
import type { NoverlapRequest, NoverlapResult } from './noverlap-protocol.js';
import { alignPrincipalAxis } from './seed.js';
import { spreadForSizes } from './spread.js';

export interface LayoutHandle {
  /** Resolves when the layout has finished (or was stopped). */
  readonly done: Promise<void>;
  /** Stops the layout where it is and ends its workers. */
  stop(): void;
}

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: 600 settle a few hundred nodes; larger
 * graphs get fewer, 600 · 500 / n (247 at 1,214 nodes), never under 100 (5,214 nodes): each
 * iteration costs more, and the barycentric seeds (`seedBipartite`) start them close to their
 * final structure — on the synthetic tables, links reach 0.64 of the mean distance between two
 * nodes within 100–200 iterations at 1,000 tasks and 0.71 after 100 at 5,000, where 600 from the
 * circle used before left 0.79. (Before those seeds: 600 · (500 / n)^0.5, at least 150 — 385 at
 * 1,214 nodes, 186 at 5,214.) The layout's spread would still grow for hundreds of iterations;
 * `spreadForSizes` scales it instead, before Noverlap.
 */
export function iterationsFor(order: number): number {
  return Math.max(100, Math.min(600, Math.round((600 * 500) / Math.max(1, order))));
}

/**
 * How often (ms) positions are copied to the drawn graph while the layout runs, or `null` for only
 * at the end: ten times a second on small graphs (under 500 nodes and 3,000 links), so the layout
 * animates. Larger ones are not redrawn mid-layout: without a GPU a redraw of thousands of links
 * takes hundreds of milliseconds of a core the layout worker needs (at 1,000 tasks the
 * co-responsibility network, 214 agencies and 4,667 links, took 22–35 s while redrawn ten times a
 * second).
 */
export function copyInterval(order: number, size = 0): number | null {
  return order < 500 && size < 3000 ? 100 : null;
}

export interface ForceOptions {
  iterations?: number;
  /** Edge attribute pulling harder with larger values, or `null` for equal pulls. */
  weight: string | null;
}

/** A bare copy of the graph's structure, positions and sizes: what the layout workers read and write. */
function layoutCopy(graph: DisplayGraph, weight: string | null): Graph {
  const copy = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  graph.forEachNode((node, { x, y, size }) => copy.addNode(node, { x, y, size }));
  graph.forEachEdge((edge, attr, a, b) => {
    const w = weight === null ? 1 : Number((attr as Attributes)[weight] ?? 1);
    copy.addEdgeWithKey(edge, a, b, { weight: w });
  });
  return copy;
}

/**
 * Runs ForceAtlas2 (Jacomy et al. 2014; `inferSettings`, `adjustSizes` so discs do not overlap,
 * hubs dissuaded) in a module worker (`fa2.worker.ts`: exactly N iterations of the package's own
 * step on its own matrices, in one go), scales a result denser than its nodes' sizes allow
 * ({@link spreadForSizes}), then runs `graphology-layout-noverlap` in a worker of its own
 * for the remaining overlaps ({@link noverlapPlan}: a fixed iteration count, seeded jitter), and
 * lays the principal axis horizontally. The workers move a bare copy of the graph, so their speed
 * never waits on drawing: positions are copied to the drawn graph now and then on small graphs
 * ({@link copyInterval}), and at the end. A fixed iteration count keeps the layout reproducible.
 */
export function forceLayout(graph: DisplayGraph, options: ForceOptions): LayoutHandle {
  const iterations = options.iterations ?? iterationsFor(graph.order);
  const work = layoutCopy(graph, options.weight);
  // Barnes–Hut from 500 nodes (ForceAtlas2's own default waits until 2,000): exact repulsion is
  // O(n²) per iteration, which made a 1,000-task table (1,300 nodes) take ~10 s to settle.
  // From 2,000 nodes, Barnes–Hut's θ is Gephi's default, 1.2 (the package's is 0.5): cells of the
  // quadtree are approximated sooner, which halves each iteration at 5,000 tasks (58 → 29 ms in
  // Node) for a picture of the same shape.
  const settings = {
    ...forceAtlas2.inferSettings(work),
    barnesHutOptimize: work.order >= 500,
    ...(work.order >= 2000 ? { barnesHutTheta: 1.2 } : {}),
    adjustSizes: true,
    outboundAttractionDistribution: true,
  };
  const getEdgeWeight = options.weight === null ? null : 'weight';
  const interval = copyInterval(graph.order, graph.size);
  let stopped = false;
  let fa2: Worker | undefined;
  let noverlap: Worker | undefined;
  let copyTimer: ReturnType<typeof setTimeout> | undefined;
  let lastCopy = 0;
  let resolve: () => void = () => {};
  const done = new Promise<void>((r) => (resolve = r));

  const copyBack = (): void => {
    copyTimer = undefined;
    lastCopy = performance.now();
    graph.updateEachNodeAttributes((node, attr) => ({ ...attr, x: work.getNodeAttribute(node, 'x') as number, y: work.getNodeAttribute(node, 'y') as number }), {
      attributes: ['x', 'y'],
    });
  };
  const scheduleCopy = (): void => {
    if (copyTimer !== undefined || stopped || interval === null) return;
    copyTimer = setTimeout(copyBack, Math.max(0, lastCopy + interval - performance.now()));
  };
  const cancelCopy = (): void => {
    clearTimeout(copyTimer);
    copyTimer = undefined;
  };

  const finish = (): void => {
    fa2?.terminate();
    noverlap?.terminate();
    cancelCopy();
    fa2 = undefined;
    noverlap = undefined;
    if (!stopped) {
      copyBack();
      alignPrincipalAxis(graph);
    }
    stopped = true;
    resolve();
  };
  const startNoverlap = (): void => {
    performance.mark('fengong:fa2-done');
    fa2?.terminate();
    fa2 = undefined;
    if (stopped) return;
    spreadForSizes(work);
    const nodes = work.nodes();
    const positions = new Float64Array(3 * nodes.length);
    nodes.forEach((node, i) => {
      const { x, y, size } = work.getNodeAttributes(node) as { x: number; y: number; size: number };
      positions.set([x, y, size], 3 * i);
    });
    const apply = (out: Float64Array): void => {
      performance.mark('fengong:noverlap-done');
      if (stopped) return;
      nodes.forEach((node, i) => work.mergeNodeAttributes(node, { x: out[3 * i], y: out[3 * i + 1] }));
      finish();
    };
    const { iterations: noverlapIterations, settings: noverlapSettings } = noverlapPlan(nodes.length);
    try {
      noverlap = new Worker(new URL('./noverlap.worker.ts', import.meta.url), { type: 'module', name: 'fengong-noverlap' });
    } catch {
      // No workers: the same run on the main thread (a stall on large graphs, the same picture).
      apply(runNoverlap(positions, noverlapIterations, noverlapSettings));
      return;
    }
    noverlap.onmessage = (event: MessageEvent<NoverlapResult>) => apply(event.data.positions);
    noverlap.onerror = (event) => {
      // A worker that cannot load (CSP): the same run here.
      event.preventDefault();
      noverlap?.terminate();
      noverlap = undefined;
      apply(runNoverlap(positions, noverlapIterations, noverlapSettings));
    };
    const request: NoverlapRequest = { positions, iterations: noverlapIterations, settings: noverlapSettings };
    noverlap.postMessage(request);
  };

  /** Without workers (a stricter Content-Security-Policy): in slices on the main thread, a few iterations per frame, so the page still never freezes. */
  const onMainThread = (): void => {
    let left = iterations;
    const slice = (): void => {
      if (stopped) return;
      // About 10 iterations of a 500-node graph per frame; one at a time on large graphs.
      const n = Math.min(left, Math.max(1, Math.round(5000 / work.order)));
      forceAtlas2.assign(work, { iterations: n, settings, getEdgeWeight });
      scheduleCopy();
      left -= n;
      if (left > 0) requestAnimationFrame(slice);
      else startNoverlap();
    };
    requestAnimationFrame(slice);
  };
  performance.mark('fengong:fa2-start');
  try {
    fa2 = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module', name: 'fengong-fa2' });
  } catch {
    fa2 = undefined;
    onMainThread();
  }
  if (fa2 !== undefined) {
    // The package's own matrices and settings (its defaults merged and checked as its supervisor does), iterated in the worker.
    const full = assign({}, FA2_DEFAULTS, settings) as Fa2Settings;
    const invalid = validateSettings(full);
    if (invalid !== null) throw new Error(`@fengong/viz: ForceAtlas2 settings: ${invalid.message}`);
    const matrices = graphToByteArrays(work, getEdgeWeight === null ? () => 1 : (_edge, attr) => (typeof attr.weight === 'number' ? attr.weight : 1));
    fa2.onmessage = (event: MessageEvent<Fa2Message>) => {
      if (stopped) return;
      assignLayoutChanges(work, new Float32Array(event.data.nodes), null);
      if (event.data.kind === 'progress') scheduleCopy();
      else startNoverlap();
    };
    fa2.onerror = (event) => {
      // A worker that cannot load (CSP): the same iterations here, in slices.
      event.preventDefault();
      fa2?.terminate();
      fa2 = undefined;
      onMainThread();
    };
    const request: Fa2Request = { nodes: matrices.nodes.buffer as ArrayBuffer, edges: matrices.edges.buffer as ArrayBuffer, settings: full, iterations, progressEvery: interval };
    fa2.postMessage(request, [request.nodes, request.edges]);
  }
  return {
    done,
    stop: () => {
      if (stopped) return;
      stopped = true;
      finish();
    },
  };
}
