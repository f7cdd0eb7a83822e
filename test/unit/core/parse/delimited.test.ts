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

describe('a CSV or TSV table under a title (附件, the table’s name)', () => {
  const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.category, t.title, roles(t)]);

  it('is read row by row from its header below the title: labelled unit cells and a header of two rows', () => {
    const labelled = ['附件', '重点任务责任分工表', '序号\t工作类别\t主要任务\t责任单位及分工', '1\t经济目标\t完成某项年度指标\t牵头单位：市甲局；配合单位：市乙局', '2\t\t推进某项改革\t牵头单位：市丙局'].join('\n');
    const table = parseTable(labelled);
    expect(table.layout).toBe('delimited');
    expect(table.evidence?.[0]).toBe('a header row split by "\\t" on line 3 (the lines above it a title)');
    expect(read(labelled)).toEqual([
      ['1', '经济目标', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['2', '经济目标', '推进某项改革', ['市丙局:lead']],
    ]);
    const twoRows = ['附件', '重点任务责任分工表', '重点任务\t责任单位\t\t总投资（亿元）', '\t牵头单位\t配合单位\t', '建设某项设施\t区甲局\t区乙局、区丙局\t5', '完成某项指标\t区丁局\t\t2'].join('\n');
    expect(read(twoRows)).toEqual([
      ['1', null, '建设某项设施', ['区甲局:lead', '区乙局:co', '区丙局:co']],
      ['2', null, '完成某项指标', ['区丁局:lead']],
    ]);
  });

  it('reads a lone 责任单位 cell as the document’s text is: responsible, unless the document states the first-listed rule', () => {
    const rows = ['序号,重点任务,责任单位', '1,完成某项年度指标,"市甲局、市乙局"'];
    expect(read(['某某重点任务分工表', ...rows].join('\n'))).toEqual([['1', null, '完成某项年度指标', ['市甲局:responsible', '市乙局:responsible']]]);
    expect(read(['某某重点任务分工表', ...rows, '注：列第一位者为牵头单位。'].join('\n'))).toEqual([['1', null, '完成某项年度指标', ['市甲局:lead', '市乙局:co']]]);
    // A file that opens with its header (a spreadsheet saved as CSV) keeps the bundled table's convention.
    expect(read(rows.join('\n'))).toEqual([['1', null, '完成某项年度指标', ['市甲局:lead', '市乙局:co']]]);
  });

  it('takes no paragraph split on its commas for a header below the first line', () => {
    const text = ['|', '交通部门,负责通村公路建设。教育部门,负责义务教育和职业教育。水利部门,负责指导防洪工作,组织农田水利建设。'].join('\n');
    expect(detectLayout(text)).not.toBe('delimited');
  });
});

describe('rows of a CSV or TSV table with cells left out', () => {
  it('reads a note of one cell under the table (注：…) as a note, not a task whose other cells are merged from above', () => {
    const text = ['工作类别\t项目名称\t牵头负责单位\t责任单位', '经济目标\t某某生产总值增长8%\t市甲局\t市乙局', '\t某某收入增长5%\t市丙局\t', '注：带“★”的为牵头单位。'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => t.title)).toEqual(['某某生产总值增长8%', '某某收入增长5%']);
    expect(table.notes).toContain('注：带“★”的为牵头单位。');
  });

  it('finds the merged 牵头单位 of a short row whose category is a four-character topic (非遗保护 is no person)', () => {
    const text = [
      '编号\t工作类别\t任务名称\t责任领导\t牵头单位\t配合责任单位',
      '1\t生态农业\t完成某项指标\t刘某某\t县甲局\t',
      '2\t非遗保护\t推进某项建设\t王某某\t区乙局、区丙局、马桥镇',
      '3\t\t做好某项服务\t杨某\t市丁局\t',
    ].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.id, t.category, roles(t)])).toEqual([
      ['1', '生态农业', ['县甲局:lead']],
      ['2', '非遗保护', ['县甲局:lead', '区乙局:co', '区丙局:co', '马桥镇:co']],
      ['3', '非遗保护', ['市丁局:lead']],
    ]);
  });
});

describe('TSV headers and rows found by a probe', () => {
  const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.category, roles(t)]);

  it('reads a section row opening with a tab (its empty cells after it) as a row, not a Word table pasted one cell per line', () => {
    const text = ['序号\t重点任务\t牵头单位\t配合单位', '\t一、某方面工作\t\t', '1\t完成某项指标\t市甲局\t市乙局', '\t二、另一方面\t\t', '2\t推进某项改革\t市丁局\t市戊局'].join('\n');
    expect(detectLayout(text)).toBe('delimited');
    expect(read(text)).toEqual([
      ['1', '某方面工作', ['市甲局:lead', '市乙局:co']],
      ['2', '另一方面', ['市丁局:lead', '市戊局:co']],
    ]);
  });

  it('takes a 责任分工 column for the units where no other column names them, and a column beside 主要责任单位 for the co-operating units', () => {
    expect(read('序号\t重点任务\t责任分工\n1\t完善某项体系\t市甲局牵头，市乙局配合\n')).toEqual([['1', null, ['市甲局:lead', '市乙局:co']]]);
    expect(read('序号\t名称\t主要责任单位\t责任部门\n1\t某某建设项目\t市甲委\t市乙局、市丙局\n')).toEqual([['1', null, ['市甲委:lead', '市乙局:co', '市丙局:co']]]);
  });
});

describe('a 责任分工 column in rows split by spaces or one cell per line', () => {
  it('holds the units where no other column names them; 宣传形式及责任分工, a heading’s words, is no header', () => {
    const want = [['1', null, ['市甲局:lead', '市乙局:co']], ['2', null, ['市丙局:responsible']]];
    const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.category, roles(t)]);
    expect(read('序号 重点任务 责任分工\n1 完善某项体系 市甲局牵头，市乙局配合\n2 推进某项改革 市丙局负责\n')).toEqual(want);
    expect(read('序号\n重点任务\n职责分工\n1\n完善某项体系\n市甲局牵头，市乙局配合\n2\n推进某项改革\n市丙局负责\n')).toEqual(want);
  });
});

describe('what the readings of this stop must leave alone (found by review)', () => {
  const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.title, roles(t)]);

  it('headers with 的 in a gloss or a phrase still name their column; a sentence split on its commas is no header', () => {
    expect(read('序号,重点任务,责任单位（带★的为牵头单位）\n1,推进某园区建设,★市甲局、市乙局\n')).toEqual([['1', '推进某园区建设', ['市甲局:lead', '市乙局:co']]]);
    expect(read('序号\t需要完成的工作任务\t责任单位\n1\t推进某园区建设\t市甲局\n')).toEqual([['1', '推进某园区建设', ['市甲局:lead']]]);
    expect(read('某县重点工作实施方案\n明确责任单位，细化工作任务，压实工作责任\n1.推进某园区建设。（县发改局负责）\n')).toEqual([['1', '推进某园区建设', ['县发改局:responsible']]]);
    // (A numbered task above a CSV header is no title line.)
    expect(read('1.加强组织领导。（县委办负责）\n序号,重点任务,责任单位\n1,推进某园区建设,县甲局\n')[0]).toEqual(['1', '加强组织领导', ['县委办:responsible']]);
  });

  it('a Word table whose cell lines end in a tab is still one; a first-listed rule in a header cell holds under a title', () => {
    expect(detectLayout('\t序号\t\n\t重点任务\t\n\t责任单位\t\n\n\t1\t\n\t推进某园区建设\t\n\t市甲局、市乙局\t\n')).toBe('word-table');
    expect(read('附件\n序号,重点任务,责任单位（第一个为牵头单位）\n1,推进某园区建设,市甲局、市乙局\n')).toEqual([['1', '推进某园区建设', ['市甲局:lead', '市乙局:co']]]);
  });

  it('a duty list by department (部门名称 / 部门职责) is refused as before, not read inside out', () => {
    expect(() => parseTable('序号,部门名称,部门职责\n1,县发改局,负责全县发展规划编制，统筹推进重大项目建设\n')).toThrow(/责任单位/u);
  });

  it('what a unit does with 支持 after it: the unit co-operates, the words are no part of its name', () => {
    expect(read('1.推进某园区建设。（市甲局牵头，市乙局做好技术支持）\n2.完成某项指标。（市甲局牵头，市乙局大力支持）\n')).toEqual([
      ['1', '推进某园区建设', ['市甲局:lead', '市乙局:co']],
      ['2', '完成某项指标', ['市甲局:lead', '市乙局:co']],
    ]);
  });

  it('a 责任领导 cell one per line before the units is no part of a wrapped name (市长 / 市发改委)', () => {
    const table = parseTable('序号\n重点任务\n责任领导\n牵头单位\n1\n推进某建设\n市长\n市发改委\n2\n推进园区建设\n县长\n县财政局\n');
    expect(table.tasks.map((t) => [t.title, roles(t)])).toEqual([
      ['推进某建设', ['市发改委:lead']],
      ['推进园区建设', ['县财政局:lead']],
    ]);
  });
});
