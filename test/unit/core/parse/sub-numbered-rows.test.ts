// Tables whose rows are numbered below a parent row: `1 | 经济发展` (a number and a title, no units)
// over `1.1 | … | 市甲局 | …`, `1.2 | …`. The parent is the rows' category, the rows are tasks with
// their numbers as written — in every layout made of rows (TSV, CSV, Markdown, | lines, one cell per
// line). Made-up wording in that shape; before stop 39 the rows were skipped ("1.1 is not a number").
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { subNumbersInSequence } from '../../../../packages/core/src/parse/row-numbers.js';

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const ROWS = [
  ['1', '经济发展', '', '', ''],
  ['1.1', '完成某项年度指标', '市甲局', '市乙局、市丙局', '2025年底'],
  ['1.2', '推进某项改革', '市丁局', '市戊局', '长期坚持'],
  ['2', '民生保障', '', '', ''],
  ['2.1', '优化某项服务', '市己局', '市乙局', '6月底前'],
];
const EXPECTED = [
  ['1.1', '完成某项年度指标', '经济发展', ['市甲局:lead', '市乙局:co', '市丙局:co']],
  ['1.2', '推进某项改革', '经济发展', ['市丁局:lead', '市戊局:co']],
  ['2.1', '优化某项服务', '民生保障', ['市己局:lead', '市乙局:co']],
];
const read = (text: string) => {
  const table = parseTable(text, { file: 'plan.txt' });
  return { tasks: table.tasks.map((t) => [t.id, t.title, t.category, t.units.map((u) => `${u.name}:${u.role}`)]), warnings: table.diagnostics.map((d) => d.code) };
};
const all = [HEADER, ...ROWS];

describe('rows numbered below a parent row', () => {
  it.each([
    ['tab-separated', all.map((r) => r.join('\t')).join('\n')],
    ['comma-separated', all.map((r) => r.join(',')).join('\n')],
    ['Markdown', [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`, ...ROWS.map((r) => `| ${r.join(' | ')} |`)].join('\n')],
    ['| between cells', all.map((r) => r.join(' | ')).join('\n')],
    ['| rows opened and closed, read by position', all.map((r) => `| ${r.join(' | ')} |`).join('\n')],
    ['one cell per line (empty cells lost)', all.flatMap((r) => r.filter((c) => c !== '')).join('\n')],
  ])('%s: the parent is the category, the rows keep their numbers, nothing is skipped', (_, text) => {
    const { tasks, warnings } = read(text);
    expect(tasks).toEqual(EXPECTED);
    expect(warnings).not.toContain('bad-task-number');
    expect(warnings).not.toContain('missing-cells');
  });

  it('a parent row with units of its own is a task, its sub-rows tasks beside it', () => {
    const text = [HEADER, ['1', '推进某项改革', '市甲局', '', ''], ['1.1', '制定某项方案', '市乙局', '', '']].map((r) => r.join('\t')).join('\n');
    expect(read(text).tasks).toEqual([
      ['1', '推进某项改革', null, ['市甲局:lead']],
      ['1.1', '制定某项方案', null, ['市乙局:lead']],
    ]);
  });

  it('a figure such as 2.6 among a flattened table’s cells numbers no row: only a chain after a bare parent number does', () => {
    const pieces = (texts: string[]) => texts.map((text) => ({ text, before: 'line' as const, line: 1 }));
    expect([...subNumbersInSequence(pieces(['1', '经济发展', '1.1', '某', '1.2', '某', '2', '某', '2.1']))]).toEqual([2, 4, 8]);
    expect([...subNumbersInSequence(pieces(['1', '某任务', '市甲局', '2.6', '2', '某任务', '1.1']))]).toEqual([]);
  });
});
