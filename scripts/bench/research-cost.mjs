#!/usr/bin/env node
// The cost of issue 14's research measures: whole `fengong analyze FILE --format json` processes at
// one size, run alternately with a checkout from before them and with this one, CPU and wall time
// and peak memory from /usr/bin/time; writes docs/bench/research-cost.json, which
// scripts/bench/report.mjs renders into docs/benchmarks.md.
//
//   git worktree add ../before 24b346b && (cd ../before && npx -y pnpm@12.21.0 install && node_modules/.bin/tsc -b packages/core packages/cli)
//   node scripts/bench/research-cost.mjs --before ../before [--tasks 10000] [--runs 4] [--no-steps]
//
// Then (unless --no-steps) scripts/bench/research-steps.mjs in one process: both analyzeTable
// alternately, best of --runs, and each measure on its own; its output is `inProcess`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { before: { type: 'string' }, tasks: { type: 'string', default: '10000' }, runs: { type: 'string', default: '4' }, out: { type: 'string', default: join(root, 'docs/bench/research-cost.json') }, 'no-steps': { type: 'boolean', default: false } } });
if (values.before === undefined) throw new Error('research-cost: give --before DIR, a built checkout from before the measures');
const before = resolve(values.before);
const tasks = Number(values.tasks);
const runs = Number(values.runs);
const git = (dir) => execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

const dir = mkdtempSync(join(tmpdir(), 'fengong-research-cost-'));
execFileSync(process.execPath, [join(root, 'scripts/bench/generate.mjs'), '--tasks', String(tasks), '--out', dir]);
const table = join(dir, `tasks-${tasks}.txt`);

/** One whole process: wall and CPU seconds, peak RSS in MB, the load average when it started. */
function once(checkout) {
  const load = loadavg()[0];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, join(checkout, 'packages/cli/bin/fengong.js'), 'analyze', table, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`research-cost: analyze failed in ${checkout}: ${r.stderr}`);
  const [wall, user, sys, rss] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { wall, cpu: (user ?? 0) + (sys ?? 0), memoryMB: Math.round((rss ?? 0) / 1024), load };
}

const sides = { before: [], after: [] };
for (let i = 0; i < runs; i += 1) {
  sides.before.push(once(before));
  sides.after.push(once(root));
}
const inProcess = values['no-steps']
  ? undefined
  : { date: new Date().toISOString(), load: loadavg()[0], ...JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/bench/research-steps.mjs'), '--table', table, '--repeat', String(runs), '--before', before], { encoding: 'utf8' })) };
rmSync(dir, { recursive: true, force: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (rows) => ({ wall: median(rows.map((r) => r.wall)), cpu: median(rows.map((r) => r.cpu)), memoryMB: median(rows.map((r) => r.memoryMB)), minCpu: Math.min(...rows.map((r) => r.cpu)) });
const result = {
  date: new Date().toISOString(),
  tasks,
  runs,
  cores: cpus().length,
  command: `fengong analyze tasks-${tasks}.txt --format json`,
  before: { git: git(before), ...summary(sides.before), rows: sides.before },
  after: { git: git(root), ...summary(sides.after), rows: sides.after },
  ...(inProcess === undefined ? {} : { inProcess }),
};
writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify({ before: result.before.cpu, after: result.after.cpu, ratio: result.after.cpu / result.before.cpu }));
