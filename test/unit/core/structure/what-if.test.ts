import { buildResponsibilityGraph, parseTable, removeAgency } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graph = buildResponsibilityGraph(
  parseTable(
    wordTable([
      ['1', '甲', '任务一', 'A、B、C'],
      ['2', '', '任务二', 'B、A'],
      ['3', '', '任务三', 'D、各有关市州人民政府'],
      ['4', '', '任务四', 'B'],
    ]),
  ),
);

describe('removeAgency', () => {
  it('throws for an agency that is not in the graph', () => {
    expect(() => removeAgency(graph, 'Z')).toThrow('removeAgency: no agency "Z" in the graph');
    expect(() => removeAgency(graph, 'task:1')).toThrow(/no agency "task:1"/);
  });

  it('reports tasks left without a lead and tasks left to collectives only', () => {
    expect(removeAgency(graph, 'A')).toMatchObject({ agency: 'A', tasks: ['1', '2'], leaderless: ['1'], orphaned: [] });
    expect(removeAgency(graph, 'agency:D')).toMatchObject({ agency: 'D', tasks: ['3'], leaderless: ['3'], orphaned: ['3'] });
    const b = removeAgency(graph, 'B');
    expect(b).toMatchObject({ tasks: ['1', '2', '4'], leaderless: ['2', '4'], orphaned: ['4'] }); // task 4 had B alone
  });

  it('reports how the load ranking moves, and leaves the graph unchanged', () => {
    // Before (by tasks): B 3 (1), A 2 (2), C, D, 各有关 1 (3). Without B: A first, the rest second,
    // listed in the new order (D leads a task, so it comes before C).
    expect(removeAgency(graph, 'B').rankChanges).toEqual([
      { agency: 'A', before: 2, after: 1 },
      { agency: 'D', before: 3, after: 2 },
      { agency: 'C', before: 3, after: 2 },
      { agency: '各有关市州人民政府', before: 3, after: 2 },
    ]);
    expect(graph.hasNode('agency:B')).toBe(true);
  });

  it('on the bundled table: without 省发展改革委, the 10 tasks it leads lose their lead', () => {
    const g = buildResponsibilityGraph(parseTable(hunanGba2020.text));
    const impact = removeAgency(g, '省发展改革委');
    expect(impact.tasks).toHaveLength(27);
    expect(impact.leaderless).toHaveLength(10);
    expect(impact.orphaned).toEqual([]);
  });
});
