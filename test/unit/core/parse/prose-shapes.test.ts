// Shapes of numbered lists the reader must know, found by writing the tuning split's tasks out
// again as prose lists (scripts/prose-variants.mjs): a division sentence whose names carry a
// bracket, the first-listed rule in its "第一个为…，其他为…" wording, bank branches and places
// in 〔〕, an item with no units before the first task. The wording is made up, in the shapes real
// plans have.
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { isAgencyName } from '../../../../packages/core/src/parse/agency-name.js';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('a division sentence after the title', () => {
  it('reads names with a bracket of their own (各乡镇(街道), 各县(市、区)政府)', () => {
    const text = ['1.完成某项年度指标。甲区某局牵头，各乡镇(街道)协助。', '2.推进某项改革。乙区某局牵头，各县(市、区)政府、某开发区配合。', '3.抓好某项工作。丙局牵头，高新园(某某镇)、各街道协同。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['甲区某局:lead', '各乡镇(街道):co']],
      ['2', '推进某项改革', ['乙区某局:lead', '各县(市、区)政府:co', '某开发区:co']],
      ['3', '抓好某项工作', ['丙局:lead', '高新园(某某镇):co', '各街道:co']],
    ]);
  });

  it('reads a division closing the title sentence (…，由X牵头，Y、Z配合)', () => {
    const text = ['（1）某项信息公开，由省甲厅牵头，各设区市、某综合实验区配合。', '（2）保持100%的入学率，由教育局牵头，13个街道、镇配合。', '（3）推进某项改革，对不适应的,分类实施取消，由区甲局牵头，区政府有关部门参与。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某项信息公开', ['省甲厅:lead', '各设区市:co', '某综合实验区:co']],
      ['2', '保持100%的入学率', ['教育局:lead', '13个街道、镇:co']],
      ['3', '推进某项改革，对不适应的,分类实施取消', ['区甲局:lead', '区政府有关部门:co']],
    ]);
  });

  it('does not take a sentence whose bracket ends it for units (…参加了会议(名单附后))', () => {
    const text = ['某某主持召开推进会。甲镇人民政府,县甲局、乙局等部门负责人参加了会议(参会人员名单附后)。现将会议内容纪要如下:', '(一)由县甲局负责,于7月11日前完成衔接工作。', '(二)由县乙局负责,于7月17日前完成征迁工作。'].join('\n');
    const tasks = parseTable(text).tasks;
    expect(tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['县甲局:responsible'], ['县乙局:responsible']]);
  });

  it('warns about a numbered item with no units among tasks, even before the first task', () => {
    const text = ['1.完成某项指标。甲局牵头，乙局配合。', '2.完成另一项指标。'].join('\n');
    const before = ['1.完成另一项指标。', '2.完成某项指标。甲局牵头，乙局配合。', '3.推进某项改革。丙局牵头，丁局配合。'].join('\n');
    const first = parseTable(before);
    expect(first.tasks.map((t) => t.id)).toEqual(['2', '3']);
    expect(first.diagnostics.filter((d) => d.code === 'empty-units').map((d) => d.line)).toEqual([1]);
    expect(parseTable(text).diagnostics.some((d) => d.code === 'empty-units' && d.line === 2)).toBe(true);
  });
});

describe('names separated by commas', () => {
  it('run into the next role word (X负责，A，B配合: A and B co-operate)', () => {
    const text = ['1．某项收入增长8%以上。[市甲局负责，各有关部门，各开发区、镇(街道)配合，6月底前完成]', '2．某项收入增长9%以上。（市甲局，市乙局牵头，丙局配合）', '3．某项指标。（市甲局牵头，乙局，丙局）'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某项收入增长8%以上', ['市甲局:responsible', '各有关部门:co', '各开发区、镇(街道):co']],
      ['2', '某项收入增长9%以上', ['市甲局:lead', '市乙局:lead', '丙局:co']],
      ['3', '某项指标', ['市甲局:lead', '乙局:co', '丙局:co']],
    ]);
  });

  it('a bracket with role words closes its task though the next task opens with 政府', () => {
    const text = ['（一）某方面。新建某小区配套幼儿园。【区甲局负责，区城投公司配合】政府采购信息公开。【省乙厅负责，各设区市配合】'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.title, t.category, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['新建某小区配套幼儿园', '某方面', ['区甲局:responsible', '区城投公司:co']],
      ['政府采购信息公开', '某方面', ['省乙厅:responsible', '各设区市:co']],
    ]);
  });
});

describe('the first-listed rule', () => {
  it.each([
    '各项任务中，第一个为牵头部门，其他为配合部门。',
    '排在第一位的为牵头单位。',
    '（列第一位者为牵头单位）',
  ])('%s: a rule for every task, never a task or a unit itself', (rule) => {
    const text = ['各有关单位要切实履行职责。', rule, '1．完成某项年度指标。（甲局、各镇人民政府、某开发区）', '2．推进某项改革。（乙局、丙公司）'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['甲局:lead', '各镇人民政府:co', '某开发区:co']],
      ['2', '推进某项改革', ['乙局:lead', '丙公司:co']],
    ]);
  });
});

describe('isAgencyName', () => {
  it.each([
    ['中国人民银行某某市分行', true],
    ['某某农商银行某某支行', true],
    ['各市〔州〕', true],
    ['各县［市、区］', true],
    ['其他为配合部门', false],
    ['第一个为牵头部门', false],
  ])('%s → %s', (name, expected) => {
    expect(isAgencyName(name)).toBe(expected);
  });
});
