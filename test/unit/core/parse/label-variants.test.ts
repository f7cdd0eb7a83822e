// Labels as plans write them, beyond the commonest (牵头单位 / 配合单位 / 责任单位): each one read
// with its role, in simplified and traditional characters.
import { parseUnitPhrase } from '@fengong/core';
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
