// `fengong analyze` on a long chain of agencies (issue 18, item 5): eigenvector centrality that
// does not converge is one warning line and a null column, not a stack trace or an abort.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fengong, root } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'fengong-analyze-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 999 tasks, task i led by agency i with agency i + 1 co-operating: a path of 1,000 agencies. */
const chain = `${root}test/fixtures/regression/agency-chain.csv`;

describe('fengong analyze on a chain of 1,000 agencies', () => {
  it('exits 0 with one warning line; the eigenvector column is null, the rest is there', () => {
    const out = join(dir, 'report.json');
    const r = fengong(['analyze', chain, '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^fengong: warning: eigenvector centrality left out \(null\): no convergence in 100000 iterations \(change [^\n]+\)\n$/u);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { settings: { warnings: string[]; closeness: { method: string } }; agencies: { eigenvector: number | null; closeness: number }[] };
    expect(report.settings.warnings).toHaveLength(1);
    expect(report.settings.closeness.method).toBe('exact');
    expect(report.agencies).toHaveLength(1_000);
    expect(report.agencies.every((a) => a.eigenvector === null && a.closeness > 0)).toBe(true);
  }, 120_000);

  it('rank --by eigenvector refuses in one line; CSV and Markdown leave the cells empty', () => {
    const rank = fengong(['rank', chain, '--by', 'eigenvector']);
    expect(rank.code).toBe(1);
    expect(rank.stderr).toMatch(/^fengong: cannot rank by eigenvector: eigenvector centrality left out \(null\): no convergence in 100000 iterations [^\n]+\n$/u);
    const csv = fengong(['analyze', chain, '-f', 'csv']);
    expect(csv.code).toBe(0);
    const [header, first] = csv.stdout.split('\n');
    const column = (header as string).split(',').indexOf('eigenvector');
    expect(column).toBeGreaterThan(0);
    expect((first as string).split(',')[column]).toBe('');
    expect(fengong(['analyze', chain, '-f', 'markdown']).code).toBe(0);
  }, 120_000);
});

describe('fengong report on 130,000 agencies', () => {
  it('writes the page: no figure spreads one argument per agency into Math.max (a stack overflow before)', () => {
    const many = join(dir, 'many.csv');
    writeFileSync(many, ['序号,重点任务,牵头单位,配合单位', ...Array.from({ length: 130_000 }, (_, i) => `${i + 1},任务${i + 1},第${i + 1}局,`)].join('\n'));
    const page = join(dir, 'many.html');
    const r = fengong(['report', many, '-o', page]);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(r.code).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<svg');
  }, 180_000);
});
