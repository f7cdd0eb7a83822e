// Tables whose rows are whole lines with countable cells (tabs, or | on both sides), below a title
// or a notice: a cell's column is its position, so an empty 配合单位 cell stays empty. Also the
// header words and shared collectives found by writing the tuning split's tasks out again in other
// table shapes (scripts/layout-variants.mjs). Made-up wording in the shapes real pages have.
import { parseTable, parseUnitPhrase, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.id, t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('a row with an empty 配合单位 cell', () => {
  const rows = [
    ['序号', '重点任务', '牵头单位', '配合单位'],
    ['1', '完成某项年度指标', '市甲局', '市乙局、市丙局'],
    ['2', '建成某类设施8处', '县丁局', ''],
    ['3', '健全某项制度', '市戊局', '市己局'],
  ];

  // (Tab rows under a title are a TSV table: read row by row, as a CSV is, from the header below the title.)
  it.each([
    ['| cells |', rows.map((r) => `| ${r.join(' | ')} |`), 'one row per line, cells read by their position (tabs or | between them)'],
    ['tabs', rows.map((r) => r.join('\t')), 'a header row split by "\\t" on line 3 (the lines above it a title)'],
  ])('keeps the lead in its own column, below a title (%s)', (_, lines, evidence) => {
    const table = parseTable(['附件', '某某重点任务责任分工表', ...lines].join('\n'));
    expect(read(table)).toEqual([
      ['1', null, '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', null, '建成某类设施8处', ['县丁局:lead']],
      ['3', null, '健全某项制度', ['市戊局:lead', '市己局:co']],
    ]);
    expect(table.evidence).toContain(evidence);
  });

  it('reads one-cell rows between them as the category headings', () => {
    const text = ['| 序号 | 工作任务 | 主责单位 | 参与单位 |', '| 一、某方面工作 |', '| 1 | 完成某项指标 | 市甲局 | 市乙局 |', '| 2 | 推进某项工作 | 市丙局 |  |', '| 二、另一方面 |', '| 3 | 做好某项服务 | 市丁局 | 市戊局 |'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某方面工作', '完成某项指标', ['市甲局:lead', '市乙局:co']],
      ['2', '某方面工作', '推进某项工作', ['市丙局:lead']],
      ['3', '另一方面', '做好某项服务', ['市丁局:lead', '市戊局:co']],
    ]);
  });

  it('still carries a merged category cell down (an empty 类别 cell is the one above)', () => {
    const text = ['| 序号 | 类别 | 重点任务 | 牵头单位 | 配合单位 |', '| 1 | 某方面 | 完成某项指标 | 市甲局 | 市乙局 |', '| 2 |  | 推进某项工作 | 市丙局 |  |'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某方面', '完成某项指标', ['市甲局:lead', '市乙局:co']],
      ['2', '某方面', '推进某项工作', ['市丙局:lead']],
    ]);
  });

  it('does not read `a | b |` rows by position: pages that copy them leave merged cells out', () => {
    const text = ['工作任务 | 具体要求 | 责任部门 |', '一、某方面公开。 | 1.积极推进某项公开。 | 财务科 |', '2.及时更新某类信息。 | 办公室 | |'].join('\n');
    expect(read(parseTable(text)).map(([id, category, , units]) => [id, category, units])).toEqual([
      ['1', '某方面公开', ['财务科:responsible']],
      ['2', '某方面公开', ['办公室:responsible']],
    ]);
  });
});

describe('header words', () => {
  it.each([
    ['参与单位', '市乙局:co'],
    ['协办单位', '市乙局:co'],
  ])('reads %s as the co-operating column (与 in 参与 joins nothing)', (head, want) => {
    const text = ['序号', '重点任务', '牵头单位', head, '1', '完成某项指标', '市甲局', '市乙局', '2', '推进某项工作', '市丙局', '市丁局'].join('\n');
    expect(parseTable(text).tasks[0]?.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市甲局:lead', want]);
  });

  it('reads 责任单位（牵头） as the lead column and 工作类别 as the category', () => {
    const text = ['| 序号 | 工作类别 | 重点任务 | 责任单位（牵头） | 配合单位 |', '| 1 | 某方面 | 完成某项指标 | 市甲局 | 市乙局 |', '| 2 |  | 推进某项工作 | 市丙局 | 市丁局 |'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某方面', '完成某项指标', ['市甲局:lead', '市乙局:co']],
      ['2', '某方面', '推进某项工作', ['市丙局:lead', '市丁局:co']],
    ]);
  });
});

describe('a first-listed rule stated above a flattened table', () => {
  it('makes the first unit of each 责任单位 cell the lead', () => {
    const text = ['某某任务分解表', '（列第一位者为牵头单位）', '重点工作', '责任部门', '完成某项指标', '市甲局、市乙局', '推进某项工作', '市丙局'].join('\n');
    expect(read(parseTable(text)).map(([, , title, units]) => [title, units])).toEqual([
      ['完成某项指标', ['市甲局:lead', '市乙局:co']],
      ['推进某项工作', ['市丙局:lead']],
    ]);
  });
});

describe('collectives sharing what follows them', () => {
  it.each([
    ['市甲局、各乡、镇人民政府', ['市甲局', '各乡、镇人民政府']],
    ['市甲局、13个街道、镇', ['市甲局', '13个街道、镇']],
    ['市甲局、某某大垸、某湖管理区', ['市甲局', '某某大垸、某湖管理区']],
    ['区甲局、高新区、经开区', ['区甲局', '高新区', '经开区']],
    ['各县（市、区）、市直有关部门', ['各县（市、区）', '市直有关部门']],
  ])('%s', (text, names) => {
    expect(parseUnitPhrase(text, 'marked-only').units.map((u) => u.name)).toEqual(names);
  });
});

describe('one cell per line: a row that shows one of its two unit cells', () => {
  it('reads the cell shown as the lead and carries no 配合单位 from the row above', () => {
    const text = ['序号', '重点任务', '牵头单位', '配合单位', '1', '完成某项年度指标', '市甲局', '市乙局、市丙局', '2', '建成某类设施8处', '县丁局', '3', '健全某项制度', '市戊局', '市己局'].join('\n');
    expect(read(parseTable(text)).map(([id, , , units]) => [id, units])).toEqual([
      ['1', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', ['县丁局:lead']],
      ['3', ['市戊局:lead', '市己局:co']],
    ]);
  });

  it('with cells closed by ` |` and no padding either', () => {
    const text = ['序号 |', '工作措施 |', '牵头单位 |', '协同单位 |', '1 |', '完成某项年度指标 |', '市甲局 |', '2 |', '建成某类设施8处 |', '县丁局 |', '市戊局 |'].join('\n');
    expect(read(parseTable(text)).map(([id, , , units]) => [id, units])).toEqual([
      ['1', ['市甲局:lead']],
      ['2', ['县丁局:lead', '市戊局:co']],
    ]);
  });

  it('reads a task-like cell after the units header as the first row’s merged category', () => {
    const text = ['任务类别', '工作任务', '责任部门', '发展目标', '完成某项年度指标', '市甲局', '推进某项工作', '市乙局'].join('\n');
    expect(read(parseTable(text)).map(([, category, title]) => [category, title])).toEqual([
      ['发展目标', '完成某项年度指标'],
      ['发展目标', '推进某项工作'],
    ]);
  });
});

describe('a table that goes on to a new page', () => {
  it('skips the header repeated there (wrapped cells and all) and counts a collective of 13 街道', () => {
    const text = ['序号', '项目', '具 体 内 容', '牵头', '部门', '相关责任部门', '1', '某项工作', '教育局', '13个街道、镇', '序号', '项目', '具 体 内 容', '牵头', '部门', '相关责任部门', '2', '另一项工作', '卫生局', '民政局'].join('\n');
    const table = parseTable(text);
    expect(read(table).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '某项工作', ['教育局:lead', '13个街道、镇:co']],
      ['2', '另一项工作', ['卫生局:lead', '民政局:co']],
    ]);
  });
});
