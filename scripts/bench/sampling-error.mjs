#!/usr/bin/env node
// Error of sampled betweenness against exact, on one table: for each pivot count and seed, the
// largest and mean absolute error of the normalised values, the error of the top agencies, rank
// correlation and top-10 overlap. Prints one JSON object per pivot count.
//
//   node scripts/bench/sampling-error.mjs --table FILE [--pivots 100,250,500,1000,2000] [--seeds 5]
import { readFileSync } from 'node:fs';
import { betweenness, buildResponsibilityGraph, compact, normaliseTable, parseTable } from '../../packages/core/dist/index.js';
import { workerRunner } from '../../packages/core/dist/node/index.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const file = arg('table');
if (file === undefined) throw new Error('sampling-error: --table FILE is required');
const pivotCounts = arg('pivots', '100,250,500,1000,2000').split(',').map(Number);
const seeds = Number(arg('seeds', '5'));

const view = compact(buildResponsibilityGraph(normaliseTable(parseTable(readFileSync(file, 'utf8')))));
const runner = workerRunner();
const exact = betweenness.compute(view, { runner });
const agencies = Array.from({ length: view.nA }, (_, i) => i);
const byExact = [...agencies].sort((a, b) => (exact[b] ?? 0) - (exact[a] ?? 0));
const top10 = byExact.slice(0, 10);

/** Spearman's ρ between two score vectors over the agencies (average ranks for ties). */
function spearman(x, y) {
  const ranks = (v) => {
    const order = [...agencies].sort((a, b) => v[a] - v[b]);
    const r = new Float64Array(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && v[order[j + 1]] === v[order[i]]) j += 1;
      for (let k = i; k <= j; k += 1) r[order[k]] = (i + j) / 2;
      i = j + 1;
    }
    return agencies.map((a) => r[a]);
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (rx.length - 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i += 1) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) ** 2;
    syy += (ry[i] - mean) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

console.log(JSON.stringify({ nodes: view.keys.length, agencies: view.nA, tasks: view.nT, topExact: exact[top10[0]] }));
for (const pivots of pivotCounts) {
  if (pivots >= view.keys.length) continue;
  const runs = [];
  for (let seed = 1; seed <= seeds; seed += 1) {
    const t0 = performance.now();
    const estimate = betweenness.compute(view, { pivots, seed, runner });
    const seconds = (performance.now() - t0) / 1000;
    let max = 0;
    let sum = 0;
    for (let i = 0; i < estimate.length; i += 1) {
      const e = Math.abs((estimate[i] ?? 0) - (exact[i] ?? 0));
      max = Math.max(max, e);
      sum += e;
    }
    const topRelative = Math.max(...top10.map((a) => Math.abs((estimate[a] ?? 0) - (exact[a] ?? 0)) / (exact[a] || 1)));
    const sampledTop = new Set([...agencies].sort((a, b) => (estimate[b] ?? 0) - (estimate[a] ?? 0)).slice(0, 10));
    runs.push({ seconds, max, mean: sum / estimate.length, topRelative, spearman: spearman(exact, estimate), top10: top10.filter((a) => sampledTop.has(a)).length });
  }
  const worst = (key, pick = Math.max) => pick(...runs.map((r) => r[key]));
  console.log(JSON.stringify({
    pivots,
    seeds,
    seconds: runs.reduce((s, r) => s + r.seconds, 0) / runs.length,
    maxAbsError: worst('max'),
    meanAbsError: runs.reduce((s, r) => s + r.mean, 0) / runs.length,
    top10RelativeError: worst('topRelative'),
    spearman: worst('spearman', Math.min),
    top10Overlap: worst('top10', Math.min),
  }));
}
