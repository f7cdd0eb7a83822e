// Single points of failure counted by hand: every listed unit counts whatever its role (lead, co,
// or `responsible` where no lead is marked); collective units never count.
import { analyzeTable, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { singlePoints } from '../../../packages/cli/src/single-points.js';

// Prose with no lead marked on tasks 1–3: their units are `responsible`.
const PROSE = `1. 修建道路。责任单位：甲局、乙局。
2. 修建桥梁。责任单位：丙局。
3. 培训人员。责任单位：丁局、各市人民政府。
4. 招商引资。牵头单位：甲局；配合单位：丙局。
5. 统筹协调。责任单位：各市人民政府。`;

describe('singlePoints', () => {
  const report = analyzeTable(parseTable(PROSE, { file: 'prose.txt' }));

  it('reads the table as assumed: tasks 1–3 and 5 with responsible units only', () => {
    expect(report.tasks.map((t) => [t.id, t.lead, t.co, t.responsible])).toEqual([
      ['1', [], [], ['甲局', '乙局']],
      ['2', [], [], ['丙局']],
      ['3', [], [], ['丁局', '各市人民政府']],
      ['4', ['甲局'], ['丙局'], []],
      ['5', [], [], ['各市人民政府']],
    ]);
  });

  it('counts responsible units: two responsible agencies are not a single point; one is; collective units only is one with no agency', () => {
    expect(singlePoints(report).map((x) => [x.task.id, x.sole])).toEqual([
      ['2', '丙局'],
      ['3', '丁局'],
      ['5', undefined],
    ]);
  });
});
