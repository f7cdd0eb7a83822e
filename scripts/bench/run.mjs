#!/usr/bin/env node
// `pnpm bench`: fengong against NetworkX and igraph on the same synthetic tables, in one run, and
// docs/benchmarks.md written from the results.
//
//   pnpm bench [--sizes 1000,10000,100000] [--repeat 30] [--budget 120] [--no-python] [--viewer]
//              [--dir /tmp/fengong-bench] [--out docs/benchmarks.md] [--reuse docs/bench/results.json]
//              [--startup-runs 15] [--startup-baseline DIR] [--startup-packed] [--only startup,hubs,viewer --merge docs/bench/results.json]
//              [--viewer-sizes 1000,5000] [--viewer-runs 3] [--viewer-compare DIR --viewer-compare-git SHA]
//
// Every run starts with the start-up rows (scripts/bench/startup.mjs: `fengong --help`, `rank`,
// `parse`, `analyze` on the bundled plan against bare `node -e 0`) and, at each size, times `fengong
// analyze` as a whole process on a hub-heavy table too (generate.mjs --shape hubs: five Zipf hubs,
// 10,000 agencies, the collective on every task). `--only startup,hubs --merge FILE` measures just
// those (minutes, not the 40 of a full run) and writes them into FILE's earlier results; the
// report says which figures come from which run. `--startup-baseline DIR` (another checkout, built)
// times its commands in the same rotation: start-up before and after a change, side by side;
// `--startup-packed` measures both as installed from their packed tarballs (startup.mjs --packed).
//
// --reuse takes the NetworkX and igraph figures of an earlier run instead of
// running them again (they take most of the 40 minutes and do not depend on fengong's code), but
// only for tables that are byte-identical to that run's (same SHA-256, or the same generator); the
// report says which run they come from.
//
// Each size: the table is generated (seeded, scripts/bench/generate.mjs); every core step runs in
// a fresh Node process (node-steps.mjs), the same steps in NetworkX and in igraph (reference.py,
// Debian's /usr/bin/python3); then whole processes are timed with /usr/bin/time — `fengong
// analyze` against the same metric set in igraph (and NetworkX where it can finish). Steps that
// would exceed --budget seconds are estimated from a sample instead of run, and marked so.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRows, writeTables } from './generate.mjs';
import { measureStartup } from './startup.mjs';
import { keepHandWritten, renderReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const repeat = arg('repeat', '30');
const budget = Number(arg('budget', '120'));
const dir = arg('dir', '/tmp/fengong-bench');
const out = arg('out', join(root, 'docs/benchmarks.md'));
const python = argv.includes('--no-python') ? null : '/usr/bin/python3';
const log = (message) => process.stderr.write(`bench: ${message}\n`);
const reusePath = arg('reuse');
const previousRun = reusePath === undefined ? undefined : JSON.parse(readFileSync(reusePath, 'utf8'));
const only = arg('only')?.split(',');
const mergePath = arg('merge');
if ((only === undefined) !== (mergePath === undefined)) throw new Error('bench: --only and --merge go together (--only startup,hubs,viewer --merge docs/bench/results.json)');
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * The earlier run's results for a table of `tasks` tasks with this hash, if its table was the same:
 * same SHA-256, or (runs that did not record it) the generator unchanged since that run's commit.
 */
function reusable(tasks, hash) {
  const earlier = previousRun?.sizes.find((s) => s.tasks === tasks);
  if (earlier === undefined || earlier.igraph === undefined) return undefined;
  if (earlier.tableSha256 !== undefined) return earlier.tableSha256 === hash ? earlier : undefined;
  const same = spawnSync('git', ['diff', '--quiet', previousRun.machine.git, '--', 'scripts/bench/generate.mjs'], { cwd: root });
  return same.status === 0 ? earlier : undefined;
}

/** Runs a command and parses its stdout's JSON lines. */
function jsonLines(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  if (result.status !== 0) {
    log(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
    return { rows: [], error: (result.stderr || `exit ${result.status}`).trim().split('\n').slice(-3).join(' ') };
  }
  return { rows: result.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) };
}

/** Wall seconds and peak memory (MB) of a whole process, its output discarded. */
function wholeProcess(command, args) {
  const timeFile = join(dir, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, command, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) return { error: result.stderr.trim().split('\n').slice(-2).join(' ') };
  const [seconds, kb, user, sys] = execFileSync('cat', [timeFile], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
  const phases = result.stderr.split('\n').find((line) => line.startsWith('{"phases"'));
  return { seconds, memory: kb / 1024, cpu: user + sys, ...(phases === undefined ? {} : JSON.parse(phases)) };
}

const versions = () => {
  const v = { node: process.version, os: `${release()}`, cpu: cpus()[0]?.model ?? '?', cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) };
  try {
    v.git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    v.dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages/core', 'packages/cli'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  } catch {
    v.git = 'unknown';
  }
  if (python !== null) {
    v.python = execFileSync(python, ['-c', 'import sys, networkx, igraph, numpy, scipy; print(sys.version.split()[0], networkx.__version__, igraph.__version__, numpy.__version__, scipy.__version__)'], { encoding: 'utf8' }).trim();
  }
  return v;
};

log('building core and cli (tsc -b)');
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'packages/core', 'packages/cli'], { cwd: root, stdio: 'inherit' });
const results = { date: new Date().toISOString(), command: `pnpm bench ${argv.join(' ')}`.trim(), budget, repeat: Number(repeat), machine: versions(), sizes: [] };
let startup;
if (only === undefined || only.includes('startup')) {
  log('start-up: fengong commands against bare node, alternating');
  startup = { date: results.date, git: results.machine.git, load: { before: loadavg()[0] }, rows: measureStartup({ runs: Number(arg('startup-runs', '15')), baseline: arg('startup-baseline'), packed: argv.includes('--startup-packed') }) };
  startup.load.after = loadavg()[0];
  if (arg('startup-baseline') !== undefined) startup.baselineLabel = `commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: arg('startup-baseline'), encoding: 'utf8' }).trim()}`;
}

/** `fengong analyze` as a whole process on the hub-heavy table of `tasks` tasks, with the table's counts. */
function hubHeavy(tasks) {
  const { txt } = writeTables(dir, tasks, 1, 'hubs');
  const rows = generateRows({ tasks, seed: 1, shape: 'hubs' });
  const agencies = new Set(rows.flatMap((r) => r.units));
  log(`${tasks} tasks: hub-heavy table, whole process`);
  const before = loadavg()[0];
  // The one-hub table of the same size right after, so that the two are compared under the same load.
  const whole = wholeProcess(process.execPath, ['packages/cli/bin/fengong.js', 'analyze', txt, '--format', 'json']);
  const oneHub = wholeProcess(process.execPath, ['packages/cli/bin/fengong.js', 'analyze', writeTables(dir, tasks, 1).txt, '--format', 'json']);
  return { tasks, agencies: agencies.size, links: rows.reduce((n, r) => n + r.units.length, 0), tableSha256: sha256(txt), date: new Date().toISOString(), git: results.machine.git, load: { before }, whole, oneHub, loadAfter: loadavg()[0] };
}

/**
 * The viewer (issue 13's goal: each view ready in under 5 s at 1,000 tasks and 15 s at 5,000):
 * built, then `packages/viz/scripts/measure-views.mjs` in headless Chromium, three runs of each view
 * opened straight into it and switched to from the agency–task view.
 */
function measureViewer() {
  log('viewer: building and measuring each view in headless Chromium');
  const viewer = { date: new Date().toISOString(), load: { before: loadavg()[0] } };
  try {
    viewer.git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  // (pnpm is on PATH under `pnpm bench`; run directly, through npx at the version package.json pins.)
  const onPath = spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0;
  const [command, ...pre] = onPath ? ['pnpm'] : ['npx', '-y', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager];
  const build = spawnSync(command, [...pre, '--filter', '@fengong/viz', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) return { ...viewer, error: `${command} --filter @fengong/viz build: ${(build.stderr || build.error?.message || `exit ${build.status}`).trim().split('\n').slice(-3).join(' ')}` };
  // --viewer-compare DIR: another build of the viewer (a copy of packages/viz/dist from an earlier
  // commit, --viewer-compare-git) measured in the same rotation, run for run, at the same load.
  const compare = arg('viewer-compare');
  if (compare !== undefined) viewer.compare = { git: arg('viewer-compare-git', '?') };
  const measured = jsonLines(process.execPath, ['packages/viz/scripts/measure-views.mjs', '--sizes', arg('viewer-sizes', '1000,5000'), '--runs', arg('viewer-runs', '3'), ...(compare === undefined ? [] : ['--compare', compare]), '--json'], { maxBuffer: 1 << 24 });
  return { ...viewer, rows: measured.rows, ...(measured.error === undefined ? {} : { error: measured.error }), load: { ...viewer.load, after: loadavg()[0] } };
}

if (only !== undefined) {
  // Only the start-up, hub-heavy or viewer rows, written into an earlier run's results.
  const earlier = JSON.parse(readFileSync(mergePath, 'utf8'));
  if (only.includes('startup')) earlier.startup = startup;
  if (only.includes('hubs')) for (const size of earlier.sizes) if (sizes.includes(size.tasks)) size.hubs = hubHeavy(size.tasks);
  if (only.includes('viewer')) earlier.viewer = measureViewer();
  earlier.partial = { date: results.date, git: results.machine.git, dirty: results.machine.dirty, command: results.command };
  writeFileSync(mergePath, JSON.stringify(earlier, null, 2));
  if (existsSync(dirname(out))) writeFileSync(out, keepHandWritten(renderReport(earlier), existsSync(out) ? readFileSync(out, 'utf8') : ''));
  log(`wrote ${out} and ${mergePath}`);
  process.exit(0);
}
results.startup = startup;
for (const tasks of sizes) {
  const { txt } = writeTables(dir, tasks, 1);
  const size = { tasks, tableSha256: sha256(txt), load: { before: loadavg()[0] } };
  const earlier = reusable(tasks, size.tableSha256);
  log(`${tasks} tasks: fengong steps`);
  const warmup = writeTables(join(dir, 'warm-up'), 1000, 2).txt;
  size.fengong = jsonLines(process.execPath, ['scripts/bench/node-steps.mjs', '--table', txt, '--repeat', repeat, '--budget', String(budget), '--warmup', warmup]);
  if (earlier !== undefined) {
    log(`${tasks} tasks: NetworkX and igraph figures reused from ${reusePath}`);
    size.igraph = earlier.igraph;
    size.networkx = earlier.networkx;
    size.reused = { date: previousRun.date, git: previousRun.machine.git };
  } else if (python !== null) {
    log(`${tasks} tasks: igraph steps`);
    // igraph cannot time a subset of betweenness sources: above the budget, scale its 10,000-task time by N·m.
    const previous = results.sizes.at(-1);
    const graph = (s) => s?.fengong.rows.find((r) => r.step === 'graph');
    const ib = previous?.igraph?.rows.find((r) => r.step === 'betweenness (exact)' && !r.estimated);
    const estimate = ib && graph(previous) && graph(size) ? (ib.seconds * graph(size).nodes * graph(size).links) / (graph(previous).nodes * graph(previous).links) : null;
    size.igraph = jsonLines(python, ['scripts/bench/reference.py', '--lib', 'igraph', '--table', txt, '--repeat', repeat, '--budget', String(budget), ...(estimate === null ? [] : ['--igraph-betweenness-estimate', String(estimate)])]);
    log(`${tasks} tasks: NetworkX steps`);
    size.networkx = jsonLines(python, ['scripts/bench/reference.py', '--lib', 'networkx', '--table', txt, '--repeat', repeat, '--budget', String(budget)]);
  }
  log(`${tasks} tasks: whole processes`);
  size.whole = { fengong: wholeProcess(process.execPath, ['packages/cli/bin/fengong.js', 'analyze', txt, '--format', 'json']) };
  if (earlier !== undefined) {
    size.whole.igraph = earlier.whole.igraph;
    size.whole.networkx = earlier.whole.networkx;
  } else if (python !== null) {
    for (const lib of ['igraph', 'networkx']) {
      const steps = size[lib].rows;
      const predicted = steps.reduce((s, r) => s + (typeof r.seconds === 'number' ? r.seconds : 0), 0);
      size.whole[lib] = steps.some((r) => r.estimated || r.timedOut) || predicted > budget ? { estimated: true, seconds: predicted } : wholeProcess(python, ['scripts/bench/reference.py', '--lib', lib, '--table', txt, '--whole']);
    }
  }
  size.hubs = hubHeavy(tasks);
  if (tasks <= 10_000) {
    log(`${tasks} tasks: sampled betweenness against exact`);
    size.sampling = jsonLines(process.execPath, ['scripts/bench/sampling-error.mjs', '--table', txt]);
  }
  size.load.after = loadavg()[0];
  results.sizes.push(size);
}
if (argv.includes('--viewer')) results.viewer = measureViewer();
results.machine.freeMemoryGB = Math.round(freemem() / 2 ** 30);
writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2));
// Beside the default report, the raw results are kept in the repository: CPU times, every row,
// and the NetworkX / igraph figures a later `--reuse docs/bench/results.json` can take.
if (out === join(root, 'docs/benchmarks.md')) writeFileSync(join(root, 'docs/bench/results.json'), JSON.stringify(results, null, 2));
if (existsSync(dirname(out))) writeFileSync(out, keepHandWritten(renderReport(results), existsSync(out) ? readFileSync(out, 'utf8') : ''));
log(`wrote ${out} (raw results: ${join(dir, 'results.json')})`);
