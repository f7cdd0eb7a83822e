// Shapes of minutes and speeches from the probes of stop 38 (made-up wording): a modal between the
// units and their role word (县甲中心要牵头做好…，县乙局要密切配合), a short quoted term inside the work
// of such a sentence (做好“一网通办”改革), and units said to be the responsible ones (各区政府为责任单位).
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { openingDivision } from '../../../../packages/core/src/parse/opening-divisions.js';
import { parseUnitPhrase } from '../../../../packages/core/src/parse/unit-phrase.js';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.id, t.units.map((u) => `${u.name}:${u.role}`)]);
const roles = (phrase: string) => parseUnitPhrase(phrase, 'marked-only').units.map((u) => `${u.name}:${u.role}`);

describe('divisions of minutes and speeches', () => {
  it('a modal between the units and 牵头 / 负责 opening a sentence is the role’s', () => {
    expect(openingDivision('县甲中心要牵头做好审批改革，县乙局、县丙局要密切配合')).toBe('县甲中心牵头，县乙局、县丙局密切配合');
    expect(openingDivision('县丁局须负责做好资金保障工作')).toBe('县丁局负责');
    const text = '（一）抓好项目建设。要加快推进重点项目。\n（二）优化营商环境。县甲中心要牵头做好审批改革，县乙局、县丙局要密切配合。\n';
    expect(read(parseTable(text))).toEqual([['2', ['县甲中心:lead', '县乙局:co', '县丙局:co']]]);
  });

  it('a short quoted term in the work does not stop the sentence being read; a task quoted after its units still is no division', () => {
    expect(openingDivision('县甲中心牵头做好“一网通办”改革，县乙局配合')).toBe('县甲中心牵头，县乙局配合');
    expect(openingDivision('县甲局负责的“严格落实某某计划”，截至目前已完成')).toBeUndefined();
  });

  it('units said to be the responsible ones (为责任单位), beside a lead or alone, and other 为…单位 forms', () => {
    expect(roles('市甲局为牵头单位，各区政府为责任单位')).toEqual(['市甲局:lead', '各区政府:co']);
    expect(roles('各区政府为责任单位')).toEqual(['各区政府:responsible']);
    expect(roles('市甲局为主责单位，市乙局为协办单位')).toEqual(['市甲局:lead', '市乙局:co']);
    const text = '1.老旧小区改造工作，市甲局为牵头单位，各区政府为责任单位。\n2.背街小巷整治工作，各区政府为责任单位。\n';
    expect(read(parseTable(text))).toEqual([
      ['1', ['市甲局:lead', '各区政府:co']],
      ['2', ['各区政府:responsible']],
    ]);
  });

  it('a duty list after a lead-in closed by 如下：, its entries split by ；, each entry a task of its unit (a bank abbreviated 农发行 is a unit)', () => {
    const text = '各乡镇、县直各单位：\n为确保秋粮收购工作顺利进行，现就有关事项通知如下：县甲局负责收购网点的布局；县农发行负责收购资金的供应和管理；县乙局负责收购价格的监督检查；各乡镇负责做好本辖区的宣传发动工作。\n';
    expect(read(parseTable(text)).map(([, units]) => units)).toEqual([['县甲局:responsible'], ['县农发行:responsible'], ['县乙局:responsible'], ['各乡镇:responsible']]);
  });

  it('the work named right before 由 (某某工作由甲队牵头，乙局配合), numbered or in one paragraph: each sentence its own task, titled by its work', () => {
    const numbered = '现将有关工作分工如下：\n1.消防宣传工作由县甲队牵头，县乙部、县丙局、各乡（镇、街道）配合。\n2.电动自行车管理工作由县丁局负责。\n';
    expect(read(parseTable(numbered))).toEqual([
      ['1', ['县甲队:lead', '县乙部:co', '县丙局:co', '各乡（镇、街道）:co']],
      ['2', ['县丁局:responsible']],
    ]);
    const paragraph = '消防宣传工作由县甲队牵头，县乙部配合；隐患排查整治工作由县戊局牵头，县己局、各乡镇配合；电动自行车管理工作由县丁局负责。\n';
    const table = parseTable(paragraph);
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['消防宣传工作', ['县甲队:lead', '县乙部:co']],
      ['隐患排查整治工作', ['县戊局:lead', '县己局:co', '各乡镇:co']],
      ['电动自行车管理工作', ['县丁局:responsible']],
    ]);
  });

  it('a meeting story: 牵头 before the work’s verb 制 (牵头制定, no 负责制), and 明确由X负责 with units working with X named after it', () => {
    expect(openingDivision('会议要求，县甲局要牵头制定实施方案，县乙局要落实配套资金')).toBe('县甲局牵头');
    expect(openingDivision('县甲局实行负责制管理各项工作')).toBeUndefined();
    const story = '本报讯 12月3日，县长李某主持召开县政府常务会议，研究部署冬季工作。\n会议还研究了城区集中供暖工作，明确由县丙局负责，县丁局、县戊局配合，确保12月15日前全面供暖。\n';
    expect(read(parseTable(story))).toEqual([['1', ['县丙局:responsible', '县丁局:co', '县戊局:co']]]);
  });
});


describe('what a modal before the role word must leave alone (found by review)', () => {
  it('a collective’s charge, the government’s own work, a generic subject: no division', () => {
    expect(openingDivision('各乡镇要负责做好项目用地保障工作')).toBeUndefined();
    expect(openingDivision('县政府将牵头召开专题会议研究部署')).toBeUndefined();
    expect(openingDivision('项目单位要负责做好项目前期工作，确保按期开工')).toBeUndefined();
    expect(openingDivision('有关部门要牵头做好政策解读工作')).toBeUndefined();
    const text = '（一）抓好项目建设。县甲局牵头负责项目储备。各乡镇要负责做好项目用地保障工作。\n（二）优化营商环境。县乙局负责审批改革。\n';
    expect(read(parseTable(text))).toEqual([
      ['1', ['县甲局:lead']],
      ['2', ['县乙局:responsible']],
    ]);
  });

  it('a title ending in 人行 is no unit’s name; 为主要责任单位 leads', () => {
    const rows = '重点工作任务分解表\n一、交通安全\n1 新建停车场3处 县甲局\n2 引导行人行 县乙局\n3 城镇新增就业3000人 县丙局\n';
    expect(parseTable(rows).tasks.map((t) => t.units.map((u) => u.name))).toEqual([['县甲局'], ['县乙局'], ['县丙局']]);
    expect(roles('市甲局为主要责任单位，各区政府为责任单位')).toEqual(['市甲局:lead', '各区政府:co']);
  });
});

describe('role words in a closing bracket as notices write them', () => {
  it('a modal before the role word (市丁局要牵头，市戊局要积极配合), 责成 before the names, a body guiding the work', () => {
    expect(roles('市丁局要牵头，市戊局要积极配合')).toEqual(['市丁局:lead', '市戊局:co']);
    expect(roles('责成市丙局负总责')).toEqual(['市丙局:lead']);
    expect(roles('市甲局指导，市乙局负责')).toEqual(['市甲局:co', '市乙局:responsible']);
    // (…but the words a unit is charged with still end at a name: 区丙局 does the work, 做好技术支持和指导.)
    expect(roles('各有关单位做好发布工作，区丙局做好技术支持和指导')).toEqual(['各有关单位:responsible', '区丙局:responsible']);
    const text = '1.完成某项指标。（市甲局指导，市乙局负责）\n2.推进某项改革。（责成市丙局负总责）\n3.做好某项服务。（市丁局要牵头，市戊局要积极配合）\n';
    expect(read(parseTable(text))).toEqual([
      ['1', ['市甲局:co', '市乙局:responsible']],
      ['2', ['市丙局:lead']],
      ['3', ['市丁局:lead', '市戊局:co']],
    ]);
  });

  it('warns of the first item of a list that names no unit while its siblings do (nothing left unsaid)', () => {
    const table = parseTable('1.推进某项改革。（按季度调度）\n2.做好某项服务。（市丁局负责）\n3.落实某项制度。（市己局负责）\n');
    expect(read(table)).toEqual([['2', ['市丁局:responsible']], ['3', ['市己局:responsible']]]);
    expect(table.diagnostics).toMatchObject([{ code: 'empty-units', line: 1 }]);
  });
});

describe('co-operating role words found by a probe (the unit was dropped, or kept the word in its name)', () => {
  it('支持, 做好配合, 共同参与, 参与配合, 共同落实, 抓落实 and a 支持单位 label', () => {
    expect(roles('市丙局牵头，市丁局支持')).toEqual(['市丙局:lead', '市丁局:co']);
    expect(roles('市戊局牵头，市己局做好配合')).toEqual(['市戊局:lead', '市己局:co']);
    expect(roles('市丙局牵头，市丁局共同参与')).toEqual(['市丙局:lead', '市丁局:co']);
    expect(roles('市甲局牵头，市乙局参与配合')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(roles('市甲局牵头，市乙局共同落实')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(roles('市甲局牵头，市乙局抓落实')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(read(parseTable('1.落实某项制度。\n牵头单位：市甲局\n支持单位：市乙局、市丙局\n'))).toEqual([['1', ['市甲局:lead', '市乙局:co', '市丙局:co']]]);
  });
});
