#!/usr/bin/env node
/* global document */
// Growth of the viewer's reading with the file's size, in headless Chromium: each format's file at
// 1×, 2×, 4×, 8× the rows (scripts/growth/scale-formats.mjs, the same files as
// scripts/parse-growth-formats.mjs), opened from the file menu of the built explorer. The time is
// the page's own `fengong:parse` measure (from the file handed to the read worker to its table back
// on the page: core's parseFile runs in the worker since 3983a7e, PDF on the page with pdf.js's own). Each measurement is a fresh page that first opens the file at a
// quarter of 1× (the reader loaded, V8 warm), then the measured one; best of --runs. Prints a
// Markdown table for docs/parse-growth.md; exits 1 when a ×4 ratio passes 10 (linear 4,
// quadratic 16) three times running. Not a test: figures vary with the machine and its load.
//
//   pnpm --filter @fengong/viz build && node packages/viz/scripts/measure-parse-growth.mjs [--base 24] [--runs 3] [--only text,docx,xlsx]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makers } from '../../../scripts/growth/scale-formats.mjs';
import { launchChromium, serveDist } from './serve-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
/** Copies of the fixture's 30 tasks at 1× (24: 720 tasks; 8× stays under the viewer's 2 MiB in every format below). */
const base = Number(arg('base', '24'));
const runs = Number(arg('runs', '3'));
const sizes = [1, 2, 4, 8];
const formats = arg('only', 'text,csv,docx,xlsx,odt,ods,html').split(',');
const SUPERLINEAR = 10;
const MAX_VIEWER_BYTES = 2 * 1024 * 1024;
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('measure-parse-growth: no packages/viz/dist — run `pnpm --filter @fengong/viz build` first');
  process.exit(2);
}

const { server, base: url } = await serveDist(DIST, new Map());
const browser = await launchChromium();

async function open(page, name, bytes) {
  await page.setInputFiles('input[type="file"]', { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.waitForFunction((n) => document.querySelector('#header h1')?.textContent === n, name, { timeout: 300_000 });
  return page.evaluate((n) => performance.getEntriesByName('fengong:parse').findLast((m) => m.detail?.file === n)?.duration, name);
}

/** The page's reading time of `bytes`, best of `runs` fresh pages. */
async function parseTime(format, k, bytes, warm) {
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
      await open(page, `warm-up-${format}`, warm);
      const ms = await open(page, `growth-${format}-${k}`, bytes);
      if (typeof ms !== 'number') throw new Error(`${format} at ${k}×: no fengong:parse measure on the page`);
      best = Math.min(best, ms);
    } finally {
      await page.close();
    }
  }
  return best;
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const version = await browser.version();
console.log(`\`${['node packages/viz/scripts/measure-parse-growth.mjs', ...argv].join(' ')}\` — commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Chromium ${version}, load ${loadavg()[0].toFixed(1)} at the start; 1× = ${base * 30} tasks, best of ${runs} fresh pages`);
console.log('');
console.log(`| format | bytes at 8× | ${sizes.map((s) => `${s}×: ms`).join(' | ')} | per doubling | ×4 (8×/2×) |`);
console.log(`|---|---:|${sizes.map(() => '---:').join('|')}|---|---:|`);
const failed = [];
try {
  for (const format of formats) {
    const files = sizes.map((s) => makers[format](base * s));
    const warm = makers[format](Math.max(1, base / 4));
    if (files.at(-1).length > MAX_VIEWER_BYTES) {
      console.log(`| ${format} | ${files.at(-1).length.toLocaleString('en')} | ${sizes.map(() => '—').join(' | ')} | over the viewer's 2 MiB | — |`);
      continue;
    }
    const measure = async () => {
      const times = [];
      for (const [i, bytes] of files.entries()) times.push(await parseTime(format, sizes[i], bytes, warm));
      return times;
    };
    let times = await measure();
    for (let retry = 0; retry < 2 && times[3] / times[1] > SUPERLINEAR; retry += 1) times = await measure();
    const doubling = times.slice(1).map((t, i) => (t / times[i]).toFixed(1));
    const x4 = times[3] / times[1];
    console.log(`| ${format} | ${files.at(-1).length.toLocaleString('en')} | ${times.map((t) => t.toFixed(0)).join(' | ')} | ${doubling.join(', ')} | ${x4.toFixed(1)} |`);
    if (x4 > SUPERLINEAR) failed.push(`${format}: ×${x4.toFixed(1)} for ×4 the rows`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log('');
console.log(`load ${loadavg()[0].toFixed(1)} at the end`);
if (failed.length > 0) {
  console.error(`measure-parse-growth: super-linear reading in the viewer (×4 ratio above ${SUPERLINEAR}):\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
