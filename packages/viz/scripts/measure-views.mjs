#!/usr/bin/env node
/* global window, document */
// How long each view of the built explorer takes to be ready, in headless Chromium, on synthetic
// tables (scripts/synthetic-table.mjs, seed 1): opened straight into the view (`?view=`), and
// switched to from the agency–task view once that one is ready. "Ready" is the view's layout done
// (`fengong:layout-done:<view>`) or, for the matrix, its table drawn in community order
// (`fengong:matrix-ready`). Meanwhile
// a 50 ms timer runs on the page: its worst lateness and the longest main-thread task say whether
// the page stayed responsive. Not a test: figures vary by machine and load.
//   pnpm --filter @fengong/viz build && node packages/viz/scripts/measure-views.mjs [--sizes 1000,5000] [--runs 3] [--json]
// --json prints one JSON line per measurement (what `pnpm bench --viewer` reads).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDist } from './serve-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const sizes = arg('sizes', '1000,5000').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const json = argv.includes('--json');
const VIEWS = ['bipartite', 'projection', 'lead', 'matrix'];
/** The goal of issue 13: each view ready within this many seconds. */
const GOAL = { 1000: 5, 5000: 15 };
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('measure-views: no packages/viz/dist — run `pnpm --filter @fengong/viz build` first');
  process.exit(2);
}
const tables = new Map(sizes.map((n) => [`synthetic-${n}.txt`, spawnSync(process.execPath, [join(ROOT, 'scripts/synthetic-table.mjs'), String(n), '1'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout]));

const { server, base } = await serveDist(DIST, tables);
const browser = await launchChromium();

/** Resolves with performance.now() on the page when `view` is ready (after `since`, a page time). */
async function ready(page, view, since) {
  return page.evaluate(
    ([v, t]) =>
      new Promise((resolve) => {
        const check = () => {
          if (v === 'matrix') {
            const mark = performance.getEntriesByName('fengong:matrix-ready').find((m) => m.startTime >= t);
            if (mark !== undefined && document.body.dataset.view === 'matrix') return resolve(mark.startTime);
          } else {
            const mark = performance.getEntriesByName(`fengong:layout-done:${v}`).find((m) => m.startTime >= t);
            if (mark !== undefined && document.body.dataset.layout === 'done' && document.body.dataset.view === v) return resolve(mark.startTime);
          }
          setTimeout(check, 20);
        };
        check();
      }),
    [view, since],
  );
}

/** The responsiveness probes since `since`: worst lateness of the 50 ms timer, longest task. */
async function probes(page, since) {
  return page.evaluate((t) => ({
    timerLag: Math.round(Math.max(0, ...window.__lags.filter((l) => l.at >= t).map((l) => l.late))),
    longestTask: Math.round(Math.max(0, ...window.__longTasks.filter((e) => e.start >= t).map((e) => e.duration))),
  }), since);
}

async function openPage(query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__lags = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
    let expected = performance.now() + 50;
    const tick = () => {
      const now = performance.now();
      window.__lags.push({ at: now, late: now - expected });
      expected = now + 50;
      setTimeout(tick, 50);
    };
    setTimeout(tick, 50);
  });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  await page.goto(base + query, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
  return page;
}

const rows = [];
const record = (row) => {
  rows.push(row);
  if (json) console.log(JSON.stringify(row));
};
for (const tasks of sizes) {
  for (const view of VIEWS) {
    for (let run = 0; run < runs; run += 1) {
      const load = loadavg()[0];
      // Opened straight into the view: from navigation start.
      const page = await openPage(`?src=synthetic-${tasks}.txt${view === 'bipartite' ? '' : `&view=${view}`}`);
      const at = await ready(page, view, 0);
      record({ tasks, view, how: 'opened', run, seconds: at / 1000, ...(await probes(page, 0)), load });
      if (view !== 'bipartite') {
        // Switched to from the agency–task view, on a fresh page, once that one is ready.
        const fresh = await openPage(`?src=synthetic-${tasks}.txt`);
        await ready(fresh, 'bipartite', 0);
        await fresh.waitForSelector('body[data-metrics="done"]', { timeout: 600_000 });
        const start = await fresh.evaluate(() => performance.now());
        await fresh.selectOption('#view-controls select[name="view"]', view);
        const end = await ready(fresh, view, start);
        record({ tasks, view, how: 'switched', run, seconds: (end - start) / 1000, ...(await probes(fresh, start)), load: loadavg()[0] });
        await fresh.close();
      }
      await page.close();
    }
  }
}
await browser.close();
server.close();

if (!json) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const table = [];
  for (const tasks of sizes) {
    for (const view of VIEWS) {
      for (const how of ['opened', 'switched']) {
        const mine = rows.filter((r) => r.tasks === tasks && r.view === view && r.how === how);
        if (mine.length === 0) continue;
        const s = median(mine.map((r) => r.seconds));
        table.push({ tasks, view, how, 'median s': s.toFixed(1), goal: `< ${GOAL[tasks] ?? '?'} s`, met: GOAL[tasks] === undefined ? '?' : s < GOAL[tasks] ? 'yes' : 'no', 'worst timer lag ms': Math.max(...mine.map((r) => r.timerLag)), 'longest task ms': Math.max(...mine.map((r) => r.longestTask)) });
      }
    }
  }
  console.table(table);
}
