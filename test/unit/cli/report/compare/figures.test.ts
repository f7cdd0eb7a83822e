// The compare report's figures' data: bar segments as shares of each plan's tasks, slope points of
// the plans an agency is in, and labels spread apart — on two plans small enough to count by hand.
import { comparePlans, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { planBars } from '../../../../../packages/cli/src/report/compare/plan-bars.js';
import { slopePoints, spreadLabels } from '../../../../../packages/cli/src/report/compare/slope.js';
import { compareSummary } from '../../../../../packages/cli/src/report/compare/build.js';

// Plan A: 2 tasks, 甲局 leads both, 乙局 co on one. Plan B: 4 tasks, 甲局 leads one and co on one, 丙局 new.
const A = `序号\t重点任务\t牵头单位\t配合单位
1\t修路\t甲局\t乙局
2\t修桥\t甲局\t`;
const B = `序号\t重点任务\t牵头单位\t配合单位
1\t修路\t甲局\t乙局
2\t修桥\t乙局\t甲局
3\t招商\t丙局\t乙局
4\t培训\t丙局\t`;
const comparison = comparePlans(
  [
    { label: 'A', table: parseTable(A, { file: 'a.txt' }) },
    { label: 'B', table: parseTable(B, { file: 'b.txt' }) },
  ],
  { qap: false },
);
const by = (name: string) => comparison.agencies.find((a) => a.agency === name);

describe('planBars', () => {
  it('gives each agency in a plan its led and other share of that plan’s tasks, and nothing where it is absent', () => {
    const bars = planBars(comparison, comparison.agencies);
    const of = (plan: string, agency: string) => bars.filter((b) => b.plan === plan && b.agency === agency).map((b) => [b.role, b.share]);
    expect(of('A', '甲局')).toEqual([['individual-lead', 1], ['individual-co', 0]]);
    expect(of('B', '甲局')).toEqual([['individual-lead', 0.25], ['individual-co', 0.25]]);
    expect(of('A', '乙局')).toEqual([['individual-lead', 0], ['individual-co', 0.5]]);
    expect(of('B', '乙局')).toEqual([['individual-lead', 0.25], ['individual-co', 0.5]]);
    expect(of('A', '丙局')).toEqual([]);
    expect(of('B', '丙局')).toEqual([['individual-lead', 0.5], ['individual-co', 0]]);
    // The two segments of an agency sum to its share of the plan.
    for (const a of comparison.agencies) {
      a.plans.forEach((p, i) => {
        if (p === null) return;
        const plan = comparison.plans[i]?.label;
        const sum = bars.filter((b) => b.plan === plan && b.agency === a.agency).reduce((s, b) => s + b.share, 0);
        expect(sum).toBeCloseTo(p.share, 12);
      });
    }
  });
});

describe('slopePoints', () => {
  it('has a point per plan an agency is in, at its share', () => {
    const points = slopePoints(comparison, [by('甲局'), by('丙局')].filter((a) => a !== undefined));
    expect(points).toEqual([
      { agency: '甲局', plan: 'A', share: 1 },
      { agency: '甲局', plan: 'B', share: 0.5 },
      { agency: '丙局', plan: 'B', share: 0.5 },
    ]);
  });
});

describe('spreadLabels', () => {
  it('leaves labels already apart where they are', () => {
    expect(spreadLabels([10, 40, 80], 12, 0, 100)).toEqual([10, 40, 80]);
  });

  it('pushes tied labels apart by the gap, in their given order, and keeps them inside the bounds', () => {
    expect(spreadLabels([50, 50, 50], 10, 0, 100)).toEqual([50, 60, 70]);
    expect(spreadLabels([98, 99, 100], 10, 0, 100)).toEqual([80, 90, 100]);
    expect(spreadLabels([-5, 0], 10, 0, 100)).toEqual([0, 10]);
  });

  it('keeps the order of the wished positions and at least the gap between neighbours', () => {
    const wanted = [30, 5, 31, 29, 90, 88, 60];
    const placed = spreadLabels(wanted, 8, 0, 100);
    const order = wanted.map((_w, i) => i).sort((i, j) => (wanted[i] as number) - (wanted[j] as number) || i - j);
    for (let k = 1; k < order.length; k += 1) {
      expect((placed[order[k] as number] as number) - (placed[order[k - 1] as number] as number)).toBeGreaterThanOrEqual(8 - 1e-12);
    }
    for (const y of placed) expect(y >= 0 && y <= 100).toBe(true);
  });
});

describe('compareSummary', () => {
  it('counts agencies entering and leaving over every step and gives each step’s Spearman ρ', () => {
    const step = comparison.steps[0];
    expect(step?.entered).toEqual(['丙局']);
    expect(compareSummary(comparison, 'en')).toBe(
      `This report compares 2 plans (A, B). From one plan to the next, 1 agency entered and 0 left; the Spearman ρ of the shared agencies’ loads is ${step?.spearman === null ? '—' : (step?.spearman as number).toFixed(3)}. The agencies with the highest mean load are ${comparison.agencies.slice(0, 3).map((a) => a.agency).join(', ')}.`,
    );
  });
});
