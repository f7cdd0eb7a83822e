// The installed `fengong` runs from the bundle packed into @fengong/cli (scripts/bundle-cli.mjs):
// it loads nothing of the workspace and neither package's dist/, writes what the workspace's
// build writes, byte for byte, on every command, and reads the plan read ahead when no file is given.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { inApp } from './run.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hook = join(root, 'test/helpers/record-imports.mjs');
const installed = () => join(inject('app'), 'node_modules', '@fengong', 'cli');
const bundleDir = () => join(installed(), 'bundle');
const logs = mkdtempSync(join(tmpdir(), 'fengong-bundle-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

let runs = 0;
/** Runs the installed bin with every module it loads recorded (test/helpers/record-imports.mjs). */
function recorded(args: readonly string[]): { code: number | null; stdout: string; stderr: string; loaded: string[] } {
  const log = join(logs, `run-${(runs += 1)}.log`);
  const r = inApp(process.execPath, ['--import', hook, join(installed(), 'bin', 'fengong.js'), ...args], inject('app'), { FENGONG_IMPORT_LOG: log });
  let loaded: string[] = [];
  try {
    loaded = [...new Set(readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('file:')))];
  } catch {
    // nothing recorded
  }
  return { ...r, loaded };
}

/** The same command run by the workspace's bin (the tsc build: there is no bundle in the repository), in the consumer project. */
function workspace(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'packages/cli/bin/fengong.js'), ...args], { cwd: inject('app'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The bundle's chunks holding a piece of code, by file name. */
const chunksWith = (code: string) => readdirSync(bundleDir()).filter((f) => f.endsWith('.js') && readFileSync(join(bundleDir(), f), 'utf8').includes(code));
const names = (loaded: string[]) => loaded.filter((u) => u.startsWith(pathToFileURL(bundleDir()).href)).map((u) => u.slice(u.lastIndexOf('/') + 1));

const fixture = (name: string) => join(root, 'test/fixtures/formats/hunan-gba-2020', name);

describe('the installed bundle', () => {
  it('is what bin/fengong.js runs: bundle/main.js, nothing from the workspace or either dist/', () => {
    const r = recorded(['rank', '--top', '1', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.loaded).toContain(pathToFileURL(join(bundleDir(), 'main.js')).href);
    expect(r.loaded.filter((u) => u.startsWith(pathToFileURL(root).href))).toEqual([]);
    expect(r.loaded.filter((u) => /\/@fengong\/(cli|core)\/dist\//u.test(u))).toEqual([]);
    // 16 chunks or so, against about 120 modules of the tsc build.
    expect(names(r.loaded).length).toBeLessThan(30);
  });

  it('holds no workspace path, and every import it leaves out is a dependency of @fengong/cli', () => {
    const files = readdirSync(bundleDir());
    expect(files).toEqual(expect.arrayContaining(['main.js', 'bundled-plan.json', 'THIRD-PARTY-LICENSES.md']));
    for (const f of files) expect(readFileSync(join(bundleDir(), f), 'utf8'), f).not.toContain(root);
    const { dependencies } = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const bare = new Set<string>();
    for (const f of files.filter((x) => x.endsWith('.js'))) {
      for (const [, a, b] of readFileSync(join(bundleDir(), f), 'utf8').matchAll(/^import\s[^;]*?\bfrom\s*"([@a-z][^"]*)";?$|\bimport\("([@a-z][^"]*)"\)/gmu)) {
        const id = a ?? b ?? '';
        if (!isBuiltin(id)) bare.add(id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    expect(bare.size).toBeGreaterThan(0);
    for (const name of bare) expect(Object.keys(dependencies), name).toContain(name);
  });

  it('is split per command: --help loads neither the library nor a command; rank loads rank only', () => {
    const library = chunksWith('function parseTable(');
    expect(library.length).toBe(1);
    const help = recorded(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: fengong');
    expect(names(help.loaded)).not.toContain(library[0]);
    for (const register of ['registerRank', 'registerAnalyze', 'registerParse', 'registerExport', 'registerView']) {
      for (const chunk of chunksWith(`function ${register}(`)) expect(names(help.loaded)).not.toContain(chunk);
    }
    const rank = recorded(['rank']);
    expect(names(rank.loaded)).toEqual(expect.arrayContaining([library[0], ...chunksWith('function registerRank(')]));
    for (const chunk of chunksWith('function registerView(')) expect(names(rank.loaded)).not.toContain(chunk);
  });

  it.each([
    ['rank', ['rank', '--format', 'json'], 0],
    ['rank, a user’s file', ['rank', 'plan.csv'], 0],
    ['analyze', ['analyze', '--format', 'json'], 0],
    ['analyze --exclude-collective, markdown', ['analyze', '--format', 'markdown', '--exclude-collective'], 0],
    ['parse, text', ['parse', fixture('text.txt'), '--format', 'json'], 0],
    ['parse, .docx', ['parse', fixture('document.docx'), '--format', 'json'], 0],
    ['parse, .pdf (pdf.js resolved from the installed package)', ['parse', fixture('document.pdf'), '--format', 'json'], 0],
    ['parse --no-normalise (no read-ahead)', ['parse', '--no-normalise', '--format', 'json'], 0],
    ['export', ['export', '--to', 'gexf'], 0],
    ['export, graphology JSON', ['export', 'plan.csv', '--to', 'json'], 0],
    ['view --help', ['view', '--help'], 0],
    ['a missing file', ['rank', 'nowhere.csv'], 1],
  ] as const)('writes what the workspace build writes: %s', (_, args, code) => {
    const r = recorded(args);
    const w = workspace(args);
    expect(r.code, r.stderr).toBe(code);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual(w);
    expect(names(r.loaded)).toContain('main.js');
  });

  it('runs the shortest-path searches on worker threads from the bundle (their kernels travel as source text), with the workspace build’s output', () => {
    // 3,000 tasks: enough link visits for workerRunner to start workers. `--threads 2` asks for them
    // whatever the machine reports: with one available core (CI's run of d66f7bb) the default runs
    // every search on the main thread, and no worker would be tested.
    const gen = spawnSync(process.execPath, [join(root, 'scripts/bench/generate.mjs'), '--tasks', '3000', '--out', logs], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    // CSV: every agency metric (the whole analysis runs), in far less than spawnSync's 1 MiB buffer.
    const args = ['analyze', join(logs, 'tasks-3000.txt'), '--format', 'csv', '--threads', '2'];
    const r = inApp('fengong', args, inject('app'), { FENGONG_PROGRESS: '1' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('shortest paths 100%');
    expect(r.stdout.split('\n').length).toBeGreaterThan(300);
    expect(r.stdout).toBe(workspace(args).stdout);
  });

  it('runs under a strict pnpm install too: pdf.js and resvg resolve from @fengong/cli’s own dependencies', () => {
    const strict = inject('strictApp');
    const cli = realpathSync(join(strict, 'node_modules', '@fengong', 'cli'));
    expect(cli).toContain(`${join(strict, 'node_modules', '.pnpm')}/`);
    const log = join(logs, 'strict.log');
    const pdf = ['parse', fixture('document.pdf'), '--format', 'json'];
    const r = inApp(process.execPath, ['--import', hook, join(cli, 'bin', 'fengong.js'), ...pdf], strict, { FENGONG_IMPORT_LOG: log });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(workspace(pdf).stdout);
    const loaded = readFileSync(log, 'utf8').split('\n');
    expect(loaded).toContain(pathToFileURL(join(cli, 'bundle', 'main.js')).href);
    expect(loaded.some((u) => /\/node_modules\/\.pnpm\/pdfjs-dist@[^/]+\/node_modules\/pdfjs-dist\/legacy\/build\/pdf\.mjs$/u.test(u))).toBe(true);
    const rank = inApp(join(strict, 'node_modules', '.bin', 'fengong'), ['rank', '--format', 'json'], strict);
    expect(rank.code, rank.stderr).toBe(0);
    expect(rank.stdout).toBe(workspace(['rank', '--format', 'json']).stdout);
    const page = inApp(join(strict, 'node_modules', '.bin', 'fengong'), ['report', '-o', 'r.html', '--figures', 'figures'], strict);
    expect(page.code, page.stderr).toBe(0);
    expect(readFileSync(join(strict, 'figures', 'network.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('ships the bundled plan read ahead, equal to a fresh parse and normalisation by the installed @fengong/core', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { normaliseTable, parseTable } from '@fengong/core';
      import { defaultDataset as d } from '@fengong/core/datasets';
      const shipped = JSON.parse(readFileSync('node_modules/@fengong/cli/bundle/bundled-plan.json', 'utf8'));
      const parsed = parseTable(d.text, { file: d.file });
      const fresh = { id: d.id, parsed, normalised: normaliseTable(parsed, { dictionary: d.dictionary }) };
      console.log(JSON.stringify({ same: JSON.stringify(shipped) === JSON.stringify(fresh), tasks: shipped.parsed.tasks.length }));`;
    const r = inApp(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ same: true, tasks: 30 });
  });
});
