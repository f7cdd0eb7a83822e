// Inspection notices (督查通报) retell the tasks they follow up quoted after the units answering for
// them: `县甲局负责的“…。”截至目前，…`. The wording is made up, in the shape such notices have.
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (text: string) => parseTable(text).tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('tasks quoted after their units', () => {
  it('gives one task per quotation, its units before 负责的 / 牵头的, and reads no task in the progress after it', () => {
    const text = [
      '某某县政府常务会议确定事项落实情况的通报',
      '一、总体情况',
      '确定事项20件，已完成12件，正在办理8件。',
      '二、工作要求',
      '需要加快推进的事项3件，如县甲局负责的“严格落实某某项目前期工作计划，提高项目成熟度。”截至目前，12个项目已完成论证；县乙局、县丙局负责的“加快推进某某项目实施。”截至目前，县乙局负责的项目开工2个；由县丁局牵头的“切实抓好某某园区建设。”截至目前，建成8家。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['工作要求', '严格落实某某项目前期工作计划，提高项目成熟度', ['县甲局:responsible']],
      ['工作要求', '加快推进某某项目实施', ['县乙局:responsible', '县丙局:responsible']],
      ['工作要求', '切实抓好某某园区建设', ['县丁局:lead']],
    ]);
  });

  it('reads units listed with ， or holding brackets, a quotation nested in the task, and takes no document title for a category', () => {
    const text = [
      '某某市重点工作落实情况的通报',
      '其中，市甲局，各县（市、区）政府负责的“持续压实“四方责任”，筑牢某某防线。”目前正在加快推进。',
      '如市乙局、县丙局负责的“保持98%以上的某某入学率。”截至目前，完成进度60%。',
    ].join('\n');
    expect(read(text)).toEqual([
      [null, '持续压实“四方责任”，筑牢某某防线', ['市甲局:responsible', '各县（市、区）政府:responsible']],
      [null, '保持98%以上的某某入学率', ['市乙局:responsible', '县丙局:responsible']],
    ]);
  });

  it('keeps a collective of places sharing an ending whole before 负责的 (各开发区、镇(街道), 人民大垸、荒湖管理区)', () => {
    const text = [
      '某某县政府常务会议确定事项落实情况的通报',
      '其中，市甲局，各有关部门，各开发区、镇(街道)负责的“某某零售总额增长10%以上。”目前正在加快推进。',
      '其中，市乙局、各乡、镇人民政府、人民大垸、荒湖管理区、某某经济开发区负责的“某某生产总值增长10%左右。”',
    ].join('\n');
    expect(read(text)).toEqual([
      [null, '某某零售总额增长10%以上', ['市甲局:responsible', '各有关部门:responsible', '各开发区、镇(街道):responsible']],
      [null, '某某生产总值增长10%左右', ['市乙局:responsible', '各乡、镇人民政府:responsible', '人民大垸、荒湖管理区:responsible', '某某经济开发区:responsible']],
    ]);
  });

  it('leaves a quotation alone when the words before 负责的 are not units', () => {
    // (…负责的“…”: a clause about who answers, with no unit named.)
    const text = '一、某某工作\n1.落实某某制度。（县甲局负责）\n2.要求各方面切实负责的“最后一公里”问题得到解决。（县乙局负责）';
    expect(read(text).map(([, title]) => title)).toEqual(['落实某某制度', '要求各方面切实负责的“最后一公里”问题得到解决']);
  });
});
