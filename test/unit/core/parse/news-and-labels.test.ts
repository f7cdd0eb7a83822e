// Shapes from the blind sets of stop 29 (tuning split), each written here in made-up wording:
// labels a plan retold in news uses (主要责任单位：X，相关责任单位有Y), 主办单位 beside 牵头单位,
// collectives sharing an ending (县直、驻县有关单位, 各县(市)及相关区政府), a gloss after a quoted
// term, numbers run into the title, and news whose sentences open with a list of units that 将负责.
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { isAgencyName } from '../../../../packages/core/src/parse/agency-name.js';
import { headerKind } from '../../../../packages/core/src/parse/header-kind.js';
import { parseUnitPhrase } from '../../../../packages/core/src/parse/unit-phrase.js';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
const roles = (phrase: string) => parseUnitPhrase(phrase, 'marked-only').units.map((u) => `${u.name}:${u.role}`);

describe('labels', () => {
  it('主要责任单位 beside another list of units leads; alone it is responsible', () => {
    expect(roles('主要责任单位：省甲厅，相关责任单位有省乙厅、省丙办')).toEqual(['省甲厅:lead', '省乙厅:co', '省丙办:co']);
    expect(roles('主要责任单位：省甲厅、省乙厅')).toEqual(['省甲厅:responsible', '省乙厅:responsible']);
  });

  it('a label may give its units after 有 (相关责任单位有…), not 有关', () => {
    expect(roles('牵头单位：市甲局；责任单位有市乙局')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(roles('责任单位：市甲局、市乙局有关科室')).toEqual(['市甲局:responsible', '市乙局有关科室:responsible']);
  });

  it('主办单位 leads alone, and co-operates beside a 牵头单位', () => {
    expect(roles('主办单位：市甲局；协办单位：市乙局')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(roles('牵头领导：某某；牵头单位：市甲办；主办单位：市乙局、各县(市)区政府')).toEqual(['市甲办:lead', '市乙局:co', '各县(市)区政府:co']);
  });
});

describe('rule sentences after the list', () => {
  it('names that only do something there (各镇落实属地管理责任，以下均需…，不再重复列出) are part of the rule', () => {
    expect(roles('牵头责任单位:县甲部、县乙局,协同责任单位:县某委各成员单位。各镇(园区)落实属地管理责任,以下均需各乡镇(园区)落实属地管理责任,不再重复列出')).toEqual(['县甲部:lead', '县乙局:lead', '县某委各成员单位:co']);
  });

  it('units given a role word stay units though their sentence says 下同', () => {
    expect(roles('省甲委牵头。省乙委、省丙厅按职责分工负责，下同')).toEqual(['省甲委:lead', '省乙委:co', '省丙厅:co']);
  });
});

describe('headers', () => {
  it.each([
    ['实事项目', 'title'],
    ['重点项目', 'title'],
    ['项目', 'category'],
    ['工作举措', 'title'],
  ])('%s → %s', (header, kind) => {
    expect(headerKind(header)).toBe(kind);
  });
});

describe('collectives', () => {
  it.each([
    ['各县(市、区)党委和人民政府、某高新区党工委和管委会', ['各县(市、区)党委和人民政府:responsible', '某高新区党工委和管委会:responsible']],
    ['县直、驻县有关单位', ['县直、驻县有关单位:responsible']],
    ['市直、驻市各单位', ['市直、驻市各单位:responsible']],
    ['各县(市)及相关区政府', ['各县(市)及相关区政府:responsible']],
    ['市甲局及各区政府', ['市甲局:responsible', '各区政府:responsible']],
    // Two whole units joined by 和 stay two (妇联, 海关, 法院 are names of their own).
    ['团县委和妇联', ['团县委:responsible', '妇联:responsible']],
    ['县法院和检察院', ['县法院:responsible', '检察院:responsible']],
    ['市公安局和海关', ['市公安局:responsible', '海关:responsible']],
    ['各乡镇和县政府', ['各乡镇:responsible', '县政府:responsible']],
  ])('%s', (phrase, expected) => {
    expect(roles(phrase)).toEqual(expected);
  });

  it('a count of units is no name (甲委等10多个部门)', () => {
    expect(isAgencyName('国家甲委等10多个部门和某集团')).toBe(false);
    expect(isAgencyName('国家甲委等10多個部門')).toBe(false);
  });
});

describe('prose', () => {
  it('a page record (发布机构：…) is no unit label', () => {
    const text = ['发布机构: | 某某街道办事处 | 主题分类: | 综合政务 |', '一、年度重点任务', '1.完成某项指标。（市甲局牵头，市乙局配合）', '2.推进某项改革。（市丙局负责）'].join('\n');
    expect(read(parseTable(text)).map(([, , units]) => units)).toEqual([['市甲局:lead', '市乙局:co'], ['市丙局:responsible']]);
  });

  it('a numbered item with two bracketed sentences stays one task with two unit groups (class 16)', () => {
    const text = ['一、年度重点任务', '1.实施某项专项行动。完善某项管理制度。(区甲委负责)严格落实某项新标准。(区乙局负责)', '2.推进某项改革。(区丙局负责)'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.id, t.units.map((u) => u.name)])).toEqual([
      ['1', ['区甲委', '区乙局']],
      ['2', ['区丙局']],
    ]);
  });

  it('a numbered item whose first sentence names a section, with three or more bracketed sentences: each is a task', () => {
    const text = ['一、年度重点任务', '1.实施某项专项行动。 完善某项管理制度。(区甲委负责)严格落实某项新标准。(区乙局负责)加强某项标准的贯彻落实。[区丙委(某某局)负责]'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['实施某项专项行动', '完善某项管理制度', ['区甲委:responsible']],
      ['实施某项专项行动', '严格落实某项新标准', ['区乙局:responsible']],
      ['实施某项专项行动', '加强某项标准的贯彻落实', ['区丙委(某某局):responsible']],
    ]);
  });

  it('a bracket of units closing an item that ends in a quoted name or a book title is units', () => {
    const text = ['1.编制《某某专项规划》（市甲委、市乙局）', '2.全面推行“一网通办”（市丙局、市丁局）'].join('\n');
    expect(read(parseTable(text)).map(([, , u]) => u)).toEqual([['市甲委:responsible', '市乙局:responsible'], ['市丙局:responsible', '市丁局:responsible']]);
  });

  it('a bracket glossing a quoted term (“三馆”(图书馆、文化馆)) lists no units', () => {
    const text = ['21、完善乡村文化设施。(牵头单位:市甲局;主办单位:市乙局)', '7个县(市)区“三馆”(图书馆、文化馆、博物馆)已落实,现正督促建立综合文化站。', '22、加强农村卫生工作。(牵头单位:市丙局)'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['21', '完善乡村文化设施', ['市甲局:lead', '市乙局:co']],
      ['22', '加强农村卫生工作', ['市丙局:lead']],
    ]);
  });

  it('numbers run straight into the title (1全面落实…) in sequence are task numbers', () => {
    const measure = ['1全面落实某项保险', '主要责任单位:省甲厅。', '2免费开展某项筛查', '主要责任单位:省丁办。', '3级医院全部接入平台。'].join('\n');
    expect(parseTable(measure).tasks.map((t) => t.id)).toEqual(['1', '2']);
    const text = ['某报记者来源', '1全面落实某项保险', '主要责任单位:省甲厅,相关责任单位有省乙厅、省丙局。', '某厅厅长某某:我们要建好经办网点。', '2免费开展某项筛查', '主要责任单位:省丁办,相关责任单位有省乙厅。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '全面落实某项保险', ['省甲厅:lead', '省乙厅:co', '省丙局:co']],
      ['2', '免费开展某项筛查', ['省丁办:lead', '省乙厅:co']],
    ]);
  });

  it('numbers run into the title under 一、 headings, in sequence, are task numbers (1大力发展…), not a measure (2大工程) nor in text numbered 1.', () => {
    const text = ['一、加快某方面调整', '  1大力发展某某产业,力争产值超过某某亿元。(省甲厅、乙委)', '  2加快实施某某计划,其中5大工程年内开工。(省丙厅)', '二、推进某方面改革', '  3深化某某改革。(省丁局、戊委)'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.id, t.title, t.category, t.units.map((u) => u.name)])).toEqual([
      ['1', '大力发展某某产业,力争产值超过某某亿元', '加快某方面调整', ['省甲厅', '乙委']],
      ['2', '加快实施某某计划,其中5大工程年内开工', '加快某方面调整', ['省丙厅']],
      ['3', '深化某某改革', '推进某方面改革', ['省丁局', '戊委']],
    ]);
    // A measure opening a line is no task number: 2大工程 continues the item above it.
    const measure = ['一、加快某方面调整', '1大力发展某某产业。(省甲厅)', '2大工程年内全部开工。'].join('\n');
    expect(parseTable(measure).tasks.map((t) => t.id)).toEqual(['1']);
    // Where the document numbers its tasks 1. 2., a line opening with a number is text of the task above.
    const numbered = ['一、加快某方面调整', '1.发展某某产业。(省甲厅)', '2.推进某某工程。', '3家企业年内上市。', '(省乙厅)'].join('\n');
    expect(parseTable(numbered).tasks.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('bare numbers under 一、 restart with each heading, and under （一） items a line opening with a number is the item’s text (1 张网, 1至3月)', () => {
    const restarted = ['一、加快某某转型', '1大力发展某某制造业。（牵头单位：省甲厅；配合单位：省乙委）', '2加快发展某某服务业。（牵头单位：省丙厅）', '二、保障和改善某某', '1大力促进某某创业。（牵头单位：省丁厅）', '2提高某某收入。（牵头单位：省乙委）'].join('\n');
    expect(parseTable(restarted).tasks.map((t) => [t.id, t.title, t.category])).toEqual([
      ['1.1', '大力发展某某制造业', '加快某某转型'],
      ['1.2', '加快发展某某服务业', '加快某某转型'],
      ['2.1', '大力促进某某创业', '保障和改善某某'],
      ['2.2', '提高某某收入', '保障和改善某某'],
    ]);
    const wrapped = ['一、优化某某环境', '（一）深化某某改革。推行“一网通办”，到年底建成', '1 张网，覆盖全市某某事项。（牵头单位：市甲局；责任单位：市乙委）', '（二）加强某某建设。一季度开工', '2 个重大项目。1至3月完成某某建设。（牵头单位：市乙委）'].join('\n');
    expect(parseTable(wrapped).tasks.map((t) => [t.id, t.title, t.category])).toEqual([
      ['1', '深化某某改革。推行“一网通办”，到年底建成1 张网，覆盖全市某某事项', '优化某某环境'],
      ['2', '加强某某建设。一季度开工2 个重大项目。1至3月完成某某建设', '优化某某环境'],
    ]);
  });

  it('items opened by a dash after a lead-in ending with a colon (如下：/ ——…；（牵头部门：…）)', () => {
    const text = ['（二）主要目标', '到年底,全市主要指标如下:', '——地区生产总值增长7.5%;(牵头部门:市甲委)', '——一般公共预算收入增长12%;(牵头部门:市乙局)'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.title, t.category, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['地区生产总值增长7.5%', '主要目标', ['市甲委:lead']],
      ['一般公共预算收入增长12%', '主要目标', ['市乙局:lead']],
    ]);
  });

  it('news: a dateline is no category, an opener (此外，) is not the task, a sentence of context is a note', () => {
    const text = ['本报讯 近日，某某市印发重点工作任务分工方案。', '另外，强化某项监督,依法开展某项工作，由省甲厅、省乙办、各市、县人民政府负责。', '据了解，相关工作已全面启动。同时，某项失业率控制在4.5%以内，由市丙局牵头，各县市区政府配合。'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      [null, '强化某项监督,依法开展某项工作', ['省甲厅:responsible', '省乙办:responsible', '各市、县人民政府:responsible']],
      [null, '某项失业率控制在4.5%以内', ['市丙局:lead', '各县市区政府:co']],
    ]);
    expect(table.notes).toContain('据了解，相关工作已全面启动。');
  });

  it('asterisks in a run mask a name (****分局): part of it, not a lead mark', () => {
    expect(roles('****分局牵头，各有关部门按照职责分工负责')).toEqual(['****分局:lead', '各有关部门:co']);
    expect(roles('★市甲局、市乙局')).toEqual(['市甲局:lead', '市乙局:co']);
  });

  it('news whose sentences open with a list of units that 将负责: the task is what follows', () => {
    const text = [
      '据报道,国务院办公厅日前印发某某分工方案。国家甲委等10多个部门和某集团将共同努力,落实某某意见。',
      '根据方案,为支持某区率先发展,甲委、乙部、丙部将负责支持建设某某经济圈,积极推进某新区发展。',
      '甲委、丙部等部门还将负责推动某某经济区加快发展。加快某某进程。',
    ].join('\n');
    const table = parseTable(text);
    expect(read(table).map(([, title, units]) => [title, units])).toEqual([
      ['支持建设某某经济圈,积极推进某新区发展', ['甲委:responsible', '乙部:responsible', '丙部:responsible']],
      ['推动某某经济区加快发展', ['甲委:responsible', '丙部:responsible']],
    ]);
    // The words before the units (根据方案,为支持某区率先发展,) are kept, as a note.
    expect([...table.preamble, ...table.notes].join('')).toContain('为支持某区率先发展');
  });
});

describe('a division closing a news sentence', () => {
  it('reads units listed with ，as with 、 (…，由市甲局，有关单位负责。)', () => {
    const text = ['本报讯 近日，某某市印发重点工作任务分工方案。', '建立和完善某某责任追究制度，由市甲局，有关单位负责。', '高质量建设某某实验室体系，由市乙局负责。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '建立和完善某某责任追究制度', ['市甲局:responsible', '有关单位:responsible']],
      ['2', '高质量建设某某实验室体系', ['市乙局:responsible']],
    ]);
  });
});

describe('a news story’s headline', () => {
  it('names no category of the tasks under it (the first line, over a dateline)', () => {
    const text = [
      '某某市公布今年重点任务分工及时限',
      '3月16日，某某市人民政府公布今年重点任务，明确各项任务的牵头单位。',
      '推进某某综合治理，由市甲局负责。',
      '新建某某幼儿园9所，由市乙局负责。',
    ].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.category, t.title])).toEqual([
      [null, '推进某某综合治理'],
      [null, '新建某某幼儿园9所'],
    ]);
  });
});
