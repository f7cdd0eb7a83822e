// The problem classes of issue 12 (test/fixtures/real/CONVENTIONS.md, 1–19): one small made-up example of each, read as a careful analyst would.
import { parseTable, parseTaskNumber, type ResponsibilityTable, type TaskRecord } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const roles = (t: { units: { name: string; role: string }[] } | undefined) => t?.units.map((u) => `${u.name}:${u.role}`);

/** The task's own number as the analyst writes it: the 序号 of a table row, the number of a marker, null for a task without one. */
function own(t: TaskRecord): string | null {
  if (t.marker === undefined) return t.id;
  if (t.marker === null) return null;
  return String(parseTaskNumber(t.marker) ?? t.marker);
}

/** Every task as [own number, category, title, units as name:role]. */
const rows = (table: ResponsibilityTable) => table.tasks.map((t) => [own(t), t.category, t.title, roles(t)]);
const extras = (table: ResponsibilityTable) => table.tasks.map((t) => t.extra);
const errorsIn = (table: ResponsibilityTable) => table.diagnostics.filter((d) => d.severity !== 'warning');

describe('class 1: table rows separated by spaces', () => {
  const text = [
    '序号 工作任务 牵头负责部门 完成时限',
    '1 完成全年新增城镇就业2万人 市人力资源社会保障局 12月底前',
    '2 新开工保障性租赁住房1000套  市住房城乡建设局  10月底前',
    '3 建成城区智慧停车管理平台 市城市管理局、市公安局 9月底前',
  ].join('\n');

  it('reads one task per row, its 序号 as id, the 牵头负责部门 column as leads and the 完成时限 column as a deadline', () => {
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '完成全年新增城镇就业2万人', ['市人力资源社会保障局:lead']],
      ['2', null, '新开工保障性租赁住房1000套', ['市住房城乡建设局:lead']],
      ['3', null, '建成城区智慧停车管理平台', ['市城市管理局:lead', '市公安局:lead']],
    ]);
    expect(extras(table)).toEqual([{ 完成时限: '12月底前' }, { 完成时限: '10月底前' }, { 完成时限: '9月底前' }]);
    expect(errorsIn(table)).toEqual([]);
  });
});

describe('class 2: one-cell-per-line tables with other header words', () => {
  it('reads a table with a | line between cells, no 序号 column, a 牵头领导 column of officials and a 完成时限 column', () => {
    const text = [
      '重点工作目标任务',
      '|',
      '牵头领导',
      '|',
      '主要责任单位',
      '|',
      '完成时限',
      '||||',
      '建成城市智慧停车管理平台',
      '|',
      '王 明',
      '|',
      '市城市管理局',
      '|',
      '6月底前',
      '||||',
      '完成全市中小学校舍安全改造',
      '|',
      '李 华',
      '|',
      '市教育局',
      '|',
      '8月底前',
      '||||',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '建成城市智慧停车管理平台', ['市城市管理局:responsible']],
      ['2', null, '完成全市中小学校舍安全改造', ['市教育局:responsible']],
    ]);
    expect(extras(table)).toEqual([
      { 牵头领导: '王 明', 完成时限: '6月底前' },
      { 牵头领导: '李 华', 完成时限: '8月底前' },
    ]);
  });
  it('reads a table with the lead column first and a cell wrapped over lines', () => {
    const text = [
      '牵头单位',
      '| 工作任务',
      '| 责任单位',
      '|',
      '市政',
      '府办公室',
      '| 办理人大代表建议和政协提案',
      '| 市直各单位',
      '|',
      '市财政局',
      '| 深化预算绩效管理改革',
      '| 市审计局、各县（市、区）人民政府',
      '|',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '办理人大代表建议和政协提案', ['市政府办公室:lead', '市直各单位:co']],
      ['2', null, '深化预算绩效管理改革', ['市财政局:lead', '市审计局:co', '各县（市、区）人民政府:co']],
    ]);
  });
  it('reads a cell wrapped over lines with no | between the cells (市政 / 府办公室), as the issue gives it', () => {
    const text = ['序号', '工作任务', '牵头单位', '1', '完成某项指标', '市政', '府办公室', '2', '推进某项改革', '市甲局'].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '完成某项指标', ['市政府办公室:lead']],
      ['2', null, '推进某项改革', ['市甲局:lead']],
    ]);
  });
  it('reads a Word table headed 项目 / 名称 / 具体要求 / 责任部门 / 时限要求 / 备注, keeping the unknown columns', () => {
    const text = [
      '附件',
      '',
      '\t项目',
      '\t名称',
      '\t具体要求',
      '\t责任部门',
      '\t时限要求',
      '\t备注',
      '',
      '\t民生实事',
      '\t新增公办幼儿园学位',
      '\t新增学位3000个',
      '\t市教育局',
      '\t9月底前',
      '\t续建',
      '',
      '\t',
      '\t改造农村公路',
      '\t完成改造200公里',
      '\t市交通运输局',
      '\t11月底前',
      '\t新建',
      '',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      // A Word table pasted as text keeps the documented convention of such tables: the first listed unit leads.
      ['1', '民生实事', '新增公办幼儿园学位', ['市教育局:lead']],
      ['2', '民生实事', '改造农村公路', ['市交通运输局:lead']],
    ]);
    expect(extras(table)).toEqual([
      { 具体要求: '新增学位3000个', 时限要求: '9月底前', 备注: '续建' },
      { 具体要求: '完成改造200公里', 时限要求: '11月底前', 备注: '新建' },
    ]);
  });
});

describe('class 3: a first row with no category above it', () => {
  it('reads a Word table whose first category cell is empty, with a warning at most', () => {
    const text = [
      '\t序号',
      '\t类别',
      '\t重点任务',
      '\t牵头单位',
      '',
      '\t1',
      '\t',
      '\t完成年度节能降碳目标',
      '\t市发展改革委',
      '',
      '\t2',
      '\t生态环保',
      '\t推进城市黑臭水体治理',
      '\t市生态环境局',
      '',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '完成年度节能降碳目标', ['市发展改革委:lead']],
      ['2', '生态环保', '推进城市黑臭水体治理', ['市生态环境局:lead']],
    ]);
    expect(errorsIn(table)).toEqual([]);
  });

  it('reads a space table whose first rows come before any category row', () => {
    const text = [
      '序号 工作任务 责任单位',
      '1 完成全年地区生产总值增长6%的目标 市发展改革委',
      '2 一般公共预算收入增长5% 市财政局',
      '二、民生保障',
      '3 新增城镇就业1.5万人 市人力资源社会保障局',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '完成全年地区生产总值增长6%的目标', ['市发展改革委:responsible']],
      ['2', null, '一般公共预算收入增长5%', ['市财政局:responsible']],
      ['3', '民生保障', '新增城镇就业1.5万人', ['市人力资源社会保障局:responsible']],
    ]);
    expect(errorsIn(table)).toEqual([]);
  });
});

describe('class 4: a table flattened into running text', () => {
  it('reads the numbered cells run together with role words and deadlines', () => {
    const text = [
      '2024年机关重点工作任务分解',
      '1 开展安全生产专项检查。办公室牵头，各科室配合 11月底前 2 完成档案数字化整理。综合科牵头，财务科、人事科配合 12月底前 3 做好政务信息报送。办公室负责 长期坚持',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '开展安全生产专项检查', ['办公室:lead', '各科室:co']],
      ['2', null, '完成档案数字化整理', ['综合科:lead', '财务科:co', '人事科:co']],
      ['3', null, '做好政务信息报送', ['办公室:responsible']],
    ]);
    expect(extras(table)).toEqual([{ 时限: '11月底前' }, { 时限: '12月底前' }, { 时限: '长期坚持' }]);
  });

  it('reads the division that closes a sentence (…的问题，由X负责落实 / 由X牵头，会同Y等部门落实)', () => {
    const text = [
      '一、工作分工',
      '（一）关于“建立某项投入稳定增长机制”的问题，由财政部、发展改革委、人民银行研究提出意见。',
      '（二）关于“某类投入的增量要继续高于上年”的问题，由财政部负责落实。',
      '（三）关于“某类新增收入主要用于农村”的问题，由财政部牵头，会同国土资源部、水利部等部门落实。',
    ].join('\n');
    expect(rows(parseTable(text)).map(([id, category, , units]) => [id, category, units])).toEqual([
      ['1', '工作分工', ['财政部:responsible', '发展改革委:responsible', '人民银行:responsible']],
      ['2', '工作分工', ['财政部:responsible']],
      ['3', '工作分工', ['财政部:lead', '国土资源部:co', '水利部:co']],
    ]);
  });

  it('reads the division that opens a paragraph of running text, before the work itself', () => {
    const text = [
      '1、某某试验区设立事宜',
      '由张某副市长负责,市发改委牵头,相关部门配合,尽快完成《某某实施方案》,经市政府审定后报省政府审批,并和国家发改委衔接。',
      '2、某某项目',
      '由李某副市长负责,市建设局牵头,市发改委、市财政局配合,按照要求修改完善项目方案,报国家发改委审批。',
      '3、某某研究项目',
      '市环保局负责,尽快完成项目报批的前期准备工作。',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '某某试验区设立事宜', ['市发改委:lead', '相关部门:co']],
      ['2', null, '某某项目', ['市建设局:lead', '市发改委:co', '市财政局:co']],
      ['3', null, '某某研究项目', ['市环保局:responsible']],
    ]);
    expect(extras(table).slice(0, 2)).toEqual([{ 责任领导: '张某' }, { 责任领导: '李某' }]);
    // 国家发改委 and 省政府 are the work's counterparts, not units charged with it.
    expect(table.tasks.flatMap((t) => t.units.map((u) => u.name))).not.toContain('国家发改委');
  });
});

describe('class 5: a bare bracket of units', () => {
  it('reads units from a bracket with no label and no role word, at the end of the task or on the next line', () => {
    const text = [
      '一、稳定经济增长',
      '1、完成全年固定资产投资增长8%的目标。（市发展改革委、市统计局）',
      '2、完成一般公共预算收入目标。',
      '（市财政局，国家税务总局宁川市税务局）',
      '3、加快建设城市更新项目（以下简称“更新项目”）。（市住房城乡建设局）',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', '稳定经济增长', '完成全年固定资产投资增长8%的目标', ['市发展改革委:responsible', '市统计局:responsible']],
      ['2', '稳定经济增长', '完成一般公共预算收入目标', ['市财政局:responsible', '国家税务总局宁川市税务局:responsible']],
      ['3', '稳定经济增长', '加快建设城市更新项目（以下简称“更新项目”）', ['市住房城乡建设局:responsible']],
    ]);
  });

  it('reads a long list with one name cut short (区商务) as units, and drops a closing 等重点部门', () => {
    const table = parseTable('1、加强重点领域政策解读。（区政府办公室、区人社局、区商务、区住建局、区卫健委、区应急管理局等重点部门）');
    expect(table.tasks.map((t) => t.units.map((u) => u.name))).toEqual([['区政府办公室', '区人社局', '区商务', '区住建局', '区卫健委', '区应急管理局']]);
  });

  it('does not read a route between two places in a bracket (甲镇—乙镇) as units', () => {
    const text = [
      '一、基础设施互联互通',
      '（一）道路畅通工程。加快建设快速通道。',
      '加快建设东线公路（某县甲镇—某区乙镇）等项目；',
      '进一步规范道路限高等交通设施。（区交通运输厅牵头，区发展改革委配合）',
    ].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.category, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', '基础设施互联互通', ['区交通运输厅:lead', '区发展改革委:co']],
    ]);
  });
});

describe('class 6: field lists', () => {
  it('reads one unnumbered task per field, the first listed unit leading under the stated rule', () => {
    const text = [
      '（三）压实行业监管责任。',
      '工程建设领域（市住房城乡建设局）、交通运输领域（市交通运输局、市公安局）、食品药品领域（市市场监管局、市卫生健康委），涉及多个部门的，排第一位的为牵头部门。',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      [null, '压实行业监管责任', '工程建设领域', ['市住房城乡建设局:lead']],
      [null, '压实行业监管责任', '交通运输领域', ['市交通运输局:lead', '市公安局:co']],
      [null, '压实行业监管责任', '食品药品领域', ['市市场监管局:lead', '市卫生健康委:co']],
    ]);
    expect(table.tasks.map((t) => t.marker)).toEqual([null, null, null]);
  });
});

describe('class 7: a notice whose own numbered list comes before the tasks', () => {
  const notice = [
    '各县（市、区）人民政府，市政府各部门：',
    '现将《2024年重点工作任务分解方案》印发给你们，请认真贯彻落实。',
    '附件：1.2024年重点工作任务分解表',
    '2.2024年民生实事项目分解表',
    '宁川市人民政府办公室',
    '2024年2月1日',
    '2024年重点工作任务分解表',
  ];
  const tasks = ['1.完成全年地区生产总值增长6%的目标。（市发展改革委牵头，市统计局配合）', '2.推进城乡居民医保参保扩面。（市医保局牵头，市卫生健康委、市财政局配合）'];

  it('does not read the 附件 list of the covering notice as tasks', () => {
    const text = [...notice, '一、稳定经济运行', ...tasks].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', '稳定经济运行', '完成全年地区生产总值增长6%的目标', ['市发展改革委:lead', '市统计局:co']],
      ['2', '稳定经济运行', '推进城乡居民医保参保扩面', ['市医保局:lead', '市卫生健康委:co', '市财政局:co']],
    ]);
  });
  it('does not take the attachment’s title for a category', () => {
    const text = [...notice, ...tasks].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '完成全年地区生产总值增长6%的目标', ['市发展改革委:lead', '市统计局:co']],
      ['2', null, '推进城乡居民医保参保扩面', ['市医保局:lead', '市卫生健康委:co', '市财政局:co']],
    ]);
  });
});

describe('class 8: units given once for a group of sub-items', () => {
  it('reads the parent as the task when its sub-items carry no units of their own', () => {
    const text = [
      '一、优化营商环境',
      '1.完善社会信用体系',
      '（1）加强信用信息归集共享。',
      '（2）推进信用分级分类监管。',
      '（责任单位：市直各有关单位、各县（市、区）人民政府）',
      '2.深化“放管服”改革。（市政务服务中心牵头，市直各有关单位配合）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', '优化营商环境', '完善社会信用体系', ['市直各有关单位:responsible', '各县（市、区）人民政府:responsible']],
      ['2', '优化营商环境', '深化“放管服”改革', ['市政务服务中心:lead', '市直各有关单位:co']],
    ]);
  });
});

describe('class 9: other brackets', () => {
  it('reads units from 〔〕, 【】, [] and () as from （）', () => {
    const text = [
      '1.建设城市更新示范片区。〔市住房城乡建设局牵头，市自然资源和规划局配合〕',
      '2.实施农村公路提档升级工程。【市交通运输局牵头，各县（市、区）人民政府配合】',
      '3.推进高标准农田建设。[市农业农村局牵头,市财政局配合]',
      '4.加强耕地保护。(市自然资源和规划局负责)',
      '5.开展全民健身活动。（市体育局负责）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '建设城市更新示范片区', ['市住房城乡建设局:lead', '市自然资源和规划局:co']],
      ['2', null, '实施农村公路提档升级工程', ['市交通运输局:lead', '各县（市、区）人民政府:co']],
      ['3', null, '推进高标准农田建设', ['市农业农村局:lead', '市财政局:co']],
      ['4', null, '加强耕地保护', ['市自然资源和规划局:responsible']],
      ['5', null, '开展全民健身活动', ['市体育局:responsible']],
    ]);
  });
});

describe('class 10: rule sentences inside the bracket', () => {
  it('reads a rule sentence as a rule, not as units', () => {
    const text = [
      '1.推进省级数据共享平台建设。〔责任单位：省政务服务中心、省大数据局按职责分工负责。各项任务均涉及各市（州）人民政府，不再逐项列出，下同。〕',
      '2.完善公共数据开放目录。〔责任单位：省大数据局〕',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '推进省级数据共享平台建设', ['省政务服务中心:responsible', '省大数据局:responsible']],
      ['2', null, '完善公共数据开放目录', ['省大数据局:responsible']],
    ]);
  });
});

describe('class 11: deadlines and progress words after the units', () => {
  it('keeps the deadline (and an official) on the task, never as a unit', () => {
    const text = [
      '1.完成老旧小区改造120个。（牵头单位：市住房城乡建设局；责任单位：市财政局，6月底前完成）',
      '2.规范涉企行政检查。（各部门分别负责，年内持续推进）',
      '3.加强安全生产隐患排查。（市应急管理局负责，长期坚持）',
      '4.建成市级应急物资储备库。（市发展改革委牵头，市应急管理局配合，2025年底前）',
      '5.完成河道综合治理工程。（责任领导：王强；牵头单位：市水利局；责任单位：市生态环境局，10月底前）',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '完成老旧小区改造120个', ['市住房城乡建设局:lead', '市财政局:co']],
      ['2', null, '规范涉企行政检查', ['各部门:responsible']],
      ['3', null, '加强安全生产隐患排查', ['市应急管理局:responsible']],
      ['4', null, '建成市级应急物资储备库', ['市发展改革委:lead', '市应急管理局:co']],
      ['5', null, '完成河道综合治理工程', ['市水利局:lead', '市生态环境局:co']],
    ]);
    expect(extras(table)).toEqual([
      { 时限: '6月底前完成' },
      { 时限: '年内持续推进' },
      { 时限: '长期坚持' },
      { 时限: '2025年底前' },
      { 责任领导: '王强', 时限: '10月底前' },
    ]);
  });
});

describe('class 12: role words after names', () => {
  it('strips simplified role words from the names and maps them to roles', () => {
    const text = [
      '1.开展全民健身运动。（市体育局牵头，市教育局参加）',
      '2.推进医养结合发展。（市卫生健康委牵头，市民政局参与）',
      '3.做好退役军人就业服务。（市退役军人事务局牵头，市人力资源社会保障局协助）',
      '4.加强粮食储备管理。（市发展改革委负责）',
      '5.全面推行河湖长制。（市水利局负责落实）',
      '6.落实减税降费政策。（市财政局、市税务局分别负责）',
      '7.开展校园安全整治。（市教育局、市公安局分别负责落实）',
      '8.推进生活垃圾分类。（各县（市、区）人民政府分别落实）',
      '9.保障农民工工资支付。（市人力资源社会保障局、市住房城乡建设局共同负责）',
      '10.建设乡村振兴示范村。（各县（市、区）人民政府结合实际落实）',
      '11.健全应急预案体系。（市应急管理局牵头，市直各有关单位按职责分工负责）',
    ].join('\n');
    expect(parseTable(text).tasks.map(roles)).toEqual([
      ['市体育局:lead', '市教育局:co'],
      ['市卫生健康委:lead', '市民政局:co'],
      ['市退役军人事务局:lead', '市人力资源社会保障局:co'],
      ['市发展改革委:responsible'],
      ['市水利局:responsible'],
      ['市财政局:responsible', '市税务局:responsible'],
      ['市教育局:responsible', '市公安局:responsible'],
      ['各县（市、区）人民政府:responsible'],
      ['市人力资源社会保障局:responsible', '市住房城乡建设局:responsible'],
      ['各县（市、区）人民政府:responsible'],
      ['市应急管理局:lead', '市直各有关单位:co'],
    ]);
  });

  it('strips traditional role words, keeping the names as written', () => {
    const text = [
      '1.推進全民閱讀。（市文化廣電旅遊局牽頭，市教育局參與）',
      '2.加強食品安全監管。（市市場監管局、市農業農村局按職責分工負責）',
      '3.做好防汛抗旱工作。（市水利局牽頭，市應急管理局協助）',
      '4.推進殯葬改革。（各縣（市、區）人民政府分別負責落實）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '推進全民閱讀', ['市文化廣電旅遊局:lead', '市教育局:co']],
      ['2', null, '加強食品安全監管', ['市市場監管局:responsible', '市農業農村局:responsible']],
      ['3', null, '做好防汛抗旱工作', ['市水利局:lead', '市應急管理局:co']],
      ['4', null, '推進殯葬改革', ['各縣（市、區）人民政府:responsible']],
    ]);
  });
});

describe('class 13: lead marks', () => {
  it('reads ★ ※ ▲, （牵头） and 为牵头单位 as lead marks, the other units beside them as co', () => {
    const text = [
      '1.推进招商引资。（★市商务局、市发展改革委）',
      '2.加快园区基础设施建设。（※市工业和信息化局、市自然资源和规划局）',
      '3.推进数字乡村建设。（▲市农业农村局、市大数据中心）',
      '4.加强文物保护利用。（市文化广电旅游局（牵头）、市自然资源和规划局）',
      '5.推进全域旅游发展。（市文化广电旅游局为牵头单位，市交通运输局、市商务局配合）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '推进招商引资', ['市商务局:lead', '市发展改革委:co']],
      ['2', null, '加快园区基础设施建设', ['市工业和信息化局:lead', '市自然资源和规划局:co']],
      ['3', null, '推进数字乡村建设', ['市农业农村局:lead', '市大数据中心:co']],
      ['4', null, '加强文物保护利用', ['市文化广电旅游局:lead', '市自然资源和规划局:co']],
      ['5', null, '推进全域旅游发展', ['市文化广电旅游局:lead', '市交通运输局:co', '市商务局:co']],
    ]);
  });
});

describe('class 14: several tasks in one paragraph, each closed by its own bracket', () => {
  it('reads each bracketed sentence as an unnumbered task under the paragraph’s heading sentence', () => {
    const text = [
      '一、深化政务公开',
      '（一）推进决策公开。制定重大行政决策事项目录。（市司法局负责落实）推进政策解读和回应关切。（市政府办公室、市政务服务中心分别负责落实）',
      '（二）推进执行公开。（市政府办公室负责）',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      [null, '推进决策公开', '制定重大行政决策事项目录', ['市司法局:responsible']],
      [null, '推进决策公开', '推进政策解读和回应关切', ['市政府办公室:responsible', '市政务服务中心:responsible']],
      ['2', '深化政务公开', '推进执行公开', ['市政府办公室:responsible']],
    ]);
    expect(table.tasks.map((t) => t.marker)).toEqual([null, null, '（二）']);
  });
});

describe('class 15: numbered tasks that do not start a line', () => {
  it('splits a heading run straight into its first item (一、深化改革1.推进…), found by a probe', () => {
    const table = parseTable('一、深化改革1.推进某项改革。（市甲局牵头，市乙局配合）2.完善某项机制。（市丙局负责）\n');
    expect(table.tasks.map((t) => [t.id, t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['1', '深化改革', '推进某项改革', ['市甲局:lead', '市乙局:co']],
      ['2', '深化改革', '完善某项机制', ['市丙局:responsible']],
    ]);
    // (…not a figure after the heading's words: 一、新增绿地1.5万亩。)
    expect(parseTable('一、新增绿地1.5万亩。（市甲局负责）\n').tasks[0]?.title).toBe('新增绿地1.5万亩');
  });
  it('reads a whole document written on one line', () => {
    const text =
      '2024年重点工作责任分工 一、扩大有效投资 1.加快重大项目建设。（市发展改革委牵头，市自然资源和规划局配合）2.做好专项债券项目储备。（市财政局牵头，市发展改革委配合）二、促进消费升级 3.开展汽车消费促进活动。（市商务局负责）';
    expect(rows(parseTable(text))).toEqual([
      ['1', '扩大有效投资', '加快重大项目建设', ['市发展改革委:lead', '市自然资源和规划局:co']],
      ['2', '扩大有效投资', '做好专项债券项目储备', ['市财政局:lead', '市发展改革委:co']],
      ['3', '促进消费升级', '开展汽车消费促进活动', ['市商务局:responsible']],
    ]);
  });

  it('reads numbered tasks running on after a heading in the same paragraph', () => {
    const text = [
      '（一）提升城市品质。1.推进城市绿道建设。（市城市管理局牵头）2.实施背街小巷整治。（各县（市、区）人民政府负责）',
      '（二）建设平安城市。3.深化社会治安防控体系建设。（市公安局牵头，市司法局配合）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', '提升城市品质', '推进城市绿道建设', ['市城市管理局:lead']],
      ['2', '提升城市品质', '实施背街小巷整治', ['各县（市、区）人民政府:responsible']],
      ['3', '建设平安城市', '深化社会治安防控体系建设', ['市公安局:lead', '市司法局:co']],
    ]);
  });
});

describe('class 16: two unit groups in one task', () => {
  const text = '1.完善职业教育体系，建设一批高水平职业院校〔市教育局牵头，市人力资源社会保障局参与〕，打造市级产教融合实训基地（市发展改革委牵头，市财政局参与）。\n2.推进教育数字化转型。（市教育局负责）\n';
  it('keeps both groups on the one task, each with its role', () => {
    const table = parseTable(text);
    expect(table.tasks.map((t) => [own(t), roles(t)])).toEqual([
      ['1', ['市教育局:lead', '市人力资源社会保障局:co', '市发展改革委:lead', '市财政局:co']],
      ['2', ['市教育局:responsible']],
    ]);
  });
  it('takes the title up to the first group', () => {
    expect(parseTable(text).tasks.map((t) => t.title)).toEqual(['完善职业教育体系，建设一批高水平职业院校', '推进教育数字化转型']);
  });
  it('keeps the groups on a numbered task when its first sentence is short and each group closes a sentence', () => {
    // As class 14's shape, but under a task-level number (1.), not a heading-level one (（一）).
    const table = parseTable(
      [
        '（一）推动产业绿色转型。',
        '1.制定实施准入清单。完成某类清单编制工作。〔市生态环境局牵头，市发展和改革局参与。以下各项工作均需各县（区）人民政府落实，不再列出。〕严格控制某类锅炉新建。（市生态环境局、市场监管局牵头，市发展和改革局参与）',
        '2.推进某类产业集群整治。（市工业和信息化局负责）',
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [own(t), t.category, roles(t)])).toEqual([
      ['1', '推动产业绿色转型', ['市生态环境局:lead', '市发展和改革局:co', '市场监管局:lead']],
      ['2', '推动产业绿色转型', ['市工业和信息化局:responsible']],
    ]);
    expect(table.tasks[0]?.title.startsWith('制定实施准入清单')).toBe(true);
  });
});

describe('class 17: a parent task with its own units followed by 主要措施', () => {
  it('keeps the parent and reads the measures as part of it, on one line or on lines of their own', () => {
    const text = [
      '一、推动制造业高质量发展',
      '1.实施传统产业改造提升行动。（市工业和信息化局牵头，市发展改革委、市科技局配合）',
      '主要措施：（1）推进企业技术改造。（2）开展智能制造试点示范。',
      '2.培育壮大战略性新兴产业。（市发展改革委牵头，市科技局配合）',
      '主要措施：',
      '（1）建设新能源产业园。',
      '（2）引进一批龙头企业。',
      '3.加快发展生产性服务业。（市商务局负责）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', '推动制造业高质量发展', '实施传统产业改造提升行动', ['市工业和信息化局:lead', '市发展改革委:co', '市科技局:co']],
      ['2', '推动制造业高质量发展', '培育壮大战略性新兴产业', ['市发展改革委:lead', '市科技局:co']],
      ['3', '推动制造业高质量发展', '加快发展生产性服务业', ['市商务局:responsible']],
    ]);
  });
});

describe('class 18: a hard line break in the middle of a sentence', () => {
  it('keeps the task’s number and joins its title', () => {
    const text = [
      '一、建设宜居城市',
      '1.加快推进城市更新，改造提升老旧街区和',
      '城中村。（市住房城乡建设局牵头，市自然资源和规划局配合）',
      '2.推进智慧城市建设，完善城市运行',
      '管理服务平台。（市大数据中心负责）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', '建设宜居城市', '加快推进城市更新，改造提升老旧街区和城中村', ['市住房城乡建设局:lead', '市自然资源和规划局:co']],
      ['2', '建设宜居城市', '推进智慧城市建设，完善城市运行管理服务平台', ['市大数据中心:responsible']],
    ]);
  });
});

describe('class 19: lead rules written in the document', () => {
  it('applies a rule stated at the top to the whole document', () => {
    const text = [
      '2024年重点工作任务分解',
      '（各项任务中列第一位者为牵头单位）',
      '1.推进跨境电商综合试验区建设。（市商务局、市发展改革委、市财政局）',
      '2.培育外贸新业态新模式。（市商务局）',
    ].join('\n');
    const table = parseTable(text);
    expect(rows(table)).toEqual([
      ['1', null, '推进跨境电商综合试验区建设', ['市商务局:lead', '市发展改革委:co', '市财政局:co']],
      ['2', null, '培育外贸新业态新模式', ['市商务局:lead']],
    ]);
    expect(table.tasks.map((t) => t.leadSource)).toEqual(['first-listed', 'first-listed']);
  });

  it('applies a rule with 下同 from its task on, not to the tasks before it', () => {
    const text = [
      '1.完善养老服务体系。（市民政局、市卫生健康委）',
      '2.推进托育服务发展。（市卫生健康委、市教育局，列第一位者为牵头或汇总单位，下同）',
      '3.建设儿童友好城市。（市妇儿工委办、市教育局、市住房城乡建设局）',
    ].join('\n');
    expect(rows(parseTable(text))).toEqual([
      ['1', null, '完善养老服务体系', ['市民政局:responsible', '市卫生健康委:responsible']],
      ['2', null, '推进托育服务发展', ['市卫生健康委:lead', '市教育局:co']],
      ['3', null, '建设儿童友好城市', ['市妇儿工委办:lead', '市教育局:co', '市住房城乡建设局:co']],
    ]);
  });

  it('applies the rule 第一个为牵头部门, also in traditional characters', () => {
    const simplified = ['各项任务中，第一个为牵头部门。', '1.推进数字政府建设。（市大数据局、市政务服务中心）'].join('\n');
    expect(rows(parseTable(simplified))).toEqual([['1', null, '推进数字政府建设', ['市大数据局:lead', '市政务服务中心:co']]]);
    const traditional = ['各項任務中，第一個為牽頭部門。', '1.推進數字政府建設。（市大數據局、市政務服務中心）'].join('\n');
    expect(rows(parseTable(traditional))).toEqual([['1', null, '推進數字政府建設', ['市大數據局:lead', '市政務服務中心:co']]]);
  });
  it('applies the rule 排在第一位的为牵头单位 in traditional characters', () => {
    const text = ['各項任務中排在第一位的為牽頭單位。', '1.推進數字政府建設。（市大數據局、市政務服務中心）'].join('\n');
    expect(rows(parseTable(text))).toEqual([['1', null, '推進數字政府建設', ['市大數據局:lead', '市政務服務中心:co']]]);
  });
});
