// Runs examples/analyse-csv as a user would: a Node script importing the built @fengong/core.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['examples/analyse-csv/index.js', ...args], { cwd: root, encoding: 'utf8' });

describe('examples/analyse-csv', () => {
  it('writes the Markdown report of its CSV: measures, agencies, pairs, single points of failure, merges', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-example-'));
    const out = join(dir, 'report.md');
    const r = run('examples/analyse-csv/plan.csv', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}: 30 tasks, 26 agencies; most loaded: 市人力资源社会保障局\n`);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('30 tasks, 26 agencies, 65 links (collective units left out: 各区、县级市；各有关单位；各有关区、县级市).');
    expect(report).toContain('| density | 0.083 |');
    expect(report).toContain('| 1 | 市人力资源社会保障局 | 19 | 8 | 11 | 0.393 | 13 |');
    expect(report).toContain('| 市委组织部 | 市人力资源社会保障局 | 4 | 0.182 | 0.800 |');
    expect(report).toContain('- task 17 城市运行管理人才开发项目: 市城管委');
    expect(report).toContain('- 市人力资源和社会保障局 → 市人力资源社会保障局 (alias)');
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a malformed table with file and line, and exits 1', () => {
    const bad = run('test/fixtures/tables/no-readable-row.txt', join(tmpdir(), 'never-written.md'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('test/fixtures/tables/no-readable-row.txt:8: row has 3 cells');
  });
});
