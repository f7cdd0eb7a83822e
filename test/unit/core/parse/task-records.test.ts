// Shapes from the stop-33 blind documents, in made-up wording: a task published as a record of
// labelled fields (one page per task), a rule that runs to the end of its sentence inside the
// bracket, a label run into the units before it, an article header set as bullets, and a one-row
// `|` table whose name column stands before its content column.
import { parseTable, parseTaskNumber } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const units = (t: { units: { name: string; role: string }[] }): string[] => t.units.map((u) => `${u.name}:${u.role}`);

describe('a task as a record of labelled fields', () => {
  it('reads the title without its label, and a heading that only numbers the task as its number', () => {
    const text = ['任务7', '', '  • 2024-03-01 09：30：00', '  • 来源: 某市政府办公厅', '  • 0', '  • 分享到', '重点工作: 推进某某园区提质增效,提高亩均产出。', '牵头单位: 市甲局', '', '年度阶段性工作目标:', '第一季度:制定某某方案。'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [parseTaskNumber(t.marker ?? ''), t.title, t.category, units(t)])).toEqual([[7, '推进某某园区提质增效,提高亩均产出', null, ['市甲局:lead']]]);
  });

  it('takes the number written after the label', () => {
    const table = parseTable(['重点工作: 12.统筹某某治理与某某更新。', '牵头单位: 市乙局'].join('\n'));
    expect(table.tasks.map((t) => [t.id, t.title, units(t)])).toEqual([['12', '统筹某某治理与某某更新', ['市乙局:lead']]]);
  });

  it('keeps an unnumbered task whose text only begins with such a word, and a heading over several records as their category', () => {
    const table = parseTable(['重点工作要抓实抓细，确保按期完成。（市丙局负责）'].join('\n'));
    expect(table.tasks.map((t) => t.title)).toEqual(['重点工作要抓实抓细，确保按期完成']);
    const records = parseTable(['任务1', '重点工作: 推进某某园区建设。', '牵头单位: 市甲局', '重点工作: 完善某某设施。', '牵头单位: 市乙局'].join('\n'));
    expect(records.tasks.map((t) => [t.marker, t.title, t.category])).toEqual([[null, '推进某某园区建设', '任务1'], [null, '完善某某设施', '任务1']]);
  });
});

describe('inside the units', () => {
  it('reads a rule about the whole list to the end of its sentence, names and all', () => {
    const table = parseTable('1.控制某某总量。强化监督管理。[市甲局牵头，市乙委、丙局配合，各县(市)区政府负责落实。以下均需各县(市)区政府落实，区政府无相关职能的，由市直部门负责相关工作，不再列出)]');
    expect(table.tasks.map(units)).toEqual([['市甲局:lead', '市乙委:co', '丙局:co', '各县(市)区政府:co']]);
  });

  it('keeps the units beside a rule: a rule in the list’s own sentence, a role word after it, a ； ending it (found by review)', () => {
    const cases: [string, string[]][] = [
      ['1.推进园区建设。（市发改委牵头，各县区政府均需落实，市财政局配合）', ['市发改委:lead', '市财政局:co']],
      ['1.推进园区建设。（各县（市、区）政府均需落实，市发改委、市财政局配合）', ['市发改委:co', '市财政局:co']],
      ['1.推进园区建设。（以下均需各县区政府落实，不再列出；市发改委牵头，市财政局配合）', ['市发改委:lead', '市财政局:co']],
      ['1.推进园区建设。（市甲局牵头。以下各项均需各区落实，市乙局配合）', ['市甲局:lead', '市乙局:co']],
    ];
    for (const [text, want] of cases) expect(parseTable(text).tasks.map(units), text).toEqual([want]);
  });

  it('ends the units where a target label run into them begins (责任单位:某镇任务目标:…)', () => {
    const text = ['一、某某老旧小区改造项目', '牵头单位:县甲局', '责任单位:某某镇任务目标:2024年计划改造完成某巷,改造内容包括外立面、楼梯间等部位改造。'].join('\n');
    const [task] = parseTable(text).tasks;
    expect(task === undefined ? [] : units(task)).toEqual(['县甲局:lead', '某某镇:co']);
    expect(task?.extra['任务目标']).toMatch(/^2024年计划改造完成某巷/u);
  });
});

describe('a one-row | table with a name column and a content column', () => {
  it('is titled by the name, the content kept beside it', () => {
    const text = [
      '2023年某区民生实事进展情况',
      '序号 |', '项目名称 |', '具体任务及目标 |', '牵头 领导 |', '牵头单位 |', '责任单位 |', '进展情况 |',
      '1 |', '公办教育资源扩容工程 |', '①完成某某幼儿园建设,可提供园位1000个。 ②完成某中学改造。 |', '王 某 |', '区甲局 |', '区乙集团 各有关乡镇(街道) |', '①已完工。 |',
    ].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.title, t.category, units(t)])).toEqual([['1', '公办教育资源扩容工程', null, ['区甲局:lead', '区乙集团:co', '各有关乡镇(街道):co']]]);
  });
});

describe('records headed by a number in words (任务一： / 重点任务2、 / 项目三：)', () => {
  it('number the task and leave its title', () => {
    const text = ['重点任务清单', '任务一：完善城市更新机制', '牵头单位：市甲局', '责任单位：市乙局、市丙局', '完成时间：2025年6月', '任务二：推进老旧小区改造', '牵头单位：市甲局', '责任单位：各区政府'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.title, units(t)])).toEqual([
      ['1', '完善城市更新机制', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进老旧小区改造', ['市甲局:lead', '各区政府:co']],
    ]);
    const projects = parseTable(['项目一：城乡供水一体化工程', '责任单位：市丁局', '项目二：中小学校舍改造', '责任单位：市戊局'].join('\n'));
    expect(projects.tasks.map((t) => [t.id, t.title])).toEqual([['1', '城乡供水一体化工程'], ['2', '中小学校舍改造']]);
  });
});
