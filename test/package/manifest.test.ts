// The packed tarballs: what they contain, and what publint and arethetypeswrong say about them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { inApp } from './run.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A binary of the workspace's dev dependencies. */
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Manifest {
  name: string;
  version: string;
  exports: Record<string, unknown>;
  publishConfig?: { exports?: Record<string, unknown> };
  dependencies?: Record<string, string>;
}
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
const installed = (name: string) => manifest(join(inject('app'), 'node_modules', '@fengong', name));
/** Files of a tarball, without the leading `package/`. */
const files = (name: string) => inApp('tar', ['-tzf', join(inject('packs'), `${name}.tgz`)]).stdout.trim().split('\n').map((f) => f.replace(/^package\//u, ''));

describe.each(['core', 'cli'])('@fengong/%s tarball', (name) => {
  it('has version 0.1.0, no workspace: or catalog: ranges, and exports without the workspace-only `source` condition', () => {
    const m = installed(name);
    expect(m.version).toBe('0.1.0');
    expect(JSON.stringify(m.dependencies)).not.toMatch(/workspace:|catalog:/u);
    expect(JSON.stringify(m.exports)).not.toContain('"source"');
  });

  it('publishes every entry point of the workspace manifest (publishConfig.exports mirrors exports)', () => {
    const m = manifest(join(root, 'packages', name));
    const strip = (v: unknown): unknown =>
      typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'source').map(([k, x]) => [k, strip(x)])) : v;
    expect(m.publishConfig?.exports, `add each new entry of "exports" to "publishConfig.exports" in packages/${name}/package.json`).toEqual(strip(m.exports));
  });

  it('ships README, LICENSE, dist with declarations and no stale build output', () => {
    const list = files(name);
    expect(list).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']));
    expect(list.filter((f) => /(^|\/)(test|__tests__)\/|\.test\.|tsbuildinfo/u.test(f))).toEqual([]);
    // The CLI carries the built explorer that `fengong view` serves (see scripts/bundle-viewer.mjs)
    // and the bundle its bin runs, with the plan read ahead and the inlined packages' licences
    // (scripts/bundle-cli.mjs).
    if (name === 'cli') {
      expect(list).toEqual(expect.arrayContaining(['viewer/index.html', 'bundle/main.js', 'bundle/bundled-plan.json', 'bundle/THIRD-PARTY-LICENSES.md']));
    } else expect(list.filter((f) => f.startsWith('bundle/'))).toEqual([]);
    // A module in dist/ must come from a module in src/: a deleted source leaves its build behind.
    const sources = new Set(list.filter((f) => f.startsWith('src/') && f.endsWith('.ts')).map((f) => f.slice(4, -3)));
    const stale = list.filter((f) => f.startsWith('dist/') && f.endsWith('.js')).filter((f) => !sources.has(f.slice(5, -3)));
    expect(stale, `stale files in packages/${name}/dist: delete dist/ and rebuild (tsc -b) before packing`).toEqual([]);
  });

  it('passes publint (strict: warnings fail)', () => {
    const r = inApp(bin('publint'), ['run', join(inject('packs'), `${name}.tgz`), '--strict'], root);
    expect(r.stdout + r.stderr).toContain('All good!');
    expect(r.code).toBe(0);
  });

  it('passes arethetypeswrong for an ESM-only package (node16 from ESM, bundler)', () => {
    const r = inApp(bin('attw'), [join(inject('packs'), `${name}.tgz`), '--profile', 'esm-only', '--format', 'json'], root);
    const report = JSON.parse(r.stdout) as { analysis: { problems: { kind: string; resolutionKind?: string }[] } };
    const problems = report.analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(problems).toEqual([]);
    expect(r.code).toBe(0);
  });
});
