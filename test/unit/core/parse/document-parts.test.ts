// A plan in two parts of different layouts: numbered paragraphs with their units and a table attached
// after them (附件 / 某某表 / 序号 项目名称 牵头单位 …), or a table and numbered paragraphs after it. One
// reading used to keep one part and leave the other as notes; each part is now read on its own.
// Made-up wording in those shapes.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { tableStart } from '../../../../packages/core/src/parse/document-parts.js';

const read = (text: string) => parseTable(text, { file: 'plan.txt' }).tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
const PARAGRAPHS = ['关于某项工作的通知', '一、重点任务', '1.完成某项指标。（牵头单位：市甲局；配合单位：市乙局）', '2.推进某项改革。（牵头单位：市丙局）'];
const ROWS = [['序号', '项目名称', '牵头单位', '配合单位'], ['1', '建设某某工程', '市丁局', '市戊局'], ['2', '实施某某项目', '市己局', '市庚局']];
const BOTH = [
  ['1', '完成某项指标', ['市甲局:lead', '市乙局:co']],
  ['2', '推进某项改革', ['市丙局:lead']],
  ['1-2', '建设某某工程', ['市丁局:lead', '市戊局:co']],
  ['2-2', '实施某某项目', ['市己局:lead', '市庚局:co']],
];

describe('numbered paragraphs, then a table attached after them', () => {
  it.each([
    ['tabs between cells', ROWS.map((r) => r.join('\t'))],
    ['spaces between cells', ROWS.map((r) => r.join(' '))],
    ['one cell per line', ROWS.flat()],
  ])('%s: both parts are read, ids that repeat take a suffix', (_, table) => {
    const text = [...PARAGRAPHS, '附件', '重点项目责任分工表', ...table].join('\n');
    expect(read(text)).toEqual(BOTH);
    expect(parseTable(text).evidence?.[0]).toMatch(/^read in two parts/u);
  });

  it('a notice’s own sentences above its table are no tasks: the table alone is read', () => {
    const text = ['关于分解下达重点工作任务的通知', '各县区人民政府：', '市政府将加大督查问责力度，对各责任单位完成情况进行督促检查。区统计局负责对经济类数据进行审核。', '附件', ...ROWS.map((r) => r.join('\t'))].join('\n');
    expect(read(text)).toEqual([
      ['1', '建设某某工程', ['市丁局:lead', '市戊局:co']],
      ['2', '实施某某项目', ['市己局:lead', '市庚局:co']],
    ]);
  });
});

describe('a table, then numbered paragraphs after it', () => {
  it('reads the paragraphs the table reader could not take as rows, and drops its warnings on them', () => {
    const text = [...ROWS.map((r) => r.join('\t')), '三、其他任务', '3.完成某项指标。（牵头单位：市甲局；配合单位：市乙局）', '4.推进某项改革。（牵头单位：市丙局）'].join('\n');
    const table = parseTable(text);
    expect(read(text)).toEqual([
      ['1', '建设某某工程', ['市丁局:lead', '市戊局:co']],
      ['2', '实施某某项目', ['市己局:lead', '市庚局:co']],
      ['3', '完成某项指标', ['市甲局:lead', '市乙局:co']],
      ['4', '推进某项改革', ['市丙局:lead']],
    ]);
    expect(table.tasks.map((t) => t.category)).toEqual([null, null, '其他任务', '其他任务']);
    expect(table.diagnostics.map((d) => d.code)).not.toContain('missing-cells');
  });
});

describe('where a table starts', () => {
  it('a header row of three cells or more, or header names one per line; not a sentence naming them', () => {
    expect(tableStart(['一、某方面', '1.某任务。（市甲局）', '序号\t重点任务\t责任单位'], 0)).toBe(2);
    expect(tableStart(['附件', '序号', '重点任务', '牵头单位', '配合单位'], 0)).toBe(0);
    expect(tableStart(['各责任单位要按照重点任务和牵头单位的要求，认真落实。'], 0)).toBe(-1);
  });
});

describe('what reading in parts must leave alone (found by review)', () => {
  const TABLE = ROWS.map((r) => r.join('\t'));
  it('a notice’s numbered requirements above or below its table are no tasks', () => {
    const above = ['一、提高思想认识。各单位要高度重视。', '二、加强组织领导。市政府办公室牵头，各有关单位配合。', '三、强化督查考核。市政府督查室负责定期督查通报。', '附件', ...TABLE].join('\n');
    expect(read(above).map((t) => t[0])).toEqual(['1', '2']);
    const below = [...TABLE, '工作要求：', '1.加强统筹。市政府办公室负责统筹调度。', '2.强化督办。市政府督查室负责跟踪督办，市考核办配合。'].join('\n');
    expect(read(below).map((t) => t[0])).toEqual(['1', '2']);
  });

  it('a table repeating the paragraphs’ tasks (an annex listing them again) adds none', () => {
    const text = ['一、重点任务', '1.建设某某工程。（牵头单位：市丁局；配合单位：市戊局）', '2.实施某某项目。（牵头单位：市己局；配合单位：市庚局）', '附件', ...TABLE].join('\n');
    expect(read(text)).toHaveLength(2);
  });

  it('a table after more than 200 lines of paragraphs is read whole, its rows with their co-operating units', () => {
    const units = ['市甲局', '市乙局', '市丙局', '市丁局'];
    const paragraphs = Array.from({ length: 230 }, (_, i) => `${i + 1}.加强第${i + 1}项工作。（牵头单位：${units[i % 4]}）`);
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1}\t建设第${i + 1}个项目\t${units[i % 4]}\t${units[(i + 1) % 4]}`);
    const tasks = parseTable([...paragraphs, '附件', '序号\t工作任务\t牵头单位\t配合单位', ...rows].join('\n')).tasks;
    expect(tasks).toHaveLength(260);
    expect(tasks.slice(230).every((t) => t.units.map((u) => u.role).join() === 'lead,co')).toBe(true);
  });
});
