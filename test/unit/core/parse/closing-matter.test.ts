// A notice's closing matter after its table (抄送, the issuer and date, a contact) names bodies but is
// no task: it is blanked before reading, with a warning. The wording is made up.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('a document’s closing matter', () => {
  it('is read as no task and no units of the last one, with a closing-removed warning', () => {
    const text = [
      '附件',
      '某某任务分工表',
      '序号', '重点任务', '牵头单位', '配合单位',
      '1', '完成某某指标', '市甲局', '市乙局',
      '2', '推进某某改革', '市丙委', '市丁局、市戊局',
      '联系人：王某某，联系电话：0731-88888888。',
      '抄送：市委各部门，市人大常委会办公室，市政协办公室。',
      '某某市人民政府办公室 2024年3月5日印发',
    ].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', '完成某某指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某某改革', ['市丙委:lead', '市丁局:co', '市戊局:co']],
    ]);
    const note = table.diagnostics.find((d) => d.code === 'closing-removed');
    expect(note?.line).toBe(15);
    expect(note?.message).toContain('3 lines');
  });

  it('keeps a line that only mentions 抄送 or a date inside a task', () => {
    const text = '一、某某工作\n1.做好公文抄送和印发管理。（市甲办负责）\n2.于2024年3月5日前印发某某清单。（市乙局负责）';
    expect(parseTable(text).tasks.map((t) => t.title)).toEqual(['做好公文抄送和印发管理', '于2024年3月5日前印发某某清单']);
  });
});
