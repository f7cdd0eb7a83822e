// Web tables copied as text with `|` between cells: how rows are marked, header cells the reader
// does not know, two unit columns, no header row at all, and unit cells that say what the units do.
// Made-up wording in the shapes real pages have.
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (table: ResponsibilityTable) =>
  table.tasks.map((t) => [t.id, t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('rows opened by `| ` and cells closed by ` |`', () => {
  const text = [
    '| 2025年度某局重点工作任务分解 |',
    '| 序号 |',
    '责任单位 |',
    '考核指标 |',
    '分月进度 |',
    '监督方式 |',
    '实施部门 |',
    '完成时限 |',
    '| 1 |',
    '区甲局 |',
    '按月完成某项救助的审核确认工作,及时足额发放救助金。 |',
    '①1-3月份,完成审核确认,协调区财政局发放资金;②4-6月份,完成审核确认。 |',
    '区甲局办公室0000-1234567 |',
    '救助中心 |',
    '2025年12月底 |',
    '| 2 |',
    '区甲局 |',
    '指导乡镇按月完成某类对象的动态调整工作。 |',
    '①1-3月份,督促各乡镇(街道)完成动态管理;②4-6月份,完成半年度复核。 |',
    '区甲局办公室0000-1234567 |',
    '救助中心 |',
    '2025年12月底 |',
    '| 3 |',
    '区乙局 |',
    '完成某项年度指标。 |',
    '①上半年完成一半;②下半年全部完成。 |',
    '区乙局办公室0000-7654321 |',
    '指标科 |',
    '2025年12月底 |',
  ].join('\n');

  it('starts a row only at a `| ` line, keeps 监督方式 as its own column, and reads both unit columns', () => {
    const table = parseTable(text);
    expect(table.columns).toEqual(['序号', '责任单位', '考核指标', '分月进度', '监督方式', '实施部门', '完成时限']);
    expect(read(table)).toEqual([
      ['1', null, '按月完成某项救助的审核确认工作,及时足额发放救助金', ['区甲局:responsible', '救助中心:responsible']],
      ['2', null, '指导乡镇按月完成某类对象的动态调整工作', ['区甲局:responsible', '救助中心:responsible']],
      ['3', null, '完成某项年度指标', ['区乙局:responsible', '指标科:responsible']],
    ]);
    expect(table.tasks[0]?.extra['完成时限']).toBe('2025年12月底');
    expect(table.tasks[0]?.extra['监督方式']).toBe('区甲局办公室0000-1234567');
  });
});

describe('a lone `|` before each row, header cells the reader does not know, a year as the time', () => {
  const text = [
    '|',
    '某县2024年民生实事项目清单 |',
    '||||||',
    '|',
    '序號 |',
    '項目名稱 |',
    '建設地點 |',
    '建設時間 |',
    '建設內容 |',
    '責任單位 |',
    '|',
    '1 |',
    '中小學運動場改造項目 |',
    '相關鎮 (街道) |',
    '2024 |',
    '對三所學校運動場地進行改造。 |',
    '教體局 |',
    '|',
    '2 |',
    '城北道路建設項目 |',
    '紙坊街道 |',
    '2024 |',
    '建成城北道路延伸段。 |',
    '住建局 |',
    '|',
    '3 |',
    '老舊小區改造項目 |',
    '洋州街道 |',
    '2024 |',
    '改造三個老舊小區。 |',
    '住建局 |',
  ].join('\n');

  it('reads 序號 as the number, the place column as a column of its own (not units), and 2024 as 建設時間', () => {
    const table = parseTable(text);
    expect(read(table)).toEqual([
      ['1', null, '中小學運動場改造項目', ['教體局:responsible']],
      ['2', null, '城北道路建設項目', ['住建局:responsible']],
      ['3', null, '老舊小區改造項目', ['住建局:responsible']],
    ]);
    expect(table.tasks.map((t) => [t.extra['建設地點'], t.extra['建設時間']])).toEqual([
      ['相關鎮 (街道)', '2024'],
      ['紙坊街道', '2024'],
      ['洋州街道', '2024'],
    ]);
  });
});

describe('rows of `|` cells with no header row', () => {
  const text = [
    '一、加强某方面工作 | (一)围绕某目标推进公开 | 1 | 把某项工作作为基本要求,及时公开有关事项。 | 市政府办公室、市政府各部门负责落实 | 全年 |',
    '2 | 做好某清单调整和公开工作。 | 市编办牵头,市政府各部门负责落实 | 全年 |',
    '3 | 推进某类办理结果公开。 | 市政府办公室牵头,市政府各部门负责落实 | 全年 |',
    '(二)围绕重点领域加大公开力度 | 4 | 抓好某项信息公开制度的贯彻落实。 | 市财政局牵头落实 | 全年 |',
  ].join('\n');

  it('infers the columns from the cells, carries merged category cells down and says it inferred them', () => {
    const table = parseTable(text);
    expect(read(table)).toEqual([
      ['1', '围绕某目标推进公开', '把某项工作作为基本要求,及时公开有关事项', ['市政府办公室:responsible', '市政府各部门:responsible']],
      ['2', '围绕某目标推进公开', '做好某清单调整和公开工作', ['市编办:lead', '市政府各部门:co']],
      ['3', '围绕某目标推进公开', '推进某类办理结果公开', ['市政府办公室:lead', '市政府各部门:co']],
      ['4', '围绕重点领域加大公开力度', '抓好某项信息公开制度的贯彻落实', ['市财政局:lead']],
    ]);
    expect(table.tasks.every((t) => t.extra['完成时限'] === '全年')).toBe(true);
    expect(table.diagnostics.filter((d) => d.code === 'missing-header').map((d) => [d.line, d.message])).toEqual([
      [1, 'no header row: columns inferred from their cells as 备注 / 类别 / 序号 / 工作任务 / 责任单位 / 完成时限'],
    ]);
  });

  it('does not invent a table from two lines of text with bars in them', () => {
    expect(() => parseTable('甲 | 乙 | 丙\n丁 | 戊 | 己\n')).toThrow(/no tasks found/u);
  });
});

describe('a units column whose cells say what the units do', () => {
  const text = [
    '工作任务',
    '',
    '具体要求',
    '',
    '责任单位和工作要求',
    '',
    '(一)做好某类规划公开。',
    '',
    '1.主动公开某规划纲要和专项规划。',
    '',
    '区甲局、市乙局某区分局,以及各有关单位、各镇(街)办理。',
    '',
    '2.做好历史规划的归集整理工作。',
    '',
    '区政府办会同各有关单位、各镇(街)办理。',
    '',
    '3.集中发布规划原文和政策解读。',
    '',
    '各有关单位、各镇(街)做好发布工作,区丙局做好技术支持和指导。',
    '',
    '4.主动公开某负面清单。',
    '',
    '区甲局、区丁局牵头办理,在工作中加强与上级单位沟通对接。',
  ].join('\n');

  it('reads 责任单位和工作要求 as a units column, the names before 办理 / 做好… / 牵头办理 as units, and the working requirement as no unit', () => {
    expect(read(parseTable(text))).toEqual([
      ['1', '做好某类规划公开', '主动公开某规划纲要和专项规划', ['区甲局:responsible', '市乙局某区分局:responsible', '各有关单位:responsible', '各镇(街):responsible']],
      ['2', '做好某类规划公开', '做好历史规划的归集整理工作', ['区政府办:lead', '各有关单位:co', '各镇(街):co']],
      ['3', '做好某类规划公开', '集中发布规划原文和政策解读', ['各有关单位:responsible', '各镇(街):responsible', '区丙局:responsible']],
      ['4', '做好某类规划公开', '主动公开某负面清单', ['区甲局:lead', '区丁局:lead']],
    ]);
  });
});

describe('a space-separated table whose units cell lists one name per line', () => {
  const text = [
    '序号 目标任务 责任单位 上半年推进情况',
    '一、主要预期目标',
    '1 地区生产总值增长6%以上。 区甲委 地区生产总值同比增长2.9%。',
    '2 第一产业增加值增长5%。 区乙委',
    '区丙局',
    '区丁中心',
    '第一产业增加值同比增长3.4%。',
    '3 规上工业增加值增长3.5%。 区戊委 规上工业增加值同比增长0.4%。',
  ].join('\n');

  it('reads the names under the first as more units of the same task, and the progress note as its column', () => {
    const table = parseTable(text);
    expect(read(table)).toEqual([
      ['1', '主要预期目标', '地区生产总值增长6%以上', ['区甲委:responsible']],
      ['2', '主要预期目标', '第一产业增加值增长5%', ['区乙委:responsible', '区丙局:responsible', '区丁中心:responsible']],
      ['3', '主要预期目标', '规上工业增加值增长3.5%', ['区戊委:responsible']],
    ]);
    expect(table.tasks[1]?.extra['上半年推进情况']).toBe('第一产业增加值同比增长3.4%。');
  });
});

describe('a units cell with a remark about the list in a bracket', () => {
  const text = [
    '工作任务 | 具体要求 | 责任单位 |',
    '(一)围绕某目标推进公开 | 1.及时公开政府常务会议讨论决定的事项。 | 市政府办公室、市有关单位(见附件1,下同),各县(市、区)人民政府负责 |',
    '2. 制定涉及公众权益的政策文件时明确公开要求。 | 市法制局牵头,市有关单位负责 |',
    '3. 做好权责清单调整和网上公开工作。 | 市编办牵头,市有关单位负责 |',
  ].join('\n');

  it('reads the units around (见附件1,下同) and keeps the remark out of them', () => {
    expect(read(parseTable(text))).toEqual([
      ['1', '围绕某目标推进公开', '及时公开政府常务会议讨论决定的事项', ['市政府办公室:responsible', '市有关单位:responsible', '各县(市、区)人民政府:responsible']],
      ['2', '围绕某目标推进公开', '制定涉及公众权益的政策文件时明确公开要求', ['市法制局:lead', '市有关单位:co']],
      ['3', '围绕某目标推进公开', '做好权责清单调整和网上公开工作', ['市编办:lead', '市有关单位:co']],
    ]);
  });
});

describe('the evidence of a reading', () => {
  it('says why the layout was chosen, what each reading found, where the header is and how rows were told apart', () => {
    const text = ['| 序号 |', '工作任务 |', '责任单位 |', '| 1 |', '完成某项指标。 |', '市甲局 |', '| 2 |', '推进某项工作。 |', '市乙局 |', '| 3 |', '做好某项服务。 |', '市丙局 |'].join('\n');
    expect(parseTable(text).evidence).toEqual([
      'header names on consecutive lines: a table flattened one cell per line',
      'read as line-cells: no task',
      'read as a flattened table, | between cells: 3 tasks',
      'read as a table whose cells run together: no header written that way',
      'kept the reading with the most tasks (3)',
      'header on line 1: 序号 / 工作任务 / 责任单位; columns read as number / category / title / units',
      'rows start only where the text marks them (| at the start of a row, or a lone |)',
    ]);
  });
});

describe('cells merged down from the row above, the store padding the row with `|` at its end', () => {
  const text = [
    '工 作 任 务 |',
    '牵头单位 |',
    '责 任 单 位 |',
    '一、推进某领域公开 | ||',
    '1.某类事项清单公开 |',
    '省甲办 (省乙办) |',
    '省直各部门,各设区市、某某综合实验区 |',
    '2.某类事项目录公开 | ||',
    '3.某类资金信息公开 |',
    '省丙厅 |',
    '省直各部门,各设区市 |',
    '4.某类采购信息公开 |',
    '各设区市、某某综合实验区 | |',
    '5.某类债券信息公开 |',
    '各设区市、某某综合实验区 | |',
  ].join('\n');

  it('carries both unit cells into a row that shows none, and the lead cell into rows that show one units cell', () => {
    expect(read(parseTable(text))).toEqual([
      ['1', '推进某领域公开', '某类事项清单公开', ['省甲办 (省乙办):lead', '省直各部门:co', '各设区市:co', '某某综合实验区:co']],
      ['2', '推进某领域公开', '某类事项目录公开', ['省甲办 (省乙办):lead', '省直各部门:co', '各设区市:co', '某某综合实验区:co']],
      ['3', '推进某领域公开', '某类资金信息公开', ['省丙厅:lead', '省直各部门:co', '各设区市:co']],
      ['4', '推进某领域公开', '某类采购信息公开', ['省丙厅:lead', '各设区市:co', '某某综合实验区:co']],
      ['5', '推进某领域公开', '某类债券信息公开', ['省丙厅:lead', '各设区市:co', '某某综合实验区:co']],
    ]);
  });
});

describe('a header row wrapped onto a second line, then one row per line', () => {
  const text = [
    '某区2019年1-8月重点民生实事项目完成情况 | |||||||',
    '序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |',
    '任务完成率 | 备注 | |',
    '1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||',
    '2 | 某类免费检查 | 区卫健局 | 2500人 | 3321 | 133% | ||',
    '3 | 完成某类项目 | 区某办 | 5 | 因某新政策出台滞后,影响签约进度。 | |||',
    '4 | 改善某类居民住房条件 | 某中心楼区分中心 | 1271户 | 350户 | 28% | 因某新政策出台滞后。 | |',
  ].join('\n');

  it('reads the second line as the end of the header, so a bare figure (3321) or a percentage never starts a row', () => {
    const table = parseTable(text);
    expect(read(table).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '新增城镇就业', ['区人社局:responsible']],
      ['2', '某类免费检查', ['区卫健局:responsible']],
      ['3', '完成某类项目', ['区某办:responsible']],
      ['4', '改善某类居民住房条件', ['某中心楼区分中心:responsible']],
    ]);
    expect(table.columns).toContain('备注');
  });
});

describe('a units cell written as sentences joined by ；', () => {
  const text = [
    '工作任务 |',
    '具体要求 |',
    '责任单位 |',
    '某类文件公开 |',
    '做好某类文件的集中公开工作。确保公开数量与省库一致。 |',
    '区司法局牵头区级文件集中公开工作,区各文件制定主体具体落实;各成员单位负责做好本单位文件公开工作 |',
    '某类目录公开 |',
    '及时公开某类文件的备案目录。 |',
    '各成员单位 |',
  ].join('\n');

  it('reads the units of each sentence with their roles (制定主体 is a unit), the work they do not', () => {
    const table = parseTable(text);
    expect(table.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([
      ['区司法局:lead', '区各文件制定主体:co', '各成员单位:co'],
      ['各成员单位:responsible'],
    ]);
  });
});

describe('one cell per line: the lead column after the units column, the first row’s merged category cell', () => {
  const text = [
    '2023年某区重点工作责任分解',
    '分类', '', '序号', '', '事项', '', '责任单位', '', '牵头单位', '',
    '发展目标', '',
    '1', '', '地区生产总值增长6.5%以上。', '', '区农业农村局、区经商局、区发改局、区交通局', '', '区发改局', '',
    '2', '', '区本级固定资产投资增长25%。', '', '区发改局', '', '区发改局', '',
    '3', '', '区本级规上工业增加值增长10%。', '', '区经商局、某经开区管委会', '', '区经商局', '',
  ].join('\n');

  it('reads 发展目标 as the category, not a header cell, and a unit in both cells as the lead, once', () => {
    const table = parseTable(text);
    expect(table.columns).toEqual(['分类', '序号', '事项', '责任单位', '牵头单位']);
    expect(read(table)).toEqual([
      ['1', '发展目标', '地区生产总值增长6.5%以上', ['区农业农村局:co', '区经商局:co', '区发改局:lead', '区交通局:co']],
      ['2', '发展目标', '区本级固定资产投资增长25%', ['区发改局:lead']],
      ['3', '发展目标', '区本级规上工业增加值增长10%', ['区经商局:lead', '某经开区管委会:co']],
    ]);
  });
});

describe('a header cell with a gloss in brackets, wrapped onto its own line', () => {
  const text = ['序号', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注', '1', '某项免费开放服务人次增长15%。', '12月底前', '张某某', '文化宣传股', '2', '组织开展惠民演出不少于100场。', '12月底前', '张某某', '旅游股'].join('\n');

  it('joins 责任股室 / (单位) into one units column', () => {
    const table = parseTable(text);
    expect(table.columns).toContain('责任股室(单位)');
    expect(read(table).map(([id, , , units]) => [id, units])).toEqual([
      ['1', ['文化宣传股:responsible']],
      ['2', ['旅游股:responsible']],
    ]);
  });
});

describe('a progress cell listing 1. … 2. … after the last row', () => {
  const text = ['工作任务', '牵头责任单位', '一季度进展情况', '1', '地区生产总值增长6%以上。', '市发展改革委', '一季度增长7.1%。', '2', '固定资产投资增长6%左右。', '市发展改革委', '一季度增长2.4%。', '3', '实施提振消费专项行动。', '市商务局', '1. 印发《某某政策举措》,统筹安排促消费资金。', '2. 印发《某某安排方案》,分解年度目标任务。'].join('\n');

  it('keeps the numbered lines in the row above (no 序号 and no units of their own), not as tasks', () => {
    const table = parseTable(text);
    expect(table.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
    // (Items in sequence under a row's number are that row's progress cell, its two paragraphs.)
    expect(table.tasks[2]?.extra?.['一季度进展情况']).toBe('1. 印发《某某政策举措》,统筹安排促消费资金。\n2. 印发《某某安排方案》,分解年度目标任务。');
  });
});
