// A division written unit by unit: a line of the unit's name alone over the numbered items it answers
// for (市发展改革委 / 1.… 2.… / 市财政局： / 3.…). Made-up wording in that shape.
import { describe, expect, it } from 'vitest';
import { parseTable } from '@fengong/core';
import { numberUnitHeadings } from '../../../../packages/core/src/parse/unit-heading-lines.js';

const read = (text: string) => parseTable(text, { file: 'plan.txt' }).tasks.map((t) => ({ title: t.title, units: t.units.map((u) => `${u.name}:${u.role}`) }));

describe('lines of unit names over numbered items', () => {
  it('each heads the items under it, with or without a colon', () => {
    const text = ['各部门分工如下：', '市发展改革委：', '1.做好年度投资计划编制工作。', '2.推进重大项目前期工作。', '市财政局', '3.加强预算绩效管理。'].join('\n');
    expect(read(text)).toEqual([
      { title: '做好年度投资计划编制工作', units: ['市发展改革委:responsible'] },
      { title: '推进重大项目前期工作', units: ['市发展改革委:responsible'] },
      { title: '加强预算绩效管理', units: ['市财政局:responsible'] },
    ]);
  });

  it('an item’s own co-operating units stay beside the heading’s unit', () => {
    const text = ['市发展改革委：', '1.做好年度投资计划编制工作。（市统计局配合）', '市财政局：', '2.加强预算绩效管理。'].join('\n');
    expect(read(text).map((t) => t.units)).toEqual([['市发展改革委:lead', '市统计局:co'], ['市财政局:responsible']]);
  });

  it('are left alone when the text has headings of its own, or no names line before its first item', () => {
    const headed = ['一、深化改革', '市甲局', '1.推进改革。'].join('\n');
    const after = ['1.新建幼儿园5所。', '县教育局', '2.改造老旧小区12个。', '县住建局'].join('\n');
    expect(numberUnitHeadings(headed).count).toBe(0);
    expect(numberUnitHeadings(after).count).toBe(0);
    expect(numberUnitHeadings(['市甲局', '1.推进改革。', '市乙局', '2.完善机制。'].join('\n'))).toEqual({ text: ['一、市甲局', '1.推进改革。', '二、市乙局', '2.完善机制。'].join('\n'), count: 2 });
  });
});

describe('what the unit headings must leave alone (found by review)', () => {
  it('a one-cell-per-line table with its units column first', () => {
    const table = parseTable(['责任单位', '工作任务', '完成时限', '县发改局', '1.推进项目建设，完成投资10亿元', '6月底前', '县财政局', '2.加强预算绩效管理', '12月底前'].join('\n'));
    expect(table.tasks.map((t) => [t.category, t.title, t.units.map((u) => u.name), Object.values(t.extra)])).toEqual([
      [null, '推进项目建设，完成投资10亿元', ['县发改局'], ['6月底前']],
      [null, '加强预算绩效管理', ['县财政局'], ['12月底前']],
    ]);
  });

  it('names lines closing their items after a title line, and an addressee line before the items', () => {
    expect(numberUnitHeadings(['县农业农村局', '1.推进高标准农田建设。', '县农业农村局、县财政局', '2.实施农村人居环境整治。', '县农经站'].join('\n')).count).toBe(0);
    const addressed = parseTable(['各乡镇人民政府，县直各有关单位：', '1.新建幼儿园5所。（县教育局负责）', '2.改造老旧小区12个。（县住建局负责）'].join('\n'));
    expect(addressed.tasks.map((t) => t.category)).toEqual([null, null]);
  });
});

describe('a unit’s name and a colon opening the line of its items (市发展改革委：1.…；2.…)', () => {
  it('heads those items, and no line moves', () => {
    const text = ['各部门分工如下：', '市发展改革委：1.做好年度投资计划编制工作；2.推进重大项目前期工作。', '市财政局：3.加强预算绩效管理。'].join('\n');
    const table = parseTable(text, { file: 'plan.txt' });
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => `${u.name}:${u.role}`), t.line])).toEqual([
      ['做好年度投资计划编制工作', ['市发展改革委:responsible'], 2],
      ['推进重大项目前期工作', ['市发展改革委:responsible'], 2],
      ['加强预算绩效管理', ['市财政局:responsible'], 3],
    ]);
  });
});
