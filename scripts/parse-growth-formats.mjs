#!/usr/bin/env node
// Benchmark: reading a file grows linearly with its size, in every format. Each format's file is
// made at 1×, 2×, 4×, 8× the rows (scripts/growth/scale-formats.mjs: a real fixture's table
// repeated inside its container), read by core's parseFile in this process (best of --runs), and
// with --cli also by `fengong parse -f json FILE` as a whole process. Prints a Markdown table
// (paste it into docs/parse-growth.md) with the time ratio per doubling (2 = linear, 4 = quadratic)
// and for ×4 the rows (4 = linear, 16 = quadratic); exits 1, with one line per format, when a ×4
// ratio passes SUPERLINEAR. Uses the built core and CLI (`pnpm build` or install first).
//
//   node scripts/parse-growth-formats.mjs [--base 40] [--sizes 1,2,4,8] [--runs 3] [--cli] [--only docx,xlsx]
//   node scripts/parse-growth-formats.mjs --ci      (the step of .ci/run: 1× and 4×, in process, ~30 s)
//
// .doc, .xls and PDF are made by LibreOffice (`soffice`) from the scaled .docx / .xlsx when it is
// installed (Debian's libreoffice-writer-nogui, libreoffice-calc-nogui), and skipped, with a line
// saying so, when it is not; --ci skips them (converting takes seconds per file).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../packages/core/dist/index.js';
import { hasOffice, makers, officeConverted } from './growth/scale-formats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? fallback : argv[i + 1];
};
const ci = argv.includes('--ci');
/** Copies of the fixture's 30 tasks at 1×. */
const base = Number(option('base', ci ? 24 : 40));
const sizes = option('sizes', ci ? '1,4' : '1,2,4,8').split(',').map(Number);
const runs = Number(option('runs', 3));
const cli = argv.includes('--cli');
const only = option('only', undefined)?.split(',');
/** A time ratio for ×4 the rows above this fails the run (linear 4, quadratic 16; the machine is shared). */
const SUPERLINEAR = 10;

/** Formats LibreOffice writes from a scaled file: name → [maker, from, to]. */
const converted = { doc: ['docx', 'doc'], xls: ['xlsx', 'xls'], pdf: ['docx', 'pdf'] };
const office = !ci && (only === undefined || only.some((f) => f in converted)) && hasOffice();
const formats = [...Object.keys(makers), ...Object.keys(converted)].filter((f) => only === undefined || only.includes(f));

function make(format, k) {
  if (format in makers) return makers[format](k);
  const [from, to] = converted[format];
  return officeConverted(makers[from](k), from, to);
}

async function readTime(bytes, name) {
  let best = Infinity;
  let tasks = 0;
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    tasks = (await parseFile(bytes, { file: name })).tasks.length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, tasks };
}

function processTime(path) {
  let best = Infinity;
  for (let r = 0; r < runs; r += 1) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/fengong.js'), 'parse', '-f', 'json', path], { stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`fengong parse ${path} exited ${run.status}: ${run.stderr.toString().slice(0, 400)}`);
    best = Math.min(best, ms);
  }
  return best;
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const fmt = (x) => (x < 100 ? x.toFixed(1) : x.toFixed(0));
const load = () => loadavg()[0].toFixed(1);

console.log(`\`${['node scripts/parse-growth-formats.mjs', ...argv].join(' ')}\` — commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load ${load()} at the start; 1× = ${base * 30} tasks, best of ${runs}`);
console.log('');
const head = sizes.map((s) => `${s}×: ms`);
console.log(`| format | where | bytes at 1× | ${head.join(' | ')} | per doubling | ×4 |`);
console.log(`|---|---|---:|${sizes.map(() => '---:').join('|')}|---|---:|`);

const failed = [];
const dir = mkdtempSync(join(tmpdir(), 'fengong-growth-'));
try {
  for (const format of formats) {
    if (format in converted && !office) {
      console.log(`| ${format} | — | — | ${sizes.map(() => '—').join(' | ')} | ${ci ? 'not in --ci' : 'skipped: no soffice'} | — |`);
      continue;
    }
    const files = sizes.map((s) => make(format, base * s));
    // Warm-up: the reader loads on first use and V8 compiles the hot paths.
    await readTime(make(format, Math.max(1, base / 4)), format);
    const measureInProcess = async () => {
      const times = [];
      for (const [i, bytes] of files.entries()) {
        const { ms, tasks } = await readTime(bytes, format);
        if (tasks !== base * sizes[i] * 30) throw new Error(`${format} at ${sizes[i]}×: ${tasks} tasks read, ${base * sizes[i] * 30} made`);
        times.push(ms);
      }
      return times;
    };
    const measureProcess = async () =>
      files.map((bytes, i) => {
        const path = join(dir, `${format.replace(/\W+/g, '-')}-${sizes[i]}`);
        writeFileSync(path, bytes);
        return processTime(path);
      });
    const rows = [['in process', measureInProcess]];
    if (cli) rows.push(['`fengong parse`', measureProcess]);
    for (const [where, measure] of rows) {
      // ×4: the largest size against a quarter of it (8× / 2×: past the warm-up of the smallest).
      const top = sizes.length - 1;
      const quarter = sizes.indexOf(sizes[top] / 4);
      const ratio = (times) => (quarter < 0 ? NaN : times[top] / times[quarter]);
      let times = await measure();
      // Past the bound, measured again (twice at most) before failing: noise passes 10 once, a quadratic path every time.
      for (let retry = 0; retry < 2 && ratio(times) > SUPERLINEAR; retry += 1) times = await measure();
      const x4 = ratio(times);
      const doubling = times.slice(1).map((t, i) => (sizes[i + 1] === 2 * sizes[i] ? (t / times[i]).toFixed(1) : null)).filter((r) => r !== null);
      console.log(`| ${format} | ${where} | ${files[0].length.toLocaleString('en')} | ${times.map(fmt).join(' | ')} | ${doubling.join(', ') || '—'} | ${x4.toFixed(1)} |`);
      if (x4 > SUPERLINEAR) failed.push(`${format} (${where}): ×${x4.toFixed(1)} for ×4 the rows (${fmt(times[quarter])} → ${fmt(times[top])} ms)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('');
console.log(`load ${load()} at the end`);
if (failed.length > 0) {
  console.error(`parse-growth-formats: super-linear reading (×4 ratio above ${SUPERLINEAR}, three times running):\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
