// Runs examples/compare-tables as a user would: a Node script importing the built @fengong/core.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['examples/compare-tables/index.js', ...args], { cwd: root, encoding: 'utf8' });

describe('examples/compare-tables', () => {
  it('compares the bundled table with the Anhui excerpt, aliases and collectives applied', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '1: 湖南省对接粤港澳大湾区实施方案（2020—2025年） — 30 tasks, 33 agencies',
      '2: anhui-2022.txt — 5 tasks, 16 agencies',
      '(collective units left out; names normalised: 1 merged)',
    ]);
    expect(lines).toContain('11 agencies in both (Jaccard 0.289), by their mean share of tasks:');
    expect(lines[5]).toBe('  省发展改革委: 1 — 27 tasks (90%), leads 10; 2 — 5 tasks (100%), leads 2');
    expect(lines).toContain('  省农业农村厅: 1 — 3 tasks (10%), leads 1; 2 — 2 tasks (40%), leads 0');
    expect(lines.at(-1)).toBe('only in 2 (5): 省经济和信息化厅，省税务局，合肥海关，省外汇管理局，人行合肥中心支行');
    expect(r.stdout).not.toContain('省农村农业厅');
    expect(r.stdout).not.toContain('省政府各部门');
  });

  it('compares two files of the user’s, and reports a malformed one with file and line', () => {
    const r = run('test/fixtures/tables/small.txt', 'test/fixtures/tables/two-components.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  省交通运输厅: 1 — 3 tasks (100%), leads 2; 2 — 2 tasks (40%), leads 1');
    expect(r.stdout).toContain('only in 1 (0): —');
    const bad = run('test/fixtures/tables/no-readable-row.txt');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('test/fixtures/tables/no-readable-row.txt:8: row has 3 cells');
  });

  it('compares Liaoning’s 2012, 2023 and 2024 plans across years with comparePlans, the 2018 rename applied', () => {
    const r = spawnSync(process.execPath, ['examples/compare-tables/across-years.js'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['liaoning-2012.txt: 2012-04-26 — 4 tasks, 5 agencies', 'liaoning-2023.txt: 2023-01-19 — 4 tasks, 7 agencies', 'liaoning-2024.txt: 2024-02-05 — 4 tasks, 9 agencies']);
    expect(lines).toContain('liaoning-2012.txt → liaoning-2023.txt: 1 agency in both (Jaccard 0.091)');
    expect(lines).toContain('  left: 省经济和信息化委，省教育厅，省自然资源厅，省水利厅');
    expect(lines).toContain('  rank stability of loads: Spearman —, Kendall tau-b —');
    expect(lines).toContain('  entered: 省国资委，省委军民融合办');
    expect(lines).toContain('  rank stability of loads: Spearman 0.922, Kendall tau-b 0.882');
    expect(lines.filter((l) => /^ {2}QAP r of co-responsibility: 0\.955 \(p = 0\.0\d\d, 999 permutations\)$/u.test(l))).toHaveLength(1);
    expect(lines).toContain('  省发展改革委: 25% → 50% → 75%');
    expect(lines.at(-1)).toBe('renamed: liaoning-2012.txt: 省国土资源厅 → 省自然资源厅 (state-council-2018)');
  });

  it('reads the dates of files given on the command line from the documents, none given', () => {
    const r = spawnSync(process.execPath, ['examples/compare-tables/across-years.js', 'examples/compare-tables/liaoning-2012.txt', 'examples/compare-tables/liaoning-2024.txt'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['liaoning-2012.txt: undated — 4 tasks, 5 agencies', 'liaoning-2024.txt: 2024-02-05 — 4 tasks, 9 agencies']);
  });
});
