import { buildResponsibilityGraph, parseTable, roleLoad } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

// Task 1 (甲): A leads, B and C co-operate. Task 2 (甲): B alone. Task 3 (乙): A leads, B co-operates.
const graph = buildResponsibilityGraph(
  parseTable(
    wordTable([
      ['1', '甲', '任务一', 'A、B、C'],
      ['2', '', '任务二', 'B'],
      ['3', '乙', '任务三', 'A、B'],
    ]),
  ),
);

describe('roleLoad', () => {
  it('throws on options out of range', () => {
    expect(() => roleLoad(graph, { rho: -0.1 })).toThrow(/roleLoad: invalid `rho`/);
  });

  it('computes every role-aware load, worked by hand', () => {
    const r = roleLoad(graph);
    // A leads tasks 1 and 3: ρ = ½ of each → credit 1; brings along B, C on 1 and B on 3.
    expect(r['agency:A']).toEqual({
      tasks: 2,
      lead: 2,
      co: 0,
      responsible: 0,
      leadShare: 1,
      weightedLoad: 4, // λ·2 + 0
      credit: 1,
      coordinationBurden: 3, // (3 − 1) + (2 − 1)
      coordinated: 2, // B, C
      categories: 2,
      entropy: Math.log(2), // one task in 甲, one in 乙
      specialisation: 0, // 1 − ln2 / ln2
    });
    // B: co on 1 (½ split over B, C → ¼), alone on 2 (the whole unit), co on 3 (½).
    const b = r['agency:B'];
    expect(b).toMatchObject({ tasks: 3, lead: 1, co: 2, weightedLoad: 4, coordinationBurden: 0, coordinated: 0, categories: 2 });
    expect(b?.leadShare).toBeCloseTo(1 / 3, 15);
    expect(b?.credit).toBeCloseTo(0.25 + 1 + 0.5, 15);
    const h = -((2 / 3) * Math.log(2 / 3) + (1 / 3) * Math.log(1 / 3));
    expect(b?.entropy).toBeCloseTo(h, 15);
    expect(b?.specialisation).toBeCloseTo(1 - h / Math.log(2), 15);
    expect(r['agency:C']).toMatchObject({ tasks: 1, lead: 0, co: 1, credit: 0.25, weightedLoad: 1, entropy: 0, specialisation: 1 });
  });

  it('hands out exactly one unit of credit per task, for any ρ', () => {
    for (const rho of [0, 0.3, 1]) {
      const total = Object.values(roleLoad(graph, { rho })).reduce((s, x) => s + x.credit, 0);
      expect(total).toBeCloseTo(3, 12);
    }
  });

  it('weights leads by λ', () => {
    expect(roleLoad(graph, { lambda: 1 })['agency:B']?.weightedLoad).toBe(3);
    expect(roleLoad(graph, { lambda: 0 })['agency:A']?.weightedLoad).toBe(0);
  });

  it('on the bundled table: 省发展改革委 leads 10 of 27 and coordinates 19 agencies; credits sum to 30', () => {
    const g = buildResponsibilityGraph(parseTable(hunanGba2020.text));
    const r = roleLoad(g);
    expect(r['agency:省发展改革委']).toMatchObject({ tasks: 27, lead: 10, co: 17, weightedLoad: 37, categories: 8, coordinated: 19 });
    expect(Object.values(r).reduce((s, x) => s + x.credit, 0)).toBeCloseTo(30, 12);
    expect(r['agency:各有关市州人民政府']).toMatchObject({ lead: 0, coordinationBurden: 0 });
  });
});
