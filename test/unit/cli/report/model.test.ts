// The report's model: median, spectral seriation, the agency × category counts and the top
// share, on a table small enough to count by hand, and on the bundled plan against its analysis.
import { analyzeTable, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { median, reportModel, seriate } from '../../../../packages/cli/src/report/model.js';
import type { AgencyReport, AnalysisReport } from '@fengong/core';

// Four tasks in two categories; 甲局 leads three, 乙局 leads one; 各市人民政府 is collective.
const TABLE = `序号\t类别\t重点任务\t责任单位
1\t交通\t修路\t甲局、乙局、各市人民政府
2\t交通\t修桥\t甲局、丙局
3\t产业\t招商\t甲局、乙局
4\t产业\t培训\t乙局、丁局`;

describe('median', () => {
  it('is 0 for no values, the middle value for an odd count, the mean of the two middle ones for an even count', () => {
    expect(median([])).toBe(0);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('seriate', () => {
  it('lays agencies tied in a chain out along it (spectral order), agencies sharing nothing last', () => {
    // Priority (load) order A … F; shared tasks form the path B – D – A – E – C; F shares none.
    const agencies = ['A', 'B', 'C', 'D', 'E', 'F'].map((agency) => ({ agency }) as AgencyReport);
    const pair = (a: string, b: string, shared: number) => ({ a, b, shared }) as AnalysisReport['pairs'][number];
    const pairs = [pair('B', 'D', 2), pair('D', 'A', 3), pair('A', 'E', 3), pair('E', 'C', 2)];
    const order = seriate(agencies, pairs).map((x) => x.agency);
    expect(order).toEqual(['B', 'D', 'A', 'E', 'C', 'F']);
    // Pairs of agencies not shown are ignored.
    expect(seriate(agencies.slice(0, 3), pairs).map((x) => x.agency)).toEqual(['A', 'B', 'C']);
  });
});

describe('reportModel', () => {
  const report = analyzeTable(parseTable(TABLE));
  const model = reportModel(report);

  it('sets collective units apart', () => {
    expect(model.collective.map((a) => a.agency)).toEqual(['各市人民政府']);
    expect(model.individual.map((a) => a.agency)).toEqual(['甲局', '乙局', '丙局', '丁局']);
  });

  it('counts tasks per agency and category by hand', () => {
    expect(model.categories).toEqual(['交通', '产业']);
    expect(Object.fromEntries(model.categoryCounts.get('甲局') ?? [])).toEqual({ 交通: 2, 产业: 1 });
    expect(Object.fromEntries(model.categoryCounts.get('乙局') ?? [])).toEqual({ 交通: 1, 产业: 2 });
    expect(Object.fromEntries(model.categoryCounts.get('丁局') ?? [])).toEqual({ 产业: 1 });
  });

  it('gives the top share of listings (all 4 agencies of 9 listings hold 8) and the median tasks (3, 3, 1, 1 → 2)', () => {
    expect(report.network.links).toBe(9);
    expect(model.topShare).toBeCloseTo(8 / 9, 12);
    expect(model.medianTasks).toBe(2);
  });

  it('lists the single points of failure: tasks with one agency besides collective units (none here)', () => {
    expect(model.single).toEqual([]);
    const lone = reportModel(analyzeTable(parseTable(`${TABLE}\n5\t产业\t调研\t丁局、各市人民政府`)));
    expect(lone.single.map((x) => [x.task.id, x.sole])).toEqual([['5', '丁局']]);
  });
});
