// Tables whose vertically merged cells (rowspan) pages leave out when they flatten them: the cell
// only on the first row of its run, the later rows one cell short (tab rows) or padded at the end
// (`| … |  |`). Found by the metamorphic test (scripts/layout-variants.mjs, `merged`). Made-up
// wording in the shapes real pages have.
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('merged cells', () => {
  it('tab rows one cell short leave out the merged category and lead, carried from the row above', () => {
    const text = [
      '类别\t主要任务\t牵头部门\t责任单位',
      '某方面目标\t某项排放总量减少10%\t市甲局\t',
      '某项增长8.5%以上\t市政府各部门、各直属机构',
      '某项人才总量超过150万人\t市乙部\t市丙局',
    ].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['某方面目标', '某项排放总量减少10%', ['市甲局:lead']],
      ['某方面目标', '某项增长8.5%以上', ['市甲局:lead', '市政府各部门:co', '各直属机构:co']],
      ['某方面目标', '某项人才总量超过150万人', ['市乙部:lead', '市丙局:co']],
    ]);
  });

  it('| rows padded at the end leave out a merged category', () => {
    const text = [
      '| 序号 | 工作类别 | 工作措施 | 牵头单位 | 配合单位 | 时限要求 |',
      '| 1 | 某某公开 | 增加某项资源供给 | 市甲局 | 某开发区、各街道 | 2024年12月 |',
      '| 2 | 某某场所器材更换项目 | 区乙局 |  | 2024年12月 |  |',
      '| 3 | 某某减负 | 某项投资增长4%以上 | 县丙委 |  | 6月底前 |',
    ].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['某某公开', '增加某项资源供给', ['市甲局:lead', '某开发区:co', '各街道:co']],
      ['某某公开', '某某场所器材更换项目', ['区乙局:lead']],
      ['某某减负', '某项投资增长4%以上', ['县丙委:lead']],
    ]);
  });

  it('a row showing one of two unit cells: a list of three or more is the co-operating one', () => {
    const text = ['序号', '工作任务', '牵头单位', '配合单位', '1', '完成某项年度指标', '市甲局', '市乙局', '2', '推进某项改革', '市丙局、市丁局、各区政府'].join('\n');
    expect(read(parseTable(text))).toEqual([
      [null, '完成某项年度指标', ['市甲局:lead', '市乙局:co']],
      [null, '推进某项改革', ['市甲局:lead', '市丙局:co', '市丁局:co', '各区政府:co']],
    ]);
  });

  it('a padded | row is trimmed by as few cells as make it fit (its own empty 配合单位 stays)', () => {
    const text = [
      '| 序号 | 类别 | 工作内容 | 牵头单位 | 协同单位 |',
      '| 1 | 某类目标 | 某项事项公开 | 区甲办 | 区乙局、各街道 |',
      '| 2 | 抓好某病防治 | 国家丙委 |  |  |',
      '| 3 | 某项增长5.5%左右 | 省丁委 | 省戊厅、各市人民政府 |  |',
    ].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['某类目标', '某项事项公开', ['区甲办:lead', '区乙局:co', '各街道:co']],
      ['某类目标', '抓好某病防治', ['国家丙委:lead']],
      ['某类目标', '某项增长5.5%左右', ['省丁委:lead', '省戊厅:co', '各市人民政府:co']],
    ]);
  });

  it('a person is never the task or the category of a row read by position', () => {
    const text = ['| 序号 | 领域 | 重点工作 | 责任领导 | 牵头单位 | 配合单位 |', '| 1 | 某类指标 | 规范某项事项管理 | 李某 | 区甲办 | 区乙局 |', '| 2 | 打通某某断头路20条 | 杨某 | 市丙局 |  |  |'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['某类指标', '规范某项事项管理', ['区甲办:lead', '区乙局:co']],
      ['某类指标', '打通某某断头路20条', ['市丙局:lead']],
    ]);
  });

  it('a table run into one line of text: a heading (二、…) starts its own row, not the 备注 of the row before', () => {
    const text = ['附件', '编号 工作任务 责任单位（牵头） 配合部门 备注 一、主要预期目标 1 完成某项环境指标 区甲分局 2 深化推进某项改革 教育局 相关部门 二、发展目标 3 某项收入与经济增长同步 区乙局 4 推进某项信息公开 区丙局 全区各部门、各街道'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['主要预期目标', '完成某项环境指标', ['区甲分局:lead']],
      ['主要预期目标', '深化推进某项改革', ['教育局:lead', '相关部门:co']],
      ['发展目标', '某项收入与经济增长同步', ['区乙局:lead']],
      ['发展目标', '推进某项信息公开', ['区丙局:lead', '全区各部门:co', '各街道:co']],
    ]);
  });

  it('a row whose trailing empty cells were only trimmed keeps its own units (nothing merged) where no row keeps an empty last cell', () => {
    const one = ['序号\t工作任务\t责任单位\t完成时限', '1\t完成某项指标\t市甲局\t6月底前', '2\t推进某项改革\t市丙局'].join('\n');
    expect(read(parseTable(one)).map(([, , u]) => u)).toEqual([['市甲局:lead'], ['市丙局:lead']]);
    const two = ['序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t完成某项指标\t市甲局\t市乙局\t6月底前', '2\t推进某项改革\t市丙局\t市戊局'].join('\n');
    expect(read(parseTable(two)).map(([, , u]) => u)).toEqual([['市甲局:lead', '市乙局:co'], ['市丙局:lead', '市戊局:co']]);
  });

  it('says so when a row takes a merged unit cell from the row above', () => {
    const text = ['序号\t主要任务\t牵头部门\t责任单位', '1\t某项排放总量减少10%\t市甲局\t', '2\t某项增长8.5%以上\t市政府各部门、各直属机构'].join('\n');
    const table = parseTable(text);
    expect(read(table)[1]).toEqual([null, '某项增长8.5%以上', ['市甲局:lead', '市政府各部门:co', '各直属机构:co']]);
    expect(table.diagnostics.filter((d) => d.code === 'missing-cells').map((d) => [d.line, d.severity])).toEqual([[3, 'warning']]);
  });

  it('a merged category cell of four characters (a place, 人民广场) beside a 责任领导 column is a category, not a leader', () => {
    const text = [
      '编号 任务类别 主要任务 责任领导 责任单位（牵头） 参与单位',
      '1 城东地段 完善某某机制 杨某 市甲委 市乙局、市丙局',
      '2 建立某某联动机制 张某某 市丁委 市戊局',
      '3 人民广场 落实某某评估体系 刘某 市己局 市庚委、市辛局',
      '4 完成某某管网治理500公里 陈某 市壬局 　',
    ].join('\n');
    expect(read(parseTable(text)).map(([category, title]) => [category, title])).toEqual([
      ['城东地段', '完善某某机制'],
      ['城东地段', '建立某某联动机制'],
      ['人民广场', '落实某某评估体系'],
      ['人民广场', '完成某某管网治理500公里'],
    ]);
  });
});
