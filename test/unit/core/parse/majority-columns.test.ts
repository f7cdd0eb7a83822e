// A row of a space-separated table that lost its empty last cell is read as the other rows are:
// its task in the task column and its requirement beside it, not one column to the left. The
// wording is made up, in the shape such tables have.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('rows read one column to the left of the others', () => {
  it('are read as most rows are when an empty 配合单位 cell was lost', () => {
    const text = [
      '编号 工作措施 具体要求 牵头单位 参与单位',
      '1 强化某某监督,依法开展某某工作 建立工作台账，每季度报送进展。 省甲厅 省乙厅、各市人民政府',
      '2 实施某某双控行动,防止不合理新增 加强督促检查，确保按期完成。 市甲局 市乙局、市丙局',
      '3 支持某某求职创业 建立工作台账，每季度报送进展。 县甲局',
      '4 实施某某行动,每年引进某某项目 加强督促检查，确保按期完成。 市甲办 市乙委、各县(市、区)政府',
      '5 某某投资增长10% 开展专项培训，提升工作能力。 省丙委 省丁厅',
    ].join('\n');
    const tasks = parseTable(text).tasks;
    expect(tasks.map((t) => [t.id, t.title, t.category, t.extra['具体要求']])).toEqual([
      ['1', '强化某某监督,依法开展某某工作', null, '建立工作台账，每季度报送进展。'],
      ['2', '实施某某双控行动,防止不合理新增', null, '加强督促检查，确保按期完成。'],
      ['3', '支持某某求职创业', null, '建立工作台账，每季度报送进展。'],
      ['4', '实施某某行动,每年引进某某项目', null, '加强督促检查，确保按期完成。'],
      ['5', '某某投资增长10%', null, '开展专项培训，提升工作能力。'],
    ]);
    expect(tasks[2]?.units.map((u) => `${u.name}:${u.role}`)).toEqual(['县甲局:lead']);
  });

  it('invent no category column when a requirements cell of several paragraphs follows each task', () => {
    // One cell per line: each paragraph of the 具体要求 cell is a line of its own.
    const text = [
      '编号', '重点任务', '具体要求', '牵头单位', '参与单位',
      '1', '实行某某签约报销，开通率达100%', '开展专项培训，提升工作能力。', '建立工作台账，每季度报送进展。', '县甲局', '',
      '2', '某某增加值率保持基本稳定', '强化资金保障，落实专项经费。', '建立工作台账，每季度报送进展。', '区乙局', '统计局',
      '3', '某某投资增长30%以上', '加强督促检查，确保按期完成。', '完善配套政策，形成长效机制。', '省丙委', '省丁委、住建厅',
    ].join('\n');
    const tasks = parseTable(text).tasks;
    expect(tasks.map((t) => [t.id, t.category, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', null, ['县甲局:lead']],
      ['2', null, ['区乙局:lead', '统计局:co']],
      ['3', null, ['省丙委:lead', '省丁委:co', '住建厅:co']],
    ]);
    // Each task's title opens with its own 重点任务 cell, not a requirement.
    expect(tasks.map((t) => t.title.slice(0, 6))).toEqual(['实行某某签约', '某某增加值率', '某某投资增长']);
  });

  it('keeps a requirement sentence in its named column, not in the task’s (| after each cell, no 序号)', () => {
    const text = [
      '附件', '（列第一位者为牵头单位）', '目标任务 |', '目标要求 |', '责任主体 |', '一、某某政务公开 |',
      '主动公开某某规划纲要、国土空间规划和专项规划 |', '建立工作台账，每季度报送进展。 |', '区甲局、某某分局、各镇(街) |',
      '地区生产总值增长5%以上 |', '建立工作台账，每季度报送进展。 |', '区乙委、统计局 |',
      '探索设立某某发展基金 |', '加强督促检查，确保按期完成。 |', '市丙局、市丁委 |',
    ].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['某某政务公开', '主动公开某某规划纲要、国土空间规划和专项规划', ['区甲局:lead', '某某分局:co', '各镇(街):co']],
      ['某某政务公开', '地区生产总值增长5%以上', ['区乙委:lead', '统计局:co']],
      ['某某政务公开', '探索设立某某发展基金', ['市丙局:lead', '市丁委:co']],
    ]);
  });

  it('takes a one-cell-per-line table’s header for a header, not the first task’s heading, when both readings find as many tasks', () => {
    const text = ['附件', '重点任务责任分工表', '具体任务', '责任单位及分工', '某某收入与经济增长保持同步', '区甲委牵头，人社局、统计局配合', '某某投资增长8%', '市乙委牵头'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      [null, '某某收入与经济增长保持同步', ['区甲委:lead', '人社局:co', '统计局:co']],
      [null, '某某投资增长8%', ['市乙委:lead']],
    ]);
  });

  it('takes a space-separated header for a header, not a heading, when the prose reading finds as many tasks (labelled units cells)', () => {
    const text = [
      '编号 工作措施 责任领导 责任部门',
      '1 全员劳动生产率46000元/人以上 陈某 牵头单位：市甲委；配合单位：市政府各部门、各直属机构',
      '2 保持100%的义务教育入学率 张某某 牵头单位：教育局；配合单位：13个街道、镇',
      '3 某某工业增加值增长4.5% 杨某 牵头单位：县乙局',
    ].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.category, t.title, t.extra['责任领导']])).toEqual([
      [null, '全员劳动生产率46000元/人以上', '陈某'],
      [null, '保持100%的义务教育入学率', '张某某'],
      [null, '某某工业增加值增长4.5%', '杨某'],
    ]);
  });
});
