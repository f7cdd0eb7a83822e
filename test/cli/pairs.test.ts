// `fengong pairs` run as a process: ordering by each weight, formats, exit codes.
import { describe, expect, it } from 'vitest';
import { cells, fengong, fixture, width } from './run.js';

interface Pair {
  rank: number;
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  overlap: number;
  cosine: number;
  dice: number;
  newman: number;
  pValue: number;
  qValue: number;
}
const pairs = (args: string[]): Pair[] => {
  const r = fengong(['pairs', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Pair[];
};
const COLLECTIVE = '各有关市州人民政府';

/** Checks rows are sorted by `by` (descending, or ascending for pValue), then shared descending. */
function expectSorted(rows: Pair[], by: keyof Pair & ('shared' | 'jaccard' | 'newman' | 'pValue')): void {
  const sign = by === 'pValue' ? 1 : -1;
  rows.slice(1).forEach((row, i) => {
    const prev = rows[i] as Pair;
    const step = sign * (row[by] - prev[by]);
    expect(step, `${prev.a}–${prev.b} then ${row.a}–${row.b}`).toBeGreaterThanOrEqual(-1e-9);
    if (Math.abs(row[by] - prev[by]) < 1e-12) {
      expect(row.shared).toBeLessThanOrEqual(prev.shared);
      expect(row.rank).toBe(prev.rank);
    } else expect(row.rank).toBe(i + 2);
  });
}

describe('fengong pairs (usage)', () => {
  it('documents its options in --help', () => {
    const r = fengong(['pairs', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--top', '--by', '--format', '--exclude-collective', '--test', 'pValue', 'sdsmPValue', 'Exit codes']) expect(r.stdout).toContain(flag);
  });

  it.each([
    [['--by', 'weight'], 'shared, jaccard, overlap, cosine, dice, newman, pValue'],
    [['--by', 'qValue'], 'Allowed choices'],
    [['--top', '0'], '--top'],
    [['--format', 'markdown'], 'table, json, csv'],
    [['--test', 'fisher'], 'hypergeometric, sdsm'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = fengong(['pairs', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('exits 1 with --strict naming file and line for a malformed table', () => {
    const file = fixture('missing-cell.txt');
    const r = fengong(['pairs', file, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:13: row has 3 cells, expected 4`);
  });
});

describe('fengong pairs on the bundled table', () => {
  it('prints an aligned table of the top 20 pairs by shared tasks', () => {
    const r = fengong(['pairs']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('top 20 of 208 pairs of agencies sharing at least one task, by shared');
    const header = lines[3] ?? '';
    expect(header).toMatch(/^ # {2}Agency A +Agency B +Shared +Jaccard +Newman +p$/u);
    const rows = lines.slice(4, 24);
    expect(rows[0]).toMatch(new RegExp(`^ 1  省发展改革委 +${COLLECTIVE} \\* +27 +0\\.900 +5\\.929 +1\\.000$`, 'u'));
    for (const row of rows) expect(width(row)).toBe(width(header));
    expect(lines[24]).toBe('');
    expect(r.stdout).toContain('* collective unit');
  });

  it('lists every pair in JSON, ranked by shared tasks', () => {
    const rows = pairs([]);
    expect(rows).toHaveLength(208);
    expect(rows[0]).toEqual({
      rank: 1,
      a: '省发展改革委',
      b: COLLECTIVE,
      shared: 27,
      jaccard: 0.9,
      overlap: 1,
      cosine: expect.closeTo(27 / Math.sqrt(27 * 30), 12) as number,
      dice: expect.closeTo(54 / 57, 12) as number,
      newman: expect.any(Number) as number,
      pValue: 1,
      qValue: 1,
    });
    expectSorted(rows, 'shared');
    // Ties on shared keep table order: 省发展改革委 appears in the table before 省商务厅's partners.
    expect(rows.slice(1, 3).map((p) => [p.a, p.b, p.rank])).toEqual([
      ['省发展改革委', '省商务厅', 2],
      [COLLECTIVE, '省商务厅', 2],
    ]);
  });

  it('agrees with the pairs of analyze (which add the SDSM test and the backbone flag)', () => {
    type Analyzed = Omit<Pair, 'rank'> & { sdsmPValue: number; sdsmQValue: number; backbone: boolean };
    const analyzed = (JSON.parse(fengong(['analyze', '--exclude-collective']).stdout) as { pairs: Analyzed[] }).pairs.map(
      ({ sdsmPValue: _p, sdsmQValue: _q, backbone: _b, ...rest }) => rest,
    );
    const key = (p: { a: string; b: string }) => `${p.a}–${p.b}`;
    const listed = new Map(pairs(['--exclude-collective']).map(({ rank: _rank, ...p }) => [key(p), p]));
    expect(listed.size).toBe(analyzed.length);
    for (const p of analyzed) expect(listed.get(key(p))).toEqual(p);
  });

  it('--test sdsm adds the SDSM p- and q-values of analyze beside the hypergeometric ones (json, csv, table)', () => {
    type Analyzed = Omit<Pair, 'rank'> & { sdsmPValue: number; sdsmQValue: number; backbone: boolean };
    const analyzed = (JSON.parse(fengong(['analyze']).stdout) as { pairs: Analyzed[] }).pairs;
    const rows = pairs(['--test', 'sdsm']) as (Pair & { sdsmPValue: number; sdsmQValue: number })[];
    expect(rows).toHaveLength(208);
    expect(Object.keys(rows[0] ?? {})).toEqual(['rank', 'a', 'b', 'shared', 'jaccard', 'overlap', 'cosine', 'dice', 'newman', 'pValue', 'qValue', 'sdsmPValue', 'sdsmQValue']);
    const key = (p: { a: string; b: string }) => `${p.a}–${p.b}`;
    const bySdsm = new Map(analyzed.map((p) => [key(p), [p.pValue, p.sdsmPValue, p.sdsmQValue]]));
    for (const p of rows) expect([p.pValue, p.sdsmPValue, p.sdsmQValue], key(p)).toEqual(bySdsm.get(key(p)));
    // The hypergeometric test and the SDSM disagree on this table: they are different columns.
    expect(rows.some((p) => Math.abs(p.pValue - p.sdsmPValue) > 0.1)).toBe(true);
    const csv = fengong(['pairs', '--test', 'sdsm', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe('rank,a,b,shared,jaccard,overlap,cosine,dice,newman,pValue,qValue,sdsmPValue,sdsmQValue');
    const table = fengong(['pairs', '--test', 'sdsm', '--top', '3']).stdout.split('\n');
    expect(table[3]).toMatch(/^# {2}Agency A +Agency B +Shared +Jaccard +Newman +p +SDSM p +SDSM q$/u);
    expect(table.join('\n')).toContain('SDSM p: the same chance when every agency keeps its load and every task its size');
    expect(pairs([]).every((p) => !('sdsmPValue' in p))).toBe(true);
  });

  it('--by sdsmPValue implies the SDSM test and sorts ascending; a pair sharing many two-agency tasks is significant', () => {
    const rows = pairs(['--by', 'sdsmPValue']) as (Pair & { sdsmPValue: number })[];
    rows.slice(1).forEach((row, i) => expect(row.sdsmPValue).toBeGreaterThanOrEqual((rows[i] as { sdsmPValue: number }).sdsmPValue));
    expect(rows[0]).toMatchObject({ rank: 1, a: '省林业局', b: '省生态环境厅', shared: 4 });
    // A and B share 20 two-agency tasks; 40 more tasks join C … J in a ring.
    const others = 'CDEFGHIJ';
    const table = Array.from({ length: 60 }, (_, t) => `\t${t + 1}\n\t任务${t + 1}\n\t${t < 20 ? 'A局、B局' : `${others[t % 8]}局、${others[(t + 1) % 8]}局`}`);
    const r = fengong(['pairs', '-', '--by', 'sdsmPValue', '--format', 'json'], `\t序号\n\t重点任务\n\t责任单位\n\n${table.join('\n\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const top = (JSON.parse(r.stdout) as (Pair & { sdsmPValue: number; sdsmQValue: number })[])[0];
    expect(top).toMatchObject({ rank: 1, a: 'A局', b: 'B局', shared: 20 });
    expect(top?.sdsmQValue).toBeLessThan(0.05);
  });

  it('orders by jaccard, newman and pValue', () => {
    const byJaccard = pairs(['--by', 'jaccard']);
    expectSorted(byJaccard, 'jaccard');
    expect(byJaccard[0]).toMatchObject({ rank: 1, jaccard: 1, a: '省政务局', b: '省政府发展研究中心' });
    expect(byJaccard.find((p) => p.shared === 27)?.rank).toBe(5);
    expectSorted(pairs(['--by', 'newman']), 'newman');
    const byP = pairs(['--by', 'pValue', '--exclude-collective']);
    expectSorted(byP, 'pValue');
    expect(byP[0]).toMatchObject({ a: '省商务厅', b: '省工业和信息化厅', shared: 12 });
    expect(byP.some((p) => p.a === COLLECTIVE || p.b === COLLECTIVE)).toBe(false);
  });

  it('shows the weight sorted by as a column when the table would not', () => {
    const r = fengong(['pairs', '--by', 'cosine', '--top', '3']);
    expect(r.stdout.split('\n')[3]).toMatch(/ p +cosine$/u);
    expect(r.stdout.trimEnd().split('\n').slice(4, 7)).toHaveLength(3);
  });

  it('writes CSV with a header row, --top rows and the JSON columns', () => {
    const r = fengong(['pairs', '--format', 'csv', '--top', '5']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('rank,a,b,shared,jaccard,overlap,cosine,dice,newman,pValue,qValue');
    expect(lines).toHaveLength(6);
    expect(cells(lines[1]).slice(0, 4)).toEqual(['1', '省发展改革委', COLLECTIVE, '27']);
    expect(fengong(['pairs', '--format', 'csv']).stdout.trimEnd().split('\n')).toHaveLength(209);
  });
});

describe('fengong pairs on a file', () => {
  it('ranks the pairs of a small table', () => {
    expect(pairs([fixture('small.txt')]).map((p) => [p.rank, p.a, p.b, p.shared])).toEqual([
      [1, '省财政厅', '省交通运输厅', 2],
      [2, '省财政厅', COLLECTIVE, 1],
      [2, '省交通运输厅', COLLECTIVE, 1],
    ]);
  });

  it('prints an empty list when no two agencies share a task', () => {
    const r = fengong(['pairs', '-', '--format', 'json'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲\n`);
    expect(r).toMatchObject({ code: 0, stdout: '[]\n' });
  });
});
