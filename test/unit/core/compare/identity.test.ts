// Agency identity across plans: the reform table, rules of your own, places and roles.
import { comparePlans, parseIdentityTable, parseTable, placeRole, REFORM_RULES, REFORM_SOURCES, isPlanDate, type PlanInput } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const table = (...units: string[]) => parseTable(wordTable(units.map((u, i) => [String(i + 1), i === 0 ? '甲' : '', `任务${i + 1}`, u])));
const pair = (before: string[], after: string[], dates: [string | undefined, string | undefined]): PlanInput[] => [
  { table: table(...before), label: 'before', ...(dates[0] === undefined ? {} : { date: dates[0] }) },
  { table: table(...after), label: 'after', ...(dates[1] === undefined ? {} : { date: dates[1] }) },
];
const renames = (plans: PlanInput[], options = {}) => comparePlans(plans, { identity: options }).identity.map((c) => [c.plan, c.from, c.to, c.kind]);

describe('placeRole', () => {
  it.each([
    ['省发展改革委', '省', '发展改革委'],
    ['市财政局', '市', '财政局'],
    ['长沙市发展改革委', '长沙市', '发展改革委'],
    ['湖南省环境保护厅', '湖南省', '环境保护厅'],
    ['岳阳楼区民政局', '岳阳楼区', '民政局'],
    ['省市场监管局', '省', '市场监管局'],
    ['市场监管局', '', '市场监管局'],
    ['省委宣传部', '省委', '宣传部'],
    ['各有关市州人民政府', '', '各有关市州人民政府'],
    ['国家发展改革委', '', '国家发展改革委'],
    ['人民银行长沙中心支行', '', '人民银行长沙中心支行'],
    ['财政厅', '', '财政厅'],
  ])('%s → place %s, role %s', (name, place, role) => {
    expect(placeRole(name)).toEqual({ place, role });
  });
});

describe('the bundled reform table', () => {
  it('gives every rule a source, a date and a successor, and names each predecessor once per level', () => {
    const seen = new Map<string, string>();
    for (const rule of REFORM_RULES) {
      expect(Object.keys(REFORM_SOURCES)).toContain(rule.source);
      expect(isPlanDate(rule.effective)).toBe(true);
      expect(rule.to).not.toBe('');
      for (const name of rule.from.flatMap((body) => body.split('|'))) {
        const key = `${rule.level}:${name}:${rule.effective.slice(0, 4)}`;
        expect(seen.get(key), `${name} at ${rule.level}`).toBeUndefined();
        seen.set(key, rule.to);
      }
    }
    for (const s of Object.values(REFORM_SOURCES)) expect(isPlanDate(s.date)).toBe(true);
  });

  it('renames a body in every plan once a plan is dated on or after the reform', () => {
    expect(renames(pair(['省环境保护厅、省财政厅'], ['省生态环境厅、省财政厅'], ['2017', '2020']))).toEqual([['before', '省环境保护厅', '省生态环境厅', 'rename']]);
    const r = comparePlans(pair(['省环境保护厅、省财政厅'], ['省生态环境厅、省财政厅'], ['2017', '2020']));
    expect(r.steps[0]).toMatchObject({ entered: [], left: [] });
  });

  it('leaves names as they were when every plan predates the reform, or no plan is dated', () => {
    expect(renames(pair(['省环境保护厅'], ['省环境保护厅、省财政厅'], ['2016', '2018-03-16']))).toEqual([]);
    expect(renames(pair(['省环境保护厅'], ['省生态环境厅'], [undefined, undefined]))).toEqual([]);
    // A year alone counts from its first day: 2018 is before 2018-03-17.
    expect(renames(pair(['省环境保护厅'], ['省生态环境厅'], ['2017', '2018']))).toEqual([]);
    expect(renames(pair(['省环境保护厅'], ['省生态环境厅'], ['2017', '2018-03-17']))).toHaveLength(1);
  });

  it('reports every body of a merger, and lists the merged agency once per task in its strongest role', () => {
    const plans = pair(['省质监局、省工商局、省食药监局、省财政厅'], ['省市场监管局、省财政厅'], ['2017', '2019']);
    expect(renames(plans)).toEqual([
      ['before', '省质监局', '省市场监管局', 'merger'],
      ['before', '省工商局', '省市场监管局', 'merger'],
      ['before', '省食药监局', '省市场监管局', 'merger'],
    ]);
    const r = comparePlans(plans);
    expect(r.agencies.find((a) => a.agency === '省市场监管局')?.plans[0]).toMatchObject({ tasks: 1, lead: 1, co: 0 });
    // With the lead mark on a later predecessor, the merged body still leads.
    const marked = comparePlans([
      { table: parseTable('1. 整治市场。\n牵头单位：省工商局\n配合单位：省质监局、省财政厅\n'), label: 'a', date: '2017' },
      { table: table('省市场监管局、省财政厅'), label: 'b', date: '2019' },
    ]);
    expect(marked.agencies.find((a) => a.agency === '省市场监管局')?.plans[0]).toMatchObject({ tasks: 1, lead: 1, co: 0 });
  });

  it('uses the rule of the level: provinces (厅), cities and counties (局), the State Council (部)', () => {
    expect(renames(pair(['市环保局、市农业局'], ['市生态环境局'], ['2017', '2019'])).map((c) => c[2])).toEqual(['市生态环境局', '市农业农村局']);
    expect(renames(pair(['长沙市国土资源局'], ['长沙市自然资源局'], ['2017', '2019'])).map((c) => c[2])).toEqual(['长沙市自然资源局']);
    expect(renames(pair(['湖南省农业厅'], ['湖南省农业农村厅'], ['2017', '2019'])).map((c) => c[2])).toEqual(['湖南省农业农村厅']);
    expect(renames(pair(['环境保护部、国家旅游局'], ['生态环境部'], ['2017', '2019'])).map((c) => c[2])).toEqual(['生态环境部', '文化和旅游部']);
    // A name without a place is read at the level of most of the plan's agencies.
    expect(renames(pair(['省发展改革委、环保厅、旅游局'], ['省生态环境厅'], ['2013', '2019'])).map((c) => c[2])).toEqual(['生态环境厅', '文化和旅游厅']);
    expect(renames(pair(['市发展改革委、市财政局、旅游局'], ['市财政局'], ['2013', '2019'])).map((c) => c[2])).toEqual(['文化和旅游局']);
  });

  it('does not touch successors or names that merely end like a predecessor', () => {
    expect(renames(pair(['省文化和旅游厅、市文化和旅游局、省市场监管局、国家林业和草原局'], ['省财政厅'], ['2017', '2024']))).toEqual([]);
  });

  it('applies the merged tax bureaus from their own dates: provinces 2018-06-15, cities 2018-07-20', () => {
    expect(renames(pair(['省国税局、省地税局'], ['省税务局'], ['2017', '2018-06-01']))).toEqual([]);
    expect(renames(pair(['省国税局、省地税局'], ['省税务局'], ['2017', '2018-06-15'])).map((c) => c[2])).toEqual(['省税务局', '省税务局']);
    expect(renames(pair(['湖南省国家税务局、湖南省地方税务局'], ['湖南省税务局'], ['2017', '2019'])).map((c) => c[2])).toEqual(['湖南省税务局', '湖南省税务局']);
    expect(renames(pair(['市国税局'], ['市税务局'], ['2017', '2018-07-01']))).toEqual([]);
    expect(renames(pair(['市国税局'], ['市税务局'], ['2017', '2018-07-20']))).toHaveLength(1);
  });

  it('follows a chain of reforms: 银监会 → 银保监会 (2018) → 金融监管总局 (2023)', () => {
    expect(renames(pair(['银监会'], ['金融监管总局'], ['2016', '2023-06-01'])).map((c) => [c[1], c[2]])).toEqual([
      ['银监会', '银保监会'],
      ['银保监会', '金融监管总局'],
    ]);
    expect(renames(pair(['湖南银保监局'], ['湖南金融监管局'], ['2019', '2023-06-01'])).map((c) => c[2])).toEqual(['湖南金融监管局']);
  });

  it('applies only in plans dated on or after the reform with `scope: plan`', () => {
    const plans = pair(['省环境保护厅、省财政厅'], ['省环保厅、省财政厅'], ['2017', '2020']);
    expect(renames(plans, { scope: 'plan' })).toEqual([['after', '省环保厅', '省生态环境厅', 'rename']]);
    const r = comparePlans(plans, { identity: { scope: 'plan' } });
    expect(r.steps[0]).toMatchObject({ left: ['省环境保护厅'], entered: ['省生态环境厅'] });
    expect(() => comparePlans(plans, { identity: { scope: 'all' as 'plan' } })).toThrow('invalid `identity.scope` "all"');
  });

  it('is off with `reforms: false`', () => {
    expect(renames(pair(['省环境保护厅'], ['省生态环境厅'], ['2017', '2020']), { reforms: false })).toEqual([]);
  });
});

describe('identity rules of your own', () => {
  it('renames whole names, always when undated, else from their date', () => {
    const plans = pair(['长沙市规划局、长沙市财政局'], ['长沙市自然资源和规划局'], ['2018', '2020']);
    expect(renames(plans, { rules: [{ from: '长沙市规划局', to: '长沙市自然资源和规划局' }] })).toEqual([['before', '长沙市规划局', '长沙市自然资源和规划局', 'rename']]);
    expect(renames(plans, { rules: [{ from: '长沙市规划局', to: '长沙市自然资源和规划局', effective: '2021' }] })).toEqual([]);
    const merged = comparePlans(plans, { identity: { rules: [{ from: ['长沙市规划局', '长沙市国土局'], to: '长沙市自然资源和规划局', source: '长沙市机构改革方案' }] } });
    expect(merged.identity[0]).toMatchObject({ kind: 'merger', rule: { level: 'name', source: '长沙市机构改革方案', effective: null } });
  });

  it('matches roles at a level, place kept, when given one', () => {
    const rules = [{ from: '经济和信息化委', to: '工业和信息化厅', level: 'provincial' as const, effective: '2018-10' }];
    expect(renames(pair(['湖南省经济和信息化委'], ['湖南省工业和信息化厅'], ['2016', '2019']), { rules })).toEqual([['before', '湖南省经济和信息化委', '湖南省工业和信息化厅', 'rename']]);
  });

  it('throws on rules without from or to, or with a bad date or level', () => {
    const plans = pair(['甲'], ['乙'], ['2017', '2020']);
    expect(() => comparePlans(plans, { identity: { rules: [{ from: [], to: 'x' }] } })).toThrow('identity rule 1 needs a non-empty `from`');
    expect(() => comparePlans(plans, { identity: { rules: [{ from: 'a', to: 'b', effective: '2020/1' }] } })).toThrow('has effective date "2020/1"');
    // Shaped like a date but not on the calendar: refused as the plans' own dates are.
    expect(() => comparePlans(plans, { identity: { rules: [{ from: 'a', to: 'b', effective: '2018-13-01' }] } })).toThrow('has effective date "2018-13-01"; expected YYYY, YYYY-MM or YYYY-MM-DD, a date on the calendar');
    expect(() => comparePlans(plans, { identity: { rules: [{ from: 'a', to: 'b', effective: '2019-02-29' }] } })).toThrow('has effective date "2019-02-29"');
    expect(() => comparePlans(plans, { identity: { rules: [{ from: 'a', to: 'b', level: 'city' as 'local' }] } })).toThrow('has level "city"');
    expect(() => comparePlans(plans, { identity: { matchBy: 'place' as 'name' } })).toThrow('invalid `identity.matchBy` "place"');
  });
});

describe('parseIdentityTable', () => {
  it('reads CSV with a header, mergers joined by +, in any column order', () => {
    expect(parseIdentityTable('to,from,effective\n市自然资源和规划局,市规划局+市国土资源局,2019-01\n市城管局,市城管执法局,\n')).toEqual([
      { from: ['市规划局', '市国土资源局'], to: '市自然资源和规划局', effective: '2019-01' },
      { from: ['市城管执法局'], to: '市城管局' },
    ]);
  });

  it('reads JSON lists and objects', () => {
    expect(parseIdentityTable('[{"from":["甲局","乙局"],"to":"丙局","level":"local","source":"某市方案"}]')).toEqual([{ from: ['甲局', '乙局'], to: '丙局', level: 'local', source: '某市方案' }]);
    expect(parseIdentityTable('{"甲局":"丙局"}')).toEqual([{ from: ['甲局'], to: '丙局' }]);
  });

  it('names the file and the line or entry of a problem', () => {
    expect(() => parseIdentityTable('old,new\na,b\n', 'ids.csv')).toThrow('ids.csv:1: expected a header naming from and to');
    expect(() => parseIdentityTable('from,to\na\n', 'ids.csv')).toThrow('ids.csv:2: 1 cells, expected 2 (from, to)');
    expect(() => parseIdentityTable('from,to,effective\na,b,soon\n', 'ids.csv')).toThrow('ids.csv:2: `effective` must be a date');
    expect(() => parseIdentityTable('from,to,effective\na,b,2018\nc,d,2018-13-01\n', 'ids.csv')).toThrow('ids.csv:3: `effective` must be a date YYYY, YYYY-MM or YYYY-MM-DD on the calendar, got "2018-13-01"');
    expect(() => parseIdentityTable('[{"from":"a","to":"b","effective":"2018-00"}]', 'ids.json')).toThrow('ids.json: entry 1: `effective` must be a date');
    expect(() => parseIdentityTable('[{"from":"a"}]', 'ids.json')).toThrow('ids.json: entry 1: `to` must be a name');
    expect(() => parseIdentityTable('[1]', 'ids.json')).toThrow('ids.json: entry 1: expected an object');
    expect(() => parseIdentityTable('{"a": 1}', 'ids.json')).toThrow('ids.json: "a": `to` must be a name');
    expect(() => parseIdentityTable('[', 'ids.json')).toThrow('ids.json: not valid JSON');
    expect(() => parseIdentityTable('', 'ids.csv')).toThrow('ids.csv: empty identity table');
  });
});

describe('places: compared by role, merged only when asked', () => {
  const plans = pair(['省发展改革委、省财政厅'], ['市发展改革委、市财政局'], ['2020', '2021']);

  it('lists roles held under different places, not merged, by default', () => {
    const r = comparePlans(plans);
    expect(r.sameRole).toEqual([{ role: '发展改革委', names: [{ plan: 'before', names: ['省发展改革委'] }, { plan: 'after', names: ['市发展改革委'] }] }]);
    expect(r.steps[0]?.shared).toBe(0);
  });

  it('aligns agencies by role with `matchBy: role`, each plan’s own name kept', () => {
    const r = comparePlans(plans, { identity: { matchBy: 'role' } });
    const row = r.agencies.find((a) => a.agency === '发展改革委');
    expect(row?.plans.map((p) => p?.name)).toEqual(['省发展改革委', '市发展改革委']);
    expect(r.steps[0]).toMatchObject({ shared: 1, entered: ['财政局'], left: ['财政厅'] });
    expect(r.settings.matchBy).toBe('role');
  });
});
