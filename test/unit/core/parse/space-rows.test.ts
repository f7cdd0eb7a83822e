// Rows of space-separated cells whose own words hold spaces too: a title with a space inside
// (公共场所全民健身 器材更换项目), a heading row with spaces. Made-up wording in the shapes real pages have.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../../packages/core/src/parse/errors.js';
import { interpretGrid } from '../../../../packages/core/src/parse/grid.js';

const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('a table of space-separated rows', () => {
  it('keeps a title cut by a space whole, not its first words as a category carried to the rows below', () => {
    const text = [
      '编号 目标任务 牵头单位 配合单位 完成时间',
      '1 推进某某科技与经济深度融合 市甲局 市乙局，市丙局 长期坚持',
      '2 探索设立某某发展基金 市丁局 市甲局，各区政府 6月底前',
      '3 公共场所全民健身 器材更换项目 区戊局 长期坚持',
      '4 规范某某举债行为,积极消化存量 市丁局 市乙局 2025年底前',
      '5 污水管网和某某项目 市己委 相关部门 长期坚持',
    ].join('\n');
    expect(read(text)).toEqual([
      ['1', null, '推进某某科技与经济深度融合', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', null, '探索设立某某发展基金', ['市丁局:lead', '市甲局:co', '各区政府:co']],
      ['3', null, '公共场所全民健身 器材更换项目', ['区戊局:lead']],
      ['4', null, '规范某某举债行为,积极消化存量', ['市丁局:lead', '市乙局:co']],
      ['5', null, '污水管网和某某项目', ['市己委:lead', '相关部门:co']],
    ]);
  });

  it('keeps a category cell that heads only its own row (a task with sub-items, the first row without one)', () => {
    const text = [
      '序号 项目名称 责任单位 目标任务',
      '1 新增城镇就业 人社局 8950人',
      '2 新增养老服务床位 民政局 71个',
      '3 深化某某保险制度改革 完成在职参保人数6300人 区人社局 6300人',
      '完成征缴基金10000万元 区人社局 10000万',
      '4 文化惠民 送戏曲下乡20场 区文体局 20场',
      '5 新增公益性岗位 区人社局 200个',
    ].join('\n');
    expect(read(text).map(([, category, title]) => [category, title]).slice(0, 5)).toEqual([
      [null, '新增城镇就业'],
      [null, '新增养老服务床位'],
      ['深化某某保险制度改革', '完成在职参保人数6300人'],
      ['深化某某保险制度改革', '完成征缴基金10000万元'],
      ['文化惠民', '送戏曲下乡20场'],
    ]);
    expect(read(text)[5]?.[2]).toBe('新增公益性岗位');
  });

  it('reads a heading row with spaces in its words as one heading', () => {
    const text = [
      '工作内容 具体要求 主责单位 协同单位',
      '一、持续 推进 “两个 示范村”建设',
      '某某教育资源扩容工程 建立工作台账，每季度报送进展。 区甲局 区乙集团、各有关乡镇(街道)',
      '某某投资增长30%以上 开展专项培训，提升工作能力。 省甲委 省乙委、丙厅',
      '二、主要目标',
      '某某生产总值增长6%左右 开展专项培训，提升工作能力。 区丁局 各镇(街道、园区)',
    ].join('\n');
    expect(read(text).map(([, category, title]) => [category, title])).toEqual([
      ['持续 推进 “两个 示范村”建设', '某某教育资源扩容工程'],
      ['持续 推进 “两个 示范村”建设', '某某投资增长30%以上'],
      ['主要目标', '某某生产总值增长6%左右'],
    ]);
  });
});

describe('a section heading written across the 序号 and title cells (一 | 经济发展 | |)', () => {
  const rows = (sep: string, pad: (cells: string[]) => string[] = (c) => c) =>
    [
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['一', '经济发展', '', ''],
      ['1', '地区生产总值增长6%', '县发改局（牵头）、县统计局', '12月底'],
      ['2', '固定资产投资增长8%', '县发改局', '12月底'],
      ['二', '民生保障', '', ''],
      ['3', '新增城镇就业2000人', '县人社局', '12月底'],
    ].map((r) => pad(r).join(sep));
  const expected = (role: string) => [
    ['1', '经济发展', '地区生产总值增长6%', ['县发改局:lead', '县统计局:co']],
    ['2', '经济发展', '固定资产投资增长8%', [`县发改局:${role}`]],
    ['3', '民生保障', '新增城镇就业2000人', [`县人社局:${role}`]],
  ];

  it('is the category of the rows below it, in tab, space and | rows under a title', () => {
    const title = ['附件', '重点任务分解表'];
    expect(read([...title, ...rows('\t')].join('\n'))).toEqual(expected('responsible'));
    expect(read([...title, ...rows(' ', (c) => c.map((x) => (x === '' ? '　' : x)))].join('\n'))).toEqual(expected('responsible'));
    expect(read([...title, ...rows(' | ', (c) => ['', ...c, '']).map((l) => l.trim())].join('\n'))).toEqual(expected('responsible'));
  });

  it('and in a tab-separated table whose header is its first line (its first-listed default kept)', () => {
    expect(read(rows('\t').join('\n'))).toEqual(expected('lead'));
  });
});

describe('units listed with spaces in rows split by spaces (县财政局 县乡村振兴局)', () => {
  it('stay in their units cell: the title takes no name, and a long list opens no row of its own', () => {
    const text = [
      '序号 任务 牵头单位 配合单位',
      '1 推进乡村振兴 县农业农村局 县财政局 县乡村振兴局',
      '2 加强社会治理 县委政法委 县公安局 县民政局 县司法局 县信访局 县人社局 县教育局',
    ].join('\n');
    expect(read(text)).toEqual([
      ['1', null, '推进乡村振兴', ['县农业农村局:lead', '县财政局:co', '县乡村振兴局:co']],
      ['2', null, '加强社会治理', ['县委政法委:lead', '县公安局:co', '县民政局:co', '县司法局:co', '县信访局:co', '县人社局:co', '县教育局:co']],
    ]);
  });
});

describe('what a section across cells must leave alone (found by review)', () => {
  it('a row numbered 二 with its units left empty, in a table whose rows count 一, 二, 三', () => {
    const text = ['序号\t工作任务\t责任单位\t完成时限', '一\t推进项目建设\t县发改局\t6月底', '二\t加强预算绩效管理\t\t', '三\t新建幼儿园5所\t县教育局\t12月底', '四\t改造老旧小区\t县住建局\t12月底'].join('\n');
    expect(parseTable(text).tasks.map((t) => t.category)).toEqual([null, null, null]);
  });
});

describe('a section across the 序号 and title cells in Markdown and in a Word or spreadsheet grid', () => {
  const cells = [
    ['序号', '工作任务', '责任单位', '完成时限'],
    ['一', '经济发展', '', ''],
    ['1', '地区生产总值增长6%', '县发改局（牵头）、县统计局', '12月底'],
    ['2', '固定资产投资增长8%', '县发改局', '12月底'],
    ['二', '民生保障', '', ''],
    ['3', '新增城镇就业2000人', '县人社局', '12月底'],
  ];
  const categories = ['经济发展', '经济发展', '民生保障'];

  it('is the category of the rows below it', () => {
    const markdown = [`| ${(cells[0] as string[]).join(' | ')} |`, '|---|---|---|---|', ...cells.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
    expect(parseTable(markdown).tasks.map((t) => t.category)).toEqual(categories);
    const grid = interpretGrid(cells.map((c, i) => ({ cells: c, line: i + 1 })), 'word-table', {}, new DiagnosticSink('plan.docx'));
    expect(grid?.tasks.map((t) => [t.category, t.title])).toEqual([
      ['经济发展', '地区生产总值增长6%'],
      ['经济发展', '固定资产投资增长8%'],
      ['民生保障', '新增城镇就业2000人'],
    ]);
  });
});

describe('rows split by spaces with no header, under headings (1 某项指标 县甲局 县乙局)', () => {
  it('close each numbered item with its names; a header above leaves them to the table reader', () => {
    const text = ['重点工作任务分解表', '一、经济发展', '1 地区生产总值增长7% 县发改局 县统计局', '2 一般公共预算收入增长6% 县财政局 县税务局', '二、社会事业', '3 城镇新增就业3000人 县人社局'].join('\n');
    expect(read(text)).toEqual([
      ['1', '经济发展', '地区生产总值增长7%', ['县发改局:responsible', '县统计局:responsible']],
      ['2', '经济发展', '一般公共预算收入增长6%', ['县财政局:responsible', '县税务局:responsible']],
      ['3', '社会事业', '城镇新增就业3000人', ['县人社局:responsible']],
    ]);
    const headed = ['序号 重点任务 牵头单位 配合单位', '1 地区生产总值增长7% 县发改局 县统计局'].join('\n');
    expect(read(headed)).toEqual([['1', null, '地区生产总值增长7%', ['县发改局:lead', '县统计局:co']]]);
  });
});

describe('a row whose cells wrap onto the next line, as a table copied from a PDF leaves it', () => {
  const head = '序号 重点任务 牵头单位 配合单位 完成时限';
  it('joins a list of units cut after its 、, or inside a name with the task’s text cut too, back into its row', () => {
    const text = [
      head,
      '1 加快推进某某农田建 县甲局 县乙局、县 12月底',
      '设 丙局',
      '2 实施某某环境整治行动 县丁局 县戊局、',
      '县己局',
      '3 推进某某供水一体化 县庚局 县乙局 10月底',
    ].join('\n');
    expect(read(text)).toEqual([
      ['1', null, '加快推进某某农田建设', ['县甲局:lead', '县乙局:co', '县丙局:co']],
      ['2', null, '实施某某环境整治行动', ['县丁局:lead', '县戊局:co', '县己局:co']],
      ['3', null, '推进某某供水一体化', ['县庚局:lead', '县乙局:co']],
    ]);
  });

  it('leaves a line that continues no cut cell as it is (a note between rows), joining it to no units', () => {
    const text = [head, '1 加快推进某某农田建设 县甲局 县乙局 12月底', '社会民生', '2 实施某某环境整治行动 县丁局 县戊局 10月底', '3 推进某某供水一体化 县庚局 县乙局 10月底'].join('\n');
    expect(read(text)).toEqual([
      ['1', null, '加快推进某某农田建设', ['县甲局:lead', '县乙局:co']],
      ['2', null, '实施某某环境整治行动', ['县丁局:lead', '县戊局:co']],
      ['3', null, '推进某某供水一体化', ['县庚局:lead', '县乙局:co']],
    ]);
    expect(parseTable(text).diagnostics.map((d) => [d.code, d.line])).toEqual([['text-inside-table', 3]]);
  });
});

describe('what joining wrapped cells must leave alone (found by review)', () => {
  const head = '序号 重点任务 牵头单位 配合单位 完成时限';
  it('a sub-row after a list ending in a word of its own (各村, 社区), a section across cells, a signature after the last row', () => {
    const subRow = ['序号 项目名称 任务内容 责任单位 目标', '1 新增城镇就业 新增就业8950人 县甲局 8950人', '2 农村人居环境整治 改造农村户厕500户 县乙局、各村 500户', '新建污水管网20公里 县丙局', '3 新增公益性岗位 安置就业困难人员 县甲局 200个'].join('\n');
    expect(parseTable(subRow).tasks.flatMap((t) => t.units.map((u) => u.name))).not.toContain('各村县丙局');
    expect(parseTable(subRow).tasks.flatMap((t) => t.units.map((u) => u.name))).toContain('县丙局');
    const section = [head, '1 推进老旧小区改造 县甲局 县乙局、社区 12月底', '二 社会事业', '2 实施某某环境整治行动 县丁局 县戊局 10月底'].join('\n');
    expect(read(section).map(([id, category, title]) => [id, category, title])).toEqual([
      ['1', null, '推进老旧小区改造'],
      ['2', '社会事业', '实施某某环境整治行动'],
    ]);
    const signed = [head, '1 推进老旧小区改造 县甲局 县乙局 12月底', '2 实施某某环境整治行动 县丁局 县戊局、 10月底', '县人民政府办公室'].join('\n');
    expect(parseTable(signed).tasks.flatMap((t) => t.units.map((u) => u.name))).not.toContain('县人民政府办公室');
  });
});

describe('rows of one width in a space-separated table (found by a probe)', () => {
  it('are rows, not lines broken at the width of the text: a number and a blank start a row', () => {
    const text = ['序号 重点任务 牵头单位 配合单位', '1 完善某某服务体系 市甲局 市乙局', '2 推进某某小区改造 市丙局 市丁局', '3 加强某某安全监管 市戊局 市己局', '4 建设某某交通平台 市庚局 市辛局', '5 实施某某提升行动 市壬局 市癸局'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.category, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', null, ['市甲局:lead', '市乙局:co']],
      ['2', null, ['市丙局:lead', '市丁局:co']],
      ['3', null, ['市戊局:lead', '市己局:co']],
      ['4', null, ['市庚局:lead', '市辛局:co']],
      ['5', null, ['市壬局:lead', '市癸局:co']],
    ]);
    expect(table.evidence?.join(' ')).not.toMatch(/broken at the width/u);
  });
});
