// A table copied one cell per line whose requirements cell (工作要求) holds two or three paragraphs,
// each a line of its own: the task's title stays the task cell, the paragraphs its requirements.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('a requirements cell of several paragraphs, one cell per line', () => {
  it('keeps the title apart from the requirements after it', () => {
    const text = [
      '附件',
      '重点任务责任分工表',
      '编号', '具体任务', '工作要求', '牵头责任单位', '配合部门',
      '1', '推进机构职能目录公开', '加强督促检查，确保按期完成。', '建立工作台账，每季度报送进展。', '县政府办', '县财政局，县审计局',
      '2', '外贸出口增长15%以上', '开展专项培训，提升工作能力。', '完善配套政策，形成长效机制。', '市商务局', '市财政局',
    ].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', '推进机构职能目录公开', ['县政府办:lead', '县财政局:co', '县审计局:co']],
      ['2', '外贸出口增长15%以上', ['市商务局:lead', '市财政局:co']],
    ]);
    expect(table.tasks[0]?.extra?.['工作要求']).toBe('加强督促检查，确保按期完成。\n建立工作台账，每季度报送进展。');
  });

  it('a category merged down (its cell left out) does not take the title: the numbered measures are the requirements, not the task', () => {
    const text = [
      '附件',
      '重点任务责任分工表',
      '编号 |', '领域 |', '具体任务 |', '目标要求 |', '牵头负责单位 |', '协办单位 |',
      '1 |', '抓好某某工作,全面恢复某某秩序 |', '区本级某某投资增长25% |', '1.加强督促检查，确保按期完成。', '2.建立工作台账，每季度报送进展。 |', '区发改局 |',
      '2 |', '规上某某增加值增长9%以上 |', '1.加强督促检查，确保按期完成。', '2.开展专项培训，提升工作能力。 |', '市甲局 |', '各县市区政府、开发区管委会 |',
      '3 |', '某某消费总额增长5%左右 |', '完善配套政策，形成长效机制。', '开展专项培训，提升工作能力。 |', '市商务局 |', '各县市区政府 |',
    ].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', '抓好某某工作,全面恢复某某秩序', '区本级某某投资增长25%', ['区发改局:lead']],
      ['2', '抓好某某工作,全面恢复某某秩序', '规上某某增加值增长9%以上', ['市甲局:lead', '各县市区政府:co', '开发区管委会:co']],
      ['3', '抓好某某工作,全面恢复某某秩序', '某某消费总额增长5%左右', ['市商务局:lead', '各县市区政府:co']],
    ]);
  });
});
