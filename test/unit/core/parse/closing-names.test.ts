// A line of names alone after a numbered item's work: a table's units cell copied as text after its
// task cell (`（一）推行告知承诺制。★市司法局，市直各有关部门`, or on the next line). Made-up wording in
// those shapes; the prose generator writes them too (forms names-after, next-line-names, mark-after,
// mark-next-line in scripts/prose-variants.mjs).
import { describe, expect, it } from 'vitest';
import { parseTable } from '@fengong/core';

const read = (text: string) => parseTable(text, { file: 'plan.txt' }).tasks.map((t) => ({ title: t.title, units: t.units.map((u) => `${u.name}:${u.role}`) }));

describe('names alone closing a numbered item', () => {
  it('on the same line after the full stop, lead marked ★ and the mark explained in a note', () => {
    const text = ['一、深化改革', '（一）推行证明事项告知承诺制。★市司法局，市直各有关部门', '（二）推进“证照分离”改革全覆盖。★市市场监管局，市直各有关部门', '注：带★的为牵头单位。'].join('\n');
    expect(read(text)).toEqual([
      { title: '推行证明事项告知承诺制', units: ['市司法局:lead', '市直各有关部门:co'] },
      { title: '推进“证照分离”改革全覆盖', units: ['市市场监管局:lead', '市直各有关部门:co'] },
    ]);
  });

  it('on the next line, with no mark: every unit is responsible; the closing paragraph is no unit', () => {
    const text = ['1．新建幼儿园5所。', '县教育局、县财政局', '2．改造老旧小区12个。', '县住建局、各乡镇（街道）', '各单位要于每季度末报送工作进展情况。'].join('\n');
    expect(read(text)).toEqual([
      { title: '新建幼儿园5所', units: ['县教育局:responsible', '县财政局:responsible'] },
      { title: '改造老旧小区12个', units: ['县住建局:responsible', '各乡镇（街道）:responsible'] },
    ]);
  });

  it('but not a signature: after the preamble, before a date, or after an item that names its units', () => {
    const text = ['各县区人民政府，市直各单位：', '现将分工方案印发给你们，请认真贯彻落实。', '某某市人民政府办公室', '2024年3月1日', '1．新建幼儿园5所。（县教育局负责）', '2．改造老旧小区12个。（县住建局负责）', '某某县民生办'].join('\n');
    expect(read(text)).toEqual([
      { title: '新建幼儿园5所', units: ['县教育局:responsible'] },
      { title: '改造老旧小区12个', units: ['县住建局:responsible'] },
    ]);
  });

  it('nor a table header or row, nor one name that is two run together', () => {
    const text = ['1．新建幼儿园5所。', '工作任务 | 具体要求 | 责任单位', '2．改造老旧小区12个。', '政治处各部门'].join('\n');
    expect(() => read(text)).toThrow(/no tasks found/u);
  });
});

describe('a one-cell-per-line table whose rows hold numbered measures', () => {
  it('is read by its header, not as items titled by the measures under the tasks as headings', () => {
    const text = ['序号', '重点工作', '目标要求', '责任部门', '1', '深化科技体制改革', '1.建立工作台账，每季度报送进展。', '2.强化资金保障，落实专项经费。', '★省科技厅', '2', '推进转型升级活动', '1.强化资金保障，落实专项经费。', '2.开展专项培训，提升工作能力。', '★区发改局'].join('\n');
    expect(read(text)).toEqual([
      { title: '深化科技体制改革', units: ['省科技厅:lead'] },
      { title: '推进转型升级活动', units: ['区发改局:lead'] },
    ]);
  });
});

describe('what names alone after an item must leave alone (found by review)', () => {
  const ids = (text: string) => parseTable(text, { file: 'plan.txt' }).tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

  it('a signature of two signers, or with no date, after the last item among items with units of their own', () => {
    const two = ['一、重点任务', '（一）新建幼儿园5所。（县教育局负责）', '（二）改造老旧小区12个。（县住建局负责）', '二、保障措施', '（一）加强组织领导。各单位要高度重视。', '（二）强化督查考核。县委督查室要定期通报进展。', '中共某某县委办公室', '某某县人民政府办公室', '2024年3月1日'].join('\n');
    const undated = ['1.新建幼儿园5所。（县教育局负责）', '2.改造老旧小区12个。（县住建局负责）', '3.各单位要加强组织领导，确保按期完成。', '某某县人民政府办公室'].join('\n');
    expect(ids(two).map((t) => t[1])).toEqual(['新建幼儿园5所', '改造老旧小区12个']);
    expect(ids(undated).map((t) => t[1])).toEqual(['新建幼儿园5所', '改造老旧小区12个']);
  });

  it('a heading whose items name their own units keeps them (the names line is no unit of the heading)', () => {
    const text = ['（一）推进项目建设', '县发改局', '1.加快审批。（县甲局负责）', '2.强化要素保障。（县乙局负责）'].join('\n');
    expect(ids(text).map((t) => t[2])).toEqual([['县甲局:responsible'], ['县乙局:responsible']]);
  });

  it('a deadline after the names is the deadline, not a signature’s date', () => {
    const table = parseTable(['1.新建幼儿园5所。', '县教育局、县财政局', '2024年12月底前', '2.改造老旧小区12个。', '县住建局', '2024年10月底前'].join('\n'));
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => u.name), Object.values(t.extra)])).toEqual([
      ['新建幼儿园5所', ['县教育局', '县财政局'], ['2024年12月底前']],
      ['改造老旧小区12个', ['县住建局'], ['2024年10月底前']],
    ]);
  });
});
