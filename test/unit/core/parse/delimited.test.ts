import type { TableParseError } from '@fengong/core';
import { detectLayout, parseDelimited, parseMarkdown, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const roles = (t: { units: { name: string; role: string }[] } | undefined) => t?.units.map((u) => `${u.name}:${u.role}`);

describe('parseDelimited (CSV / TSV)', () => {
  it('maps English headers, quoted cells with commas and newlines, and reports lines', () => {
    const csv = 'id,category,task,lead,co\n1,交通,"建设高铁，提升能力",省发展改革委,"省财政厅、省交通运输厅"\n2,,"建设\n公路",省交通运输厅,\n3,,建设机场,,\n';
    try {
      parseDelimited(csv, { file: 't.csv', strict: true });
      expect.unreachable();
    } catch (error) {
      expect((error as TableParseError).diagnostics).toMatchObject([{ code: 'empty-units', line: 5 }]);
    }
    // Without strict, the row is a warning on its line and the rest is read.
    const lenient = parseDelimited(csv, { file: 't.csv' });
    expect(lenient.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(lenient.diagnostics).toMatchObject([{ severity: 'warning', code: 'empty-units', line: 5 }]);
    const ok = parseDelimited(csv.replace('3,,建设机场,,\n', ''), { file: 't.csv' });
    expect(ok.layout).toBe('delimited');
    expect(ok.tasks.map((t) => [t.id, t.category, t.title, t.line])).toEqual([
      ['1', '交通', '建设高铁，提升能力', 2],
      ['2', '交通', '建设\n公路', 3],
    ]);
    expect(roles(ok.tasks[0])).toEqual(['省发展改革委:lead', '省财政厅:co', '省交通运输厅:co']);
  });

  it('reads TSV with Chinese headers and the first-listed convention', () => {
    const tsv = '序号\t重点任务\t责任单位\n1\t建设高铁\t省发展改革委、省财政厅按职责分工负责\n';
    const table = parseTable(tsv);
    expect(table.layout).toBe('delimited');
    expect(roles(table.tasks[0])).toEqual(['省发展改革委:lead', '省财政厅:co']);
  });

  it('section rows of one cell (一、某方面) in a table with no 类别 column are the categories of the rows below', () => {
    const csv = '序号,重点任务,牵头单位,配合单位\n一、明确分工\n1,完成某项年度指标,市甲局,市乙局\n2,推进某项改革,市丙局,\n（二）推进某某公开,,,\n3,落实某项制度,市丁局,市戊局\n';
    const table = parseTable(csv, { file: 'plan.csv' });
    expect(table.layout).toBe('delimited');
    expect(table.tasks.map((t) => [t.id, t.category, roles(t)])).toEqual([
      ['1', '明确分工', ['市甲局:lead', '市乙局:co']],
      ['2', '明确分工', ['市丙局:lead']],
      ['3', '推进某某公开', ['市丁局:lead', '市戊局:co']],
    ]);
    expect(table.diagnostics).toEqual([]);
  });

  it('only section rows become categories: a continuation cell and a note under the table stay notes, with warnings', () => {
    const csv = '序号,重点任务,牵头单位,配合单位\n一、优化某某环境\n1,深化某某改革,市甲局,市乙委\n2,推进某某建设,市乙委,\n,,,市丙局\n3,推进某某招商,市丁局,市丙局\n二、推动某某升级\n4,发展某某经济,市戊局,市己局\n注：排在第一位的为牵头单位。\n';
    const table = parseTable(csv, { file: 'plan.csv' });
    expect(table.tasks.map((t) => [t.id, t.category])).toEqual([['1', '优化某某环境'], ['2', '优化某某环境'], ['3', '优化某某环境'], ['4', '推动某某升级']]);
    expect(table.notes.some((n) => n.includes('市丙局'))).toBe(true);
    expect(table.notes).toContain('注：排在第一位的为牵头单位。');
    expect(table.diagnostics.length).toBeGreaterThan(0);
  });

  it('says so when it blanks a CSV’s closing lines (抄送：…), as for every other layout', () => {
    const csv = '序号,重点任务,责任单位\n1,建设高铁,省发展改革委\n抄送：省委各部门\n';
    const table = parseTable(csv, { file: 'plan.csv' });
    expect(table.tasks).toHaveLength(1);
    expect(table.diagnostics).toMatchObject([{ code: 'closing-removed', line: 3 }]);
  });

  it('rejects a row with too few cells, naming its line', () => {
    expect(() => parseDelimited('序号,重点任务,责任单位\n1,建设高铁\n', { file: 'x.csv' })).toThrow(/x\.csv:2: row has 2 cells, expected 3/);
  });
});

describe('parseMarkdown', () => {
  it('reads a pipe table, escaped pipes, and keeps surrounding text', () => {
    const md = '# 分工\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|:---|---|---|\n| 1 | 建设\\|高铁 | 省发展改革委 | 省财政厅 |\n| 2 | 建设公路 | 省交通运输厅 | |\n\n注：以上。\n';
    const table = parseMarkdown(md);
    expect(table.preamble).toEqual(['# 分工']);
    expect(table.notes).toEqual(['注：以上。']);
    expect(table.tasks.map((t) => [t.id, t.title, t.line])).toEqual([
      ['1', '建设|高铁', 5],
      ['2', '建设公路', 6],
    ]);
    expect(roles(table.tasks[1])).toEqual(['省交通运输厅:lead']);
  });
});

describe('detectLayout', () => {
  it.each([
    ['{"format":"fengong-table/1"}', 'json'],
    ['| a | b |\n|---|---|\n', 'markdown'],
    ['附件\n\n\t序号\n\t重点任务\n', 'word-table'],
    ['序号,重点任务,责任单位\n', 'delimited'],
    ['序号\t重点任务\t责任单位\n', 'delimited'],
    ['1. 建设高铁（省发展改革委牵头）\n', 'prose'],
  ] as const)('%j → %s', (text, layout) => {
    expect(detectLayout(text)).toBe(layout);
  });
});
