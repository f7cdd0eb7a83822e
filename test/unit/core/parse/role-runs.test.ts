// Divisions written as runs of role clauses and joiners, in the shapes of pages read blind
// (stop 30's sets): `…专项整治，由甲部门负责，有关部门配合。` closing a paragraph's first sentence;
// `甲局组织有关单位` in a bracket; unnumbered tasks each followed by its label lines.
// Made-up wording in those shapes.
import { describe, expect, it } from 'vitest';
import { parseTable, parseUnitPhrase } from '@fengong/core';

const read = (text: string) => parseTable(text, { file: 'plan.txt' }).tasks.map((t) => ({ title: t.title, units: t.units.map((u) => `${u.name}:${u.role}`) }));

describe('a run of role clauses closing a sentence', () => {
  it('X负责，Y配合: X responsible, Y co-operating, the paragraph going on after it', () => {
    const text = '（三）河道采砂专项整治，由水利部门负责，有关部门配合。要继续加大巡查力度。\n（四）城乡建设领域专项整治，由建设部门负责，有关部门配合。以预防事故为重点。\n（五）治安重点地区整治，由公安、交通部门负责，有关部门配合。';
    expect(read(text).map((t) => t.units)).toEqual([
      ['水利部门:responsible', '有关部门:co'],
      ['建设部门:responsible', '有关部门:co'],
      ['公安:responsible', '交通部门:responsible', '有关部门:co'],
    ]);
    expect(read(text)[0]?.title).toMatch(/^河道采砂专项整治/u);
  });
});

describe('joiners that make the unit before them lead', () => {
  it('甲局组织有关单位 and 甲局会同乙局 in a bracket', () => {
    expect(read('1.建立执法过错追究制度。（市司法局组织有关单位）\n2.完善复议机制。（市司法局会同市信访局）').map((t) => t.units)).toEqual([
      ['市司法局:lead', '有关单位:co'],
      ['市司法局:lead', '市信访局:co'],
    ]);
  });

  it('but not inside a name (市委组织部)', () => {
    expect(read('1.加强干部培训。（市委组织部、市人社局负责）')[0]?.units).toEqual(['市委组织部:responsible', '市人社局:responsible']);
  });
});

describe('unnumbered tasks, each followed by its label lines', () => {
  it('are as many tasks as label blocks: a line of words after a deadline line is the next task', () => {
    const text = ['《某区年度民生实事》涉及以下项目，详情见下：', '建成社区养老驿站10个，提升服务水平', '责任单位:区民政局', '完成期限:2025年12月底前', '新建口袋公园5处，方便居民休闲', '责任单位:区园林局', '完成期限:2025年12月底前'].join('\n');
    expect(read(text)).toEqual([
      { title: '建成社区养老驿站10个，提升服务水平', units: ['区民政局:responsible'] },
      { title: '新建口袋公园5处，方便居民休闲', units: ['区园林局:responsible'] },
    ]);
  });
});

describe('协同 and a duties label', () => {
  it('甲局、乙局协同丙局负责: the units before 协同 co-operate, the one after it is responsible', () => {
    expect(read('六、市公安局、市园林局协同市交通局负责城市道路的秩序管理。')[0]?.units).toEqual(['市交通局:responsible', '市公安局:co', '市园林局:co']);
  });

  it('工作职责： before a division on a page run into one line', () => {
    expect(read('（六）旧城改造任务 工作职责:市规划局牵头,各有关部门配合,责任人:王某。主要负责项目策划。 （七）道路改造任务 责任单位:区建设局,责任人:李某')).toEqual([
      { title: '旧城改造任务', units: ['市规划局:lead', '各有关部门:co'] },
      { title: '道路改造任务', units: ['区建设局:responsible'] },
    ]);
  });
});

describe('more shapes of pages read blind', () => {
  it('a first-listed rule naming the lead 工作牵头单位 (列第一位者为工作牵头单位或汇总单位，下同)', () => {
    const text = '一、某某重点工作\n1.支持企业发展。落实各项政策。\n责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)\n2.扩大有效投资。\n责任单位:市发改委、市财政局';
    expect(read(text).map((t) => t.units)).toEqual([
      ['市经信局:lead', '市财政局:co', '市税务局:co'],
      ['市发改委:lead', '市财政局:co'],
    ]);
  });

  it('各区、县级市政府 is one collective', () => {
    expect(read('1.建设生态示范点。(牵头单位:市建委,配合单位:市环保局,各区、县级市政府)')[0]?.units).toEqual(['市建委:lead', '市环保局:co', '各区、县级市政府:co']);
  });

  it('a | table of a header and one row, its unit cell holding labels', () => {
    const text = '序号 | 工作任务 | 进展情况 | 责任单位 |\n71 | 提高公共文化服务水平。 | 1.完成建设城市书房29个。 2.举办戏剧节。 | 牵头单位:市文旅局 责任单位:各县(市、区)政府、开发区管委会 |';
    const tasks = parseTable(text, { file: 'plan.txt' }).tasks;
    expect(tasks.map((t) => [t.id, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([['71', ['市文旅局:lead', '各县(市、区)政府:co', '开发区管委会:co']]]);
  });
});

describe('a division the task body tells in passing', () => {
  it('gives way to the labelled units of the task', () => {
    const text = '39.加强组织领导。由市生态建设领导小组负责全市的组织和协调,确保人员到位。建立协调机制。(牵头单位:市建委,配合单位:市环保局、市水务局)';
    expect(read(text)[0]?.units).toEqual(['市建委:lead', '市环保局:co', '市水务局:co']);
  });

  it('is the division when nothing is labelled', () => {
    expect(read('1.加强组织领导，由市生态建设领导小组负责。\n2.完善考核办法，由市考核办负责。').map((t) => t.units)).toEqual([['市生态建设领导小组:responsible'], ['市考核办:responsible']]);
  });
});

describe('the first-ranked unit leads, and 配合 between two names', () => {
  it('由排名首位的部门牵头负责。下同 is a rule, not a unit', () => {
    const text = '1.全市生产总值增长8%以上。（一项任务涉及多个部门的，原则上由排名首位的部门牵头负责。下同。市发展改革委、统计局）\n2.外贸出口增长10%。（市商务局、财政局、统计局）';
    expect(read(text).map((t) => t.units)).toEqual([
      ['市发展改革委:lead', '统计局:co'],
      ['市商务局:lead', '财政局:co', '统计局:co'],
    ]);
  });

  it('甲厅配合乙部抓好落实: 甲 co-operates, 乙 is responsible', () => {
    expect(read('（三）深化文化体制改革。（省文化厅配合省委宣传部抓好落实）')[0]?.units).toEqual(['省委宣传部:responsible', '省文化厅:co']);
  });
});

describe('what the new role rules must leave alone (found by review)', () => {
  it('组织 inside a name is no joiner', () => {
    expect(read('1.加强社会组织监管。（省社会组织管理局、省民政局负责）')[0]?.units).toEqual(['省社会组织管理局:responsible', '省民政局:responsible']);
  });

  it('an attribute does not swallow the units after its comma', () => {
    expect(read('1.推进老旧小区改造。（工作要求：6月底完成设计，市住建局负责）')[0]?.units).toEqual(['市住建局:responsible']);
  });

  it('a second official with a title is kept', () => {
    const t = parseTable('1.某项工作。（责任领导：张三，市政府党组成员、副秘书长李四；牵头单位：市发改委）', { file: 'x.txt' }).tasks[0];
    expect(t?.extra['责任领导']).toBe('张三，市政府党组成员、副秘书长李四');
  });

  it('a label after a blank inside a title is no label when no names follow it', () => {
    expect(read('1.落实 责任单位：制度，压实各方责任。（责任单位：市发改委）')[0]?.units).toEqual(['市发改委:responsible']);
  });
});

describe('a division closing a point with no 由', () => {
  it('一是…，X负责；二是…，X、Y分别负责: each point is a task of its units', () => {
    const text = '（一）压实工作责任。一是建立工作台账，市甲局负责；二是强化督查问效，市政府督查室负责；三是按月调度，市乙局、市丙局分别负责。';
    expect(read(text)).toEqual([
      { title: '建立工作台账', units: ['市甲局:responsible'] },
      { title: '强化督查问效', units: ['市政府督查室:responsible'] },
      { title: '按月调度', units: ['市乙局:responsible', '市丙局:responsible'] },
    ]);
  });

  it('beside points whose division opens with 由, the points without it are read too', () => {
    const text = '（一）加强组织领导。一是建立工作专班，由市政府办公室牵头，市发展改革委配合；二是加强宣传引导，市委宣传部负责。';
    expect(read(text).map((t) => t.units)).toEqual([['市政府办公室:lead', '市发展改革委:co'], ['市委宣传部:responsible']]);
  });

  it('but a closing clause that names no unit assigns nothing (政府负责, 主要领导负责, 哪些部门牵头)', () => {
    const text = '（一）完善工作机制。一是坚持党委领导，政府负责；二是加强考核，主要领导负责；三是明确分工，市甲局负责。\n（二）某项工作由哪些部门牵头？一是落实台账，市乙局负责。';
    expect(read(text).map((t) => t.units)).toEqual([['市甲局:responsible'], ['市乙局:responsible']]);
  });
});

describe('role words of other wordings (stop 39)', () => {
  const units = (text: string) => read(text).map((t) => t.units);
  it('主责, 负主责, 统筹 and 牵头统筹 lead; the units that 落实 or 协同 beside them co-operate', () => {
    expect(units('重点任务分工\n1.完成某项年度指标。（市甲局主责，市乙局协同）\n2.推进某项改革。（市丙局统筹，市丁局、市戊局落实）\n3.优化某项服务。（市己局负主责）')).toEqual([
      ['市甲局:lead', '市乙局:co'],
      ['市丙局:lead', '市丁局:co', '市戊局:co'],
      ['市己局:lead'],
    ]);
  });

  it('联合牵头 and 双牵头 make every unit before them lead', () => {
    expect(units('重点任务分工\n1.完成某项年度指标。（市甲局、市乙局联合牵头）\n2.推进某项改革。（市丙局、市丁局双牵头，市戊局配合）')).toEqual([
      ['市甲局:lead', '市乙局:lead'],
      ['市丙局:lead', '市丁局:lead', '市戊局:co'],
    ]);
  });

  it('依职责负责, 按分工负责, 依分工落实, 具体负责: duty words, stripped from the names', () => {
    expect(units('重点任务分工\n1.完成某项年度指标。（市甲局牵头，市乙局、市丙局依职责负责）\n2.推进某项改革。（市丁局牵头，市戊局按分工负责）\n3.优化某项服务。（市己局、市庚局依分工落实）\n4.加强某项管理。（市辛局牵头，市壬局具体负责）')).toEqual([
      ['市甲局:lead', '市乙局:co', '市丙局:co'],
      ['市丁局:lead', '市戊局:co'],
      ['市己局:responsible', '市庚局:responsible'],
      ['市辛局:lead', '市壬局:co'],
    ]);
  });
});

describe('a sentence of units alone after the task, its names listed with commas (stop 39)', () => {
  it('closes the task before it however many names it lists (甲局牵头，乙局，丙局，…配合。)', () => {
    const many = ['省乙厅', '省丙厅', '省丁厅', '省戊厅', '省己厅', '省庚厅', '省辛厅', '省壬厅', '省癸厅', '省子厅', '省丑厅'];
    const text = `一、某方面\n（一）支持某项改革。省甲委牵头，省乙厅配合。\n（二）建立某体系。省甲委牵头，${many.join('，')}配合。`;
    expect(read(text).map((t) => [t.title, t.units])).toEqual([
      ['支持某项改革', ['省甲委:lead', '省乙厅:co']],
      ['建立某体系', ['省甲委:lead', ...many.map((n) => `${n}:co`)]],
    ]);
  });

  it('a bare kind of place after a counted collective joins it, before the list’s 等部门 (13个街道、镇等部门)', () => {
    expect(read('重点任务分工\n1.保持某项入学率。（区教育局牵头，13个街道、镇等部门配合）\n2.推进某项改革。（区甲局牵头，区乙局配合）')[0]?.units).toEqual(['区教育局:lead', '13个街道、镇:co']);
  });
});

describe('role words after names, more wordings (stop 39, second pass)', () => {
  const units = (phrase: string) => parseUnitPhrase(phrase, 'marked-only').units.map((u) => `${u.name}:${u.role}`);
  it('a lead mark after the name (甲局★) leads; a run of stars masking a name does not', () => {
    expect(units('市甲局★、市乙局')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(units('县**、市乙局')).toEqual(['县**:responsible', '市乙局:responsible']);
    // (▲ △ ※ after a name are as often a note's mark, 各区政府△ / 注：△为…: review.)
    expect(units('市住建局、各区政府△')).toEqual(['市住建局:responsible', '各区政府△:responsible']);
  });
  it('为主办单位 / 为协办单位, 主抓, 协同落实, 分工协作, 按职能配合', () => {
    expect(units('市甲局为主办单位，市乙局为协办单位')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(units('市甲局主抓，市乙局协同落实')).toEqual(['市甲局:lead', '市乙局:co']);
    expect(units('市甲局牵头，市乙局、市丙局分工协作')).toEqual(['市甲局:lead', '市乙局:co', '市丙局:co']);
    expect(units('市甲局牵头，市乙局、市丙局按职能配合')).toEqual(['市甲局:lead', '市乙局:co', '市丙局:co']);
  });
  it('a role word in brackets after the names is that role word (甲局、乙局（按职责分工负责）, 乙局（配合）、丙局（配合）)', () => {
    expect(units('市甲局、市乙局（按职责分工负责）')).toEqual(['市甲局:responsible', '市乙局:responsible']);
    expect(units('市甲局（牵头）、市乙局（配合）、市丙局（参与）')).toEqual(['市甲局:lead', '市乙局:co', '市丙局:co']);
  });
  it('共同推进 after names is a verb, not a role: a notice’s title (某市与某市、某州共同推进…) names no division', () => {
    const text = '关于印发某市与某县、某州\n共同推进某项建设重点任务清单的通知\n一、某方面\n1.完成某项指标。\n责任单位：市甲局';
    expect(read(text).map((t) => t.units)).toEqual([['市甲局:responsible']]);
  });
});

describe('a bracketed role word closing a sentence of units (stop 39)', () => {
  it('甲局牵头，乙局、丙局（配合）。 after the task closes it, as 甲局牵头，乙局、丙局配合。 does', () => {
    const text = '一、某方面\n1、完成某项指标。市甲局牵头，市乙局，市丙局（配合）。\n2、推进某项改革。市丁局主抓，市戊局（配合）。';
    expect(read(text).map((t) => [t.title, t.units])).toEqual([
      ['完成某项指标', ['市甲局:lead', '市乙局:co', '市丙局:co']],
      ['推进某项改革', ['市丁局:lead', '市戊局:co']],
    ]);
  });
});
