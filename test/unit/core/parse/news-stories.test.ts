// News of a meeting that retells who is to do what: sentences giving the work to units after a
// lead-in (下一步，由甲局牵头…), opening a paragraph, with 会同 or a closing 配合 clause, and the points of
// a speech (一要…。); news retelling a division, with a unit for subject (甲局要…). Made-up wording in the shapes such stories have
// (test/fixtures/real/CONVENTIONS.md: each such sentence a task titled by the whole sentence; each
// point with units a task titled by its first sentence).
import { parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (text: string) => parseTable(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
// (Sentences with no number of their own are numbered by the reader in order.)
const unnumbered = (text: string) => read(text).map(([, title, units]) => [title, units]);
const story = (...paragraphs: string[]) =>
  ['某某县召开某某工作推进会', '来源：某某县人民政府网 发布时间：2023-04-12', '    4月11日，某某县召开某某工作推进会，研究部署下一步工作。副县长王某出席会议并讲话。', ...paragraphs.map((p) => `    ${p}`)].join('\n');

describe('a news story of a meeting', () => {
  it('reads divisions after a lead-in and at the start of a paragraph, with 会同 and a closing 配合 clause', () => {
    const text = story(
      '下一步，由区甲委牵头，区乙委、区丙局配合，开展2023年度 某某示范村建设。',
      '会议指出，要充分认识做好此项工作的重要意义。对此，县丁局要会同县戊局、县己局，做好某某道路改造。',
      '会议强调，县庚局负责开展某某创建，县辛局、某某镇积极配合。',
    );
    expect(unnumbered(text)).toEqual([
      ['下一步，由区甲委牵头，区乙委、区丙局配合，开展2023年度 某某示范村建设', ['区甲委:lead', '区乙委:co', '区丙局:co']],
      ['对此，县丁局要会同县戊局、县己局，做好某某道路改造', ['县丁局:lead', '县戊局:co', '县己局:co']],
      ['会议强调，县庚局负责开展某某创建，县辛局、某某镇积极配合', ['县庚局:responsible', '县辛局:co', '某某镇:co']],
    ]);
  });

  it('reads a sentence with a unit for subject as a task where the story retells a division, not the government itself', () => {
    const text = [
      '某某市公布今年重点任务分工',
      '    3月16日，某某市人民政府公布2023年重点任务分工，明确各项任务的牵头单位及责任单位。',
      '    根据分工，市甲局要完成某某管网改造50公里。各乡镇要切实履行属地责任，抓好工作落实。',
      '    市乙局、市丙局将推进某某惠企政策精准直达。市政府将定期对落实情况进行督促检查。',
      '    此外，市丁局要在11月底新建幼儿园9所，由市丁局负责。',
    ].join('\n');
    // (A sentence closed by its own division is one task, read by that division.)
    expect(unnumbered(text)).toEqual([
      ['根据分工，市甲局要完成某某管网改造50公里', ['市甲局:responsible']],
      ['市乙局、市丙局将推进某某惠企政策精准直达', ['市乙局:responsible', '市丙局:responsible']],
      ['市丁局要在11月底新建幼儿园9所', ['市丁局:responsible']],
    ]);
  });

  it('reads no sentence with a unit for subject and no role word as a task in the story of a meeting', () => {
    // (CONVENTIONS.md: there 市甲局要… says what a unit is to do without giving it the work.)
    const text = story('会议要求，市甲局要完成某某管网改造50公里。由市乙局牵头，市丙局配合，做好某某工作。', '各乡镇、县直有关部门主要负责同志参加会议。');
    expect(unnumbered(text)).toEqual([['由市乙局牵头，市丙局配合，做好某某工作', ['市乙局:lead', '市丙局:co']]]);
    const only = story('会议要求，市甲局要完成某某管网改造50公里。市丁局要做好某某宣传。');
    expect(() => parseTable(only)).toThrow();
  });

  it('titles a speech’s point by its first sentence, whatever sentences come before its units', () => {
    const text = story(
      '一要提高政治站位。要加大督查力度，对工作不力的严肃问责。由县甲管委会牵头，建设3个某某产业园。',
      '二要压实工作责任。会议指出，要充分认识做好此项工作的重要意义。县乙局负责某某街道路改造。',
      '三要加强宣传引导。会议强调，要加大督查力度。县丙局要会同县丁局，做好某某宣传工作。',
      '四要注重统筹协调。县戊局要做好某某协调工作。',
    );
    // (Point 四 gives no unit the work: 县戊局要… with no role word, in a meeting's story.)
    expect(read(text)).toEqual([
      ['1', '提高政治站位', ['县甲管委会:lead']],
      ['2', '压实工作责任', ['县乙局:responsible']],
      ['3', '加强宣传引导', ['县丙局:lead', '县丁局:co']],
    ]);
  });

  it('takes the first point after its speaker’s words and a comma, and a leader named by office as an official (由相关县领导牵头)', () => {
    const text = story(
      '就做好某某工作，县长强调，一要提高政治站位。各级各部门要深刻领会某某工作的重大意义。',
      '二要强化时间概念。由相关县领导牵头，县甲局负责，乙局、丙局等其他相关单位加强配合协调，抽调业务骨干，成立工作专班。',
      '三要坚持因地制宜。要立足我县发展实际，统筹好生产、生活空间。',
    );
    const table = parseTable(text);
    expect(read(text)).toEqual([['2', '强化时间概念', ['县甲局:responsible', '乙局:co', '丙局:co']]]);
    expect(table.tasks[0]?.extra['牵头领导']).toBe('相关县领导');
  });

  it('stops the names after 会同 at the work’s verb, adds no words to a title, and takes no headline for a unit', () => {
    const text = story('县甲局要会同县乙局指导各乡镇人民政府做好防汛工作。', '县丙局会同县丁局督促各区政府落实某某整改。');
    expect(unnumbered(text)).toEqual([
      ['县甲局要会同县乙局指导各乡镇人民政府做好防汛工作', ['县甲局:lead', '县乙局:co']],
      ['县丙局会同县丁局督促各区政府落实某某整改', ['县丙局:lead', '县丁局:co']],
    ]);
    const retelling = ['某某市公布今年重点任务分工', '    3月16日，某某市人民政府公布2023年重点任务分工，明确各项任务的牵头单位及责任单位。', '    县交通局要完成某某公路改造。', '    县发改局要会同县财政局做好项目资金申报工作。'].join('\n');
    expect(unnumbered(retelling)).toEqual([
      ['县交通局要完成某某公路改造', ['县交通局:responsible']],
      ['县发改局要会同县财政局做好项目资金申报工作', ['县发改局:lead', '县财政局:co']],
    ]);
    const meeting = ['某县召开重点工作推进会', '    4月11日，某县召开重点工作推进会，听取各单位重点任务分工落实情况汇报。', '    县甲局要完成某某改造。', '    由县乙局牵头，县丙局配合，做好某某工作。'].join('\n');
    // (A meeting that hears how a division is carried out is no story retelling one.)
    expect(parseTable(meeting).tasks.map((t) => [t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)])).toEqual([[null, '由县乙局牵头，县丙局配合，做好某某工作', ['县乙局:lead', '县丙局:co']]]);
  });

  it('does not take a plan with a dated schedule line for a news story: its sentences with a unit for subject are read', () => {
    const text = ['某镇2023年防汛工作方案', '为做好今年防汛工作，制定本方案。', '一、工作安排', '5月10日，召开全镇防汛工作部署会，部署防汛工作。', '镇水利站要在5月20日前完成河道清障。', '镇应急办要在5月底前完成物资储备。'].join('\n');
    expect(unnumbered(text).map(([, units]) => units)).toEqual([['镇水利站:responsible'], ['镇应急办:responsible']]);
  });

  it('reads no subject sentences in a plan whose page gives its publication record', () => {
    // (A notice's 发布时间 is no dateline: 市政府办公厅将… there is the issuer's, and the tasks are the items.)
    const text = [
      '某某市人民政府办公室关于分解落实重点工作的通知',
      '发布时间:2021-11-22 19:30',
      '1.某某收入增长10%（牵头单位：市甲局；责任单位：市乙局）',
      '2.某某投资增长8%（牵头单位：市丙局）',
      '市政府办公厅将对落实情况进行督促检查。市甲局要定期报送进展情况。',
    ].join('\n');
    expect(read(text).map(([id, , units]) => [id, units])).toEqual([
      ['1', ['市甲局:lead', '市乙局:co']],
      ['2', ['市丙局:lead']],
    ]);
  });
});

describe('units working with the lead named later in the sentence, after the work', () => {
  it('co-operate, with a modal and an adverb before their role word (要紧密配合)', () => {
    const text = '某县召开疫情防控工作会议\n     1月29日,某县召开疫情防控工作会议。\n       会上,县长强调:疫情防控工作,刻不容缓。由公安部门牵头,对重点人群进行排查,疾控部门要紧密配合,搞好跟踪随访;暂停公交运营。';
    expect(parseTable(text).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['公安部门:lead', '疾控部门:co']]);
  });
});

describe('a later clause of the work with a role word at its end (found by review)', () => {
  it('names no unit (形成部门协同)', () => {
    const text = '某县召开工作会议\n     1月29日,某县召开工作会议。\n       会上,县长强调:工作刻不容缓。由县发改局牵头，建立工作专班，形成部门协同，确保按期完成。';
    expect(parseTable(text).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['县发改局:lead']]);
  });
});

describe('a lead given inside a speech’s sentence (明确由X牵头)', () => {
  it('is the sentence’s division, after the speaker’s colon and what led to it', () => {
    const text = '某区召开工作研讨会\n5月20日上午,某区召开某某治理工作专题研讨会。\n主任强调:此项工作已经引起区委、区政府高度重视,明确由区委办牵头,整合各单位意见,出台综合实施方案。';
    expect(parseTable(text).tasks.map((t) => t.units.map((u) => `${u.name}:${u.role}`))).toEqual([['区委办:lead']]);
  });
});
