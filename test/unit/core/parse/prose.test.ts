import { parseProse, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const roles = (t: { units: { name: string; role: string }[] } | undefined) => t?.units.map((u) => `${u.name}:${u.role}`);

describe('parseProse: invalid input', () => {
  it('rejects text with no task in it', () => {
    expect(() => parseProse('一段普通的说明文字。\n', { file: 'a.txt' })).toThrow(/a\.txt:1: not a table: no tasks found/);
  });

  it('reads the rest of a document when one task has no units or a label comes before any task, with a warning on each line', () => {
    const text = '牵头单位：省发展改革委\n1. 建设高铁。牵头单位：省交通运输厅\n2. 建设公路\n牵头单位：\n';
    const table = parseProse(text, { file: 'p.txt' });
    expect(table.tasks.map((t) => [t.id, t.title, roles(t)])).toEqual([['1', '建设高铁', ['省交通运输厅:lead']]]);
    expect(table.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['warning', 'text-inside-table', 1],
      ['warning', 'empty-units', 3],
    ]);
    expect(table.diagnostics[0]?.message).toMatch(/牵头单位：省发展改革委.*before any task/u);
    expect(table.preamble).toEqual(['牵头单位：省发展改革委']);
    expect(table.notes).toEqual(['建设公路']);
  });
});

describe('parseProse: labelled lines', () => {
  const text = [
    '重点任务分工',
    '一、加快交通建设',
    '1. 建设高速铁路，提升通道能力。',
    '牵头单位：省发展改革委；配合单位：省财政厅、省交通运输厅等。',
    '责任领导：张三',
    '2. 推进公路互联互通，',
    '打通省际断头路。',
    '牵头责任单位：省交通运输厅。协同责任单位：省自然资源厅、各市州人民政府。',
    '二、深化公共服务合作',
    '3. 深化教育合作。',
    '责任单位：省教育厅、省科技厅',
    '4. 强化医疗合作。部门分工：省卫生健康委牵头，省医保局、省市场监管局配合。',
  ].join('\n');
  const table = parseProse(text, { file: 'plan.txt' });

  it('reads tasks, headings as categories, and continued sentences', () => {
    expect(table.layout).toBe('prose');
    expect(table.preamble).toEqual(['重点任务分工']);
    expect(table.categories).toEqual(['加快交通建设', '深化公共服务合作']);
    expect(table.tasks.map((t) => [t.id, t.category, t.title, t.line])).toEqual([
      ['1', '加快交通建设', '建设高速铁路，提升通道能力', 3],
      ['2', '加快交通建设', '推进公路互联互通，打通省际断头路', 6],
      ['3', '深化公共服务合作', '深化教育合作', 10],
      ['4', '深化公共服务合作', '强化医疗合作', 12],
    ]);
    expect(table.diagnostics).toEqual([]);
  });

  it('takes roles from the labels, keeps officials as attributes, and leaves unmarked units without a lead', () => {
    const [t1, t2, t3, t4] = table.tasks;
    expect(roles(t1)).toEqual(['省发展改革委:lead', '省财政厅:co', '省交通运输厅:co']);
    expect(t1?.extra).toEqual({ 责任领导: '张三' });
    expect(t1?.units.map((u) => u.line)).toEqual([4, 4, 4]);
    expect(roles(t2)).toEqual(['省交通运输厅:lead', '省自然资源厅:co', '各市州人民政府:co']);
    expect(roles(t3)).toEqual(['省教育厅:responsible', '省科技厅:responsible']);
    expect(t3?.leadSource).toBe('none');
    expect(roles(t4)).toEqual(['省卫生健康委:lead', '省医保局:co', '省市场监管局:co']);
  });

  it('uses the first-listed convention when asked', () => {
    const t3 = parseProse(text, { firstListedLeads: true }).tasks[2];
    expect(roles(t3)).toEqual(['省教育厅:lead', '省科技厅:co']);
    expect(t3?.leadSource).toBe('first-listed');
  });
});

describe('parseProse: parentheticals and numbering', () => {
  it('reads units from a closing parenthetical, with several leads, and ignores other brackets', () => {
    const text = [
      '（一）推进基础设施互联互通',
      '1﹒加快建设高速铁路大通道（2020—2025年）。（省发展改革委、省交通运输厅牵头，省财政厅按职责分工负责）',
      '2﹒推进航空网建设。(省发展改革委牵头,省机场管理集团配合)',
      '（二）推进产业协同',
      '3﹒承接产业转移。（省商务厅牵头）',
    ].join('\n');
    const table = parseTable(text);
    expect(table.layout).toBe('prose');
    expect(table.tasks.map((t) => [t.id, t.category, t.title])).toEqual([
      ['1', '推进基础设施互联互通', '加快建设高速铁路大通道（2020—2025年）'],
      ['2', '推进基础设施互联互通', '推进航空网建设'],
      ['3', '推进产业协同', '承接产业转移'],
    ]);
    expect(roles(table.tasks[0])).toEqual(['省发展改革委:lead', '省交通运输厅:lead', '省财政厅:co']);
    expect(roles(table.tasks[1])).toEqual(['省发展改革委:lead', '省机场管理集团:co']);
  });

  it('reads tasks numbered 一、 (一) 1、 and unnumbered paragraphs', () => {
    expect(parseTable('一、建设高铁（省发展改革委牵头）\n二、建设公路（省交通运输厅牵头）\n').tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(parseTable('(一)建设高铁（省发展改革委牵头）\n(二)建设公路（省交通运输厅牵头）\n').tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(parseTable('1、建设高铁（省发展改革委牵头）\n2、建设公路（省交通运输厅牵头）\n').tasks.map((t) => t.id)).toEqual(['1', '2']);
    const free = parseTable('加快建设高铁。（省发展改革委牵头）\n推进公路建设。（省交通运输厅负责）\n');
    expect(free.tasks.map((t) => [t.id, t.title])).toEqual([
      ['1', '加快建设高铁'],
      ['2', '推进公路建设'],
    ]);
    expect(roles(free.tasks[1])).toEqual(['省交通运输厅:responsible']);
  });

  it('does not take a year or a decimal for a task number', () => {
    const table = parseTable('1. 到2025年，完成1.5亿元投资。（省财政厅牵头）\n2025年底前完成。\n');
    expect(table.tasks.map((t) => t.title)).toEqual(['到2025年，完成1.5亿元投资']);
    // The line after the units is the task's deadline, kept on it (never a unit).
    expect(table.tasks[0]?.extra).toEqual({ 时限: '2025年底前完成' });
  });
});

describe('headings that name the lead of the work under them', () => {
  const lines = [
    '一、某省长负责的工作',
    '（一）省监察厅牵头的工作',
    '强化行政监察，建立健全某体系。',
    '协同部门：省政府办公厅、省财政厅等。',
    '（二）省审计厅牵头的工作',
    '1.强化审计监督，依法开展审计工作。',
    '协同部门：省政府办公厅、地税局等和各市、县人民政府。',
    '2.推进某项审计。（省审计厅负责）',
  ];

  it('makes the heading’s unit the lead of each task below it, the units the task lists co-operating', () => {
    for (const text of [lines.join('\n'), lines.join(' ')]) {
      const table = parseTable(text);
      expect(table.tasks.map((t) => [t.category, t.title.slice(0, 6), roles(t)])).toEqual([
        ['省监察厅牵头的工作', '强化行政监察', ['省监察厅:lead', '省政府办公厅:co', '省财政厅:co']],
        ['省审计厅牵头的工作', '强化审计监督', ['省审计厅:lead', '省政府办公厅:co', '地税局:co', '各市、县人民政府:co']],
        ['省审计厅牵头的工作', '推进某项审计', ['省审计厅:lead']],
      ]);
    }
  });

  it('reads a task whose whole title is such a phrase (省财政厅牵头的工作（…）) instead of failing on it', () => {
    const table = parseTable('一、工作分工\n（一）省财政厅牵头的工作（省统计局配合）\n（二）做好某项工作。（省教育厅负责）');
    expect(table.tasks.map((t) => [t.category, t.title])).toEqual([
      ['工作分工', '省财政厅牵头的工作'],
      ['工作分工', '做好某项工作'],
    ]);
  });

  it('leaves a task whose text only mentions who leads (建立由市发改委牵头的工作机制) as it is', () => {
    const table = parseTable('一、完善机制\n1.建立由市发改委牵头的工作机制。（市发改委负责）\n2.建立市财政局牵头的工作台账。（市财政局负责）');
    expect(table.tasks.map((t) => [t.id, t.category, t.title, roles(t)])).toEqual([
      ['1', '完善机制', '建立由市发改委牵头的工作机制', ['市发改委:responsible']],
      ['2', '完善机制', '建立市财政局牵头的工作台账', ['市财政局:responsible']],
    ]);
  });
});

describe('parseProse: items that open with who does them', () => {
  // Meeting minutes and notices: 会议决定：（一）由X负责，… — the division opens the item, the work follows.
  const text = [
    '某某工作推进会会议纪要',
    '二、会议决定：',
    '（一）由县甲局负责，于7月11日前完成某项衔接工作；某项迁移工作于7月底完成。',
    '（二）由县乙局牵头，县丙局配合，于7月17日前完成某项征迁工作。',
    '（三）由某某镇人民政府负责，抽调干部，加强工作组力量。',
  ].join('\n');

  it('reads the units and keeps the division in the title', () => {
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.id, t.category, t.title, roles(t)])).toEqual([
      ['1', '会议决定', '由县甲局负责，于7月11日前完成某项衔接工作；某项迁移工作于7月底完成', ['县甲局:responsible']],
      ['2', '会议决定', '由县乙局牵头，县丙局配合，于7月17日前完成某项征迁工作', ['县乙局:lead', '县丙局:co']],
      ['3', '会议决定', '由某某镇人民政府负责，抽调干部，加强工作组力量', ['某某镇人民政府:responsible']],
    ]);
    // The date the work is due by, in the sentence after the division, is the item's deadline.
    expect(table.tasks.map((t) => t.extra['时限'])).toEqual(['7月11日前', '7月17日前', undefined]);
  });

  it('reads units that open an item with their duty (1.县甲局负责某某行业的隐患排查工作。)', () => {
    const table = parseTable(
      [
        '三、任务分工',
        '1.县甲局负责某某、某某等行业的隐患排查治理工作。',
        '2.县乙局、县丙局负责某某运输等行业的隐患排查治理工作。',
        '3.县丁局牵头负责某某工作，县戊局配合。',
        '4.县政府主要负责同志每月听取一次汇报。（县政府办负责）',
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [t.id, t.title, roles(t)])).toEqual([
      ['1', '县甲局负责某某、某某等行业的隐患排查治理工作', ['县甲局:responsible']],
      ['2', '县乙局、县丙局负责某某运输等行业的隐患排查治理工作', ['县乙局:responsible', '县丙局:responsible']],
      ['3', '县丁局牵头负责某某工作，县戊局配合', ['县丁局:lead', '县戊局:co']],
      // 负责同志 are people: the item's units are in its bracket.
      ['4', '县政府主要负责同志每月听取一次汇报', ['县政府办:responsible']],
    ]);
  });

  it('reads an item whose first sentence is its units alone, or its units and a colon', () => {
    const table = parseTable(
      [
        '（二十一）市甲局。负责对某某一体化的调研，形成专题调研报告。',
        '（二十二）市乙局、市丙局。牵头某某方面的调研，形成实施方案。',
        '（二十三）市丁局：负责某某资源共建共享方面的调研。',
      ].join('\n'),
    );
    expect(table.tasks.map((t) => [t.id, t.title, roles(t)])).toEqual([
      ['21', '负责对某某一体化的调研，形成专题调研报告', ['市甲局:responsible']],
      ['22', '牵头某某方面的调研，形成实施方案', ['市乙局:lead', '市丙局:lead']],
      ['23', '市丁局：负责某某资源共建共享方面的调研', ['市丁局:responsible']],
    ]);
  });

  it('does not take a sentence that only mentions 由 in the middle for a division', () => {
    const table = parseTable('1. 完善某某机制，由点到面推开。（市甲局负责）\n2. 推进某某改革。（市乙局负责）\n');
    expect(table.tasks.map((t) => [t.title, roles(t)])).toEqual([
      ['完善某某机制，由点到面推开', ['市甲局:responsible']],
      ['推进某某改革', ['市乙局:responsible']],
    ]);
  });
});

describe('parseProse: divisions retold in news prose', () => {
  const text = [
    '国务院明确重点工作部门分工',
    '（记者某某）近日，国务院发布了意见。需要甲部参加的工作共计12项，有3项由甲部牵头，分别是抓好某某防治，做好某某防治；抓好青少年某某防治；完善某某政策，加强某某服务。',
    '《意见》明确，需要乙局参加的工作共计7项，有两项由乙局牵头，分别是扩大某某试点；继续提高某某保障水平。',
    '甲部与乙局还参与多项工作。例如，完善某某采购机制，由乙局、甲部、丙局等分工负责。支持某某事业发展，由甲部、丁局等分工负责。',
  ].join('\n');

  it('reads a counted list with its units once as one task per item, and sentences closed by 由X等分工负责', () => {
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.title, roles(t), t.line])).toEqual([
      ['抓好某某防治，做好某某防治', ['甲部:lead'], 2],
      ['抓好青少年某某防治', ['甲部:lead'], 2],
      ['完善某某政策，加强某某服务', ['甲部:lead'], 2],
      ['扩大某某试点', ['乙局:lead'], 3],
      ['继续提高某某保障水平', ['乙局:lead'], 3],
      ['完善某某采购机制', ['乙局:responsible', '甲部:responsible', '丙局:responsible'], 4],
      ['支持某某事业发展', ['甲部:responsible', '丁局:responsible'], 4],
    ]);
    expect(table.evidence?.some((e) => /2 divisions retold for a counted list/u.test(e))).toBe(true);
  });

  it('leaves a list whose items do not number what the sentence says as written', () => {
    const table = parseTable('1. 做好某项工作。（市甲局负责）\n需要乙局参加的工作有3项由乙局牵头，分别是扩大某某试点；继续提高某某水平。\n');
    expect(table.tasks.map((t) => t.title)).toEqual(['做好某项工作']);
  });
});

describe('parseProse: items under a heading that names their lead', () => {
  it('makes every item under 一、县甲局牵头工作(2项) a task of that unit, units of its own or not', () => {
    const text = ['附件1', '某某任务清单', '一、县甲局牵头工作(2项)', '1.投资某某万元建设某某基地。', '2.打造某某生产基地。（县丙局配合）', '二、县乙局牵头工作(1项)', '1.建设高标准农田2万亩。', '——推进某某改革', '2.完成某某指标。（县丁局负责）'].join('\n');
    expect(parseTable(text).tasks.map((t) => [t.title, roles(t)])).toEqual([
      ['投资某某万元建设某某基地', ['县甲局:lead']],
      ['打造某某生产基地', ['县甲局:lead', '县丙局:co']],
      ['建设高标准农田2万亩', ['县乙局:lead']],
      ['完成某某指标', ['县乙局:lead', '县丁局:co']],
    ]);
  });
});

describe('news whose sentences have a unit for subject (read when nothing else is)', () => {
  const text = [
    '某市公布今年重点任务分工',
    '根据目标任务要求，今年，市住建局要在8月底完成某某治理任务，改造老旧小区333个。9月底完成某某管网互联互通64公里。市教育局要在11月底新建幼儿园9所。某某区政府11月底启动某某项目。',
    '各地各部门要同心协力抓好落实。',
  ].join('\n');

  it('reads a task per unit-subject sentence, titled by it; a collective’s exhortation is no task', () => {
    const table = parseTable(text);
    expect(table.tasks.map((t) => [t.title, roles(t)])).toEqual([
      ['根据目标任务要求，今年，市住建局要在8月底完成某某治理任务，改造老旧小区333个', ['市住建局:responsible']],
      ['市教育局要在11月底新建幼儿园9所', ['市教育局:responsible']],
      ['某某区政府11月底启动某某项目', ['某某区政府:responsible']],
    ]);
    // The sentence after the first with no unit of its own is kept, as a note.
    expect(table.notes.join('')).toContain('9月底完成某某管网互联互通64公里');
    expect(table.evidence?.some((e) => /sentences whose subject is a unit/u.test(e))).toBe(true);
  });

  it('is not tried when the text has tasks of its own', () => {
    const table = parseTable('1. 完成某项指标。（市甲局负责）\n市乙局要在11月底新建幼儿园9所。市丙局要在年底前完成某某。\n');
    expect(table.tasks.map((t) => t.title)).toEqual(['完成某项指标']);
  });
});
