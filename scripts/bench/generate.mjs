#!/usr/bin/env node
// Seeded synthetic responsibility tables shaped like the bundled one (data/hunan-gba-2020), of any
// size, written in the bundled table's own layout (a Word table pasted as text) and as CSV.
//
//   node scripts/bench/generate.mjs --tasks 10000 [--seed 1] [--out DIR] [--shape one-hub|hubs]
//
// Shape (measured on the bundled table, 30 tasks, 34 agencies): every task lists one collective
// (各有关市州人民政府, last, with 按职责分工负责), one hub agency on ~90% of tasks (as 省发展改革委 is
// on 27 of 30), and 3–11 units in all (the bundled distribution of team sizes); the other units
// are drawn without replacement from a Zipf law (s = 1) over a pool of round(10·√tasks) agencies,
// so the agency count grows like Heaps' law (1,000 tasks → ~316 agencies, 10,000 → ~1,000,
// 100,000 → ~3,162): plans of one province reuse its departments rather than adding a new one per
// ten tasks. The first listed unit is the lead. Same arguments → byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Core's own seeded generator (mulberry32), from its build (`pnpm install` builds core).
import { seededRandom } from '../../packages/core/dist/structure/random.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Team sizes of the bundled table (collective included): size → tasks. */
const TEAM_SIZES = { 3: 1, 4: 5, 5: 7, 6: 9, 7: 2, 8: 3, 9: 2, 10: 1, 11: 1 };
const COLLECTIVE = '各有关市州人民政府';
const HUB_SHARE = 0.9;
const CATEGORY_BLOCK = 50;

/** The bundled table's agency names (collective excluded), hub first; then synthetic names. */
function agencyNames(count) {
  const dictionary = JSON.parse(readFileSync(join(root, 'data/hunan-gba-2020/agencies.json'), 'utf8'));
  const real = dictionary.agencies.filter((a) => !a.collective).map((a) => a.name);
  const names = real.slice(0, count);
  for (let i = names.length; i < count; i += 1) names.push(`省直属单位${String(i + 1).padStart(5, '0')}`);
  return names;
}

/** Samples from a discrete distribution given cumulative weights. */
function sampler(cumulative, random) {
  const total = cumulative[cumulative.length - 1];
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Draws team sizes (collective included) from the bundled table's distribution. */
function teamSizes(random) {
  const sizes = Object.entries(TEAM_SIZES);
  const cumulative = [];
  let acc = 0;
  for (const [, w] of sizes) cumulative.push((acc += w));
  const draw = sampler(cumulative, random);
  return () => Number(sizes[draw()][0]);
}

/**
 * A synthetic table as rows `{ number, category, title, units[] }` (units in listed order, the
 * collective last).
 */
export function generateRows({ tasks, seed = 1, shape = 'one-hub' }) {
  if (!Number.isInteger(tasks) || tasks < 1) throw new Error(`generate: invalid tasks ${tasks} (expected a whole number ≥ 1)`);
  if (shape === 'hubs') return hubRows(tasks, seed);
  const random = seededRandom(seed);
  const pool = Math.max(12, Math.round(10 * Math.sqrt(tasks)));
  const names = agencyNames(pool);
  // Zipf over the pool without the hub (index 0): weight 1/rank.
  const zipf = [];
  let acc = 0;
  for (let r = 1; r < pool; r += 1) zipf.push((acc += 1 / r));
  const drawTail = sampler(zipf, random);
  const drawSize = teamSizes(random);

  const rows = [];
  for (let i = 1; i <= tasks; i += 1) {
    const size = drawSize();
    const chosen = new Set();
    const hub = random() < HUB_SHARE;
    const others = size - 1 - (hub ? 1 : 0);
    while (chosen.size < others) chosen.add(1 + drawTail());
    const units = [...chosen].map((a) => names[a]);
    if (hub) units.splice(Math.floor(random() * (units.length + 1)), 0, names[0]);
    units.push(COLLECTIVE);
    const block = Math.floor((i - 1) / CATEGORY_BLOCK);
    rows.push({ number: i, category: `第${block + 1}类重点工作`, title: `推进第${i}项重点任务落实`, units });
  }
  return rows;
}

/**
 * Hub-heavy rows (shape `hubs`, issue 17): 10,000 agencies (or 10·√tasks, if more) drawn from a
 * Zipf law (s = 1) whose first five are on about 90 %, 54 %, 39 %, 30 % and 23 % of the tasks,
 * as real plans' development, finance and planning bureaus are; team sizes as the bundled table's;
 * the collective on every task.
 */
function hubRows(tasks, seed) {
  const random = seededRandom(seed);
  const pool = Math.max(10_000, Math.round(10 * Math.sqrt(tasks)));
  const names = agencyNames(pool);
  const HUBS = [0.9, 0.54, 0.39, 0.3, 0.23];
  const zipf = [];
  let acc = 0;
  for (let r = HUBS.length + 1; r <= pool; r += 1) zipf.push((acc += 1 / r));
  const drawTail = sampler(zipf, random);
  const drawSize = teamSizes(random);
  const rows = [];
  for (let i = 1; i <= tasks; i += 1) {
    const size = drawSize() - 1;
    const chosen = [];
    HUBS.forEach((share, h) => {
      if (chosen.length < size && random() < share) chosen.push(h);
    });
    const seen = new Set(chosen);
    while (chosen.length < size) {
      const a = HUBS.length + drawTail();
      if (!seen.has(a)) {
        seen.add(a);
        chosen.push(a);
      }
    }
    const block = Math.floor((i - 1) / CATEGORY_BLOCK);
    rows.push({ number: i, category: `第${block + 1}类重点工作`, title: `推进第${i}项重点任务落实`, units: [...chosen.map((a) => names[a]), COLLECTIVE] });
  }
  return rows;
}

/** The rows in the bundled layout: a preamble, then one tab-indented line per cell, rows apart. */
export function toWordTable(rows) {
  const out = ['附件', '', '重点任务责任分工', '', '\t序号', '\t类别', '\t重点任务', '\t责任单位', ''];
  let category = null;
  for (const row of rows) {
    // A merged category cell: written on the first task of its block only, as in the bundled table.
    const cell = row.category === category ? '' : row.category;
    category = row.category;
    out.push(`\t${row.number}`, `\t${cell}`, `\t${row.title}`, `\t${row.units.join('、')}按职责分工负责`, '');
  }
  return out.join('\n');
}

/** The rows as CSV (RFC 4180; no cell needs quoting), the category on every row. */
export function toCsv(rows) {
  const lines = ['序号,类别,重点任务,责任单位'];
  for (const row of rows) lines.push(`${row.number},${row.category},${row.title},${row.units.join('、')}按职责分工负责`);
  return lines.join('\n') + '\n';
}

/** Writes `tasks-<n>.txt` and `tasks-<n>.csv` into `dir`; returns their paths. */
export function writeTables(dir, tasks, seed = 1, shape = 'one-hub') {
  mkdirSync(dir, { recursive: true });
  const rows = generateRows({ tasks, seed, shape });
  const stem = shape === 'hubs' ? `hubs-${tasks}` : `tasks-${tasks}`;
  const txt = join(dir, `${stem}.txt`);
  const csv = join(dir, `${stem}.csv`);
  writeFileSync(txt, toWordTable(rows));
  writeFileSync(csv, toCsv(rows));
  return { txt, csv };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const tasks = Number(arg('tasks', '1000'));
  const seed = Number(arg('seed', '1'));
  const out = arg('out', '/tmp/fengong-bench');
  const files = writeTables(out, tasks, seed, arg('shape', 'one-hub'));
  console.log(`${files.txt}\n${files.csv}`);
}
