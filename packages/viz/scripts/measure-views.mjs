#!/usr/bin/env node
/* global window, document */
// How long each view of the built explorer takes to be ready, in headless Chromium, on synthetic
// tables (scripts/synthetic-table.mjs, seed 1): opened straight into the view (`?view=`), and
// switched to from the agency–task view once that one is ready. "Ready" is the view's layout done
// (`fengong:layout-done:<view>`) or, for the matrix, its table drawn in community order
// (`fengong:matrix-ready`). Meanwhile
// a 50 ms timer runs on the page: its worst lateness and the longest main-thread task say whether
// the page stayed responsive. CPU: user + system time of every Chromium process (browser, GPU,
// the page's renderer with its workers) from navigation (or the switch) to ready — less sensitive
// to other jobs on the machine than wall time. One page is open at a time. Not a test: figures
// vary by machine and load; but a median over a goal of issue 13 (5 s at 1,000 tasks, 15 s at
// 5,000), or a median longest main-thread task over 1 s at 1,000 tasks or 2 s at 5,000, ends the
// run with exit code 1.
//   pnpm --filter @fengong/viz build && node packages/viz/scripts/measure-views.mjs [--sizes 1000,5000] [--runs 3]
//     [--views bipartite,projection,lead,matrix] [--how opened,switched] [--dist DIR] [--compare DIR] [--json]
// --compare DIR measures another build too (e.g. a copy of dist/ from before a change), each run of
// it right after the same run of this one, so both see the same load; its rows say `build: "compare"`.
// --json prints one JSON line per measurement (what `pnpm bench --viewer` reads).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDist } from './serve-dist.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
/** The built app measured: packages/viz/dist, or another build (`--dist DIR`, e.g. a copy of an earlier one). */
const DIST = resolve(arg('dist', join(ROOT, 'dist')));
const sizes = arg('sizes', '1000,5000').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const json = argv.includes('--json');
const ALL_VIEWS = ['bipartite', 'projection', 'lead', 'matrix'];
const VIEWS = arg('views', ALL_VIEWS.join(',')).split(',');
const HOW = arg('how', 'opened,switched').split(',');
for (const v of VIEWS) if (!ALL_VIEWS.includes(v)) throw new Error(`measure-views: --views: unknown view "${v}" (${ALL_VIEWS.join(', ')})`);
for (const h of HOW) if (h !== 'opened' && h !== 'switched') throw new Error(`measure-views: --how: "${h}" is neither opened nor switched`);
/** The goal of issue 13: each view ready within this many seconds. */
const GOAL = { 1000: 5, 5000: 15 };
/**
 * Responsive meanwhile: the median over runs of the longest main-thread task while a view gets
 * ready stays under this many milliseconds (the page's own work; a 50 ms timer's lateness also
 * counts the compositor reading back each WebGL frame without a GPU, so it is reported, not judged).
 */
const LONGEST_TASK = { 1000: 1000, 5000: 2000 };
if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`measure-views: no ${DIST}/index.html — run \`pnpm --filter @fengong/viz build\` first`);
  process.exit(2);
}
const tables = new Map(sizes.map((n) => [`synthetic-${n}.txt`, spawnSync(process.execPath, [join(ROOT, 'scripts/synthetic-table.mjs'), String(n), '1'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout]));

const COMPARE = arg('compare') === undefined ? undefined : resolve(arg('compare'));
if (COMPARE !== undefined && !existsSync(join(COMPARE, 'index.html'))) {
  console.error(`measure-views: --compare: no ${COMPARE}/index.html`);
  process.exit(2);
}
const builds = [{ build: 'this', ...(await serveDist(DIST, tables)) }, ...(COMPARE === undefined ? [] : [{ build: 'compare', ...(await serveDist(COMPARE, tables)) }])];
let base = builds[0].base;
const browser = await launchChromium();

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = 100;
/**
 * CPU seconds (user + system) used so far by each live process descended from this one — the
 * Chromium that Playwright started, with its GPU and renderer processes (workers are threads of
 * the renderer) — by pid. `null` where /proc is not there.
 */
function chromiumCpu() {
  if (!existsSync('/proc/self/stat')) return null;
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: state ppid … utime (14th) stime (15th).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS });
    } catch {
      // the process ended meanwhile
    }
  }
  const descends = (pid) => {
    for (let p = procs.get(pid)?.ppid; p !== undefined && p > 1; p = procs.get(p)?.ppid) if (p === process.pid) return true;
    return false;
  };
  const mine = new Map();
  for (const [pid, { cpu }] of procs) if (descends(pid)) mine.set(pid, cpu);
  return mine;
}
/**
 * CPU seconds the processes alive now used since `before` (a {@link chromiumCpu} sample): a
 * process started meanwhile counts from zero; one that ended meanwhile (the previous page's
 * renderer closing) is left out.
 */
function cpuSince(before) {
  if (before === null) return null;
  let total = 0;
  for (const [pid, cpu] of chromiumCpu() ?? []) total += cpu - (before.get(pid) ?? 0);
  return Math.round(100 * total) / 100;
}

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
let build = 'this';
const record = (row) => {
  row = COMPARE === undefined ? row : { build, ...row };
  rows.push(row);
  if (json) console.log(JSON.stringify(row));
};
for (const tasks of sizes) {
  for (const view of VIEWS) {
    for (let run = 0; run < runs; run += 1) {
      for (const b of builds) {
        build = b.build;
        base = b.base;
        if (HOW.includes('opened')) {
          const load = loadavg()[0];
          // Opened straight into the view: from navigation start.
          const cpu = chromiumCpu();
          const page = await openPage(`?src=synthetic-${tasks}.txt${view === 'bipartite' ? '' : `&view=${view}`}`);
          const at = await ready(page, view, 0);
          const cpuSeconds = cpuSince(cpu);
          record({ tasks, view, how: 'opened', run, seconds: at / 1000, cpuSeconds, ...(await probes(page, 0)), load });
          // Closed before anything else is measured: its analysis worker may still be running.
          await page.close();
        }
        if (view !== 'bipartite' && HOW.includes('switched')) {
          // Switched to from the agency–task view, on a fresh page, once that one is ready.
          const fresh = await openPage(`?src=synthetic-${tasks}.txt`);
          await ready(fresh, 'bipartite', 0);
          await fresh.waitForSelector('body[data-metrics="done"]', { timeout: 600_000 });
          const load = loadavg()[0];
          const cpu = chromiumCpu();
          const start = await fresh.evaluate(() => performance.now());
          await fresh.selectOption('#view-controls select[name="view"]', view);
          const end = await ready(fresh, view, start);
          const cpuSeconds = cpuSince(cpu);
          record({ tasks, view, how: 'switched', run, seconds: (end - start) / 1000, cpuSeconds, ...(await probes(fresh, start)), load });
          await fresh.close();
        }
      }
    }
  }
}
await browser.close();
for (const b of builds) b.server.close();

if (!json) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const table = [];
  for (const tasks of sizes) {
    for (const view of VIEWS) {
      for (const how of HOW) {
        for (const b of builds) {
          const mine = rows.filter((r) => r.tasks === tasks && r.view === view && r.how === how && (r.build ?? 'this') === b.build);
          if (mine.length === 0) continue;
          const s = median(mine.map((r) => r.seconds));
          const cpu = mine.every((r) => r.cpuSeconds !== null) ? median(mine.map((r) => r.cpuSeconds)).toFixed(1) : '?';
          const longest = median(mine.map((r) => r.longestTask));
          const responsive = LONGEST_TASK[tasks] === undefined ? '?' : longest < LONGEST_TASK[tasks] ? 'yes' : 'no';
          const met = GOAL[tasks] === undefined ? '?' : s < GOAL[tasks] && responsive !== 'no' ? 'yes' : 'no';
          table.push({ ...(COMPARE === undefined ? {} : { build: b.build }), tasks, view, how, 'median s': s.toFixed(1), goal: `< ${GOAL[tasks] ?? '?'} s, longest task < ${LONGEST_TASK[tasks] ?? '?'} ms`, met, 'median CPU s': cpu, 'worst timer lag ms': Math.max(...mine.map((r) => r.timerLag)), 'longest task ms': Math.max(...mine.map((r) => r.longestTask)), 'median longest task ms': longest });
        }
      }
    }
  }
  console.table(table);
  // A goal missed fails the run (exit 1), so that a regression shows as more than a "no" in a table.
  const missed = table.filter((r) => r.met === 'no' && (r.build ?? 'this') === 'this');
  for (const r of missed) console.error(`measure-views: ${r.tasks} tasks, ${r.view} ${r.how}: median ${r['median s']} s, longest main-thread task ${r['median longest task ms']} ms (median); goal ${r.goal}`);
  if (missed.length > 0) process.exitCode = 1;
}
