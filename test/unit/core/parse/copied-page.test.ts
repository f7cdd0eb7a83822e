// Text as a user copies it from a government page or a PDF: the site's furniture around the
// document, no-break spaces, lines broken wherever the column was full — inside names and labels.
// Found by the metamorphic test on the tuning split's own texts (scripts/noise-variants.mjs).
// Made-up wording in the shapes real pages have.
import { describe, expect, it } from 'vitest';
import { parseTable } from '@fengong/core';
import { isPageFurniture } from '../../../../packages/core/src/parse/page-furniture.js';
import { rejoinWrappedNames } from '../../../../packages/core/src/parse/wrapped-names.js';

const units = (text: string) => parseTable(text, { file: 'page.txt' }).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`));

describe('page furniture', () => {
  it('knows breadcrumbs, buttons, counters and footers', () => {
    for (const line of ['首页 > 政务公开 > 通知公告', '当前位置：首页 > 信息公开', '【字体：大 中 小】 【打印】 【关闭】', '[打印本页] [关闭窗口]', '扫一扫在手机打开当前页', '浏览次数：1024', '网站标识码：3400000001  某ICP备05001234号', 'Copyright © 2021 某某县人民政府 版权所有', '……(开头部分已省略924字)', '  • 2019-08-26 10:25:23', '• 来源: 市府办公厅', '• 0', '• 分享到', '• 听全文']) {
      expect(isPageFurniture(line), line).toBe(true);
    }
  });

  it('leaves the document alone: tasks, headings, units and words that only look like buttons', () => {
    for (const line of ['1.关闭落后产能企业5家（市工信局牵头）', '一、重点任务', '责任单位：县政府办公室', '打印机采购项目', '返回式卫星数据应用', '首页改版工作（县融媒体中心负责）', '• 推进某某工程建设（市甲局负责）', '省略不必要的审批环节']) {
      expect(isPageFurniture(line), line).toBe(false);
    }
  });

  it('is not read as one more row after a table, and the reader says what it removed', () => {
    const table = ['序号', '工作任务', '责任单位', '1', '建成某某便民服务站', '区民政局', '2', '改造老旧管网10公里', '区住建局、区水务局', '', '扫一扫在手机打开当前页', '【打印本页】 【关闭窗口】', '网站标识码：3400000001'].join('\n');
    const read = parseTable(table, { file: 'page.txt' });
    expect(read.tasks.map((t) => t.title)).toEqual(['建成某某便民服务站', '改造老旧管网10公里']);
    const note = read.diagnostics.find((d) => d.code === 'furniture-removed');
    expect(note?.line).toBe(11);
    expect(note?.message).toMatch(/removed 3 lines/u);
  });
});

describe('no-break spaces', () => {
  it('are spaces: numbering and names read as with plain spaces', () => {
    const plain = '1 . 完善某某机制。（牵头单位：市司法局；配合单位：市政府办 (市金融办)）\n2 . 推进某某公开。（市数据局负责）';
    const nbsp = plain.replace(/ /gu, '\u00a0');
    expect(units(nbsp)).toEqual(units(plain));
    expect(units(nbsp)[0]).toEqual(['市司法局:lead', '市政府办 (市金融办):co']);
  });
});

describe('line breaks inside a unit list', () => {
  it('are taken out inside a name, a label, a bracket or a collective', () => {
    expect(rejoinWrappedNames('市人力资源和\n社会保障局')).toBe('市人力资源和社会保障局');
    expect(rejoinWrappedNames('牵头单\n位：市科协')).toBe('牵头单位：市科协');
    expect(rejoinWrappedNames('区发展改革委\n（粮食和储备局）')).toBe('区发展改革委（粮食和储备局）');
    expect(rejoinWrappedNames('各县、市、\n区政府')).toBe('各县、市、区政府');
    expect(rejoinWrappedNames('各镇\n人民政府')).toBe('各镇人民政府');
    expect(rejoinWrappedNames('市委\n组织部')).toBe('市委组织部');
    expect(rejoinWrappedNames('市生态环境局牵\n头')).toBe('市生态环境局牵头');
  });

  it('stay between two whole names and before a label', () => {
    expect(rejoinWrappedNames('市发改委\n市财政局')).toBe('市发改委\n市财政局');
    expect(rejoinWrappedNames('市教育局\n配合单位：市财政局')).toBe('市教育局\n配合单位：市财政局');
    expect(rejoinWrappedNames('市教育局；\n\n市财政局')).toBe('市教育局；\n\n市财政局');
  });

  it('leave each unit whole in a task copied from a narrow column', () => {
    const text = '1.加强某项工作建设。（牵头单位：市财\n政局；配合单位：市发改委、市人力资源和\n社会保障局、各县（市、区）人民政府（管委\n会））\n2.完善某某机制。（市教育局、市人社\n局负责）';
    expect(units(text)).toEqual([
      ['市财政局:lead', '市发改委:co', '市人力资源和社会保障局:co', '各县（市、区）人民政府（管委会）:co'],
      ['市教育局:responsible', '市人社局:responsible'],
    ]);
  });
});

describe('text broken at the width of its column (a PDF, a fixed-width page)', () => {
  const tasks = [
    '1.加快推进城乡供水一体化工程建设，完成主管网改造二十公里，新增受益人口三万人。（牵头单位：市水利局；配合单位：市住房城乡建设局、市财政局）',
    '2.实施老旧小区综合整治，完成改造小区四十个，同步推进加装电梯和停车设施建设。（牵头单位：市住房城乡建设局；配合单位：各县（市、区）人民政府）',
    '3.推进公办幼儿园扩容工程，新增学位三千个，加强学前教育师资队伍建设和培训。（牵头单位：市教育局；配合单位：市人力资源社会保障局、市财政局）',
    '4.提升基层医疗卫生服务能力，建成标准化村卫生室五十个，推进家庭医生签约服务。（牵头单位：市卫生健康委；配合单位：市医保局、市财政局）',
  ];
  /** Each line broken every `n` characters. */
  const cut = (lines: string[], n: number) => lines.flatMap((l) => l.match(new RegExp(`.{1,${n}}`, 'gsu')) ?? []).join('\n');
  const reading = (text: string) => parseTable(text, { file: 'copy.txt' }).tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

  it('is read as the unbroken text, each task keeping its number, title and units', () => {
    for (const n of [17, 23, 31]) expect(reading(cut(tasks, n)), `every ${n} characters`).toEqual(reading(tasks.join('\n')));
    expect(reading(tasks.join('\n'))[1]).toEqual(['2', '实施老旧小区综合整治，完成改造小区四十个，同步推进加装电梯和停车设施建设', ['市住房城乡建设局:lead', '各县（市、区）人民政府:co']]);
  });

  it('joins a line broken inside a unit’s name even where the second piece looks like a name (省科 / 技厅)', async () => {
    const { wrapWidth } = await import('../../../../packages/core/src/parse/hard-wrap.js');
    const names = [
      '1.加强创新平台建设，新建省级重点实验室十个，推进科技成果转化。（牵头单位：省科技厅、省工业和信息化厅）',
      '2.创新城市管理机制，探索推行城市管理综合执法改革。（责任单位：市住房和城乡规划建设委员会、市城市管理局、市法制办）',
      '3.深化政务服务网上办，推动更多事项全程网办。（牵头单位：市行政审批服务局；配合单位：各区市政府、开发区管委）',
      '4.力争引进亿元以上工业项目五十五个，完成一批技改项目。（牵头单位：市招商服务中心；配合单位：市科经局、各乡镇办区）',
    ];
    // (Twice over, numbered on, so that every width leaves enough full lines to tell the text is wrapped.)
    const plan = [...names, ...names.map((t, i) => t.replace(/^\d/u, String(i + 5)))];
    const whole = reading(plan.join('\n'));
    const broken: number[] = [];
    // (Widths where the text is not told to be wrapped, too few full lines ending mid-sentence, are left out.)
    const widths = Array.from({ length: 26 }, (_, k) => k + 15).filter((n) => wrapWidth(cut(plan, n).split('\n')) !== undefined);
    expect(widths.length).toBeGreaterThanOrEqual(20);
    for (const n of widths) if (JSON.stringify(reading(cut(plan, n))) !== JSON.stringify(whole)) broken.push(n);
    expect(broken).toEqual([]);
  });

  it('joins a line ending in 由 to the names after it, and keeps a title’s end apart from a row of units with role words (found by review)', async () => {
    const { unwrapHardWrapped } = await import('../../../../packages/core/src/parse/hard-wrap.js');
    // (Lines of one width, 20 wide characters, broken mid-sentence: the text is told to be wrapped.)
    const filler = Array.from({ length: 6 }, (_, i) => `（${'一二三四五六'[i]}）推进第${'一二三四五六'[i]}项重点工作，补齐短板弱项，`);
    const at = (text: string, k: number) => unwrapHardWrapped(text).text.split('\n')[k];
    const byWith = [...filler.flatMap((l) => [l, '确保按期完成。（市甲局负责）']), '（七）完善公共服务设施，加快补齐短板，由', '市发改委、市财政局负责，年底前完成。'].join('\n');
    expect(at(byWith, 12)).toBe('（七）完善公共服务设施，加快补齐短板，由市发改委、市财政局负责，年底前完成。');
    const row = [...filler.flatMap((l) => [l, '确保按期完成。（市甲局负责）']), '（七）融入长三角一体化发展，主动对接上海', '市发改委牵头 市商务局配合 2024年底前'].join('\n');
    expect(at(row, 13)).toBe('市发改委牵头 市商务局配合 2024年底前');
  });

  it('cut by characters with half-width ones among them, a name broken inside its last piece, a bracket closed inside another (stop 39)', async () => {
    const { unwrapHardWrapped } = await import('../../../../packages/core/src/parse/hard-wrap.js');
    // Lines of 22 characters each, some holding half-width digits and commas: cut by characters, not columns.
    const paragraph = (i: number, units: string) =>
      `${i}.推进第${i}项重点工作,完成年度目标任务3项,补齐短板弱项,加快推进项目建设,确保按期完成任务,全面提升服务水平。${units}`;
    const text = [
      paragraph(1, '有关工作由国家医保局牵头,国家卫生健康委配合。'),
      paragraph(2, '[市水务局牵头,市工信委配合,各县(市)区政府负责落实。以下均需各县(市)区政府落实,不再列出)]'),
      paragraph(3, '（市甲局负责）'),
      paragraph(4, '（市乙局负责）'),
    ];
    const cut = text.flatMap((l) => l.match(/.{1,22}/gsu) ?? []).join('\n');
    const joined = unwrapHardWrapped(cut).text.split('\n').filter((l) => l !== '');
    expect(joined).toEqual(text);
    expect(reading(cut).map((t) => t[2])).toEqual(reading(text.join('\n')).map((t) => t[2]));
  });

  it('a stretch of road written with 至 or 到 names no unit (新华街至长春街); a street alone may', async () => {
    const { isAgencyName } = await import('../../../../packages/core/src/parse/agency-name.js');
    expect(['新华街至长春街', '曙光街到新华街', '胜利路至临五路'].map(isAgencyName)).toEqual([false, false, false]);
    expect(['长春街道办事处', '至诚办'].map(isAgencyName)).toEqual([true, true]);
  });

  it('is told from text whose lines merely vary in length', async () => {
    const { wrapWidth } = await import('../../../../packages/core/src/parse/hard-wrap.js');
    expect(wrapWidth(tasks)).toBeUndefined();
    expect(wrapWidth(cut(tasks, 23).split('\n'))).toBeDefined();
  });
});

describe('what the copied-page rules must leave alone (found by review)', () => {
  const units = (text: string) => parseTable(text, { file: 'x.txt' }).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`));

  it('keeps units listed one per line in a cell, and a role line before the next', () => {
    expect(units('序号,工作任务,责任单位\n1,加强资金保障,"县委办\n政府办\n发改局"')).toEqual([['县委办:lead', '政府办:co', '发改局:co']]);
    expect(units('序号,工作任务,责任单位\n1,加强资金保障,"市发改委牵头\n市财政局、市商务局配合"')).toEqual([['市发改委:lead', '市财政局:co', '市商务局:co']]);
  });

  it('does not take a task about technical support, or a cell reading 关闭, for furniture', () => {
    for (const line of ['2.提供技术支持：保障平台稳定运行（责任单位：市大数据局）', '关闭', '打印']) expect(isPageFurniture(line), line).toBe(false);
  });

  it('reads a breadcrumb of many levels and wide gaps at once (no backtracking)', () => {
    const crumb = `首页${['政务公开', '政府信息', '法定主动公开内容', '规划计划', '工作计划', '重点工作', '分工方案', '本级'].map((x) => `    >    ${x}`).join('')}`;
    expect(isPageFurniture(crumb)).toBe(true);
  });

  it('does not join a table’s title cells of one length to the unit cells under them', () => {
    const titles = ['加快推进老旧小区改造提升居住品质工作', '深入实施城乡供水一体化建设提升工程', '全面推进公办幼儿园扩容提质增效工程', '持续提升基层医疗卫生机构服务能力', '大力推进农村人居环境整治提升行动', '加快建设城市智慧停车综合管理平台'];
    const cells = ['序号', '工作任务', '责任单位', ...titles.flatMap((t, i) => [String(i + 1), t, '市住建局'])].join('\n');
    expect(parseTable(cells, { file: 'x.txt' }).tasks.map((t) => t.title)).toEqual(titles);
  });
});
