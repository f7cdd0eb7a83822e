// `fengong rank --by <metric>`: ranking by the agency metrics of the analysis.
import { describe, expect, it } from 'vitest';
import { cells, fengong, width } from './run.js';

interface Row {
  rank: number;
  agency: string;
  collective: boolean;
  tasks: number;
  lead: number;
  [metric: string]: unknown;
}
const rows = (args: string[]): Row[] => {
  const r = fengong(['rank', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Row[];
};

describe('fengong rank --by <metric>', () => {
  it('ranks by betweenness without collectives, descending, with the metric as a field', () => {
    const ranked = rows(['--by', 'betweenness', '--exclude-collective']);
    expect(ranked).toHaveLength(33);
    expect(ranked[0]).toMatchObject({ rank: 1, agency: '省发展改革委', tasks: 27, lead: 10 });
    expect(Object.keys(ranked[0] ?? {})).toEqual(['rank', 'agency', 'nameEn', 'collective', 'tasks', 'lead', 'co', 'categories', 'share', 'betweenness']);
    const values = ranked.map((r) => r.betweenness as number);
    values.slice(1).forEach((v, i) => expect(v).toBeLessThanOrEqual(values[i] as number));
    expect(ranked.some((r) => r.collective)).toBe(false);
    // Competition ranks: tied values share a rank, and ties are ordered by tasks, then lead.
    ranked.slice(1).forEach((r, i) => {
      const prev = ranked[i] as Row;
      if (r.betweenness === prev.betweenness) {
        expect(r.rank).toBe(prev.rank);
        expect(r.tasks * 1000 + r.lead).toBeLessThanOrEqual(prev.tasks * 1000 + prev.lead);
      } else expect(r.rank).toBe(i + 2);
    });
  });

  it('uses the values of analyze', () => {
    const report = JSON.parse(fengong(['analyze', '--exclude-collective']).stdout) as { agencies: Row[] };
    const expected = new Map(report.agencies.map((a) => [a.agency, a.betweenness]));
    for (const r of rows(['--by', 'betweenness', '--exclude-collective'])) expect(r.betweenness).toBe(expected.get(r.agency));
  });

  it('ranks by the issue-14 measures (core–periphery, brokerage roles, backbone ties) with the values of analyze', () => {
    const report = JSON.parse(fengong(['analyze', '--brokerage-grouping', 'kind']).stdout) as { agencies: (Row & Record<string, number>)[] };
    for (const by of ['continuousCoreness', 'continuousCorenessTwoMode', 'gatekeeper', 'liaison', 'brokerage', 'backboneDegree']) {
      const expected = new Map(report.agencies.map((a) => [a.agency, a[by]]));
      const ranked = rows(['--by', by, '--brokerage-grouping', 'kind']) as (Row & Record<string, number>)[];
      expect(ranked).toHaveLength(34);
      for (const r of ranked) expect(r[by]).toBe(expected.get(r.agency));
      // Values equal to 12 significant digits tie (then by tasks), as every metric of rank.
      for (let i = 1; i < ranked.length; i += 1) expect(ranked[i - 1]?.[by]).toBeGreaterThanOrEqual((ranked[i]?.[by] as number) - 1e-12);
    }
  });

  it('passes --lambda, --seed and --betweenness to the analysis, as fengong analyze does', () => {
    const weighted = (args: string[]) => Object.fromEntries(rows(['--by', 'weightedLoad', ...args]).map((r) => [r.agency, r.weightedLoad]));
    expect(weighted([])['省发展改革委']).toBe(2 * 10 + 17);
    expect(weighted(['--lambda', '3'])['省发展改革委']).toBe(3 * 10 + 17);
    const analyzed = JSON.parse(fengong(['analyze', '--betweenness', '20']).stdout) as { agencies: { agency: string; betweenness: number }[] };
    const sampled = Object.fromEntries(rows(['--by', 'betweenness', '--betweenness', '20']).map((r) => [r.agency, r.betweenness]));
    expect(sampled).toEqual(Object.fromEntries(analyzed.agencies.map((a) => [a.agency, a.betweenness])));
    expect(sampled).not.toEqual(Object.fromEntries(rows(['--by', 'betweenness']).map((r) => [r.agency, r.betweenness])));
    expect(fengong(['rank', '--by', 'community', '--seed', 'x']).code).toBe(2);
  });

  it('shows the metric as a column in the table format', () => {
    const r = fengong(['rank', '--by', 'betweenness', '--exclude-collective', '--top', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('30 tasks, top 3 of 33 agencies, ranked by betweenness');
    expect(lines[3]).toMatch(/ Share +betweenness$/u);
    expect(lines[4]).toMatch(/^1 {2}省发展改革委 +27 +10 +17 +8 +90\.0% +0\.498$/u);
    for (const row of lines.slice(4, 7)) expect(width(row)).toBe(width(lines[3] ?? ''));
  });

  it('shows whole-number metrics without decimals', () => {
    const r = fengong(['rank', '--by', 'strength', '--top', '2']);
    expect(r.stdout.split('\n')[4]).toMatch(/ 149$/u);
  });

  it('adds the metric as the last CSV column', () => {
    const lines = fengong(['rank', '--by', 'pagerank', '--format', 'csv', '--top', '2']).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('rank,agency,nameEn,collective,tasks,lead,co,categories,share,pagerank');
    expect(lines).toHaveLength(3);
    expect(Number(cells(lines[1]).at(-1))).toBeGreaterThan(Number(cells(lines[2]).at(-1)));
  });

  it.each(['leadShare', 'weightedLoad', 'credit', 'coordinationBurden', 'coordinated', 'specialisation', 'degreeCentrality', 'closeness', 'eigenvector', 'latapyClustering', 'redundancy', 'partners', 'participation', 'withinModuleZ'])(
    'accepts --by %s',
    (metric) => {
      const ranked = rows(['--by', metric, '--top', '5']);
      expect(ranked).toHaveLength(5);
      expect(ranked[0]?.rank).toBe(1);
      expect(typeof ranked[0]?.[metric]).toBe('number');
    },
  );

  it('still rejects keys that are not metrics', () => {
    const r = fengong(['rank', '--by', 'community']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Allowed choices');
  });
});
