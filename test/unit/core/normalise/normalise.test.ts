import { agencyLoad, buildResponsibilityGraph, normaliseTable, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const table = (units: string[]) => parseTable(wordTable(units.map((u, i) => [String(i + 1), '甲', `任务${i + 1}`, u])));

describe('normaliseTable', () => {
  it('leaves the bundled table unchanged', () => {
    const t = normaliseTable(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary });
    expect(t.normalisation).toEqual([]);
    expect(t.tasks.flatMap((x) => x.units).every((u) => u.canonical === u.name)).toBe(true);
  });

  it('maps abbreviations to one canonical name and reports each merge with tasks and lines', () => {
    const t = normaliseTable(table(['省发改委、省财政厅', '省发展改革委、省住建厅', '市发展和改革委员会']));
    expect(t.tasks.map((x) => x.units.map((u) => u.canonical))).toEqual([['省发展改革委', '省财政厅'], ['省发展改革委', '省住房城乡建设厅'], ['市发展改革委']]);
    expect(t.tasks[0]?.units[0]?.name).toBe('省发改委');
    expect(t.normalisation).toEqual([
      { from: '省发改委', to: '省发展改革委', reason: 'alias', tasks: ['1'], lines: [13] },
      { from: '省住建厅', to: '省住房城乡建设厅', reason: 'alias', tasks: ['2'], lines: [18] },
      { from: '市发展和改革委员会', to: '市发展改革委', reason: 'alias', tasks: ['3'], lines: [23] },
    ]);
    // The graph merges the written forms into one agency and remembers them.
    const g = buildResponsibilityGraph(t);
    expect(agencyLoad(g)[0]).toMatchObject({ agency: '省发展改革委', tasks: 2 });
    expect(g.getNodeAttributes('agency:省发展改革委')).toMatchObject({ aliases: ['省发改委'] });
  });

  it('converts traditional characters to simplified', () => {
    const t = normaliseTable(table(['省發展改革委、省財政廳、各有關市州人民政府']));
    expect(t.tasks[0]?.units.map((u) => u.canonical)).toEqual(['省发展改革委', '省财政厅', '各有关市州人民政府']);
    expect(t.normalisation.map((c) => c.reason)).toEqual(['traditional', 'traditional', 'traditional']);
    expect(normaliseTable(table(['省財政廳']), { traditional: false }).tasks[0]?.units[0]?.canonical).toBe('省財政廳');
  });

  it('applies user aliases and dictionary full names, and can switch the bundled ones off', () => {
    const t = normaliseTable(table(['湖南省财政厅、发改']), {
      aliases: { 发改: '省发展改革委' },
      dictionary: { agencies: [{ name: '省财政厅', fullName: '湖南省财政厅' }] },
    });
    expect(t.tasks[0]?.units.map((u) => u.canonical)).toEqual(['省财政厅', '省发展改革委']);
    expect(t.normalisation.map((c) => c.reason)).toEqual(['dictionary', 'alias']);
    expect(normaliseTable(table(['省发改委']), { bundledAliases: false }).normalisation).toEqual([]);
  });

  it('infers elided prefixes only when asked, reporting each inference', () => {
    const units = ['市发改委、国土房管局、规划局、各区县人民政府、人民银行长沙中心支行'];
    expect(normaliseTable(table(units)).tasks[0]?.units.map((u) => u.canonical)).toEqual([
      '市发展改革委',
      '国土房管局',
      '规划局',
      '各区县人民政府',
      '人民银行长沙中心支行',
    ]);
    const t = normaliseTable(table(units), { inferPrefixes: true });
    expect(t.tasks[0]?.units.map((u) => u.canonical)).toEqual(['市发展改革委', '市国土房管局', '市规划局', '各区县人民政府', '人民银行长沙中心支行']);
    expect(t.normalisation.filter((c) => c.reason === 'prefix').map((c) => [c.from, c.to])).toEqual([
      ['国土房管局', '市国土房管局'],
      ['规划局', '市规划局'],
    ]);
  });

  it('warns when two written forms of one agency sit on the same task', () => {
    const t = normaliseTable(table(['省发改委、省发展改革委']));
    expect(t.diagnostics).toMatchObject([{ severity: 'warning', code: 'same-agency', line: 13 }]);
    expect(buildResponsibilityGraph(t).size).toBe(1);
  });
});
