// Names and cells whose shape the reader must know without a label: bodies with a bracketed
// alternative or place after them, places sharing one ending, parks and state investment companies
// as plans abbreviate them, a dash inside a body's name, a year opening a heading. Found by writing
// the tuning split's tasks out again in other table shapes (scripts/layout-variants.mjs); the
// wording is made up, in the shapes real pages have.
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { isAgencyName } from '../../../../packages/core/src/parse/agency-name.js';
import { mapColumns } from '../../../../packages/core/src/parse/columns.js';
import { isDeadline } from '../../../../packages/core/src/parse/deadline.js';
import { headerKind } from '../../../../packages/core/src/parse/header-kind.js';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('isAgencyName', () => {
  it.each([
    ['各县（市、区）人民政府（管委会）', true],
    ['各县(市、区)人民政府(管委会)', true],
    ['高新园（某某镇）', true],
    ['某湖大垸、某某管理区', true],
    ['甲乙—丙丁合作区管委会', true],
    ['区城投', true],
    ['县水投', true],
    ['某某物流园', true],
    // …and what stays no name.
    ['甲镇—乙镇', false],
    ['高质量建设某某实验室', false],
    ['新建某某服务中心', false],
    ['建设银行', true],
    ['建设高速铁路', false],
    ['市住房城乡建设局', true],
    ['完成某项年度指标', false],
    // A sentence about how work is shared is no name, though it ends like one.
    ['新兴行业按照业务相近的原则由业务相近部门', false],
    ['各负有安全生产监管职责的部门', true],
    // A label's word alone, or after 的, names no unit.
    ['责任部门', false],
    ['主要指标的责任部门', false],
  ])('%s → %s', (name, expected) => {
    expect(isAgencyName(name)).toBe(expected);
  });
});

describe('isDeadline', () => {
  it.each([
    ['2025年底前', true],
    ['2024年12月', true],
    ['6月底前完成', true],
    ['2025年经济社会发展主要预期目标', false],
    ['2024年工作要点', false],
  ])('%s → %s', (text, expected) => {
    expect(isDeadline(text)).toBe(expected);
  });
});

describe('a table flattened one cell per line', () => {
  it('reads a 配合单位 cell of abbreviated or bracketed names as units, not as the next row’s category', () => {
    const text = ['附件', '某某重点任务责任分工表', '序号', '类别', '工作内容', '牵头单位', '配合单位',
      '1', '主要预期目标', '完成某项年度指标', '区甲局', '区城投、各街道',
      '2', '建成某类设施8处', '区乙局', '各县(市、区)人民政府(管委会)',
      '3', '健全某项制度', '区丙局', '',
    ].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['主要预期目标', '完成某项年度指标', ['区甲局:lead', '区城投:co', '各街道:co']],
      ['主要预期目标', '建成某类设施8处', ['区乙局:lead', '各县(市、区)人民政府(管委会):co']],
      ['主要预期目标', '健全某项制度', ['区丙局:lead']],
    ]);
  });

  it('reads a year-led category cell as the category, not as a deadline joined to the task', () => {
    const text = ['附件', '某某重点任务责任分工表', '序号', '类别', '工作任务', '牵头单位', '完成时限',
      '1', '2025年经济社会发展主要预期目标', '完成某项年度指标', '区甲局', '年底前完成',
      '2', '推进某项工作', '区乙局', '6月底前',
    ].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['2025年经济社会发展主要预期目标', '完成某项年度指标', ['区甲局:lead']],
      ['2025年经济社会发展主要预期目标', '推进某项工作', ['区乙局:lead']],
    ]);
  });

  it('reads a section heading after a row’s empty 备注 as a heading, not as that note', () => {
    const text = ['附件', '某某重点任务责任分工表', '序号', '工作措施', '牵头单位', '配合单位', '完成时间', '备注',
      '一、某方面工作', '1', '完成某项年度指标', '市甲局', '市乙局', '长期坚持',
      '二、努力扩大某某,促进某某平稳发展', '2', '推进某项工作', '市丙局', '市丁局', '6月底前',
    ].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['某方面工作', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['努力扩大某某,促进某某平稳发展', '推进某项工作', ['市丙局:lead', '市丁局:co']],
    ]);
  });
});

describe('header cells of a table of indicators', () => {
  it.each([
    ['评分部门', 'extra'],
    ['考核单位', 'extra'],
    ['督查部门', 'extra'],
    ['责任部门', 'units'],
    ['牵头单位', 'lead'],
  ])('%s is %s', (cell, kind) => {
    expect(headerKind(cell)).toBe(kind);
  });

  it('takes a bare 单位 for the unit of measure when another column names the responsible units', () => {
    const cols = mapColumns(['序号', '考核内容', '单位', '年度目标', '责任部门', '评分部门']);
    expect(cols.index).toEqual({ number: 0, title: 1, units: 4 });
    expect(cols.extra.map(([, h]) => h)).toEqual(['单位', '年度目标', '评分部门']);
    // …and for the units column when no other does.
    expect(mapColumns(['序号', '工作任务', '单位']).index).toEqual({ number: 0, title: 1, units: 2 });
  });
});

describe('tables whose shape the layout variants found misread', () => {
  it('reads tab-separated rows whose first cell is empty (a merged category) as rows, not a Word table pasted one cell per line', () => {
    const text = [
      '附件',
      '重点任务责任分工表',
      '任务类别\t主要任务\t责任领导\t责任单位',
      '主要预期目标\t固定资产投资增长20%\t张某\t市发改委、统计局',
      '\t农村道路畅通工程\t刘某\t市交通局',
    ].join('\n');
    const table = parseTable(text);
    expect(table.layout).not.toBe('word-table');
    expect(read(table)).toEqual([
      ['主要预期目标', '固定资产投资增长20%', ['市发改委:responsible', '统计局:responsible']],
      ['主要预期目标', '农村道路畅通工程', ['市交通局:responsible']],
    ]);
  });

  it('takes nothing after 备注 for a header cell: a header-like first category cell (主要发展指标) is the first row’s', () => {
    const text = ['重点任务责任分工表', '工作类别', '工作任务', '承办单位', '备注', '主要发展指标', '完成某某年度指标', '市甲局、市乙局', '', '推进某某工程建设', '市丙局', ''].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['主要发展指标', '完成某某年度指标', ['市甲局:responsible', '市乙局:responsible']],
      ['主要发展指标', '推进某某工程建设', ['市丙局:responsible']],
    ]);
  });
});

describe('a task after a header on one line that ends like a header word', () => {
  it('is the first row’s task, not a 领导 column: a phrase with 的 is no header', () => {
    expect(headerKind('坚持党对某项工作的全面领导')).toBeUndefined();
    expect(headerKind('市政府分管领导')).toBe('official');
    const text = ['附件', '重点任务责任分工表', '工作任务 牵头单位 配合单位 完成时限 坚持党对某项工作的全面领导 办公室 各科室 长期坚持 完成某项年度指标 市甲局 市乙局 6月底前'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['坚持党对某项工作的全面领导', ['办公室:lead', '各科室:co']],
      ['完成某项年度指标', ['市甲局:lead', '市乙局:co']],
    ]);
  });
});
