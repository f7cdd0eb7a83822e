// The bundled identity table: bodies renamed or merged by the 2018 and 2023 institutional reforms.

/** A document a reform rule comes from. */
export interface ReformSource {
  title: string;
  /** Who issued or approved it. */
  by: string;
  /** Its date, ISO 8601. */
  date: string;
  url?: string;
}

/** The documents of the bundled rules, by key. */
export const REFORM_SOURCES = {
  'state-council-2018': {
    title: '国务院机构改革方案',
    by: '第十三届全国人民代表大会第一次会议批准',
    date: '2018-03-17',
    url: 'http://www.gov.cn/guowuyuan/2018-03/17/content_5275116.htm',
  },
  'party-state-2018': {
    title: '深化党和国家机构改革方案',
    by: '中共中央印发 (also the source of the local reforms and of the merger of the state and local tax bureaus)',
    date: '2018-03-21',
    url: 'http://www.gov.cn/zhengce/2018-03/21/content_5276191.htm',
  },
  'party-state-2023': {
    title: '党和国家机构改革方案',
    by: '中共中央、国务院印发 (its State Council part approved by the 14th NPC on 2023-03-10)',
    date: '2023-03-16',
    url: 'https://www.gov.cn/zhengce/2023-03/16/content_5747072.htm',
  },
} as const satisfies Record<string, ReformSource>;

export type ReformSourceKey = keyof typeof REFORM_SOURCES;

/**
 * The level a rule applies at: `national` (bodies of the State Council, named without a place:
 * 国家卫生计生委), `provincial` (place 省, 湖南省, 广西壮族自治区 …: 省环境保护厅) or `local` (any other
 * place: 市, 长沙市, 岳阳楼区 — and the four municipalities, whose bodies are named 局 and 委 as
 * cities' are).
 */
export type ReformLevel = 'national' | 'provincial' | 'local';

/** One rename or merger: the bodies named in `from` became `to`. */
export interface IdentityRule {
  /**
   * The predecessor bodies, each as its names without the place, variants joined by `|`
   * (`环境保护厅|环保厅` is one body); several bodies make a merger.
   */
  from: readonly string[];
  /** The successor's role. */
  to: string;
  level: ReformLevel;
  /** When the change took effect, ISO 8601 (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  effective: string;
  /** Key of its source in {@link REFORM_SOURCES}, or free text for rules of your own. */
  source: string;
  /** What the date is, when it is not the day the change itself took effect. */
  dateNote?: string;
}

const LOCAL_DATE =
  'given as the national date: provincial and local bodies were renamed on dates of their own (most in late 2018 and early 2019), which this table does not give';
const LOCAL_DATE_2023 = 'given as the national date: provincial and local bodies were reorganised on dates of their own (2023–2024)';

const national = (from: string[], to: string, effective = '2018-03-17', source: ReformSourceKey = 'state-council-2018'): IdentityRule => ({ from, to, level: 'national', effective, source });
const provincial = (from: string[], to: string): IdentityRule => ({ from, to, level: 'provincial', effective: '2018-03-17', source: 'state-council-2018', dateNote: LOCAL_DATE });
const local = (from: string[], to: string): IdentityRule => ({ from, to, level: 'local', effective: '2018-03-17', source: 'state-council-2018', dateNote: LOCAL_DATE });

/**
 * Renames and mergers of the 2018 reform (国务院机构改革方案, 2018-03-17; 深化党和国家机构改革方案,
 * 2018-03-21, for the provincial and local bodies that mirror the national ones, and the merger of
 * the state and local tax bureaus) and of the 2023 reform (党和国家机构改革方案, 2023-03-16). Each
 * `from` is a role without its place, so 省环境保护厅 and 湖南省环境保护厅 both match 环境保护厅.
 * Provincial and local dates are the national date unless a better one is given with its source in
 * `dateNote`. Only bodies that became one named successor are here; functions moved between bodies
 * (医保局 from parts of four) are not renames.
 */
export const REFORM_RULES: readonly IdentityRule[] = [
  // 2018, the State Council.
  national(['国家卫生计生委|国家卫生和计划生育委员会'], '国家卫生健康委'),
  national(['环境保护部|环保部'], '生态环境部'),
  national(['国土资源部', '国家海洋局', '国家测绘地信局|国家测绘地理信息局'], '自然资源部'),
  national(['农业部'], '农业农村部'),
  national(['文化部', '国家旅游局'], '文化和旅游部'),
  national(['国家工商总局|国家工商行政管理总局', '国家质检总局|质检总局|国家质量监督检验检疫总局', '国家食品药品监管总局|国家食药监总局|国家食品药品监督管理总局'], '市场监管总局'),
  national(['国家安全监管总局|安监总局|国家安全生产监督管理总局'], '应急管理部'),
  national(['国家林业局'], '国家林草局'),
  national(['国家粮食局'], '国家粮食和储备局'),
  national(['国家新闻出版广电总局'], '广电总局'),
  national(['银监会|中国银监会', '保监会|中国保监会'], '银保监会'),
  national(['国务院法制办'], '司法部'),
  national(['国家外专局|国家外国专家局'], '科技部'),
  // 2023, the State Council.
  { ...national(['银保监会|中国银保监会'], '金融监管总局', '2023-05-18', 'party-state-2023'), dateNote: 'the day 国家金融监督管理总局 was inaugurated' },
  national(['国家乡村振兴局'], '农业农村部', '2023-03-16', 'party-state-2023'),
  national(['全国老龄办'], '民政部', '2023-03-16', 'party-state-2023'),
  // 2018, provinces (厅, 委, 局 of a province).
  provincial(['卫生计生委|卫生和计划生育委员会|卫计委'], '卫生健康委'),
  provincial(['环境保护厅|环保厅'], '生态环境厅'),
  provincial(['国土资源厅|国土厅'], '自然资源厅'),
  provincial(['农业厅|农委|农业委员会'], '农业农村厅'),
  provincial(['文化厅', '旅游局|旅游发展委|旅游发展委员会|旅发委'], '文化和旅游厅'),
  provincial(['工商局|工商行政管理局', '质监局|质量技术监督局', '食品药品监管局|食药监局|食品药品监督管理局'], '市场监管局'),
  provincial(['安监局|安全监管局|安全生产监督管理局'], '应急管理厅'),
  provincial(['林业厅'], '林业局'),
  provincial(['粮食局'], '粮食和储备局'),
  provincial(['新闻出版广电局'], '广播电视局'),
  provincial(['法制办|法制办公室'], '司法厅'),
  {
    from: ['国税局|国家税务局', '地税局|地方税务局'],
    to: '税务局',
    level: 'provincial',
    effective: '2018-06-15',
    source: 'party-state-2018',
    dateNote: 'the day the merged provincial tax bureaus opened, as the State Taxation Administration announced it',
  },
  // 2018, cities and counties (局, 委).
  local(['卫生计生委|卫生和计划生育委员会|卫计委'], '卫生健康委'),
  local(['卫生计生局'], '卫生健康局'),
  local(['环境保护局|环保局'], '生态环境局'),
  local(['国土资源局|国土局'], '自然资源局'),
  local(['农业局|农委'], '农业农村局'),
  local(['文化局|文广新局', '旅游局'], '文化和旅游局'),
  local(['工商局|工商行政管理局', '质监局|质量技术监督局', '食品药品监管局|食药监局|食品药品监督管理局'], '市场监管局'),
  local(['安监局|安全监管局|安全生产监督管理局'], '应急管理局'),
  local(['法制办|法制办公室'], '司法局'),
  {
    from: ['国税局|国家税务局', '地税局|地方税务局'],
    to: '税务局',
    level: 'local',
    effective: '2018-07-20',
    source: 'party-state-2018',
    dateNote: 'the day the merged city and county tax bureaus opened, as the State Taxation Administration announced it',
  },
  // 2023, provinces and below.
  { from: ['银保监局'], to: '金融监管局', level: 'provincial', effective: '2023-05-18', source: 'party-state-2023', dateNote: LOCAL_DATE_2023 },
  { from: ['银保监分局'], to: '金融监管分局', level: 'local', effective: '2023-05-18', source: 'party-state-2023', dateNote: LOCAL_DATE_2023 },
  { from: ['乡村振兴局'], to: '农业农村厅', level: 'provincial', effective: '2023-03-16', source: 'party-state-2023', dateNote: LOCAL_DATE_2023 },
  { from: ['乡村振兴局'], to: '农业农村局', level: 'local', effective: '2023-03-16', source: 'party-state-2023', dateNote: LOCAL_DATE_2023 },
  { from: ['地方金融监管局|地方金融监督管理局'], to: '地方金融管理局', level: 'provincial', effective: '2023-03-16', source: 'party-state-2023', dateNote: LOCAL_DATE_2023 },
];
