// Issue 18, item 9: look-alike names are one agency, and every change is reported.
import { accountFor, buildResponsibilityGraph, cleanCharacters, normaliseTable, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('cleanCharacters', () => {
  it.each([
    ['zero-width space', '市发\u200b改委', '市发改委'],
    ['soft hyphen', '市财\u00ad政局', '市财政局'],
    ['NUL and other control characters', '市教育局\u0000\u0007', '市教育局'],
    ['byte-order mark', '\ufeff市民政局', '市民政局'],
    ['replacement character of broken text', '市商务局\ufffd', '市商务局'],
    ['full-width letters and digits', 'ＡＢＣ公司第１分局', 'ABC公司第1分局'],
    ['Kangxi radicals', '市⼈⼒资源社会保障局', '市人力资源社会保障局'],
    ['ASCII brackets around Chinese', '各县(市、区)人民政府', '各县（市、区）人民政府'],
    ['brackets around other text stay ASCII', '某某(1)号专班', '某某(1)号专班'],
    ['full-width brackets around other text become ASCII (NFKC)', '<img src=x onerror=alert（1）>', '<img src=x onerror=alert(1)>'],
  ])('%s', (_, written, clean) => {
    expect(cleanCharacters(written)).toBe(clean);
  });

  it('leaves a clean name as it is', () => {
    expect(cleanCharacters('各县（市、区）人民政府')).toBe('各县（市、区）人民政府');
  });
});

describe('normaliseTable with look-alike names', () => {
  const lines = [
    '\t序号\n\t重点任务\n\t责任单位',
    '\t1\n\t任务甲\n\t市发\u200b改委牵头，各县(市、区)人民政府配合',
    '\t2\n\t任务乙\n\t市发改委牵头，各县（市、区）人民政府配合',
    '\t3\n\t任务丙\n\t市⼈⼒资源社会保障局牵头，市人力资源社会保障局配合',
  ];
  const table = normaliseTable(parseTable(lines.join('\n\n')), { bundledAliases: false });

  it('merges each look-alike into one agency and reports the change with its task', () => {
    const graph = buildResponsibilityGraph(table);
    const agencies = graph.filterNodes((_, a) => a.part === 'agency').map((n) => (graph.getNodeAttributes(n) as { name: string }).name);
    expect(new Set(agencies)).toEqual(new Set(['市发改委', '各县（市、区）人民政府', '市人力资源社会保障局']));
    const characters = table.normalisation.filter((c) => c.reason === 'characters');
    expect(characters.map((c) => [c.from, c.to, c.tasks])).toEqual([
      ['市发\u200b改委', '市发改委', ['1']],
      ['各县(市、区)人民政府', '各县（市、区）人民政府', ['1']],
      ['市⼈⼒资源社会保障局', '市人力资源社会保障局', ['3']],
    ]);
  });

  it('warns that task 3 lists one agency twice, and the accounting balances', () => {
    expect(table.diagnostics.filter((d) => d.code === 'same-agency').map((d) => d.line)).toHaveLength(1);
    expect(accountFor(table, buildResponsibilityGraph(table)).balanced).toBe(true);
  });
});
