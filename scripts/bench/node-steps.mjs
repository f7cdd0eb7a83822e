#!/usr/bin/env node
// fengong's side of the benchmark: every core step on one table file, timed in this process.
//
//   node scripts/bench/node-steps.mjs --table FILE [--repeat 30] [--budget 120] [--threads N] [--warmup FILE]
//
// Prints one JSON object per line: { step, seconds, cpu, estimated?, note? }. Fast steps run
// --repeat times and keep the best; steps predicted (from a sample of sources) to take longer
// than --budget seconds are reported as estimates instead of run. Imports the built packages
// (run `tsc -b packages/core` first; `pnpm bench` does).
import { readFileSync } from 'node:fs';
import {
  agencyCommunities,
  agencyLoad,
  analyzeTable,
  betweenness,
  buildResponsibilityGraph,
  closeness,
  compact,
  compactTable,
  pairCounts,
  pairWeights,
  eigenvector,
  latapyClustering,
  networkMeasures,
  normaliseTable,
  pagerank,
  parseTable,
  projection,
  redundancy,
  structuralHoles,
  agencyCoreness,
  twoModeCoreness,
  corePeriphery,
  twoModeCorePeriphery,
  brokerage,
  sdsmPValues,
  robustness,
} from '../../packages/core/dist/index.js';
import { serialRunner, workerRunner } from '../../packages/core/dist/node/index.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const file = arg('table');
const repeat = Number(arg('repeat', '30'));
const budget = Number(arg('budget', '120'));
const threads = arg('threads') === undefined ? undefined : Number(arg('threads'));
if (file === undefined) throw new Error('node-steps: --table FILE is required');

/**
 * Best wall time (with its CPU time, all threads) of up to `times` runs — repeated only while the
 * runs so far took under 1 s in all — and the last result.
 */
function clock(fn, times = 1) {
  let best;
  let result;
  let spent = 0;
  for (let i = 0; i < times && spent < 1; i += 1) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    result = fn();
    const wall = (performance.now() - w0) / 1000;
    const c = process.cpuUsage(c0);
    spent += wall;
    if (best === undefined || wall < best.seconds) best = { seconds: wall, cpu: (c.user + c.system) / 1e6 };
  }
  return { ...best, result };
}
const emit = (step, { seconds, cpu }, extra = {}) => console.log(JSON.stringify({ step, seconds, cpu, ...extra }));
const run = (step, fn, times = repeat) => {
  const timed = clock(fn, times);
  emit(step, timed);
  return timed.result;
};

// Warm up: every step once on a small table first (V8 optimises code once it is hot; NetworkX
// and igraph have nothing to compile). Whole-process timings include the cold start.
const warmup = arg('warmup');
if (warmup !== undefined) {
  // Each fast step repeated for about 0.3 s (V8 optimises a function after many calls, as
  // benchmark harnesses for JIT-compiled languages allow for); the slow ones once.
  const repeatFor = (fn) => {
    const end = performance.now() + 300;
    do fn();
    while (performance.now() < end);
  };
  const text = readFileSync(warmup, 'utf8');
  repeatFor(() => parseTable(text));
  const t = normaliseTable(parseTable(text));
  repeatFor(() => normaliseTable(parseTable(text)));
  const g = buildResponsibilityGraph(t);
  const v = compactTable(t);
  repeatFor(() => compactTable(t));
  repeatFor(() => compact(g));
  repeatFor(() => agencyLoad(v));
  const c = pairCounts(v, 'agency');
  repeatFor(() => pairCounts(v, 'agency'));
  for (const w of ['jaccard', 'overlap']) repeatFor(() => pairWeights(v, c, w));
  projection(g);
  for (const metric of [pagerank, eigenvector, closeness]) repeatFor(() => metric.compute(v));
  for (const metric of [latapyClustering, redundancy]) metric.compute(v);
  repeatFor(() => structuralHoles(v));
  repeatFor(() => agencyCoreness(v));
  repeatFor(() => twoModeCoreness(v));
  repeatFor(() => [corePeriphery(v), twoModeCorePeriphery(v)]);
  repeatFor(() => brokerage(v));
  repeatFor(() => sdsmPValues(v, pairCounts(v, 'agency')));
  repeatFor(() => robustness(v));
  betweenness.compute(v);
  betweenness.compute(v, { pivots: 100 });
  repeatFor(() => agencyCommunities(v));
  networkMeasures(g);
  analyzeTable(t);
}

const text = readFileSync(file, 'utf8');
const table = run('parse', () => parseTable(text));
try {
  const csv = readFileSync(file.replace(/\.txt$/, '.csv'), 'utf8');
  run('parse (CSV)', () => parseTable(csv));
} catch {
  // no CSV beside the table
}
const normalised = run('normalise names', () => normaliseTable(table));
// The graph the metrics run on: the typed-array (CSR) view with every node's attributes, built
// straight from the table (what analyzeTable and `fengong analyze` use).
const view = run('build', () => compactTable(normalised));
const graph = run('build (graphology graph)', () => buildResponsibilityGraph(normalised));
run('compact view', () => compact(graph));
console.log(JSON.stringify({ step: 'graph', nodes: view.keys.length, links: view.neighbors.length / 2, agencies: view.nA, tasks: view.nT }));
run('load', () => agencyLoad(view));
// Projections as typed arrays of pairs (the kernel analyze, Louvain and the report use), then the
// graphology graph with every weight and the hypergeometric p and q of every pair.
run('projection: shared and Newman', () => pairCounts(view, 'agency'));
run('projection: Jaccard', () => pairWeights(view, pairCounts(view, 'agency'), 'jaccard'));
run('projection: overlap', () => pairWeights(view, pairCounts(view, 'agency'), 'overlap'));
run('projection: all weights, p and q', () => projection(graph));
run('PageRank', () => pagerank.compute(view));
run('eigenvector', () => eigenvector.compute(view));

const runner = workerRunner(threads === undefined ? {} : { threads });
const n = view.keys.length;
const sample = Math.min(n, 512);
// Exact betweenness: predicted from the first `sample` sources (agencies, then tasks: both kinds).
const probe = clock(() => betweenness.compute(view, { pivots: sample, seed: 1 }));
const predicted = { seconds: (probe.seconds * n) / sample, cpu: (probe.cpu * n) / sample };
if (predicted.seconds > budget) {
  emit('betweenness (exact)', predicted, { estimated: true, note: `from ${sample} pivots, one thread` });
} else {
  run('betweenness (exact)', () => betweenness.compute(view));
  run('betweenness (exact), worker threads', () => betweenness.compute(view, { runner }));
}
run('betweenness (1,000 pivots)', () => betweenness.compute(view, { pivots: 1000, seed: 42 }));
run('betweenness (1,000 pivots), worker threads', () => betweenness.compute(view, { pivots: 1000, seed: 42, runner }));
run('closeness', () => closeness.compute(view));
run('closeness, worker threads', () => closeness.compute(view, { runner }));
// The breadth-first searches alone, as on a graph without a node linked to the whole other side.
const everyNode = Int32Array.from({ length: n }, (_, i) => i);
run('closeness by search', () => serialRunner.distances(view, everyNode));
run('closeness by search, worker threads', () => runner.distances(view, everyNode));
run('Louvain (projection included)', () => agencyCommunities(view));
run('network measures (NODF, Robins–Alexander, components)', () => networkMeasures(graph));
run('Latapy clustering', () => latapyClustering.compute(view));
run('redundancy', () => redundancy.compute(view));
// Each of these builds its own projection (pairCounts); analyze shares one and lists the
// projection's triangles once for both weightings of the structural holes.
run('structural holes (shared)', () => structuralHoles(view));
run('structural holes (unweighted)', () => structuralHoles(view, { weight: null }));
run('k-cores (projection and two-mode, l = 2)', () => [agencyCoreness(view), twoModeCoreness(view)]);
run('core–periphery (projection and two-mode)', () => [corePeriphery(view), twoModeCorePeriphery(view)]);
run('brokerage roles (by category)', () => brokerage(view));
run('SDSM p-values (fit included)', () => sdsmPValues(view, pairCounts(view, 'agency')));
run('robustness, 20 random orders', () => robustness(view));
run('analyze (in process)', () => analyzeTable(normalised));
run('analyze (in process), worker threads', () => analyzeTable(normalised, { runner }));
console.log(JSON.stringify({ step: 'peak memory (MB)', value: process.resourceUsage().maxRSS / 1024 }));
