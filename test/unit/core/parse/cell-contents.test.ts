// What Word tables put in their cells besides a title and units, flattened as pages give them: a
// header in two rows (责任单位 over 牵头单位 / 配合单位), columns of amounts whose bare figures look
// like row numbers, a task cell with its own numbered items, a units cell with a label on each line.
// Made-up wording in the shapes real tables have (scripts/cell-variants.mjs generates them at scale).
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { mergedHeaderRows, unfoldedHeader } from '../../../../packages/core/src/parse/sub-header.js';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('a header in two rows', () => {
  it('puts the role columns in place of their group, in a grid or given alone', () => {
    // A grid: empty where a cell was merged down, the group spanning two columns.
    expect(mergedHeaderRows(['序号', '重点任务', '责任单位', '', '完成时限'], ['', '', '牵头单位', '配合单位', ''])).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(mergedHeaderRows(['序号', '重点任务', '责任单位', '责任单位', '完成时限'], ['', '', '牵头单位', '配合单位', ''])).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    // Only the second row's own cells.
    expect(mergedHeaderRows(['序号', '重点任务', '责任单位', '完成时限'], ['牵头单位', '配合单位'])).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
  });

  it('is no second header row where the first has roles already, or the second is a row of the table', () => {
    expect(mergedHeaderRows(['序号', '重点任务', '牵头单位', '配合单位'], ['牵头单位', '配合单位'])).toBeUndefined();
    expect(mergedHeaderRows(['序号', '重点任务', '责任单位'], ['1', '完成某项指标', '市甲局'])).toBeUndefined();
    // A role cell under a cell that is not the group: not in place.
    expect(mergedHeaderRows(['序号', '重点任务', '责任单位', '完成时限'], ['牵头单位', '', '', '配合单位'])).toBeUndefined();
  });

  it('unfolds a header read as one run of cells (one cell per line)', () => {
    expect(unfoldedHeader(['序号', '重点任务', '责任单位', '完成时限', '牵头单位', '配合单位'])).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    expect(unfoldedHeader(['序号', '重点任务', '责任单位', '牵头单位', '配合单位'])).toEqual(['序号', '重点任务', '牵头单位', '配合单位']);
    expect(unfoldedHeader(['序号', '重点任务', '牵头单位', '配合单位'])).toEqual(['序号', '重点任务', '牵头单位', '配合单位']);
  });

  const rows = [
    ['1', '完成某项年度指标', '市甲局', '市乙局、市丙局', '6月底前'],
    ['2', '推进某项改革', '市丁局', '', '年底前'],
  ];

  it('reads the roles of a table one cell per line', () => {
    const text = ['序号', '重点任务', '责任单位', '完成时限', '牵头单位', '配合单位', ...rows.flat()].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead']],
    ]);
  });

  it('reads the roles of a CSV table whose second header row is in place', () => {
    const text = ['序号,重点任务,责任单位,,完成时限', ',,牵头单位,配合单位,', ...rows.map((r) => r.join(','))].join('\n');
    const table = parseTable(text, { file: 'plan.csv' });
    expect(read(table)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead']],
    ]);
    expect(table.preamble).toEqual([]);
  });

  it('reads the roles of tab rows with the second header row short', () => {
    const text = ['序号\t重点任务\t责任单位\t完成时限', '牵头单位\t配合单位', ...rows.map((r) => r.join('\t'))].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead']],
    ]);
  });
});

describe('a column of amounts', () => {
  const text = ['序号 |', '重点任务 |', '牵头单位 |', '配合单位 |', '总投资（亿元） |', '1 |', '建设某某产业园 |', '市甲局 |', '市乙局 |', '1200 |', '2 |', '改造某某老旧小区 |', '市丙局 |', '15 |', '3 |', '新建某某学校 |', '市丁局 |', '市戊局 |', '0.8 |'].join('\n');

  it('is a column of the header (总投资（亿元）), its figures no unit and no row number', () => {
    const table = parseTable(text);
    expect(table.columns).toContain('总投资（亿元）');
    expect(read(table)).toEqual([
      ['1', '建设某某产业园', ['市甲局:lead', '市乙局:co']],
      ['2', '改造某某老旧小区', ['市丙局:lead']],
      ['3', '新建某某学校', ['市丁局:lead', '市戊局:co']],
    ]);
    expect(table.tasks.map((t) => t.extra?.['总投资（亿元）'])).toEqual(['1200', '15', '0.8']);
  });

  it('keeps row numbers that rise by more than one (a body’s rows taken from a plan’s list)', () => {
    const jumped = ['序号', '目标任务', '牵头责任单位', '总投资（万元）', '6', '建设某某产业园', '市甲局', '2', '52', '改造某某老旧小区', '市丙局', '300', '53', '新建某某学校', '市丁局', '1200'].join('\n');
    expect(read(parseTable(jumped)).map(([id, , units]) => [id, units])).toEqual([
      ['6', ['市甲局:lead']],
      ['52', ['市丙局:lead']],
      ['53', ['市丁局:lead']],
    ]);
  });
});

describe('a task cell with its own numbered items, under a 序号 column', () => {
  it('keeps the items in the task cell (one task per 序号), not as tasks of their own', () => {
    const text = ['序号', '重点任务', '牵头单位', '配合单位', '1', '完成某项年度指标。', '1.加强组织领导，明确责任分工；', '2.完善配套政策，形成长效机制。', '市甲局', '市乙局', '2', '推进某项改革。', '1.建立工作台账，每季度报送进展；', '2.开展督导检查，确保按期完成。', '市丙局', '市丁局'].join('\n');
    const table = parseTable(text);
    expect(read(table).map(([id, title, units]) => [id, String(title).slice(0, 8), units])).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某项改革。1', ['市丙局:lead', '市丁局:co']],
    ]);
  });
});

describe('a units cell with a label on each line', () => {
  it('is one cell (牵头单位：… / 配合单位：…), not the end of the title', () => {
    const text = ['序号', '工作内容', '责任单位', '1', '完成某项年度指标', '牵头单位：市甲局', '配合单位：市乙局、市丙局', '2', '推进某项改革', '牵头单位：市丁局'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['2', '推进某项改革', ['市丁局:lead']],
    ]);
  });
});

describe('columns of progress and targets', () => {
  it('are header cells (工作进展, 目标值), their text not joined to the units before them', () => {
    const text = ['序号', '工作内容', '责任单位', '目标值', '工作进展', '1', '完成某项年度指标', '市甲局', '2所', '已完成', '2', '推进某项改革', '市乙局、市丙局', '≥95%', '正在推进中'].join('\n');
    const table = parseTable(text);
    expect(table.columns).toEqual(['序号', '工作内容', '责任单位', '目标值', '工作进展']);
    expect(read(table)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:responsible']],
      ['2', '推进某项改革', ['市乙局:responsible', '市丙局:responsible']],
    ]);
  });

  it('an amount after the last row that the row numbers only rise to is the row’s amount, not a row', () => {
    const text = ['序号', '工作内容', '牵头单位', '投资额（万元）', '完成情况', '1', '完成某项年度指标', '市甲局', '15', '已完成', '2', '推进某项改革', '市乙局', '8000', '已会同市财政局下达资金，完成投资65%。'].join('\n');
    const table = parseTable(text);
    expect(read(table)).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead']],
      ['2', '推进某项改革', ['市乙局:lead']],
    ]);
    expect(table.tasks[1]?.extra?.['投资额（万元）']).toBe('8000');
  });
});

describe('a table of duties with the units first (相关部门 / 职责分工)', () => {
  it('is a header of two columns, each row a body and what it does', () => {
    const text = ['某某事项职责分工', '相关部门', '职责分工', '区甲局', '维护某某周边安全。', '区乙局', '负责某某的具体组织和协调工作。', '区丙局', '某某周边卫生检查。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '维护某某周边安全', ['区甲局:responsible']],
      ['2', '负责某某的具体组织和协调工作', ['区乙局:responsible']],
      ['3', '某某周边卫生检查', ['区丙局:responsible']],
    ]);
  });
});

describe('row numbers and figures (found by review)', () => {
  it('keeps a row number repeated or out of order where no column holds figures', () => {
    const text = ['序号', '重点任务', '牵头单位', '1', '完成某项指标', '市甲局', '2', '推进某项改革', '市乙局', '2', '新建某某学校', '市丙局', '3', '改造某某小区', '市丁局'].join('\n');
    expect(parseTable(text).tasks.map((t) => t.title)).toEqual(['完成某项指标', '推进某项改革', '新建某某学校', '改造某某小区']);
  });

  it('reads small counts equal to a row’s number (2 before row 2, 1 after row 3, 5 after row 5) as counts', () => {
    const text = ['序号', '重点任务', '牵头单位', '数量（个）', '1', '完成某项指标', '市甲局', '2', '2', '推进某某改革试点', '市乙局', '5', '3', '新建某某学校', '市丙局', '1', '4', '改造某某小区', '市丁局', '3', '5', '建设某某平台', '市戊局', '5', '6', '培育某某品牌', '市己局', '2'].join('\n');
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.title])).toEqual([
      ['1', '完成某项指标'],
      ['2', '推进某某改革试点'],
      ['3', '新建某某学校'],
      ['4', '改造某某小区'],
      ['5', '建设某某平台'],
      ['6', '培育某某品牌'],
    ]);
    expect(table.tasks.map((t) => t.extra['数量（个）'])).toEqual(['2', '5', '1', '3', '5', '2']);
  });
});

describe('a unit cell filled to say it has nothing (stop 39)', () => {
  it('—, /, 无, 暂无, 不涉及 are no unit and no empty name, in a row of cells, a | table or one cell per line', () => {
    for (const mark of ['—', '/', '无', '暂无', '不涉及', '--']) {
      const rows = [['序号', '工作任务', '牵头单位', '配合单位'], ['1', '完成某项年度指标', '市甲局', mark], ['2', '推进某项改革', '市丁局', '市戊局']];
      for (const text of [rows.map((r) => r.join('\t')).join('\n'), rows.map((r) => r.join(' | ')).join('\n'), rows.flat().join('\n')]) {
        const table = parseTable(text);
        expect(read(table)).toEqual([
          ['1', '完成某项年度指标', ['市甲局:lead']],
          ['2', '推进某项改革', ['市丁局:lead', '市戊局:co']],
        ]);
        expect(table.diagnostics.map((d) => d.code)).not.toContain('empty-unit');
      }
    }
  });

  it('in a table of | rows read by position, beside an empty 备注 cell, it shifts no cell (the lead stays the row’s own)', () => {
    const text = ['| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 备注 |', '| 1 | 完成某项年度指标 | 市甲局 | 市乙局 | 6月底前 |  |', '| 2 | 推进某项改革 | 市丁局 | — | 年底前 |  |', '| 3 | 优化某项服务 | 市己局 | 市庚局 | 长期坚持 |  |'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某项改革', ['市丁局:lead']],
      ['3', '优化某项服务', ['市己局:lead', '市庚局:co']],
    ]);
  });

  it('in a deadline column it keeps its place: the remark after it stays the remark (review)', () => {
    const rows = [['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '备注'], ['1', '完成某项年度指标', '市甲局', '市乙局', '—', '新增'], ['2', '推进某项改革', '市丁局', '市戊局', '年底前', '续建'], ['3', '优化某项服务', '市己局', '市庚局', '长期坚持', '新增']];
    for (const text of [rows.map((r) => r.join(' ')).join('\n'), rows.flat().join('\n')]) {
      const table = parseTable(text);
      expect(read(table).map((t) => t[2])).toEqual([['市甲局:lead', '市乙局:co'], ['市丁局:lead', '市戊局:co'], ['市己局:lead', '市庚局:co']]);
      expect(table.tasks[0]?.extra['备注']).toBe('新增');
    }
  });

  it('a 主要负责单位 column beside a 协同配合单位 column leads', () => {
    const text = ['序号\t工作任务\t主要负责单位\t协同配合单位', '1\t完成某项年度指标\t市甲局\t市乙局', '2\t推进某项改革\t市丁局\t市戊局'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      ['2', '推进某项改革', ['市丁局:lead', '市戊局:co']],
    ]);
  });
});
