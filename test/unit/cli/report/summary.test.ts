// The summary in words, on a table whose leaders, pairs and shares are counted by hand.
import { analyzeTable, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { reportModel } from '../../../../packages/cli/src/report/model.js';
import { summaryFacts, summaryText } from '../../../../packages/cli/src/report/summary.js';

// 甲局 leads tasks 1–3, 乙局 leads 4 and co-operates on 1 and 3; 各市人民政府 is collective.
const TABLE = `序号\t类别\t重点任务\t责任单位
1\t交通\t修路\t甲局、乙局、各市人民政府
2\t交通\t修桥\t甲局、丙局
3\t产业\t招商\t甲局、乙局
4\t产业\t培训\t乙局、丁局`;

describe('summaryText', () => {
  const report = analyzeTable(parseTable(TABLE));
  const model = reportModel(report);

  it('names who leads most, who co-signs most and the pairs of agencies that are not collective units', () => {
    const f = summaryFacts(model);
    expect([f.topLead?.agency, f.topLead?.lead, f.topCo?.agency, f.topCo?.co]).toEqual(['甲局', 3, '乙局', 2]);
    expect(f.pairs.map((p) => [p.a, p.b, p.shared])).toEqual([['甲局', '乙局', 2], ['甲局', '丙局', 1], ['乙局', '丁局', 1]]);
    expect(f.top).toBe(4);
  });

  it('says it in Chinese', () => {
    const text = summaryText(model, 'zh');
    expect(text).toContain('本表共 4 项任务、5 个单位，单位列名共 9 次。');
    expect(text).toContain('牵头最多的是甲局（牵头 3 项，共列名 3 项）；配合最多的是乙局（配合 2 项）。');
    expect(text).toContain(`基尼系数为 ${report.network.loadGini.toFixed(3)}，负荷最重的 4 个单位占全部列名的 88.9%。`);
    expect(text).toContain('最需要相互协调的是甲局与乙局（共同负责 2 项）、甲局与丙局（共同负责 1 项）、乙局与丁局（共同负责 1 项）。');
    expect(text).toContain('集体单位各市人民政府（1 项）单列');
  });

  it('and in English', () => {
    const text = summaryText(model, 'en');
    expect(text).toContain('The table lists 4 tasks and 5 agencies, 9 listings in all.');
    expect(text).toContain('甲局 leads most (3 tasks led, 3 listed on); 乙局 co-signs most (2 tasks).');
    expect(text).toContain('the 4 most-loaded agencies hold 88.9% of all listings');
  });

  it('leaves out who leads when no lead is marked', () => {
    const prose = analyzeTable(parseTable(TABLE), {});
    const noLead = reportModel({ ...prose, agencies: prose.agencies.map((a) => ({ ...a, lead: 0 })) });
    const text = summaryText(noLead, 'zh');
    expect(text).not.toContain('牵头最多');
    expect(text).toContain('配合最多的是乙局');
  });
});
