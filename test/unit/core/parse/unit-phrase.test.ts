import { parseUnitPhrase, type UnitPhrase } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { splitRunTogether } from '../../../../packages/core/src/parse/unit-names.js';

const roles = (p: UnitPhrase) => p.units.map((u) => `${u.name}:${u.role}`);

describe('parseUnitPhrase', () => {
  it('returns nothing for an empty phrase or a bare duty clause', () => {
    expect(parseUnitPhrase('', 'first-listed')).toMatchObject({ units: [], leadSource: 'none', emptyPieces: 0 });
    expect(parseUnitPhrase('   ', 'first-listed').units).toEqual([]);
    expect(parseUnitPhrase('按职责分工负责', 'first-listed')).toMatchObject({ units: [], dutyClause: true });
  });

  it('reads a table cell by the first-listed convention, stripping the duty clause', () => {
    const p = parseUnitPhrase('省发展改革委、省财政厅、各有关市州人民政府按职责分工负责', 'first-listed');
    expect(roles(p)).toEqual(['省发展改革委:lead', '省财政厅:co', '各有关市州人民政府:co']);
    expect(p).toMatchObject({ leadSource: 'first-listed', dutyClause: true });
  });

  it('reads a piece seen before (remembered) as the first time, in its own clause and role', () => {
    const first = parseUnitPhrase('★省财政厅、市甲局（牵头）', 'first-listed');
    expect(roles(first)).toEqual(['省财政厅:lead', '市甲局:lead']);
    // The same pieces again, with the leads marked elsewhere and under the other convention.
    expect(roles(parseUnitPhrase('市乙局、省财政厅、市甲局（牵头）', 'marked-only'))).toEqual(['市乙局:co', '省财政厅:co', '市甲局:lead']);
    expect(roles(parseUnitPhrase('★省财政厅、市甲局（牵头）', 'first-listed'))).toEqual(roles(first));
  });

  it('records units as responsible when nothing marks a lead and no convention is asked for', () => {
    const p = parseUnitPhrase('责任单位：省教育厅、省科技厅', 'marked-only');
    expect(roles(p)).toEqual(['省教育厅:responsible', '省科技厅:responsible']);
    expect(p.leadSource).toBe('none');
  });

  it('lets an explicit 牵头 beat the first-listed convention, with several leads', () => {
    expect(roles(parseUnitPhrase('省财政厅、省商务厅牵头，省教育厅按职责分工负责', 'first-listed'))).toEqual([
      '省财政厅:lead',
      '省商务厅:lead',
      '省教育厅:co',
    ]);
    expect(roles(parseUnitPhrase('部门分工：省教育厅牵头，省财政厅、省人力资源社会保障厅配合。', 'marked-only'))).toEqual([
      '省教育厅:lead',
      '省财政厅:co',
      '省人力资源社会保障厅:co',
    ]);
  });

  it('reads labels, carries a label over unlabelled clauses, and keeps officials apart', () => {
    const p = parseUnitPhrase('责任领导：张三，李四；牵头单位：省发展改革委，省财政厅；配合单位：省商务厅、省科技厅等。', 'marked-only');
    expect(roles(p)).toEqual(['省发展改革委:lead', '省财政厅:lead', '省商务厅:co', '省科技厅:co']);
    expect(p.officials).toEqual([{ label: '责任领导', text: '张三，李四' }]);
    expect(roles(parseUnitPhrase('牵头责任单位：市发改委。协同责任单位：市财政局、市统计局等。', 'marked-only'))).toEqual([
      '市发改委:lead',
      '市财政局:co',
      '市统计局:co',
    ]);
  });

  it('splits on 和 / 及 between whole names but never inside one', () => {
    expect(parseUnitPhrase('省工业和信息化厅、省文化和旅游厅', 'marked-only').units.map((u) => u.name)).toEqual([
      '省工业和信息化厅',
      '省文化和旅游厅',
    ]);
    expect(parseUnitPhrase('省财政厅和省商务厅及各市州人民政府', 'marked-only').units.map((u) => u.name)).toEqual([
      '省财政厅',
      '省商务厅',
      '各市州人民政府',
    ]);
    expect(parseUnitPhrase('省人力资源和社会保障厅', 'marked-only').units.map((u) => u.name)).toEqual(['省人力资源和社会保障厅']);
  });

  it('accepts full-width and ASCII commas and semicolons and strips trailing punctuation', () => {
    expect(parseUnitPhrase(' 省教育厅 ，省科技厅,省公安厅；省民政厅; 省水利厅。', 'marked-only').units.map((u) => u.name)).toEqual([
      '省教育厅',
      '省科技厅',
      '省公安厅',
      '省民政厅',
      '省水利厅',
    ]);
  });

  it('counts empty pieces and duplicates instead of inventing or double-counting names', () => {
    const p = parseUnitPhrase('省财政厅、、省商务厅、省财政厅', 'first-listed');
    expect(roles(p)).toEqual(['省财政厅:lead', '省商务厅:co']);
    expect(p).toMatchObject({ emptyPieces: 1, duplicates: ['省财政厅'] });
  });

  it('gives a column role to unmarked units (a 牵头单位 or 配合单位 column)', () => {
    expect(roles(parseUnitPhrase('省财政厅、省商务厅', 'marked-only', 'lead'))).toEqual(['省财政厅:lead', '省商务厅:lead']);
    expect(roles(parseUnitPhrase('省财政厅', 'marked-only', 'co'))).toEqual(['省财政厅:co']);
  });

  it('is linear on a pathological phrase (a long run of separators and joiners)', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `单位${i}厅`).join('和');
    expect(parseUnitPhrase(names, 'marked-only').units).toHaveLength(2000);
    expect(parseUnitPhrase('、'.repeat(10_000), 'marked-only').units).toEqual([]);
  });
});

describe('a sentence after the list’s full stop', () => {
  it.each([
    ['牵头部门：市甲局。建设进度相对较慢的县区为某县。', ['市甲局:lead']],
    ['牵头部门：市乙局。某类救助，市本级完成进度较慢。', ['市乙局:lead']],
    ['牵头单位：市甲局。配合单位：市乙局、各县、市、区政府。', ['市甲局:lead', '市乙局:co', '各县、市、区政府:co']],
    ['牵头单位：市甲局，市丙局。', ['市甲局:lead', '市丙局:lead']],
  ])('is not more units: %s', (text, want) => {
    expect(parseUnitPhrase(text, 'marked-only').units.map((u) => `${u.name}:${u.role}`)).toEqual(want);
  });
});

describe('names run together with no separator', () => {
  it.each([
    // The second repeats the first's level, or both are bodies of one rank, or the first is a 股 (the lowest rank).
    ['市海洋渔业局市农业农村局', ['市海洋渔业局', '市农业农村局']],
    ['派出所工商质监所', ['派出所', '工商质监所']],
    ['县文化馆图书馆', ['县文化馆', '图书馆']],
    ['文化宣传股文化馆', ['文化宣传股', '文化馆']],
    // One body under another, a parent and its branch, and a long title stay whole.
    ['市公安局交警大队', ['市公安局交警大队']],
    ['县委组织部', ['县委组织部']],
    ['市公安局开发区分局', ['市公安局开发区分局']],
    ['国家税务总局某某市税务局', ['国家税务总局某某市税务局']],
    ['市委市政府', ['市委市政府']],
  ])('%s → %j', (name, expected) => {
    expect(splitRunTogether(name)).toEqual(expected);
  });
});
