// Labels of units written in other forms than `牵头单位：`: set in bold brackets on a line of their
// own (【牵头单位】市甲局, [责任单位]…, 〔配合单位〕…), or a role word alone before the colon
// (牵头：市甲局；配合：市乙局). Made-up wording in the shapes plans print them in
// (scripts/prose-variants.mjs, labelMark and the label lists, makes them at scale).
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { unbracketLabels } from '../../../../packages/core/src/parse/bracketed-labels.js';
import { undoLabelTypography } from '../../../../packages/core/src/parse/label-typography.js';

const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('labels set in brackets', () => {
  it('are labels with their colon, only the label lists’ words', () => {
    expect(unbracketLabels('【牵头单位】市甲局\n[配合单位]：市乙局\n〔完成时限〕2025年底').text).toBe('牵头单位：市甲局\n配合单位：市乙局\n完成时限：2025年底');
    // A bracket of names, or of a task's words, is no label.
    expect(unbracketLabels('【市甲局】负责\n加强【某某】宣传').count).toBe(0);
  });

  it('read as the label lines after each task', () => {
    const text = ['附件', '重点任务分工', '1.完成某项年度指标。', '【牵头单位】市甲局', '【配合单位】市乙局、市丙局', '2.推进某项改革。', '【牵头单位】市丁局', '【配合单位】市戊局'].join('\n');
    expect(read(text)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead', '市戊局:co']],
    ]);
  });
});

describe('a role word alone as a label', () => {
  it('gives its units that role (牵头：…；配合：…), in a sentence or in a bracket after 责任主体', () => {
    expect(read('重点任务分工\n1.完成某项年度指标。牵头：市甲局；配合：市乙局、市丙局。\n2.推进某项改革。牵头：市丁局；配合：市戊局。')).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead', '市戊局:co']],
    ]);
    expect(read('重点任务分工\n1.完成某项年度指标。（责任主体：市甲局，配合：市乙局）\n2.推进某项改革。（责任主体：市丁局，配合：市戊局）')).toEqual([
      ['1', '完成某项年度指标', ['市甲局:responsible', '市乙局:co']],
      ['2', '推进某项改革', ['市丁局:responsible', '市戊局:co']],
    ]);
  });
});

describe('role words and brackets that are no labels (found by review)', () => {
  it('a role word opening a wrapped line is the role of the name above it (市发改委 / 牵头，…)', () => {
    expect(read('重点任务分工\n1.完成某项年度指标。（市发改委\n牵头，市财政局配合）\n2.推进某项改革。（市数据局\n牵头）').map(([, , u]) => u)).toEqual([['市发改委:lead', '市财政局:co'], ['市数据局:lead']]);
    expect(read('序号,重点任务,责任单位\n1,完成某项指标,"市发改委\n牵头，市财政局配合"\n2,推进某项改革,市丁局').map(([, , u]) => u)[0]).toEqual(['市发改委:lead', '市财政局:co']);
  });

  it('a bracketed label after a name or a comma is a label; 【牵头】 after a name marks the lead', () => {
    expect(read('重点任务分工\n1.推进某项改革。【牵头单位】市丁局【配合单位】市戊局\n2.完成某项年度指标，【牵头单位】市甲局。').map(([, , u]) => u)).toEqual([['市丁局:lead', '市戊局:co'], ['市甲局:lead']]);
    expect(read('重点任务分工\n1.推进某项改革。（市丁局【牵头】、市戊局）\n2.完成某项年度指标。（市甲局）').map(([, , u]) => u)[0]).toEqual(['市丁局:lead', '市戊局:co']);
  });
});

describe('officials named by their level or their tie to the work (县级领导, 包保领导)', () => {
  it('are people kept beside the task, never a co-operating unit', () => {
    const text = '（一）推进项目建设。（县甲局牵头，各乡镇、县直有关单位配合；县级领导：张某）\n（二）优化营商环境。（县乙局牵头，县直各单位配合；包保领导：李某）';
    const table = parseTable(text);
    expect(read(text).map((t) => t[2])).toEqual([
      ['县甲局:lead', '各乡镇:co', '县直有关单位:co'],
      ['县乙局:lead', '县直各单位:co'],
    ]);
    expect(table.tasks.map((t) => Object.values(t.extra))).toEqual([['张某'], ['李某']]);
  });
});

describe('a measures label under the task (具体措施：…)', () => {
  it('is the task’s attribute, not part of its title', () => {
    const text = '1.实施创新驱动发展战略\n具体措施：建设创新平台10个。\n牵头单位：市甲局\n责任单位：市乙局、市丙局\n2.深化国资国企改革\n工作措施：推进混合所有制改革。\n牵头单位：市丁委\n责任单位：市戊局';
    const table = parseTable(text);
    expect(read(text)).toEqual([
      ['1', '实施创新驱动发展战略', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '深化国资国企改革', ['市丁委:lead', '市戊局:co']],
    ]);
    expect(table.tasks.map((t) => t.extra)).toEqual([{ 具体措施: '建设创新平台10个' }, { 工作措施: '推进混合所有制改革' }]);
  });
});

describe('labels as a word processor sets them (stop 39)', () => {
  it('letters spaced out to a column’s width are the label (牵 头 单 位：, full-width spaces too)', () => {
    expect(undoLabelTypography('牵 头 单 位：市甲局\n配　合　单　位：市乙局').text).toBe('牵头单位：市甲局\n配合单位：市乙局');
    // Spaced characters that join into no label, and a label's words inside a sentence, stay as written.
    expect(undoLabelTypography('一 二 三：开始\n市 甲 局：负责').count).toBe(0);
    const text = ['重点任务分工', '1.完成某项年度指标。', '牵 头 单 位：市甲局', '配 合 单 位：市乙局、市丙局', '2.推进某项改革。', '牵 头 单 位：市丁局', '责 任 单 位：市戊局'].join('\n');
    expect(read(text)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead', '市戊局:co']],
    ]);
  });

  it('says so in the evidence `fengong parse` shows, counting the lines it changed', () => {
    const table = parseTable('重点任务分工\n1.推进老旧小区改造。\n◆牵头单位 市住建局\n◆配合单位 市财政局\n2.完善养老服务体系。\n牵 头 单 位：市民政局');
    expect(table.evidence?.[0]).toBe('labels set as a word processor sets them on 3 lines (牵 头 单 位：, ◆配合单位：, 牵头单位 市甲局): read as labels');
    expect(parseTable('重点任务分工\n1.推进某项改革。\n牵头单位：市民政局').evidence?.some((e) => e.startsWith('labels set as'))).toBe(false);
  });

  it('a bullet before a label line is no lead mark and starts no task (◆牵头单位：, ● 配合单位：)', () => {
    const text = ['重点任务分工', '1.完成某项年度指标。', '◆牵头单位：市甲局', '◆配合单位：市乙局', '2.推进某项改革。', '● 牵头单位：市丁局', '● 配合单位：市戊局'].join('\n');
    expect(read(text)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某项改革', ['市丁局:lead', '市戊局:co']],
    ]);
    // Labels side by side on one line, each with its bullet.
    expect(read('重点任务分工\n1.完成某项年度指标。\n►牵头单位：市甲局；►配合：市乙局\n2.推进某项改革。\n►牵头单位：市丁局  ►配合单位：市戊局').map((t) => t[2])).toEqual([['市甲局:lead', '市乙局:co'], ['市丁局:lead', '市戊局:co']]);
    // ◆ before a name still marks the lead.
    expect(read('重点任务分工\n1.完成某项年度指标。（◆市甲局、市乙局）\n2.推进某项改革。（◆市丁局）').map((t) => t[2])).toEqual([['市甲局:lead', '市乙局:co'], ['市丁局:lead']]);
  });

  it('a blank where the colon was, before a unit’s name (牵头单位 市甲局, a tab stop); never in a header row', () => {
    const text = ['重点任务分工', '1.完成某项指标。牵头单位 市甲局；配合单位 市乙局', '2.推进某项改革。', '牵头单位\t市丙局', '配合单位　市丁局、市戊局'].join('\n');
    expect(read(text)).toEqual([
      ['1', '完成某项指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某项改革', ['市丙局:lead', '市丁局:co', '市戊局:co']],
    ]);
    expect(undoLabelTypography('序号 工作任务 牵头单位 配合单位 完成时限').count).toBe(0);
    // A header whose next column is a place or a government (review): no colon put in it.
    for (const next of ['各县（市、区）', '乡镇（街道）', '区政府']) {
      const header = `序号\t工作任务\t牵头单位\t${next}\t完成时限`;
      expect(undoLabelTypography(header).text).toBe(header);
      expect(read(`${header}\n1\t完成某项指标\t市甲局\t某某镇\t年底前\n2\t推进某项改革\t市乙局\t某某乡\t年底前`)).toHaveLength(2);
    }
    // A bullet before a label with a blank for its colon (review): the label of the task above, no task of its own.
    expect(read('重点任务分工\n1.推进老旧小区改造。\n牵头单位：市住建局\n● 配合单位 市财政局、市发改委').map((t) => t[2])).toEqual([['市住建局:lead', '市财政局:co', '市发改委:co']]);
    expect(read('序号 工作任务 牵头单位 配合单位\n1 完成某项指标 市甲局 市乙局\n2 推进某项改革 市丙局 市丁局').map((t) => t[2])).toEqual([['市甲局:lead', '市乙局:co'], ['市丙局:lead', '市丁局:co']]);
  });

  it('第一责任单位 beside 其他责任单位 leads; 督办领导 names people', () => {
    const text = '重点任务分工\n1.完成某项年度指标。（督办领导：张某；第一责任单位：市甲局；其他责任单位：市乙局）\n2.推进某项改革。（督办领导：李某；第一责任单位：市丁局）';
    expect(read(text).map((t) => t[2])).toEqual([['市甲局:lead', '市乙局:co'], ['市丁局:responsible']]);
    expect(parseTable(text).tasks.map((t) => Object.values(t.extra))).toEqual([['张某'], ['李某']]);
  });
});
