// Tables whose cells run together with no separator: the text document-sharing sites give for a
// Word table (序号工作内容目标任务责任单位备注1…2…). The wording is made up, in the shapes such pages have.
import { parseTable, TableParseError } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const read = (text: string) =>
  parseTable(text).tasks.map((t) => [t.id, t.category, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);

describe('a table whose cells run together', () => {
  it('reads one units column after a task and a target cell, with the sites’ page marks removed', () => {
    const text = [
      '某某工作重点任务责任分工表.docx',
      '1、某某工作重点任务责任分工表序号工作内容目标任务责任单位备注1加强某某宣传,开展某某活动;引导市民参与。2021年2月底前,知晓率达90%以上。市委宣传部(市文明办)、市甲局,市乙局等部门,各区(市)县政府2完善某某体系,优化某某布局。2021年6月底前,基本建成某某体系。市丙局,市',
      '2、丁局、市甲局,各区(市)县政府3推进某某规范化管理。2021年底前,制定某某意见。市戊局',
    ].join('\n');
    expect(read(text)).toEqual([
      ['1', null, '加强某某宣传,开展某某活动;引导市民参与', ['市委宣传部(市文明办):responsible', '市甲局:responsible', '市乙局:responsible', '各区(市)县政府:responsible']],
      ['2', null, '完善某某体系,优化某某布局', ['市丙局:responsible', '市丁局:responsible', '市甲局:responsible', '各区(市)县政府:responsible']],
      ['3', null, '推进某某规范化管理', ['市戊局:responsible']],
    ]);
    // The target cell is kept on the task, not read as units.
    expect(parseTable(text).tasks[0]?.extra['目标任务']).toBe('2021年2月底前,知晓率达90%以上');
  });

  it('splits two unit columns where their names run together, and takes section rows as categories', () => {
    const text =
      '—1—某某规划纲要主要目标任务分解方案序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长7%左右。市甲委各县(市、区)政府、某某开发区2单位生产总值能耗下降15%。市甲委市乙委市丙局、市丁局,各县(市、区)政府—2—二、产业优化升级3积极推进技术创新,推广应用网络通信技术等先进技术市科技局市甲委、各县(市、区)政府';
    expect(read(text)).toEqual([
      ['1', '主要发展指标', '地区生产总值年均增长7%左右', ['市甲委:lead', '各县(市、区)政府:co', '某某开发区:co']],
      ['2', '主要发展指标', '单位生产总值能耗下降15%', ['市甲委:lead', '市乙委:lead', '市丙局:co', '市丁局:co', '各县(市、区)政府:co']],
      ['3', '产业优化升级', '积极推进技术创新,推广应用网络通信技术等先进技术', ['市科技局:lead', '市甲委:co', '各县(市、区)政府:co']],
    ]);
  });

  it('does not take numbers inside a task (12%, 3个, 2021年) for the next row', () => {
    const text = '序号重点任务责任单位1新建学校3个,增加学位2000个。市教育局2完成12%的减排目标。市生态环境局';
    expect(read(text).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '新建学校3个,增加学位2000个', ['市教育局:responsible']],
      ['2', '完成12%的减排目标', ['市生态环境局:responsible']],
    ]);
  });

  it('reads a 编号 header, departments named without a level, a leader run into the task and a deadline after the units', () => {
    // County tables name departments bare (住建局, 教育局): the name starts where a department's short name does.
    const text =
      '编号工作任务分管领导牵头单位配合单位完成时限1完成某某道路改造工程。王某某住建局交通局、各街道年底前完成2新建某某学校2所张某教育局财政局、自然资源局2025年6月底前3推进某某服务中心建设李某某民政局长期坚持';
    const tasks = parseTable(text).tasks;
    expect(tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`), t.extra['分管领导'], t.extra['完成时限']])).toEqual([
      ['1', '完成某某道路改造工程', ['住建局:lead', '交通局:co', '各街道:co'], '王某某', '年底前完成'],
      ['2', '新建某某学校2所', ['教育局:lead', '财政局:co', '自然资源局:co'], '张某', '2025年6月底前'],
      ['3', '推进某某服务中心建设', ['民政局:lead'], '李某某', '长期坚持'],
    ]);
  });

  it('keeps a body with its own parts (市政府各部门, 区政府有关部门) and a party committee’s department (市委政法委) whole', () => {
    const text =
      '序号重点工作牵头单位配合单位1推进某某信息公开。市政府办公室市政府各部门2落实某某审批改革。区行政审批局区政府有关部门、各镇3加强某某综合治理。区某某工作领导小组办公室相关成员单位4完成某某平安建设任务。市委政法委市公安局、市司法局';
    expect(read(text).map(([, , , units]) => units)).toEqual([
      ['市政府办公室:lead', '市政府各部门:co'],
      ['区行政审批局:lead', '区政府有关部门:co', '各镇:co'],
      // (An office's 相关成员单位 are other bodies.)
      ['区某某工作领导小组办公室:lead', '相关成员单位:co'],
      ['市委政法委:lead', '市公安局:co', '市司法局:co'],
    ]);
  });

  it('a lead is one body: its own parts alone where two unit cells ran together are the second cell; an office is a unit, its body’s office part of the body', () => {
    const text =
      '序号工作任务牵头部门配合单位1推进某某项目建设市建委相关部门2开展某某业务培训,不断提升业务能力办公室3推进某某公开工作区司法局、各成员单位4做好某某文件的集中、规范公开工作区司法局各成员单位5办理某某建议提案市政府办公室市政府各部门';
    expect(read(text).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '推进某某项目建设', ['市建委:lead', '相关部门:co']],
      ['2', '开展某某业务培训,不断提升业务能力', ['办公室:lead']],
      ['3', '推进某某公开工作', ['区司法局:lead', '各成员单位:co']],
      // (A piece with a task's words, 规范公开工作区司法局, is text run into a name.)
      ['4', '做好某某文件的集中、规范公开工作', ['区司法局:lead', '各成员单位:co']],
      ['5', '办理某某建议提案', ['市政府办公室:lead', '市政府各部门:co']],
    ]);
  });

  it('short names with a task’s words are names (组织部, 投资促进局); a body’s 综合办 or 党政办 is part of it; 市政府各部门 is one collective', () => {
    const one = '序号工作内容责任单位1加强某某队伍建设，开展专题培训。县委宣传部、组织部2推进某某招商。县商务局、投资促进局3做好某某报道。县委宣传部';
    expect(read(one).map(([, , , units]) => units)).toEqual([['县委宣传部:responsible', '组织部:responsible'], ['县商务局:responsible', '投资促进局:responsible'], ['县委宣传部:responsible']]);
    const two = '序号工作内容牵头单位配合单位1推进某某宣传。区司法局综合办2完善某某预案。镇政府党政办3落实某某责任。市政府各部门';
    expect(read(two).map(([, , , units]) => units)).toEqual([['区司法局综合办:lead'], ['镇政府党政办:lead'], ['市政府各部门:lead']]);
  });

  it('drops the header printed again at the top of a page', () => {
    const text = '某某表.docx\n1、序号工作内容责任单位备注1加强某某设施建设。县水利局、县农业农村局2提升某某管理水平。县市场监管局序号工作内容责任单位备注\n2、3完善某某应急预案。县应急局、各乡镇人民政府';
    expect(read(text)).toEqual([
      ['1', null, '加强某某设施建设', ['县水利局:responsible', '县农业农村局:responsible']],
      ['2', null, '提升某某管理水平', ['县市场监管局:responsible']],
      ['3', null, '完善某某应急预案', ['县应急局:responsible', '各乡镇人民政府:responsible']],
    ]);
  });

  it('reads a heading with quotes and digits between rows as the category of the rows after it', () => {
    const text = '序号重点任务牵头单位1推进某某改革。市甲局二、“十四五”时期2025年目标2完成某某指标。市乙局';
    expect(read(text).map(([id, category]) => [id, category])).toEqual([
      ['1', null],
      ['2', '“十四五”时期2025年目标'],
    ]);
  });

  it('reads the rest of the table past a row whose units it cannot tell, with a warning on that row', () => {
    const text = '序号任务名称牵头部门配合部门1保持98%以上的某某入学率。某某13个街道、镇2不发生某某安全事故。区应急管理局3某某失业率控制在4%以内。市人社局4坚定不移支持某某发展。市经信局市财政局、市发展改革委';
    const table = parseTable(text);
    expect(read(text).map(([id, , title]) => [id, title])).toEqual([
      ['2', '不发生某某安全事故'],
      ['3', '某某失业率控制在4%以内'],
      ['4', '坚定不移支持某某发展'],
    ]);
    expect(table.diagnostics.map((d) => d.code)).toEqual(['empty-units']);
  });

  it('reads names with no level right after the task’s last sentence (。民政局高新园(某某镇)，各街道)', () => {
    const text = '编号工作内容牵头责任单位责任单位完成时限备注一、某某攻坚1优化某某服务。民政局高新园(某某镇)，各街道2025年底前2推进某某建设。县甲局县乙局持续推进3完善某某机制。区丙局区丁局年底前完成';
    expect(read(text)).toEqual([
      ['1', '某某攻坚', '优化某某服务', ['民政局:lead', '高新园(某某镇):co', '各街道:co']],
      ['2', '某某攻坚', '推进某某建设', ['县甲局:lead', '县乙局:co']],
      ['3', '某某攻坚', '完善某某机制', ['区丙局:lead', '区丁局:co']],
    ]);
  });

  it('starts a name at a lead mark, whatever the name (…建设★长沙某某区管委会)', () => {
    const text = '序号任务内容责任单位及分工1某某预算收入增长18%★市财政局2推进河西某某配套建设★长沙某某区管委会、商务局、高新区3建设3个某某产业园★县示范区管委会';
    expect(read(text).map(([, , title, units]) => [title, units])).toEqual([
      ['某某预算收入增长18%', ['市财政局:lead']],
      ['推进河西某某配套建设', ['长沙某某区管委会:lead', '商务局:co', '高新区:co']],
      ['建设3个某某产业园', ['县示范区管委会:lead']],
    ]);
  });

  it('finds the first row when its task opens with a counter (1万元…), and starts the names no earlier than a lead mark', () => {
    const one = '序号重点工作责任部门时限要求备注1万元地区生产总值能耗降低20%市经委持续推进2新增养老服务床位民政局6月底前';
    expect(read(one).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '万元地区生产总值能耗降低20%', ['市经委:responsible']],
      ['2', '新增养老服务床位', ['民政局:responsible']],
    ]);
    const marked = '序号项目名称责任领导责任单位及分工1实现某某比重达54%王某某★区甲局、统计局2城乡居民收入增幅与某某增幅保持同步李某★市乙委';
    expect(read(marked).map(([, , title, units]) => [title, units])).toEqual([
      ['实现某某比重达54%', ['区甲局:lead', '统计局:co']],
      ['城乡居民收入增幅与某某增幅保持同步', ['市乙委:lead']],
    ]);
  });

  it('reads units given with their labels or their role words, run into the task', () => {
    const labelled = '序号具体任务责任部门1建设某某实验室体系牵头单位：市甲局2扩容某某教育资源牵头单位：区乙局；配合单位：区丙集团、各有关乡镇(街道)';
    expect(read(labelled).map(([, , title, units]) => [title, units])).toEqual([
      ['建设某某实验室体系', ['市甲局:lead']],
      ['扩容某某教育资源', ['区乙局:lead', '区丙集团:co', '各有关乡镇(街道):co']],
    ]);
    const roles = '序号任务内容责任单位1落实某某代表提出的议案。市甲委员会牵头，市乙局配合2持续压实“某某责任”。市丙委牵头，市相关部门、某某新区管委会、各区政府配合';
    expect(read(roles).map(([, , title, units]) => [title, units])).toEqual([
      ['落实某某代表提出的议案', ['市甲委员会:lead', '市乙局:co']],
      ['持续压实“某某责任”', ['市丙委:lead', '市相关部门:co', '某某新区管委会:co', '各区政府:co']],
    ]);
  });

  it('does not take the end of a title for a name because its first character is a level (乡, 省, 州)', () => {
    const text = '序号工作内容责任单位1城乡居民收入增幅与某某增幅保持同步市甲委2完善跨省异地就医直接结算政策国家乙局3做大做强某某装备制造业,为某州工业长远发展奠定基础市丙委';
    expect(read(text).map(([, , title, units]) => [title, units])).toEqual([
      ['城乡居民收入增幅与某某增幅保持同步', ['市甲委:responsible']],
      ['完善跨省异地就医直接结算政策', ['国家乙局:responsible']],
      ['做大做强某某装备制造业,为某州工业长远发展奠定基础', ['市丙委:responsible']],
    ]);
  });

  it('splits a lead cell where it meets the next cell, and keeps 各乡镇 and 自治区… whole', () => {
    const text = '序号主要任务牵头单位配合单位1某某出口增长15%以上市甲局经委，乙局，丙局2推进某某清单公开县甲局各乡镇人民政府，县政府各部门3支援某某地区自治区水利厅自治区发展改革委，国土资源厅4生产总值增长7.5%左右发改局各部门、各镇乡(街道)';
    expect(read(text).map(([, , title, units]) => [title, units])).toEqual([
      ['某某出口增长15%以上', ['市甲局:lead', '经委:co', '乙局:co', '丙局:co']],
      ['推进某某清单公开', ['县甲局:lead', '各乡镇人民政府:co', '县政府各部门:co']],
      ['支援某某地区', ['自治区水利厅:lead', '自治区发展改革委:co', '国土资源厅:co']],
      ['生产总值增长7.5%左右', ['发改局:lead', '各部门:co', '各镇乡(街道):co']],
    ]);
  });

  it('takes a row whose task opens with a counter (2万元…) when no other number 2 ends a row in units, never a date (5月底)', () => {
    const text = '序号工作任务牵头部门1规范某某举债行为,积极消化存量。市甲局2万元地区生产总值能耗降低20%。市乙委3某某管委会5月底建成投用某某小镇。某某管委会';
    expect(read(text).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '规范某某举债行为,积极消化存量', ['市甲局:lead']],
      ['2', '万元地区生产总值能耗降低20%', ['市乙委:lead']],
      ['3', '某某管委会5月底建成投用某某小镇', ['某某管委会:lead']],
    ]);
  });

  it('keeps the last row when its units cannot be told, with a warning, instead of dropping it', () => {
    const table = parseTable('序号重点任务责任单位1推进某某建设市甲局2完善某某机制市乙局3开展某某行动有关事项另行通知');
    expect(table.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(table.diagnostics.some((d) => d.code === 'empty-units')).toBe(true);
  });

  it('reads section headings with 、 in their words when they are the next heading in turn (二、中考、高考保障)', () => {
    const text = '序号目标任务牵头单位配合单位一、某某供给1某某债券发行信息公开省甲厅各设区市二、中考、高考保障2某某投资增长10%市甲委市乙局、市丙局三、131项重点工作3某某收入增长8%以上市丁局各有关部门';
    expect(read(text).map(([, category, title]) => [category, title])).toEqual([
      ['某某供给', '某某债券发行信息公开'],
      ['中考、高考保障', '某某投资增长10%'],
      ['131项重点工作', '某某收入增长8%以上'],
    ]);
  });

  it('keeps long names with a level’s character inside a word (开发区, 城镇化), a body with its own sub-unit, and a title’s 分工：', () => {
    const text = '序号工作任务责任单位1推进某某工作建设。市高新技术产业开发区管委会2完成某某任务。市新型城镇化建设工作领导小组3推进某某工作，明确分工：各司其职。市教育局';
    expect(read(text).map(([, , title, units]) => [title, units])).toEqual([
      ['推进某某工作建设', ['市高新技术产业开发区管委会:responsible']],
      ['完成某某任务', ['市新型城镇化建设工作领导小组:responsible']],
      ['推进某某工作，明确分工：各司其职', ['市教育局:responsible']],
    ]);
    const sub = '序号工作任务牵头单位配合单位1推进某某工作县公安局交警大队县交通局2完成某某任务市人社局就业服务中心市财政局';
    expect(read(sub).map(([, , , units]) => units)).toEqual([
      ['县公安局交警大队:lead', '县交通局:co'],
      ['市人社局就业服务中心:lead', '市财政局:co'],
    ]);
  });

  it('cuts names run together after a role word (市卫健委牵头各区政府配合)', () => {
    const text = '序号任务内容责任单位1推进某某建设。市甲委牵头各区政府配合2完成某某工作。市乙局';
    expect(read(text).map(([, , title, units]) => [title, units])).toEqual([
      ['推进某某建设', ['市甲委:lead', '各区政府:co']],
      ['完成某某工作', ['市乙局:responsible']],
    ]);
  });

  it('reads a lead marked by its bracket after a leader’s name (…战略。刘某强省甲委（牵头），省乙委)', () => {
    const text = '序号任务内容责任领导责任单位及分工1坚持某某发展战略。刘志强省甲委（牵头），省乙委，省丙厅2推进某某项目建设。王建国市丁局（牵头），市戊局';
    expect(read(text).map(([, , title, units]) => [title, units])).toEqual([
      ['坚持某某发展战略', ['省甲委:lead', '省乙委:co', '省丙厅:co']],
      ['推进某某项目建设', ['市丁局:lead', '市戊局:co']],
    ]);
  });

  it('reads the first heading with 、 in its words before the first row (一、中考、高考保障1…)', () => {
    const text = '序号目标任务牵头单位配合单位一、中考、高考保障1某某考点建设市甲局市乙局二、某某供给2某某债券发行信息公开省甲厅各设区市';
    expect(read(text).map(([, category, title]) => [category, title])).toEqual([
      ['中考、高考保障', '某某考点建设'],
      ['某某供给', '某某债券发行信息公开'],
    ]);
  });

  it('reads a lead column before the task: each row opens with its names, the cell after the task may be empty', () => {
    const text = '序号牵头部门任务名称协办单位1区甲局新建某某综合楼区乙公司2县丙局完成某某泵站主体工程,开工建设某某控制闸3市发展和改革委员会地区生产总值增长6%以上各县市区政府，开发区管委会';
    expect(read(text).map(([id, , title, units]) => [id, title, units])).toEqual([
      ['1', '新建某某综合楼', ['区甲局:lead', '区乙公司:co']],
      ['2', '完成某某泵站主体工程,开工建设某某控制闸', ['县丙局:lead']],
      ['3', '地区生产总值增长6%以上', ['市发展和改革委员会:lead', '各县市区政府:co', '开发区管委会:co']],
    ]);
  });

  it('reads long run-together text with no rows in it as no table, with the reader’s own error', () => {
    // 120,000 characters of names with no row number: every cut of them is read once, not once per way to cut.
    const text = `序号重点任务责任单位${'市甲局市乙局'.repeat(20000)}`;
    expect(() => parseTable(text)).toThrow(TableParseError);
  });
});

describe('the leading official of a run-together row whose lead column opens it', () => {
  const officials = (text: string) => parseTable(text).tasks.map((t) => [t.title, t.extra?.['责任领导'] || undefined, t.units.map((u) => `${u.name}:${u.role}`)]);

  it('is taken from the start of the units after the task, or from the end of its text when that cell is empty', () => {
    const text = '编号牵头单位目标任务责任领导配合部门1市甲局完成某项年度指标。陈静各直属机构2区河长制办公室推进某项改革。王建国3市丙局做好某项服务。杨帆各镇乡(街道)';
    expect(officials(text)).toEqual([
      ['完成某项年度指标', '陈静', ['市甲局:lead', '各直属机构:co']],
      ['推进某项改革', '王建国', ['区河长制办公室:lead']],
      ['做好某项服务', '杨帆', ['市丙局:lead', '各镇乡(街道):co']],
    ]);
  });

  it('is no place before a level (高新 / 区管委会), nor the end of a task with no stop before it (found by review)', () => {
    const text = '编号牵头单位目标任务责任领导配合部门1市甲局完成某项年度指标。高新区管委会2市乙局打造区域人才高地3市丙局强化安全生产';
    expect(officials(text)).toEqual([
      ['完成某项年度指标', undefined, ['市甲局:lead', '高新区管委会:co']],
      ['打造区域人才高地', undefined, ['市乙局:lead']],
      ['强化安全生产', undefined, ['市丙局:lead']],
    ]);
  });

  it('is the last two characters when they are a name opening with one of the commonest surnames (…提升工程李明)', () => {
    const text = '编号工作任务责任领导牵头部门配合部门1农村某某服务能力提升刘志强县甲局2农村饮水安全巩固提升工程李明市水利局3加强某某扶贫杨帆市乙办市丙委、市丁局';
    expect(officials(text).map(([title, official]) => [title, official])).toEqual([
      ['农村某某服务能力提升', '刘志强'],
      ['农村饮水安全巩固提升工程', '李明'],
      ['加强某某扶贫', '杨帆'],
    ]);
  });
});
