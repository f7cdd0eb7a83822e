#!/usr/bin/env node
/* global window */
// Measures the built explorer in headless Chromium: time to first render, to the end of the
// layout and of the metrics, and the longest main-thread task, on the bundled table and on a
// synthetic one (scripts/synthetic-table.mjs). Not a test: figures vary by machine.
//   pnpm --filter @fengong/viz build && node packages/viz/scripts/measure.mjs [tasks=10000] [runs=3]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDist } from './serve-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const tasks = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('measure: no packages/viz/dist — run `pnpm --filter @fengong/viz build` first');
  process.exit(2);
}
const synthetic = spawnSync(process.execPath, [join(ROOT, 'scripts/synthetic-table.mjs'), String(tasks), '1'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;

const { server, base } = await serveDist(DIST, new Map([['synthetic.txt', synthetic]]));
const browser = await launchChromium();

async function measure(label, query) {
  const rows = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(base + query, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    const firstRender = await page.evaluate(() => performance.getEntriesByName('fengong:first-render')[0]?.startTime);
    // Responsiveness while the layout and the metrics run: how late a 0 ms timer fires.
    const lag = await page.evaluate(async () => {
      let worst = 0;
      for (let i = 0; i < 40; i += 1) {
        const t = performance.now();
        await new Promise((r) => setTimeout(r, 0));
        worst = Math.max(worst, performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
      return worst;
    });
    await page.waitForSelector('body[data-layout="done"]', { timeout: 600_000 });
    await page.waitForSelector('body[data-metrics="done"]', { timeout: 600_000 });
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('fengong:', ''), Math.round(m.startTime)])));
    const longest = await page.evaluate(() => Math.round(Math.max(0, ...window.__longTasks)));
    rows.push({ firstRender: Math.round(firstRender), layout: marks['layout-done:bipartite'], metrics: marks['metrics-done'], betweenness: marks['metric:betweenness'], longestTask: longest, timerLag: Math.round(lag) });
    await page.close();
  }
  console.log(`\n${label} (ms from navigation start, ${runs} runs)`);
  console.table(rows);
}

await measure('bundled table (30 tasks, 34 agencies)', '');
await measure(`synthetic table (${tasks} tasks)`, '?src=synthetic.txt');
await browser.close();
server.close();
