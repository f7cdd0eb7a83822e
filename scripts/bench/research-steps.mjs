#!/usr/bin/env node
// In-process CPU time of each of issue 14's measures against analyzeTable on one table (one thread,
// after a warm-up, best of --repeat runs), from core's built dist. Prints one JSON object.
//
//   node scripts/bench/research-steps.mjs --table FILE [--repeat 3] [--before DIR]
//
// With --before (a built checkout from before the measures), its analyzeTable runs in the same
// process, alternately with this one's, on the same parsed table: the cleanest comparison on a
// shared machine (same process, same heap, same moments of load).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  agencyCoreness,
  analyzeTable,
  brokerage,
  categoryBlocks,
  compactTable,
  corePeriphery,
  normaliseTable,
  pairCounts,
  parseTable,
  robustness,
  sdsmPValues,
  structuralHoles,
  twoModeCoreness,
  twoModeCorePeriphery,
} from '../../packages/core/dist/index.js';
// What analyze adds on top of the Louvain partition and the betweenness it has already computed:
// the community blocks from its pairs and communities, the centralisation from its betweenness.
import { blocksOfSlots, communitySlots } from '../../packages/core/dist/structure/partition-blocks.js';
import { twoModeCentralisationOf } from '../../packages/core/dist/structure/two-mode-centralisation.js';
import { louvainCsr, pairsToCsr } from '../../packages/core/dist/structure/louvain.js';
import { betweenness } from '../../packages/core/dist/metrics/centrality/betweenness.js';
import { betweennessPlan } from '../../packages/core/dist/metrics/centrality/betweenness-plan.js';

const { values } = parseArgs({ options: { table: { type: 'string' }, repeat: { type: 'string', default: '3' }, before: { type: 'string' } } });
if (values.table === undefined) throw new Error('research-steps: give --table FILE');
const repeat = Number(values.repeat);
const table = normaliseTable(parseTable(readFileSync(values.table, 'utf8')));
const view = compactTable(table);
// Inputs analyze shares with the steps below (computed once, outside the timings).
const counts = pairCounts(view, 'agency');
const found = louvainCsr(pairsToCsr(view.nA, 0, counts.u, counts.v, counts.shared), { seed: 42 });
const between = betweenness.compute(view, betweennessPlan(view, 'auto').options);

/** CPU seconds (user + system) of one run of f. */
function once(f) {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Best CPU seconds of `repeat` runs of f. */
function cpu(f) {
  let best = Infinity;
  for (let i = 0; i < repeat; i += 1) best = Math.min(best, once(f));
  return best;
}

// The steps as analyze runs them (it shares one projection and one listing of its triangles, so
// these standalone calls, each with its own pairCounts, are an upper bound); robustness by
// betweenness reuses analyze's betweenness and is left out here.
const steps = {
  'structural holes, both weightings': () => [structuralHoles(view), structuralHoles(view, { weight: null })],
  'k-cores, projection and two-mode': () => [agencyCoreness(view), twoModeCoreness(view)],
  'core–periphery, projection and two-mode': () => [corePeriphery(view), twoModeCorePeriphery(view)],
  'brokerage roles': () => brokerage(view),
  'SDSM p-values': () => sdsmPValues(view, pairCounts(view, 'agency')),
  'robustness: random (20 orders), tasks, lead': () => ['random', 'tasks', 'lead'].map((strategy) => robustness(view, { strategy })),
  'density and centralisation per category': () => categoryBlocks(view),
  'density and centralisation per community (as analyze: its pairs and communities)': () => {
    const { slot, labels } = communitySlots(view, found.community, found.count);
    return blocksOfSlots(view, counts, slot, labels);
  },
  'two-mode centralisation (as analyze: its betweenness)': () => twoModeCentralisationOf(view, between),
};
analyzeTable(table); // warm-up
for (const f of Object.values(steps)) f();
const result = { analyze: Infinity, steps: {} };
if (values.before !== undefined) {
  const old = await import(pathToFileURL(resolve(values.before, 'packages/core/dist/index.js')).href);
  const oldTable = old.normaliseTable(old.parseTable(readFileSync(values.table, 'utf8')));
  old.analyzeTable(oldTable); // warm-up
  result.before = Infinity;
  for (let i = 0; i < repeat; i += 1) {
    result.before = Math.min(result.before, once(() => old.analyzeTable(oldTable)));
    result.analyze = Math.min(result.analyze, once(() => analyzeTable(table)));
  }
} else result.analyze = cpu(() => analyzeTable(table));
for (const [name, f] of Object.entries(steps)) result.steps[name] = cpu(f);
result.research = Object.values(result.steps).reduce((a, b) => a + b, 0);
console.log(JSON.stringify(result));
