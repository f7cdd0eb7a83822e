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
});
