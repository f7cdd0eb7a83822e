// Tables whose cells run together, with cells after the units: columns of figures (投资额（万元）,
// 量化指标) and of progress (进展情况) written right after the names, a header in two rows run on
// as one, a figure run into the next row's number. Made-up wording in the shapes such pages have
// (scripts/cell-variants.mjs, shape run-together, makes them at scale).
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { extraKind, trailingExtras } from '../../../../packages/core/src/parse/run-together-extras.js';

const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('the cells after the units of a run-together row', () => {
  it('are cut from its end, last column first: a progress note opening after a name or a figure, a figure after a name', () => {
    expect(trailingExtras('完成某项指标市甲局市乙局1200已完成前期手续，正在招标。', ['figure', 'progress'])).toEqual({ text: '完成某项指标市甲局市乙局', cells: ['1200', '已完成前期手续，正在招标。'] });
    expect(trailingExtras('完成某项指标市甲局正在推进中。', ['progress'])).toEqual({ text: '完成某项指标市甲局', cells: ['正在推进中。'] });
    expect(trailingExtras('完成某项指标各县(市、区)政府完成80%', ['figure'])).toEqual({ text: '完成某项指标各县(市、区)政府', cells: ['完成80%'] });
    // A title's own figure, with no name before it, is no cell.
    expect(trailingExtras('地区生产总值增长15%', ['figure'])).toEqual({ text: '地区生产总值增长15%', cells: [''] });
  });

  it('are told by their header words', () => {
    expect(['进展情况', '投资额（万元）', '量化指标', '完成时限', '备注'].map((h) => extraKind(h, 'extra'))).toEqual(['progress', 'figure', 'figure', 'deadline', 'other']);
  });
});

describe('a run-together table with figures and progress after the units', () => {
  it('reads each row’s units before its figure and its progress note, a figure run into the next number too', () => {
    const text = '附件\n序号重点任务牵头单位配合单位投资额（万元）进展情况1建设某某产业园市甲局市乙局、市丙局1200已完成前期手续，正在开展施工招标。2改造某某老旧住房市丁局8000正在推进中，预计9月底前完成。3新建某某学校市戊局市己局15已完成';
    expect(read(text)).toEqual([
      ['1', '建设某某产业园', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '改造某某老旧住房', ['市丁局:lead']],
      ['3', '新建某某学校', ['市戊局:lead', '市己局:co']],
    ]);
    const table = parseTable(text);
    expect(table.tasks.map((t) => t.extra['投资额（万元）'])).toEqual(['1200', '8000', '15']);
    expect(table.tasks[0]?.extra['进展情况']).toBe('已完成前期手续，正在开展施工招标。');
  });

  it('reads a header in two rows run on as one (责任单位 over 牵头单位 / 配合单位), and a target run into the next row’s number', () => {
    const text = '附件\n序号主要任务责任单位量化指标牵头单位配合单位1完成某项年度指标市甲局市乙局完成80%2推进某项改革市丙局、市丁局市戊局不少于5个3建设某某平台市己局2所';
    expect(read(text)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某项改革', ['市丙局:lead', '市丁局:co', '市戊局:co']],
      ['3', '建设某某平台', ['市己局:lead']],
    ]);
  });
});

describe('a progress note’s opening (found by review)', () => {
  it('is two characters at least: 全市累计… and 农村未成年人… are a title’s words', () => {
    const text = '附件\n序号重点任务牵头单位配合单位进展情况1全市累计新建充电桩500个市甲局市乙局已完成前期手续。2做好农村未成年人保护工作市丁局市戊局正在推进中。3新建某某学校市己局市庚局已完成';
    expect(read(text).map(([id, title]) => [id, title])).toEqual([
      ['1', '全市累计新建充电桩500个'],
      ['2', '做好农村未成年人保护工作'],
      ['3', '新建某某学校'],
    ]);
  });
});
