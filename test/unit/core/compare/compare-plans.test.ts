// comparePlans on constructed plans whose answers are worked by hand, and on real plans.
import { readFileSync } from 'node:fs';
import { analyzeTable, buildResponsibilityGraph, comparePlans, kendallTauB, networkMeasures, normaliseTable, parseFile, parseTable, qapCorrelation, spearman, type PlanInput } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const plan2019 = parseTable(
  wordTable([
    ['1', '甲', '任务一', '省财政厅、省发改委'],
    ['2', '', '任务二', '省发展改革委、省交通运输厅'],
    ['3', '', '任务三', '省发展改革委、省财政厅、省交通运输厅'],
    ['4', '乙', '任务四', '省环境保护厅'],
  ]),
  { file: 'a.txt' },
);
const plan2020 = parseTable(
  wordTable([
    ['1', '甲', '任务一', '省发展改革委、省财政厅'],
    ['2', '', '任务二', '省财政厅、省商务厅'],
    ['3', '乙', '任务三', '省发展改革委、省财政厅'],
  ]),
  { file: 'b.txt' },
);
const two: PlanInput[] = [
  { table: plan2019, label: '2019', date: '2019' },
  { table: plan2020, label: '2020', date: '2020-06-01' },
];

describe('comparePlans (input)', () => {
  it('throws on fewer than two plans, labels missing or repeated, and bad dates', () => {
    expect(() => comparePlans([two[0] as PlanInput])).toThrow('comparePlans: expected at least two plans, got 1');
    expect(() => comparePlans([two[0] as PlanInput, { ...(two[1] as PlanInput), label: '2019' }])).toThrow('two plans are labelled "2019"');
    expect(() => comparePlans([two[0] as PlanInput, { ...(two[1] as PlanInput), label: ' ' }])).toThrow('plan 2 has no label');
    expect(() => comparePlans([two[0] as PlanInput, { ...(two[1] as PlanInput), date: '2020/06' }])).toThrow('plan "2020" has date "2020/06"; expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => comparePlans([two[0] as PlanInput, { label: 'x' } as unknown as PlanInput])).toThrow('plan 2 has no parsed table');
    expect(() => comparePlans(two, { pairs: -1 })).toThrow('invalid `pairs` -1');
  });
});

describe('comparePlans (two constructed plans)', () => {
  const result = comparePlans(two, { identity: { reforms: false } });

  it('aligns agencies by normalised name, with each plan’s tasks, lead, share and rank', () => {
    const row = (name: string) => result.agencies.find((a) => a.agency === name);
    // 省发改委 (2019, task 1) is 省发展改革委 after normalisation: 3 tasks of 4, then 2 of 3.
    expect(row('省发展改革委')?.plans).toEqual([
      { name: '省发展改革委', rank: 1, tasks: 3, lead: 2, co: 1, responsible: 0, share: 0.75 },
      { name: '省发展改革委', rank: 2, tasks: 2, lead: 2, co: 0, responsible: 0, share: 2 / 3 },
    ]);
    expect(row('省财政厅')?.plans[1]).toEqual({ name: '省财政厅', rank: 1, tasks: 3, lead: 1, co: 2, responsible: 0, share: 1 });
    expect(row('省商务厅')?.plans[0]).toBeNull();
    expect(row('省环境保护厅')?.plans[1]).toBeNull();
    // Rows by mean share: 财政厅 (0.5 + 1)/2 = 0.75, 发改委 (0.75 + 2/3)/2, then 交通 0.25, 商务 1/6, 环保 0.125.
    expect(result.agencies.map((a) => a.agency)).toEqual(['省财政厅', '省发展改革委', '省交通运输厅', '省商务厅', '省环境保护厅']);
    expect(result.agencies[0]?.meanShare).toBeCloseTo(0.75, 12);
    expect(result.plans[0]?.normalisation.map((c) => [c.from, c.to])).toEqual([['省发改委', '省发展改革委']]);
  });

  it('lists agencies entering and leaving, with the overlap of the two sets', () => {
    const [s] = result.steps;
    expect(s?.entered).toEqual(['省商务厅']);
    expect(s?.left).toEqual(['省交通运输厅', '省环境保护厅']);
    expect(s?.shared).toBe(2);
    expect(s?.jaccard).toBeCloseTo(2 / 5, 12);
  });

  it('measures rank stability of the shared agencies’ loads', () => {
    // 发改委 3 → 2, 财政厅 2 → 3: the order is reversed.
    expect(result.steps[0]?.spearman).toBe(-1);
    expect(result.steps[0]?.kendall).toBe(-1);
  });

  it('finds the pairs whose share of co-responsibility grew or fell', () => {
    // 发改委–财政厅 share 2 of 4 tasks, then 2 of 3: +1/6. No shared pair fell (交通运输厅 left).
    expect(result.steps[0]?.grew).toEqual([
      { a: '省发展改革委', b: '省财政厅', before: { shared: 2, share: 0.5 }, after: { shared: 2, share: 2 / 3 }, change: 2 / 3 - 0.5 },
    ]);
    expect(result.steps[0]?.fell).toEqual([]);
  });

  it('puts the network measures side by side, the same as networkMeasures and analyze give', () => {
    for (const [i, table] of [plan2019, plan2020].entries()) {
      const { normalisation: _, ...normalised } = normaliseTable(table);
      const own = networkMeasures(buildResponsibilityGraph(normalised));
      const report = analyzeTable(normalised);
      const side = result.network[i];
      expect(side?.density).toBe(own.density);
      expect(side?.centralisation).toEqual(own.centralisation);
      expect(side?.teamSize.mean).toBe(own.teamSize.mean);
      expect(side?.loadGini).toBe(own.loadGini);
      expect(side?.modularity).toBe(report.network.modularity);
      expect(side?.projectionModularity).toBe(report.network.projectionModularity);
    }
    expect(result.network[0]?.density).toBe(8 / 16);
    expect(result.network[1]?.density).toBe(6 / 9);
  });

  it('keeps the dates given, else finds them in the document, else has none', () => {
    expect(result.plans.map((p) => [p.date, p.dateSource])).toEqual([
      ['2019', 'given'],
      ['2020-06-01', 'given'],
    ]);
    const dated = parseTable(wordTable([['1', '甲', '任务一', '省财政厅']], { preamble: '湘政发〔2021〕3号\n\n2021年5月6日\n\n附件' }));
    const found = comparePlans([{ table: plan2019, label: 'a' }, { table: dated, label: 'b' }]);
    expect(found.plans.map((p) => [p.date, p.dateSource, p.dateText])).toEqual([
      [null, null, null],
      ['2021-05-06', 'date-line', '2021年5月6日'],
    ]);
  });

  it('compares names as written when normalisation is off', () => {
    const raw = comparePlans(two, { normalise: false, identity: { reforms: false } });
    expect(raw.agencies.map((a) => a.agency)).toContain('省发改委');
    expect(raw.settings.normalise).toBe(false);
  });

  it('leaves collective units out when asked', () => {
    const withCollective = parseTable(wordTable([['1', '甲', '任务一', '省财政厅、各市州人民政府']]));
    const kept = comparePlans([{ table: plan2020, label: 'x' }, { table: withCollective, label: 'y' }]);
    const left = comparePlans([{ table: plan2020, label: 'x' }, { table: withCollective, label: 'y' }], { excludeCollective: true });
    expect(kept.agencies.some((a) => a.agency === '各市州人民政府' && a.collective)).toBe(true);
    expect(left.agencies.some((a) => a.agency === '各市州人民政府')).toBe(false);
  });

  it('takes the rank correlations of consecutive plans over the agencies they share', () => {
    const third = parseTable(
      wordTable([
        ['1', '甲', '任务一', '省发展改革委、省财政厅、省商务厅'],
        ['2', '', '任务二', '省发展改革委、省商务厅'],
        ['3', '', '任务三', '省发展改革委'],
      ]),
    );
    const r = comparePlans([...two, { table: third, label: '2021' }], { identity: { reforms: false } });
    expect(r.steps.map((s) => [s.from, s.to])).toEqual([
      ['2019', '2020'],
      ['2020', '2021'],
    ]);
    // 2020 → 2021, shared 发改委, 财政厅, 商务厅: tasks (2, 3, 1) → (3, 1, 2); Σd² = 6, ρ = 1 − 36/24.
    expect(r.steps[1]?.spearman).toBeCloseTo(spearman([2, 3, 1], [3, 1, 2]), 12);
    expect(r.steps[1]?.kendall).toBeCloseTo(kendallTauB([2, 3, 1], [3, 1, 2]), 12);
    expect(r.steps[1]?.spearman).toBeCloseTo(-0.5, 12);
  });
});

describe('comparePlans (QAP of each step)', () => {
  const third = parseTable(
    wordTable([
      ['1', '甲', '任务一', '省发展改革委、省财政厅、省商务厅'],
      ['2', '', '任务二', '省发展改革委、省商务厅'],
      ['3', '', '任务三', '省财政厅、省发展改革委'],
    ]),
  );
  const plans: PlanInput[] = [{ table: plan2020, label: 'x' }, { table: third, label: 'y' }];

  it('correlates the co-responsibility matrices of the shared agencies, ordered by their load in the earlier plan', () => {
    const r = comparePlans(plans, { qap: { permutations: 99, seed: 1 } });
    // Shared, by load in x: 财政厅 (3), 发改委 (2), 商务厅 (1). Shared tasks in x: 财政–发改 2, 财政–商务 1, 发改–商务 0;
    // in y: 财政–发改 2, 财政–商务 1, 发改–商务 2.
    const x = [[0, 2, 1], [2, 0, 0], [1, 0, 0]];
    const y = [[0, 2, 1], [2, 0, 2], [1, 2, 0]];
    expect(r.steps[0]?.qap).toEqual(qapCorrelation(x, y, { permutations: 99, seed: 1 }));
    // Every task of x has one lead and co-operators: its lead–co ties are its co-responsibility, so MRQAP cannot separate them.
    expect(r.steps[0]?.regression).toBeNull();
    expect(r.steps[0]?.regressionNote).toContain('lead–co ties are collinear with its co-responsibility');
  });

  it('regresses the later co-responsibility on the earlier one and its lead–co ties', () => {
    const earlier = parseTable(
      wordTable([
        ['1', '甲', '任务一', '省发展改革委、省财政厅、省商务厅'],
        ['2', '', '任务二', '省财政厅、省商务厅'],
        ['3', '', '任务三', '省发展改革委、省商务厅、省科技厅'],
        ['4', '', '任务四', '省科技厅、省财政厅'],
      ]),
    );
    const r = comparePlans([{ table: earlier, label: 'e' }, { table: third, label: 'l' }], { qap: { permutations: 99 } });
    // Shared: 发改委, 财政厅, 商务厅 (科技厅 left). Lead–co ties differ from co-responsibility (财政–商务: 1 against 2).
    expect(r.steps[0]?.left).toEqual(['省科技厅']);
    const fit = r.steps[0]?.regression;
    expect(fit?.coefficients).toHaveLength(2);
    expect(fit?.predictors).toEqual(['coResponsibilityBefore', 'leadCoBefore']);
    expect(fit?.permutations).toBe(99);
    expect(fit?.nodes).toBe(3);
  });

  it('gives none with fewer than three shared agencies, or when not asked', () => {
    const r = comparePlans(two, { identity: { reforms: false } });
    expect(r.steps[0]).toMatchObject({ qap: null, regression: null, regressionNote: 'fewer than three agencies in both plans' });
    const off = comparePlans(plans, { qap: false });
    expect(off.steps[0]).toMatchObject({ qap: null, regression: null, regressionNote: 'QAP not asked for' });
  });
});

describe('comparePlans (real plans)', () => {
  const real = async (dir: string) => parseFile(readFileSync(new URL(`../../../fixtures/real/${dir}/source.txt`, import.meta.url)), { file: `${dir}/source.txt` });

  it('compares Liaoning’s 2023 and 2024 work-report plans, dated from the documents', async () => {
    const r = comparePlans([
      { table: await real('liaoning-2023-zfgzbg-renwu-fenjie-zeren-fengong'), label: '辽宁 2023' },
      { table: await real('liaoning-2024-zfgzbg-zhongdian-gongzuo-fengong'), label: '辽宁 2024' },
    ]);
    expect(r.plans.map((p) => p.date)).toEqual(['2023-01-19', '2024-02-05']);
    expect(r.steps[0]?.entered).toEqual(expect.arrayContaining(['省委军民融合办', '省国资委']));
    expect(r.steps[0]?.left).toEqual([]);
    expect(r.steps[0]?.spearman).not.toBeNull();
    expect(r.agencies[0]?.plans.every((p) => p !== null)).toBe(true);
  });

  it('compares the bundled Hunan 2020 table with itself: every rank is stable', () => {
    const table = parseTable(hunanGba2020.text);
    const r = comparePlans([
      { table, label: 'a', date: '2020' },
      { table, label: 'b', date: '2020' },
    ]);
    expect(r.steps[0]).toMatchObject({ entered: [], left: [], spearman: 1, kendall: 1, grew: [], fell: [] });
    expect(r.network[0]).toEqual(r.network[1]);
    // Identical co-responsibility matrices: r = 1, and no permutation reaches it but a few automorphisms.
    expect(r.steps[0]?.qap?.r).toBeCloseTo(1, 12);
    expect(r.steps[0]?.qap?.pGreater).toBeLessThan(0.01);
    expect(r.steps[0]?.regression?.coefficients[0]?.estimate).toBeCloseTo(1, 9);
    expect(r.steps[0]?.regression?.predictors).toEqual(['coResponsibilityBefore', 'leadCoBefore']);
  });
});
