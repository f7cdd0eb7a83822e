// Issue 18, item 7: a bracket never closed no longer swallows the units after it, and is reported
// with its line and column.
import { accountFor, buildResponsibilityGraph, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const names = (text: string) => parseTable(text).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`));

describe('unclosed brackets', () => {
  it('reads the names after an unclosed （ in a labelled list apart, and warns with its column', () => {
    const text = [
      '一、某方面',
      '1.推进某项工作。',
      '牵头单位：市发改委（市物价局',
      '配合单位：市财政局、市教育局、市民政局、市人社局、市住建局',
      '2.完成某项指标。',
      '牵头单位：市统计局',
    ].join('\n');
    const table = parseTable(text);
    expect(names(text)).toEqual([
      ['市发改委（市物价局:lead', '市财政局:co', '市教育局:co', '市民政局:co', '市人社局:co', '市住建局:co'],
      ['市统计局:lead'],
    ]);
    const warning = table.diagnostics.find((d) => d.code === 'unclosed-bracket');
    expect(warning).toMatchObject({ severity: 'warning', line: 3 });
    expect(warning?.message).toMatch(/^（ at column 10 is never closed/u);
  });

  it('keeps every unit of a bare bracket whose inner （ is never closed (11 names, not 6)', () => {
    const units = ['市发改委', '市教育局', '市科技局', '市工信局', '市公安局', '市民政局', '市司法局', '市财政局', '市人社局', '市住建局', '市交通局'];
    const text = ['1.推进某项工作。', `（${units.slice(0, 5).join('、')}、【${units.slice(5).join('、')}）`, '2.完成某项指标。（市统计局）'].join('\n');
    const table = parseTable(text);
    const first = table.tasks[0]?.units.map((u) => u.name);
    expect(first).toHaveLength(11);
    expect(first?.[5]).toBe('【市民政局');
    expect(table.diagnostics.filter((d) => d.code === 'unclosed-bracket').map((d) => d.line)).toEqual([2]);
    // Accounting: every mention read is linked; nothing was swallowed.
    const accounting = accountFor(table, buildResponsibilityGraph(table));
    expect(accounting.mentions.read).toBe(12);
    expect(accounting.balanced).toBe(true);
  });

  it('does not warn of a bracket closed on the next line', () => {
    const text = ['1.推进某项工作（市发改委、', '市财政局负责）', '2.完成某项指标（市统计局负责）'].join('\n');
    expect(parseTable(text).diagnostics.filter((d) => d.code === 'unclosed-bracket')).toEqual([]);
  });
});
