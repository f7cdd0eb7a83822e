import { parseTable, parseWordTable, TableParseError, type Diagnostic } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

/** Parses and returns the thrown TableParseError (fails the test if nothing is thrown). */
function errorsOf(text: string, file = 'plan.txt'): readonly Diagnostic[] {
  try {
    parseTable(text, { file, strict: true });
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    const e = error as TableParseError;
    expect(e.file).toBe(file);
    for (const d of e.diagnostics) expect(e.message).toContain(`${file}:${d.line}: ${d.message}`);
    return e.diagnostics;
  }
  throw new Error('expected parseTable to throw');
}

const ROW_1 = ['1', '交通', '建设高铁', '省发展改革委、省财政厅按职责分工负责'];
const ROW_2 = ['2', '', '建设公路', '省交通运输厅、省发展改革委按职责分工负责'];

describe('parseTable: invalid input', () => {
  it('throws a TypeError naming the function for a non-string', () => {
    expect(() => parseTable(undefined as unknown as string)).toThrow(/parseTable: expected the table as a string/);
    expect(() => parseTable(null as unknown as string)).toThrow(/got null/);
  });

  it('rejects an unknown layout', () => {
    expect(() => parseTable('x', { layout: 'nope' as 'word-table' })).toThrow(/unknown layout "nope"/);
  });

  it('rejects text that is not a table at all, on its first line', () => {
    const [d, ...rest] = errorsOf('\n\n这是一段普通的文字。\n没有表格。\n');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'not-a-table', line: 3, severity: 'error' });
  });

  it('rejects empty input', () => {
    expect(errorsOf('')).toMatchObject([{ code: 'not-a-table', line: 1 }]);
  });

  it('rejects cells with no header row unless they start with a task number', () => {
    expect(errorsOf(wordTable([['交通', '建设高铁', '省财政厅']], { header: null }))).toMatchObject([{ code: 'missing-header', line: 5 }]);
  });

  it('rejects a header without a units column, naming the columns found', () => {
    const [d] = errorsOf(wordTable([['1', '交通', '建设高铁']], { header: ['序号', '类别', '重点任务'] }));
    expect(d).toMatchObject({ code: 'missing-column', line: 5 });
    expect(d?.message).toContain('责任单位');
    expect(d?.message).toContain('“重点任务”');
  });

  it('rejects a header with no rows below it', () => {
    expect(errorsOf(wordTable([]))).toMatchObject([{ code: 'no-rows', line: 5 }]);
  });

  it('rejects a row with a missing cell, naming its line and the expected columns', () => {
    const text = wordTable([ROW_1, ['2', '建设公路', '省交通运输厅']]);
    const [d] = errorsOf(text);
    expect(d).toMatchObject({ code: 'missing-cells', line: 15 });
    expect(d?.message).toContain('row has 3 cells, expected 4 (序号 / 类别 / 重点任务 / 责任单位)');
  });

  it('rejects a row with an extra cell', () => {
    expect(errorsOf(wordTable([[...ROW_1, '多余']]))).toMatchObject([{ code: 'extra-cells', line: 10 }]);
  });

  it('rejects a row with no units, and one with only the duty clause', () => {
    const text = wordTable([['1', '交通', '建设高铁', ''], ['2', '', '建设公路', '按职责分工负责']]);
    expect(errorsOf(text)).toMatchObject([
      { code: 'empty-units', line: 13 },
      { code: 'empty-units', line: 18 },
    ]);
  });

  it('rejects non-numeric and empty task numbers', () => {
    const text = wordTable([['x', '交通', '建设高铁', '省财政厅'], ['', '', '建设公路', '省财政厅']]);
    const ds = errorsOf(text);
    expect(ds).toMatchObject([
      { code: 'bad-task-number', line: 10 },
      { code: 'bad-task-number', line: 15 },
    ]);
    expect(ds[0]?.message).toContain('“x” is not a number');
    expect(ds[1]?.message).toContain('empty');
  });

  it('rejects a duplicate task number, pointing at the first use', () => {
    const [d] = errorsOf(wordTable([ROW_1, ['1', '', '建设公路', '省财政厅']]));
    expect(d).toMatchObject({ code: 'duplicate-task-number', line: 15 });
    expect(d?.message).toContain('first on line 10');
  });

  it('rejects an empty task title, and reads an empty category on the first row with a warning', () => {
    const text = wordTable([['1', '', '建设高铁', '省财政厅'], ['2', '交通', '', '省财政厅']]);
    expect(errorsOf(text)).toMatchObject([{ code: 'empty-title', line: 17 }]);
    const table = parseTable(text, { file: 'plan.txt' });
    expect(table.tasks.map((t) => [t.id, t.category, t.title])).toEqual([['1', null, '建设高铁']]);
    expect(table.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['missing-category', 11],
      ['empty-title', 17],
    ]);
    expect(table.notes).toEqual(['2 / 交通 /  / 省财政厅']);
  });

  it('rejects free text between rows', () => {
    const text = wordTable([ROW_1, ROW_2]).replace('\n\n\t2', '\n\n注：这里不是单元格\n\n\t2');
    expect(errorsOf(text)).toMatchObject([{ code: 'text-inside-table', line: 15 }]);
  });

  it('reports every error at once, not only the first', () => {
    const text = wordTable([['x', '交通', '建设高铁', '省财政厅'], ['2', '', '', ''], ['2', '', '建设公路']]);
    expect(errorsOf(text).map((d) => d.code)).toEqual(['bad-task-number', 'empty-title', 'empty-units', 'missing-cells']);
  });

  it('reads a headerless table by position when rows start with a task number, with a warning', () => {
    const table = parseTable(wordTable([ROW_1, ROW_2], { header: null }));
    expect(table.tasks.map((t) => [t.id, t.category, t.title])).toEqual([
      ['1', '交通', '建设高铁'],
      ['2', '交通', '建设公路'],
    ]);
    expect(table.diagnostics).toMatchObject([{ severity: 'warning', code: 'missing-header', line: 5 }]);
  });

  it('uses <input> as the file name when none is given', () => {
    expect(() => parseTable('nothing')).toThrow(/<input>:1: not a table/);
  });
});

describe('parseTable: small tables', () => {
  it('reads tasks, inherited categories, roles and positions', () => {
    const table = parseTable(wordTable([ROW_1, ROW_2]), { file: 'plan.txt' });
    expect(table).toMatchObject({
      layout: 'word-table',
      file: 'plan.txt',
      preamble: ['附件', '重点任务责任分工'],
      notes: [],
      columns: ['序号', '类别', '重点任务', '责任单位'],
      categories: ['交通'],
      diagnostics: [],
    });
    expect(table.tasks).toEqual([
      {
        id: '1',
        number: 1,
        category: '交通',
        title: '建设高铁',
        dutyClause: true,
        leadSource: 'first-listed',
        extra: {},
        line: 10,
        units: [
          { name: '省发展改革委', canonical: '省发展改革委', role: 'lead', position: 0, line: 13 },
          { name: '省财政厅', canonical: '省财政厅', role: 'co', position: 1, line: 13 },
        ],
      },
      {
        id: '2',
        number: 2,
        category: '交通',
        title: '建设公路',
        dutyClause: true,
        leadSource: 'first-listed',
        extra: {},
        line: 15,
        units: [
          { name: '省交通运输厅', canonical: '省交通运输厅', role: 'lead', position: 0, line: 18 },
          { name: '省发展改革委', canonical: '省发展改革委', role: 'co', position: 1, line: 18 },
        ],
      },
    ]);
  });

  it('maps columns by header name in any order, without a category column, keeping unknown columns', () => {
    const text = wordTable([['省财政厅', '1', '建设高铁', '2025年底']], { header: ['责任单位', '序号', '重点任务', '完成时限'] });
    const [task] = parseTable(text).tasks;
    expect(task).toMatchObject({ id: '1', category: null, title: '建设高铁', extra: { 完成时限: '2025年底' } });
    expect(task?.units.map((u) => u.name)).toEqual(['省财政厅']);
  });

  it('warns, and keeps, a unit listed twice on a task', () => {
    const table = parseTable(wordTable([['1', '交通', '建设高铁', '省财政厅、省商务厅、省财政厅']]));
    expect(table.tasks[0]?.units.map((u) => [u.name, u.role])).toEqual([
      ['省财政厅', 'lead'],
      ['省商务厅', 'co'],
    ]);
    expect(table.diagnostics).toMatchObject([{ severity: 'warning', code: 'duplicate-unit', line: 13 }]);
  });

  it('warns about empty names between separators and gaps in numbering', () => {
    const table = parseTable(wordTable([['1', '交通', '建设高铁', '省财政厅、、省商务厅'], ['3', '', '建设公路', '省财政厅']]));
    expect(table.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['empty-unit', 13],
      ['numbering-gap', 15],
    ]);
  });

  it('keeps text after the table as notes, with a warning', () => {
    const table = parseTable(`${wordTable([ROW_1])}\n注：各地可结合实际细化。\n`);
    expect(table.notes).toEqual(['注：各地可结合实际细化。']);
    expect(table.diagnostics).toMatchObject([{ code: 'text-after-table', line: 15, severity: 'warning' }]);
  });

  it('accepts CRLF line ends, a byte-order mark and full-width digits', () => {
    const text = `\uFEFF${wordTable([['１２', '交通', '建设高铁', '省财政厅']]).replace(/\n/g, '\r\n')}`;
    const table = parseTable(text);
    expect(table.preamble[0]).toBe('附件');
    expect(table.tasks[0]).toMatchObject({ id: '12', number: 12, line: 10 });
  });

  it('reads explicit 牵头单位 / 配合单位 columns, several leads, and officials kept as attributes', () => {
    const text = wordTable(
      [
        ['（一）', '建设高铁', '省发展改革委、省交通运输厅', '省财政厅等', '张三'],
        ['（二）', '建设公路', '省交通运输厅', '', '李四'],
      ],
      { header: ['序号', '重点任务', '牵头单位', '配合单位', '责任领导'] },
    );
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.leadSource, t.units.map((u) => `${u.name}:${u.role}`), t.extra])).toEqual([
      ['1', 'marked', ['省发展改革委:lead', '省交通运输厅:lead', '省财政厅:co'], { 责任领导: '张三' }],
      ['2', 'marked', ['省交通运输厅:lead'], { 责任领导: '李四' }],
    ]);
  });

  it('lets role marks inside a cell beat the first-listed convention', () => {
    const [task] = parseTable(wordTable([['1', '交通', '建设高铁', '省财政厅、省商务厅牵头，省发展改革委配合']])).tasks;
    expect(task?.units.map((u) => `${u.name}:${u.role}`)).toEqual(['省财政厅:lead', '省商务厅:lead', '省发展改革委:co']);
    expect(task?.leadSource).toBe('marked');
  });

  it('records units as responsible with no lead when asked not to use the first-listed convention', () => {
    const [task] = parseTable(wordTable([ROW_1]), { firstListedLeads: false }).tasks;
    expect(task?.units.map((u) => u.role)).toEqual(['responsible', 'responsible']);
    expect(task?.leadSource).toBe('none');
  });

  it('is what parseTable runs for the word-table layout', () => {
    const text = wordTable([ROW_1]);
    const { evidence, ...table } = parseTable(text, { layout: 'word-table' });
    expect(table).toEqual(parseWordTable(text));
    expect(evidence).toEqual(['layout word-table, as asked']);
  });
});

describe('parseTable: the bundled Hunan–GBA table', () => {
  const table = parseTable(hunanGba2020.text, { file: hunanGba2020.file });
  const links = table.tasks.flatMap((t) => t.units);
  const on = (name: string) => links.filter((u) => u.name === name);

  it('reads 30 tasks in 8 categories without any warning', () => {
    expect(table.diagnostics).toEqual([]);
    expect(table.tasks.map((t) => t.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(table.categories).toHaveLength(8);
    expect(table.categories[0]).toBe('构建便捷高效对接通道');
    expect(table.preamble).toEqual(['附件', '重点任务责任分工']);
  });

  it('finds 34 distinct units and 179 task–unit links', () => {
    expect(new Set(links.map((u) => u.name)).size).toBe(34);
    expect(links).toHaveLength(179);
    expect(table.tasks.every((t) => t.dutyClause)).toBe(true);
  });

  it('has 省发展改革委 on 27 tasks leading 10, and 各有关市州人民政府 on all 30 leading none', () => {
    expect(on('省发展改革委')).toHaveLength(27);
    expect(on('省发展改革委').filter((u) => u.role === 'lead')).toHaveLength(10);
    expect(on('各有关市州人民政府')).toHaveLength(30);
    expect(on('各有关市州人民政府').filter((u) => u.role === 'lead')).toHaveLength(0);
  });

  it('carries merged categories down and keeps titles as written', () => {
    const t7 = table.tasks[6];
    expect(t7).toMatchObject({ id: '7', category: '推进现代产业协同发展', title: '精准对接大湾区“菜篮子”工程', line: 40 });
    expect(t7?.units[0]).toEqual({ name: '省农业农村厅', canonical: '省农业农村厅', role: 'lead', position: 0, line: 43 });
    expect(table.tasks[29]?.category).toBe('共筑南岭生态安全屏障');
  });

  it('gives each task exactly one lead', () => {
    for (const t of table.tasks) expect(t.units.filter((u) => u.role === 'lead')).toHaveLength(1);
  });
});
