// Runs examples/rank-agencies as a user would: a Node script importing the built @fengong/core.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['examples/rank-agencies/index.js', ...args], { cwd: root, encoding: 'utf8' });

describe('examples/rank-agencies', () => {
  it('prints the five agencies leading most tasks of the bundled table', () => {
    const r = run();
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('30 tasks, 33 agencies (collective units left out). Who leads most:');
    expect(lines[1]).toBe('1. 省发展改革委 (Hunan Provincial Development and Reform Commission): leads 10 of its 27 tasks');
    expect(lines).toHaveLength(6);
  });

  it('reads a file of the user’s and reports a malformed one with file and line', () => {
    expect(run('test/fixtures/tables/small.txt').stdout).toContain('1. 省交通运输厅: leads 2 of its 3 tasks');
    const bad = run('test/fixtures/tables/no-readable-row.txt');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('test/fixtures/tables/no-readable-row.txt:8: row has 3 cells');
  });
});
