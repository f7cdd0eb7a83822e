// Labels as plans write them, beyond the commonest (牵头单位 / 配合单位 / 责任单位): each one read
// with its role, in simplified and traditional characters.
import { parseTable, parseUnitPhrase } from '@fengong/core';
import { genericUnitLabelAt } from '../../../../packages/core/src/parse/labels.js';
import { describe, expect, it } from 'vitest';

const roles = (text: string) => parseUnitPhrase(text, 'marked-only').units.map((u) => `${u.name}:${u.role}`);

describe('label variants', () => {
  it('does not read a rule about the list as a label (第一责任单位为牵头单位)', () => {
    const r = parseUnitPhrase('市甲局、市乙局（第一责任单位为牵头单位）', 'marked-only');
    expect(r.units.map((u) => `${u.name}:${u.role}`)).toEqual(['市甲局:lead', '市乙局:co']);
  });

  it.each([
    ['责任单位：市甲局、市乙局。除专门列出外，以下任务均涉及各区政府，不再重复', ['市甲局:responsible', '市乙局:responsible']],
    ['责任单位：市甲局。除另有说明外，各项任务均由各县负责', ['市甲局:responsible']],
  ])('reads the exception that opens a rule sentence as part of the rule: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['牵头责任部门：市甲局；协同配合单位：市乙局', ['市甲局:lead', '市乙局:co']],
    ['责任牵头部门：市甲局；协作部门：市乙局、市丙局', ['市甲局:lead', '市乙局:co', '市丙局:co']],
    ['牵头机构：市甲局；参加单位：市乙局', ['市甲局:lead', '市乙局:co']],
    ['主办部门：市甲局；协办部门：市乙局', ['市甲局:lead', '市乙局:co']],
    ['牽頭責任部門：市甲局；協同配合單位：市乙局', ['市甲局:lead', '市乙局:co']],
    ['责任主体单位：市甲局、市乙局', ['市甲局:responsible', '市乙局:responsible']],
    ['实施部门：市甲局', ['市甲局:responsible']],
    ['主管部门：市甲局', ['市甲局:responsible']],
    ['牵头单位为市甲局，配合单位为市乙局', ['市甲局:lead', '市乙局:co']],
    ['责任单位是市甲局、市乙局', ['市甲局:responsible', '市乙局:responsible']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

// Labels no list names, in the shape unit labels take (a short word ending in 单位 / 部门 / 科室 …):
// a plain 责任单位 list — co-operating beside a lead, responsible alone. Names of units before a
// colon (市人民政府各部门：, 有关单位：) are not labels.
describe('labels the lists do not name', () => {
  it.each([
    ['牵头单位：市甲局，数据提供单位：市乙局', ['市甲局:lead', '市乙局:co']],
    ['牵头领导：张三，牵头单位：市甲局，责任单位：市乙局、市丙局，数据提供单位：市丁局', ['市甲局:lead', '市乙局:co', '市丙局:co', '市丁局:co']],
    ['建设单位：市甲局、市乙局', ['市甲局:responsible', '市乙局:responsible']],
    // Bodies that score or supervise the work are no party to it.
    ['牵头单位：市甲局；督办单位：市乙局', ['市甲局:lead']],
    ['牵头部门：市甲局 业务指导部门：市乙局', ['市甲局:lead', '市乙局:co']],
    ['數據提供單位：市乙局', ['市乙局:responsible']],
    // The duty clause in its other wordings, beside a lead and alone.
    ['市甲局牵头，市乙局、各镇(街)按职能分工落实', ['市甲局:lead', '市乙局:co', '各镇(街):co']],
    ['市甲局、市乙局根据各自职责抓好落实', ['市甲局:responsible', '市乙局:responsible']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('finds the label inside a closing bracket of a task', () => {
    const table = parseTable('一、主要目标\n（一）地区生产总值增长7%左右。(牵头单位:市甲局,数据提供单位:市统计局)\n（二）某某收入增长8%。(牵头单位:市乙局)\n');
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
      ['地区生产总值增长7%左右', ['市甲局:lead', '市统计局:co']],
      ['某某收入增长8%', ['市乙局:lead']],
    ]);
  });

  it.each([['市人民政府各部门：'], ['有关单位：'], ['区直各单位：'], ['市委各部门：']])('does not read %s as a label', (text) => {
    expect(genericUnitLabelAt(text)).toBeUndefined();
  });
});
