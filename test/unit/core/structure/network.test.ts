import { buildResponsibilityGraph, gini, networkMeasures, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const table = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

describe('networkMeasures', () => {
  it('throws on something that is not a responsibility graph', () => {
    expect(() => networkMeasures({} as never)).toThrow(/^networkMeasures: expected a graph/);
  });

  it('computes density, team sizes, inequality and centralisation, worked by hand', () => {
    // A on tasks 1–3, B on 1, C on 2: loads 3, 1, 1; teams 2, 2, 1.
    const m = networkMeasures(
      table([
        ['1', '甲', '任务一', 'A、B'],
        ['2', '', '任务二', 'A、C'],
        ['3', '', '任务三', 'A'],
      ]),
    );
    expect(m).toMatchObject({ agencies: 3, tasks: 3, links: 5, components: 1, componentSizes: [6] });
    expect(m.density).toBeCloseTo(5 / 9, 15);
    expect(m.teamSize).toEqual({ min: 1, max: 2, mean: 5 / 3, median: 2, distribution: { 1: 1, 2: 2 } });
    // Gini of (3, 1, 1): Σ|xi − xj| over ordered pairs = 8; 8 / (2·3²·5/3) = 4/15.
    expect(m.loadGini).toBeCloseTo(4 / 15, 15);
    // HHI: (3/5)² + 2·(1/5)² = 11/25.
    expect(m.loadHhi).toBeCloseTo(11 / 25, 15);
    // Agencies: c = 1, 1/3, 1/3 → Σ(1 − c)/(3 − 1) = (4/3)/2. Tasks: c = 2/3, 2/3, 1/3 → (1/3)/2.
    expect(m.centralisation.agencies).toBeCloseTo(2 / 3, 15);
    expect(m.centralisation.tasks).toBeCloseTo(1 / 6, 15);
  });

  it('counts components and their sizes, largest first', () => {
    const m = networkMeasures(
      table([
        ['1', '甲', '任务一', 'A、B'],
        ['2', '', '任务二', 'C'],
      ]),
    );
    expect(m.components).toBe(2);
    expect(m.componentSizes).toEqual([3, 2]);
  });
});

describe('gini', () => {
  it('is 0 for equal loads and (n − 1)/n when one carries everything', () => {
    expect(gini([2, 2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75, 15);
    expect(gini([])).toBe(0);
  });
});

describe('NODF', () => {
  it('is 100 for a perfectly nested matrix', () => {
    // A: 1 2 3 / B: 1 2 / C: 1 — every pair of rows and of columns nests.
    const m = networkMeasures(
      table([
        ['1', '甲', '任务一', 'A、B、C'],
        ['2', '', '任务二', 'A、B'],
        ['3', '', '任务三', 'A'],
      ]),
    );
    expect(m.nestedness).toEqual({ nodf: 100, rows: 100, columns: 100 });
  });

  it('scores 0 for equal-degree pairs (no decreasing fill), worked by hand', () => {
    // Rows A = [1 1 0], B = [0 1 1]: equal degrees → 0. Columns sorted by degree: t2 (2), t1 (1), t3 (1):
    // t2–t1 and t2–t3 overlap fully (100 each), t1–t3 tie → 0. NODF = (0 + 200) / (1 + 3) = 50.
    const m = networkMeasures(
      table([
        ['1', '甲', '任务一', 'A'],
        ['2', '', '任务二', 'A、B'],
        ['3', '', '任务三', 'B'],
      ]),
    );
    expect(m.nestedness.rows).toBe(0);
    expect(m.nestedness.columns).toBeCloseTo(200 / 3, 12);
    expect(m.nestedness.nodf).toBeCloseTo(50, 12);
  });
});
