import { agencyLoad, buildResponsibilityGraph, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../helpers/tables.js';

// A: leads 1 and 2; B: co on 1, leads 3; C: co on 2 and 3, on another category; D: co on 3 only.
const graph = buildResponsibilityGraph(
  parseTable(
    wordTable([
      ['1', '甲', '任务一', 'A、B'],
      ['2', '', '任务二', 'A、C'],
      ['3', '乙', '任务三', 'B、C、D、各有关市州人民政府'],
    ]),
  ),
);

describe('agencyLoad', () => {
  it('throws on an unknown sort key, naming the valid ones', () => {
    expect(() => agencyLoad(graph, { by: 'weight' as 'tasks' })).toThrow(
      'agencyLoad: invalid `by` "weight" (expected one of tasks, lead, co, categories, share)',
    );
  });

  it('counts tasks, lead, co, categories and share per agency', () => {
    expect(agencyLoad(graph)).toEqual([
      { rank: 1, agency: 'A', collective: false, tasks: 2, lead: 2, co: 0, responsible: 0, categories: 1, share: 2 / 3 },
      { rank: 1, agency: 'B', collective: false, tasks: 2, lead: 1, co: 1, responsible: 0, categories: 2, share: 2 / 3 },
      { rank: 1, agency: 'C', collective: false, tasks: 2, lead: 0, co: 2, responsible: 0, categories: 2, share: 2 / 3 },
      { rank: 4, agency: 'D', collective: false, tasks: 1, lead: 0, co: 1, responsible: 0, categories: 1, share: 1 / 3 },
      { rank: 4, agency: '各有关市州人民政府', collective: true, tasks: 1, lead: 0, co: 1, responsible: 0, categories: 1, share: 1 / 3 },
    ]);
  });

  it('sorts by any key, breaking ties by tasks, lead, then first appearance', () => {
    const order = (by: Parameters<typeof agencyLoad>[1]) => agencyLoad(graph, by).map((r) => `${r.rank}${r.agency}`);
    expect(order({ by: 'lead' })).toEqual(['1A', '2B', '3C', '3D', '3各有关市州人民政府']);
    expect(order({ by: 'co' })).toEqual(['1C', '2B', '2D', '2各有关市州人民政府', '5A']);
    expect(order({ by: 'categories' })).toEqual(['1B', '1C', '3A', '3D', '3各有关市州人民政府']);
    expect(order({ by: 'share' })).toEqual(order({ by: 'tasks' }));
  });

  it('leaves collectives out on request', () => {
    expect(agencyLoad(graph, { excludeCollective: true }).map((r) => r.agency)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('is stable: the same table gives the same ranking every time', () => {
    expect(agencyLoad(graph, { by: 'co' })).toEqual(agencyLoad(graph, { by: 'co' }));
  });

  it('ranks the bundled table: the collective first, then 省发展改革委 with 27 tasks and 10 led', () => {
    const g = buildResponsibilityGraph(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary });
    const rows = agencyLoad(g);
    expect(rows).toHaveLength(34);
    expect(rows[0]).toMatchObject({ rank: 1, agency: '各有关市州人民政府', tasks: 30, lead: 0, co: 30, responsible: 0, categories: 8, share: 1 });
    expect(rows[1]).toMatchObject({
      rank: 2,
      agency: '省发展改革委',
      nameEn: 'Hunan Provincial Development and Reform Commission',
      tasks: 27,
      lead: 10,
      co: 17,
      categories: 8,
      share: 0.9,
    });
    expect(rows.reduce((s, r) => s + r.tasks, 0)).toBe(179);
    expect(rows.reduce((s, r) => s + r.lead, 0)).toBe(30);
    const byLead = agencyLoad(g, { by: 'lead', excludeCollective: true });
    expect(byLead[0]).toMatchObject({ agency: '省发展改革委', lead: 10 });
    expect(byLead).toHaveLength(33);
  });
});
