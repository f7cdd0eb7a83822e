// Shapes from the blind sets of stop 32 (tuning split), each written here in made-up wording: news
// whose sentences open with who does the work (即县甲局牵头，组织开展…。县乙局牵头，…), a leader named
// among the units (由李某牵头，区甲办负责), a speech's points (一是… 二是… / 一要…), a duty list
// (交通部门，负责…), and names: a collective closed by its bracket before another unit, two kinds of
// unit sharing one list (市直有关部门、单位), the work named before 由, and page remnants (an indent
// of question marks, [接上页], a stretch of road in a bracket).
import { parseTable, type ResponsibilityTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { markOpeningDivisions, openingDivision } from '../../../../packages/core/src/parse/opening-divisions.js';
import { parseTaskNumber } from '../../../../packages/core/src/parse/numbering.js';
import { parseUnitPhrase } from '../../../../packages/core/src/parse/unit-phrase.js';

const read = (table: ResponsibilityTable) => table.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
const roles = (phrase: string) => parseUnitPhrase(phrase, 'marked-only').units.map((u) => `${u.name}:${u.role}`);

describe('sentences that open with who does the work', () => {
  it('each sentence of a paragraph opening with its units and 牵头 is a task, titled by the sentence', () => {
    const text = '全县河库管护取得成效。同时，要求县级部门牵头实施好三项行动。即县甲局牵头，组织开展河道清障专项行动。县乙局、县丙局牵头，做好乡镇污水处理设施运营管理；县丁局牵头，县戊局配合，组织开展库岸治理。';
    expect(read(parseTable(text))).toEqual([
      ['1', '即县甲局牵头，组织开展河道清障专项行动', ['县甲局:lead']],
      ['2', '县乙局、县丙局牵头，做好乡镇污水处理设施运营管理', ['县乙局:lead', '县丙局:lead']],
      ['3', '县丁局牵头，县戊局配合，组织开展库岸治理', ['县丁局:lead', '县戊局:co']],
    ]);
  });

  it('a leader named among the units is an official; the units answering for the work are responsible', () => {
    const table = parseTable('区长主持召开会议，研究土地收储工作。会议明确，由李某牵头，区甲办、区乙分局负责，及时汇总全区项目用地需求。');
    expect(read(table)).toEqual([['1', '会议明确，由李某牵头，区甲办、区乙分局负责，及时汇总全区项目用地需求', ['区甲办:responsible', '区乙分局:responsible']]]);
    expect(table.tasks[0]?.extra).toMatchObject({ 牵头领导: '李某' });
    // A short name that is an agency's (林业, 发改) stays a unit.
    expect(roles('林业牵头，发改、市甲局配合')).toEqual(['林业:lead', '发改:co', '市甲局:co']);
    // …and places are not people (万州, 江北: a surname's character first).
    expect(roles('市水利局牵头，万州、江北、梁平配合')).toEqual(['市水利局:lead', '万州:co', '江北:co', '梁平:co']);
  });

  it('a sentence of units alone closes the task before it; cells run together are not sentences', () => {
    expect(openingDivision('省甲厅牵头，省乙委、省丙厅等单位配合')).toBeUndefined();
    expect(openingDivision('办公室牵头，各科室配合 11月底前 2 完成档案整理')).toBeUndefined();
    expect(openingDivision('县甲局牵头，组织开展专项行动')).toBe('县甲局牵头');
    // The first sentence of a line opens an item: the prose reader reads it as such, unmarked.
    expect(markOpeningDivisions('县甲局牵头，组织开展专项行动。').count).toBe(0);
  });
});

describe('a speech’s points and a duty list', () => {
  it('一是… 二是…: each point is a task numbered by its ordinal, its units in the sentences after it', () => {
    const text = '会上，区长指出：一是共享单车管理工作。区甲局牵头，梳理辖区投放单车的数量。二是推进停车场建设工作。区乙局负责规范建设停车场。三是规范道路停车。交警大队、区乙局负责，梳理能够停车的道路。';
    expect(read(parseTable(text))).toEqual([
      ['1', '共享单车管理工作', ['区甲局:lead']],
      ['2', '推进停车场建设工作', ['区乙局:responsible']],
      ['3', '规范道路停车', ['交警大队:responsible', '区乙局:responsible']],
    ]);
    expect([parseTaskNumber('一是'), parseTaskNumber('十二要'), parseTaskNumber('是')]).toEqual([1, 12, undefined]);
  });

  it('第一，… 第二，…: points counted with 第, the ordinal not left in the title', () => {
    const text = '具体分工如下：\n第一，推动高质量发展，由市甲局牵头，市乙局配合。\n第二，深化改革开放，由市丙办牵头，市直各部门配合。\n第三，保障改善民生。责任单位：县丁局（牵头），县戊局。';
    expect(read(parseTable(text))).toEqual([
      ['1', '推动高质量发展', ['市甲局:lead', '市乙局:co']],
      ['2', '深化改革开放', ['市丙办:lead', '市直各部门:co']],
      ['3', '保障改善民生', ['县丁局:lead', '县戊局:co']],
    ]);
  });

  it('X部门，负责…: a duty list read as the units’ sentences', () => {
    const text = '[接上页] 交通部门，负责通村公路建设。教育部门，负责义务教育和职业教育。水利部门，负责农田水利建设。';
    expect(read(parseTable(text))).toEqual([
      ['1', '交通部门，负责通村公路建设', ['交通部门:responsible']],
      ['2', '教育部门，负责义务教育和职业教育', ['教育部门:responsible']],
      ['3', '水利部门，负责农田水利建设', ['水利部门:responsible']],
    ]);
  });
});

describe('names and page remnants', () => {
  it('a collective closed by its bracket is whole; 市直有关部门、单位 is one; 等相关区直部门 closes a list', () => {
    expect(roles('各镇(办)、经开区')).toEqual(['各镇(办):responsible', '经开区:responsible']);
    expect(roles('各县（市、区）人民政府')).toEqual(['各县（市、区）人民政府:responsible']);
    expect(roles('市甲局牵头，市直有关部门、单位配合')).toEqual(['市甲局:lead', '市直有关部门、单位:co']);
    expect(roles('区甲局、区乙局等相关区直部门')).toEqual(['区甲局:responsible', '区乙局:responsible']);
    expect(roles('门前三包任务由各镇(办)负责实施')).toEqual(['各镇(办):responsible']);
  });

  it('an indent of question marks (a lost full-width space) and a stretch of road in a bracket are not the text', () => {
    const text = ['（一）优化政务服务', '??1.推进高频事项网上办理。（责任单位：区甲办、区乙中心）', '??2.在甲大道(某酒店-某客运站)、乙路(一中—某广场)等路段增设公益广告。责任单位：区丙局、区丁集团'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '推进高频事项网上办理', ['区甲办:responsible', '区乙中心:responsible']],
      ['2', '在甲大道(某酒店-某客运站)、乙路(一中—某广场)等路段增设公益广告', ['区丙局:responsible', '区丁集团:responsible']],
    ]);
  });
});

describe('more division sentences', () => {
  it('承办 answers for the work alone, and leads the units that 配合 beside it', () => {
    expect(roles('市卫生局、市财政局承办')).toEqual(['市卫生局:responsible', '市财政局:responsible']);
    expect(roles('由乡甲中心承办，乡乙站、卫生院配合')).toEqual(['乡甲中心:lead', '乡乙站:co', '卫生院:co']);
  });

  it('a division that is a sentence of its own, after a paragraph, is the whole paragraph’s', () => {
    const text = ['（五）推进卫生和体育发展', '强化公共卫生目标管理。加强疾病防治和监控。由某某同志负责，市甲局、市乙局承办。', '促进体育事业协调发展。实施健身长廊工程。由某某同志负责，市丙局承办。'].join('\n');
    const table = parseTable(text);
    expect(read(table).map(([, title, units]) => [title, units])).toEqual([
      ['强化公共卫生目标管理。加强疾病防治和监控', ['市甲局:responsible', '市乙局:responsible']],
      ['促进体育事业协调发展。实施健身长廊工程', ['市丙局:responsible']],
    ]);
    expect(table.tasks.map((t) => t.category)).toEqual(['推进卫生和体育发展', '推进卫生和体育发展']);
  });

  it('a duty list run together with ； gives one task per unit, under its heading', () => {
    const table = parseTable('（二）明确分工，责任到人。市甲委负责提出全市节能规划；市乙委负责全市工业节能；市丙局、市丁局负责建筑节能。');
    expect(read(table)).toEqual([
      ['1', '市甲委负责提出全市节能规划', ['市甲委:responsible']],
      ['2', '市乙委负责全市工业节能', ['市乙委:responsible']],
      ['3', '市丙局、市丁局负责建筑节能', ['市丙局:responsible', '市丁局:responsible']],
    ]);
    expect(table.tasks.map((t) => t.category)).toEqual(['明确分工，责任到人', '明确分工，责任到人', '明确分工，责任到人']);
  });
});

describe('what the points and openings must not take', () => {
  it('一是… 二是… inside a numbered task are its parts, and 三要素 is no point', () => {
    const text = ['1.深化“放管服”改革。一是推进审批事项清单化管理；二是推行“一网通办”。（市甲局牵头，市乙委配合）', '2.加强监管（市丙局负责）', '3.三要素齐全，内容完整。（市丁局负责）'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '深化“放管服”改革。一是推进审批事项清单化管理；二是推行“一网通办”', ['市甲局:lead', '市乙委:co']],
      ['2', '加强监管', ['市丙局:responsible']],
      ['3', '三要素齐全，内容完整', ['市丁局:responsible']],
    ]);
  });

  it('the sentences before a division that opens the last one are kept, as a note', () => {
    const table = parseTable('（一）加强食品安全监管。要完善追溯体系，强化源头治理。市甲局牵头，市乙局配合，开展专项检查。市丙局负责，依法打击违法犯罪。');
    expect(read(table).map(([, title, units]) => [title, units])).toEqual([
      ['市甲局牵头，市乙局配合，开展专项检查', ['市甲局:lead', '市乙局:co']],
      ['市丙局负责，依法打击违法犯罪', ['市丙局:responsible']],
    ]);
    expect([...table.preamble, ...table.notes].join('')).toContain('要完善追溯体系，强化源头治理。');
  });
});

describe('an inspection notice', () => {
  it('items numbered by their photographs (图①：…) are numbered items, the mark not in the title', () => {
    const text = ['近日，督查组深入部分创建点位进行专项督查。', '图①：某大道两侧公交车站台没有公益广告。责任单位：县甲局。', '图②：某广场内乱停车。责任单位：县乙局。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某大道两侧公交车站台没有公益广告', ['县甲局:responsible']],
      ['2', '某广场内乱停车', ['县乙局:responsible']],
    ]);
    expect([parseTaskNumber('图③：'), parseTaskNumber('②'), parseTaskNumber('图12:')]).toEqual([3, 2, 12]);
  });
});

describe('units said to be the lead', () => {
  it('a sentence naming its units the lead of the work (甲局和乙办是某某的牵头部门，要…) is a task titled by it', () => {
    const text = '某日上午，全县某某工作推进会召开。副县长某某出席并讲话。各镇要加强宣传，形成氛围。县甲委和农村乙办是秸秆综合利用的牵头部门，要着力拓展综合利用途径，从根本上解决秸秆去处问题。';
    expect(read(parseTable(text)).map(([, title, units]) => [title, units])).toEqual([
      ['县甲委和农村乙办是秸秆综合利用的牵头部门，要着力拓展综合利用途径，从根本上解决秸秆去处问题', ['县甲委:lead', '农村乙办:lead']],
    ]);
  });

  it('not when the subject is no unit, or nothing follows it', () => {
    expect(() => parseTable('会议指出，这是全年工作的牵头任务，要抓紧。各镇要形成合力。')).toThrow(/no task/u);
  });
});

describe('an inspection notice whose measures name the body with 由', () => {
  it('整改措施：由X督促… / 由X负责… under each problem: X is responsible, the label and a patch-holder title dropped', () => {
    const text = ['某月某日巡查情况的通报', '', '1、某商城户外宣传广告破损。', '', '整改措施:由县甲局督促商户更换。', '', '2、某街人行道流动经营。', '', '整改措施:由某某联合执法工作组负责整治。', '', '3、某路住户在行道树晾晒衣物。', '', '整改措施:由包片单位县乙局督促住户移走,并加强教育引导。'].join('\n');
    expect(read(parseTable(text))).toEqual([
      ['1', '某商城户外宣传广告破损', ['县甲局:responsible']],
      ['2', '某街人行道流动经营', ['某某联合执法工作组:responsible']],
      ['3', '某路住户在行道树晾晒衣物', ['县乙局:responsible']],
    ]);
  });

  it('由 before a verb that is no duty (由于…) or before words that are no unit assigns nothing', () => {
    const text = ['1、某商城户外宣传广告破损。', '整改措施:由于商户众多,督促难度较大。', '2、某街人行道流动经营。', '整改措施:由县丙局负责整治。'].join('\n');
    expect(read(parseTable(text)).map(([id, , units]) => [id, units])).toEqual([['2', ['县丙局:responsible']]]);
  });
});

describe('a duty list run together with ；', () => {
  it('reads entries whose names share 分别 / 等 before the duty, and a collective with a bracket inside its name', () => {
    const text = '（二）明确分工，责任到人。市甲委负责提出全市规划；市丙局、市丁局分别负责教育、卫生系统节能；市戊局、市己局等负责所属系统及行业节能；县(区、市)政府、各工业园区负责本行政区域内节能工作，完善工作责任制；市庚局负责宾馆节能。';
    expect(read(parseTable(text)).map(([, title, units]) => [title, units])).toEqual([
      ['市甲委负责提出全市规划', ['市甲委:responsible']],
      ['市丙局、市丁局分别负责教育、卫生系统节能', ['市丙局:responsible', '市丁局:responsible']],
      ['市戊局、市己局等负责所属系统及行业节能', ['市戊局:responsible', '市己局:responsible']],
      ['县(区、市)政府、各工业园区负责本行政区域内节能工作，完善工作责任制', ['县(区、市)政府:responsible', '各工业园区:responsible']],
      ['市庚局负责宾馆节能', ['市庚局:responsible']],
    ]);
  });
});

describe('an inspection notice judging units', () => {
  it('a line praising or naming units (表现好的单位：…，表现较差的单位：…) charges them with nothing', () => {
    const text = ['1.某路段车辆乱停乱放。（县甲局）', '2.某广场垃圾未及时清运。（县乙局）', '三、本周执勤表现好的单位:县丙部、县丁局,表现较差的单位:县戊局、县己局。'].join('\n');
    expect(read(parseTable(text)).map(([id, , units]) => [id, units])).toEqual([
      ['1', ['县甲局:responsible']],
      ['2', ['县乙局:responsible']],
    ]);
  });
});

describe('what a duty list must leave alone (found by review)', () => {
  it('the names end at their first role word (甲局负责指导各区政府负责落实…: 甲局 alone)', () => {
    expect(read(parseTable('全市整改工作有序推进。市甲局负责指导各区政府负责落实整改工作。市乙局负责督促检查整改进度。')).map(([, , units]) => units)).toEqual([['市甲局:responsible'], ['市乙局:responsible']]);
  });

  it('an item number before the names is no part of them, and 各自 is the role’s', () => {
    expect(read(parseTable('全市节能工作取得成效，现就有关事项通知如下。（一）市甲局负责全市节能规划工作。（二）市乙局负责全市工业节能工作。')).map(([, , units]) => units)).toEqual([['市甲局:responsible'], ['市乙局:responsible']]);
    expect(read(parseTable('全市节能工作取得成效。市丙局、市丁局各自负责本系统节能工作。市庚局负责宾馆节能工作。')).map(([, , units]) => units)).toEqual([['市丙局:responsible', '市丁局:responsible'], ['市庚局:responsible']]);
  });
});

describe('a division sentence on the line after a broken title (found by the prose variants)', () => {
  it('is the item’s units, a collective sharing its 各 (各开发区、镇(街道)) read as one name', () => {
    const text = ['一、某某方面', '4.一般公共预算收入增长', '8%以上。市财政局牵头，各有关部门、各开发区、镇(街道)配合。', '5.固定资产投资', '增长6%左右。市发展改革委牵头，各县市区政府配合。'].join('\n');
    expect(read(parseTable(text)).map(([id, title, units]) => [id, title, units])).toEqual([
      ['4', '一般公共预算收入增长8%以上', ['市财政局:lead', '各有关部门:co', '各开发区、镇(街道):co']],
      ['5', '固定资产投资增长6%左右', ['市发展改革委:lead', '各县市区政府:co']],
    ]);
  });
});

describe('an item opening with its helpers (Y配合X做好…)', () => {
  it('gives X the work and Y the co-operation, as the joiner Y配合X抓好落实 does in a bracket', () => {
    const table = parseTable('重点任务分工\n1.县交通运输局配合各镇做好技术指导、工程验收工作。\n2.县财政局负责做好资金保障。');
    expect(table.tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['各镇:responsible', '县交通运输局:co'], ['县财政局:responsible']]);
  });
});

describe('minutes charging units with the work (责成 / 请 / 会议要求)', () => {
  const minutes = (...items: string[]) => ['县政府第十次常务会议纪要', '2024年3月5日，县长主持召开县政府第十次常务会议。现将会议议定事项纪要如下：', ...items].join('\n');
  const units = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.units.map((u) => `${u.name}:${u.role}`)]);

  it('gives the work to the units charged (责成县甲局…, 请县乙局负责…), the first leading where 会同 joins others', () => {
    expect(units(minutes('一、关于某某问题。会议责成县交通局抓紧制定整改方案。', '二、关于某某项目。请县发改局会同县财政局抓紧研究提出意见。', '三、关于某某工作。会议要求县农业农村局牵头做好春耕生产。'))).toEqual([
      ['1', ['县交通局:responsible']],
      ['2', ['县发改局:lead', '县财政局:co']],
      ['3', ['县农业农村局:lead']],
    ]);
    // …and the helpers' joiner after the charge: 要求县甲局配合各镇做好….
    expect(units(minutes('一、关于某某工程。要求县交通运输局配合各镇做好技术指导工作。'))).toEqual([['1', ['各镇:responsible', '县交通运输局:co']]]);
  });

  it('never takes the charge for part of a name, nor a charge to all (请各单位认真对照…) for a division', () => {
    const table = parseTable(minutes('一、关于某某工作。会议要求县农业农村局牵头做好春耕生产。', '请各单位认真对照，抓好落实。'));
    expect(table.tasks.flatMap((t) => t.units.map((u) => u.name))).toEqual(['县农业农村局']);
  });
});

describe('第 that counts no point (found by review)', () => {
  it('第一、二季度 and 第一、第二批 are words of the sentence', () => {
    const text = '某县公布今年重点任务分工，明确各项任务的牵头单位及责任单位。\n新建幼儿园5所，由县教育局负责。\n第一、二季度改造老旧小区12个，由县住建局负责。';
    expect(parseTable(text).tasks.map((t) => t.title)).toEqual(['新建幼儿园5所', '第一、二季度改造老旧小区12个']);
  });
});

describe('a duty list with a colon after each unit (县发改局：负责…)', () => {
  it('is read as the units’ sentences when nothing else in the text is a task', () => {
    const text = '县委办、县政府办：负责全县重大决策部署的督查督办。\n县甲局：负责项目谋划和争取工作。\n县乙局：负责资金保障工作。';
    expect(read(parseTable(text))).toEqual([
      ['1', '全县重大决策部署的督查督办', ['县委办:responsible', '县政府办:responsible']],
      ['2', '项目谋划和争取工作', ['县甲局:responsible']],
      ['3', '资金保障工作', ['县乙局:responsible']],
    ]);
  });
});

describe('a list of duties by unit, each opening with the unit and a colon (stop 39)', () => {
  const read = (text: string) => parseTable(text, { file: 'plan.txt' }).tasks.map((t) => [t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
  it('gives each item its unit, responsible, titled by its sentence; a contact line is no item', () => {
    const text = ['二、职责分工', '（一）市发展改革委：做好某项工作的统筹协调。', '（二）市财政局：加强某项资金保障，确保按期拨付。', '（三）市教育局、市人社局：做好某项培训工作。', '三、联系方式', '（一）市政府办公室：联系人张某某，电话1234567。'].join('\n');
    expect(read(text)).toEqual([
      ['市发展改革委：做好某项工作的统筹协调', ['市发展改革委:responsible']],
      ['市财政局：加强某项资金保障，确保按期拨付', ['市财政局:responsible']],
      ['市教育局、市人社局：做好某项培训工作', ['市教育局:responsible', '市人社局:responsible']],
    ]);
  });
});
