#!/usr/bin/env node
// Start-up of the `fengong` command against bare `node -e 0`, whole processes, as `pnpm bench`
// reports it (issue 17). Each command and the baseline run in turn (A B A B …) so that a drift of
// the machine's speed touches both; the figure is the median of the runs and the ratio the median
// of the pair-by-pair ratios. User + system CPU seconds come from the kernel's accounting of the
// finished child (/usr/bin/time).
//
// With a baseline checkout (another clone of the repository, built), its commands run in the same
// rotation (A A′ B …), so before and after are measured side by side.
//
// With --packed, each checkout's fengong is measured as a user installs it: core and cli packed
// (`pnpm pack`, whose prepack builds what the package ships — the bundle, where there is one) and
// the tarballs installed with npm into an empty project under the temporary folder; the command
// is that project's node_modules/@fengong/cli/bin/fengong.js. Without it, the checkout's own bin
// (the tsc build).
//
//   node scripts/bench/startup.mjs [--runs 15] [--baseline DIR] [--packed] [--json]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The commands measured, with the issue's budget over bare node where it sets one (ms). */
export const STARTUP_COMMANDS = [
  { label: 'fengong --help', args: ['--help'], budgetMs: 100 },
  { label: 'fengong rank (bundled plan)', args: ['rank'], budgetMs: 150 },
  { label: 'fengong parse data/hunan-gba-2020/table.txt', args: ['parse', 'data/hunan-gba-2020/table.txt'] },
  { label: 'fengong analyze (bundled plan)', args: ['analyze', '--format', 'json'] },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** One whole process: wall seconds (monotonic clock around the child) and CPU seconds (kernel accounting). */
function once(command, args, timeFile) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, command, ...args], { cwd: root, stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`startup: ${command} ${args.join(' ')} exited with ${r.status}`);
  const [user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  return { wall, cpu: user + sys, memory: kb / 1024 };
}

/** Medians of a command's runs against the bare-node runs taken beside them. */
function summary(a, b) {
  return {
    wall: median(a.map((x) => x.wall)),
    cpu: median(a.map((x) => x.cpu)),
    memory: median(a.map((x) => x.memory)),
    ratio: median(a.map((x, i) => x.wall / b[i].wall)),
    overMs: median(a.map((x, i) => (x.wall - b[i].wall) * 1000)),
  };
}

/** pnpm: on PATH under `pnpm bench`, else through npx at the version package.json pins. */
function pnpm() {
  if (spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0) return ['pnpm', []];
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return ['npx', ['-y', packageManager]];
}

/**
 * Packs @fengong/core and @fengong/cli of `checkout` and installs the tarballs with npm into an
 * empty project `dir`/app (as test/package/setup.ts does); returns the installed bin.
 */
export function packedInstall(checkout, dir) {
  const packs = join(dir, 'packs');
  const app = join(dir, 'app');
  mkdirSync(packs, { recursive: true });
  mkdirSync(app, { recursive: true });
  const [cmd, pre] = pnpm();
  for (const name of ['core', 'cli']) execFileSync(cmd, [...pre, 'pack', '--pack-destination', packs], { cwd: join(checkout, 'packages', name), stdio: 'pipe' });
  const tarballs = readdirSync(packs).filter((f) => /^fengong-(core|cli)-.*\.tgz$/u.test(f)).map((f) => join(packs, f));
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'startup', private: true, type: 'module' })}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], { cwd: app, stdio: 'pipe' });
  return join(app, 'node_modules/@fengong/cli/bin/fengong.js');
}

/**
 * Each command of {@link STARTUP_COMMANDS} `runs` times, alternating with `node -e 0` (and with
 * the same command of the `baseline` checkout, if given), after one warm-up run of each: medians
 * of wall and CPU seconds, of the pairwise ratios, and the median difference over bare node in ms.
 * With `packed`, both checkouts run as installed from their packed tarballs ({@link packedInstall}).
 */
export function measureStartup({ runs = 15, baseline, packed = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-startup-'));
  const timeFile = join(dir, 'time.txt');
  const binOf = (checkout, name) => (packed ? packedInstall(checkout, join(dir, name)) : join(checkout, 'packages/cli/bin/fengong.js'));
  try {
    const bin = binOf(root, 'after');
    const baseBin = baseline === undefined ? undefined : binOf(baseline, 'before');
    return STARTUP_COMMANDS.map(({ label, args, budgetMs }) => {
      const commands = [[bin, ...args], ...(baseBin === undefined ? [] : [[baseBin, ...args]]), ['-e', '0']];
      for (const c of commands) once(process.execPath, c, timeFile);
      const runsOf = commands.map(() => []);
      for (let i = 0; i < runs; i += 1) commands.forEach((c, k) => runsOf[k].push(once(process.execPath, c, timeFile)));
      const bare = runsOf.at(-1);
      return {
        label,
        args,
        budgetMs: budgetMs ?? null,
        runs,
        ...summary(runsOf[0], bare),
        bareWall: median(bare.map((x) => x.wall)),
        bareCpu: median(bare.map((x) => x.cpu)),
        packed,
        ...(baseBin === undefined ? {} : { baseline: { root: baseline, ...summary(runsOf[1], bare) } }),
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'packages/core', 'packages/cli'], { cwd: root, stdio: 'inherit' });
  const b = process.argv.indexOf('--baseline');
  const rows = measureStartup({ runs: i === -1 ? 15 : Number(process.argv[i + 1]), baseline: b === -1 ? undefined : process.argv[b + 1], packed: process.argv.includes('--packed') });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
  else for (const r of rows) console.log(`${r.label}: ${(r.wall * 1000).toFixed(0)} ms (bare node ${(r.bareWall * 1000).toFixed(0)} ms), ${r.ratio.toFixed(2)}×, +${r.overMs.toFixed(0)} ms, CPU ${(r.cpu * 1000).toFixed(0)} ms${r.baseline ? `; baseline ${(r.baseline.wall * 1000).toFixed(0)} ms, ${r.baseline.ratio.toFixed(2)}×, +${r.baseline.overMs.toFixed(0)} ms` : ''}`);
}
