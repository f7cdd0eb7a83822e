// The words that say who does what: labels (牵头单位：), role words after names (牵头, 配合,
// 按职责分工负责), lead marks (★), and the rules documents state (列第一位者为牵头单位), in
// simplified and traditional characters.
import { withTraditional } from './traditional.js';

/** Labels that name people, not agencies: kept as task attributes. Checked before unit labels. */
export const OFFICIAL_LABELS = withTraditional([
  '牵头负责领导', '牵头市领导', '牵头省领导', '牵头区领导', '牵头县领导', '牵头领导', '责任领导', '分管省领导', '分管市领导', '分管区领导',
  '分管县领导', '分管领导', '责任市领导', '责任区领导', '省领导', '市领导', '区领导', '县领导', '联系领导', '包抓领导', '责任人', '联系人',
  '牵头县级领导', '牵头市级领导', '牵头区级领导', '责任县级领导', '责任市级领导', '县级领导', '市级领导', '区级领导', '省级领导', '责任县领导', '责任省领导',
  '包保领导', '包联领导', '督办领导', '督查领导', '督办市领导', '督办区领导', '督办县领导', '挂点领导', '挂钩领导', '督导领导', '领衔领导', '包案领导', '联系县领导', '联系市领导',
]);
/** Labels of other task attributes (deadlines, sources): kept as task attributes, never units. */
export const ATTRIBUTE_LABELS = withTraditional([
  '时限要求', '完成时限', '完成时间', '时间要求', '时间节点', '时间安排', '进度安排', '进度要求', '完成期限', '时限', '任务来源', '备注',
  '具体要求', '工作要求', '目标要求', '工作目标', '任务目标', '年度目标', '考核指标', '主要内容', '具体内容', '建设内容', '实施内容',
  '具体措施', '工作措施', '推进措施', '工作举措', '具体举措',
  // A page's own record of who published it (发布机构：某某办事处), not who does the work.
  '发布机构', '发布单位', '发文机关', '发文单位', '发文机构', '成文单位', '信息来源', '来源单位', '所属机构',
  // Bodies that score, assess or supervise the work, not do it.
  '评分部门', '评分单位', '考核部门', '考核单位', '考评部门', '考评单位', '督查单位', '督查部门', '督办单位', '督办部门', '监督单位', '监督部门', '验收单位',
]);
export const LEAD_LABELS = withTraditional([
  '牵头责任单位', '牵头负责单位', '牵头负责部门', '牵头单位', '牵头部门', '牵头科室', '牵头处室', '主责单位', '主责部门', '主办单位', '责任牵头单位',
  '总牵头单位', '牵头责任部门', '责任牵头部门', '牵头机构', '牵头机关', '主办部门', '主管牵头单位',
  // A role word alone as a label (牵头：市甲局；配合：市乙局).
  '牵头', '主责',
]);
export const CO_LABELS = withTraditional([
  '协同责任单位', '配合责任单位', '配合单位', '配合部门', '配合科室', '协同单位', '协同部门', '协办单位', '参与单位', '参与部门', '协助单位', '协作单位',
  '配合处室', '协同处室', '协办部门', '协助部门', '协作部门', '参加单位', '参加部门', '配合机构', '协同配合单位', '协同配合部门', '支持单位', '支持部门',
  '配合', '协同', '协办', '协助', '参与',
]);
export const PLAIN_LABELS = withTraditional([
  '主要责任单位', '具体责任单位', '责任单位', '责任部门', '部门分工', '任务分工', '责任分工', '职责分工', '工作职责', '分工', '责任主体', '实施单位', '承办单位', '负责单位', '责任科室',
  '责任处室', '落实单位', '执行单位', '责任机构', '实施部门', '承办部门', '负责部门', '落实部门', '执行部门', '主体责任单位', '责任主体单位',
  '具体负责单位', '主管部门', '主管单位', '相关责任单位', '其他责任单位', '第一责任单位', '第一责任部门', '相关责任部门', '其他责任部门',
]);
/**
 * The main units of a task beside another list of them (主要责任单位 / 第一责任单位 / 主要负责单位 beside
 * 配合单位 or 相关责任单位): they lead (CONVENTIONS.md). Alone, they are plainly responsible.
 */
export const MAIN_UNIT_LABEL = /^(主要|第一)(责任|責任|负责|負責)(单位|單位|部门|部門)$/u;

/**
 * A label of two characters — a role word alone (牵头, 配合), 分工, 时限 — is also a word of running
 * text (…市发改委 / 牵头，…; 加强部门协同：…): it is a label only before its colon where a clause starts.
 */
export const isShortLabel = (label: string): boolean => label.length <= 2;

/** Every label, longest first (a label is a word followed by ： or :). */
export const ALL_LABELS = [...OFFICIAL_LABELS, ...ATTRIBUTE_LABELS, ...LEAD_LABELS, ...CO_LABELS, ...PLAIN_LABELS].sort((a, b) => b.length - a.length);

/** Role words after the names that make them leads. */
export const LEAD_SUFFIXES = withTraditional([
  '分别牵头负责落实', '分别牵头落实', '分别牵头负责', '共同牵头负责', '牵头负责落实', '牵头组织实施', '牵头抓总', '牵头负责', '牵头落实',
  '牵头实施', '牵头推进', '牵头组织', '分别牵头', '共同牵头', '为牵头单位', '为牵头部门', '为牵头责任单位', '为主要责任单位', '为主责单位', '为主责部门', '为主办单位', '为主办部门', '负总责', '主抓', '牵头主抓', '负主责', '总牵头', '联合牵头', '双牵头', '主办', '主责', '牵头统筹', '负责统筹', '统筹协调', '统筹', '牵头',
]);
/** Role words after the names that make them co-operating units. */
export const CO_SUFFIXES = withTraditional([
  '配合落实', '配合实施', '配合推进', '配合做好', '共同配合', '协同配合', '协同推进', '为配合单位', '为配合部门', '为协办单位', '为协办部门', '为协同单位', '为参与单位', '为参与部门', '协同落实', '分工协作', '协作配合', '配合协作',
  // 按职能配合, 根据职责分工配合 …
  ...['按', '按照', '根据', '依照', '依据', '依'].flatMap((by) => ['职责', '职能', '各自职责'].flatMap((duty) => ['分工', ''].map((share) => `${by}${duty}${share}配合`))),
  // (…with an adverb: 县乙局等部门密切配合, 积极参与.)
  '密切配合', '积极配合', '全力配合', '主动配合', '大力配合', '积极参与', '加强配合协调', '配合协调', '协调配合', '加强配合', '做好配合', '参与配合', '共同参与', '配合', '协同', '协助', '协办', '参与', '参加',
]);
/**
 * Duty clauses: the units are responsible without leading; beside a lead they co-operate
 * (按职责分工负责), alone they are `responsible` (分别负责落实).
 */
export const DUTY_SUFFIXES = withTraditional([
  // 按职责分工负责 and its kin: 按照职能分工落实, 根据各自职责抓好落实, 依照职责负责推进 …
  // (…and with the duty left out: 按分工负责, 依分工落实.)
  ...['按', '按照', '根据', '依照', '依据', '依'].flatMap((by) =>
    ['职责', '职能', '各自职责', '各自职能', ''].flatMap((duty) =>
      (duty === '' ? ['分工'] : ['分工', '']).flatMap((share) => ['负责落实', '抓好落实', '负责推进', '组织实施', '负责', '落实', '推进', '实施'].map((act) => `${by}${duty}${share}${act}`)),
    ),
  ),
  '按职责分工负责落实', '按职责分工抓好落实', '按职责分工负责', '按职责分工落实', '按照职责分工负责', '按职能分工负责', '按职责分别负责',
  '按各自职责负责', '按职责负责', '根据职责分工负责', '结合实际落实', '结合实际抓好落实', '分别负责落实', '分别抓好落实', '负责组织实施', '共同负责', '分别负责',
  '分别落实', '负责落实', '抓好落实', '共同落实', '抓落实', '具体负责', '具体承办', '具体落实', '组织实施', '具体实施', '负责实施', '负责推进', '为责任单位', '为责任部门', '负责', '落实', '承办',
]);
export const DUTY_CLAUSE = '按职责分工负责';

/** Marks before a name that make it the lead: ★甲局, ※甲局, ▲甲局. */
export const LEAD_MARKS = new Set(['★', '☆', '※', '▲', '△', '●', '◆', '*', '＊']);
/** A bracket after a name that makes it the lead: 甲局（牵头）. */
export const LEAD_BRACKETS = withTraditional(['牵头', '牵头单位', '牵头部门', '主责', '总牵头']);

/**
 * The first-listed rule as documents state it: 列第一位者为牵头单位, 排在第一位的为牵头单位,
 * 第一个为牵头部门, 排名第一的为牵头单位, 第一责任单位为牵头单位, 首位为牵头 …
 */
const FIRST_LISTED = /(第一|首)(位|个|家|名|责任单位|责任部门|单位|部门)?[^，,。；;]{0,6}?(为|是)(总|工作|具体)?牵头/u;
const FIRST_LISTED_T = /(第一|首)(位|個|家|名|責任單位|責任部門|單位|部門)?[^，,。；;]{0,6}?(為|爲|是)(總|工作|具體)?牽頭/u;
/** …or with the lead verb straight after the unit ranked first: 由排名首位的部门牵头负责, 排在第一位的单位牵头. */
const FIRST_LEADS = /(排名|排在|列在?|排序)(第一|首)位?的?(部门|单位|部門|單位)?(牵头|牽頭)/u;
export function statesFirstListedRule(text: string): boolean {
  return FIRST_LISTED.test(text) || FIRST_LISTED_T.test(text) || FIRST_LEADS.test(text);
}

/** Words that make a clause a remark about the list rather than units (下同, 不再逐项列出, 均涉及). */
export const REMARK_MARKS = withTraditional([
  '下同', '不再逐项列出', '不再一一列出', '不再逐一列出', '不再逐个列出', '不再单独列出', '不再另行列出', '不一一列出', '不再列出', '不再重复', '均涉及', '均需', '均由', '以下各项', '各项任务', '涉及多个', '涉及两个以上', '涉及两个及以上',
  '排在第一', '排名第一', '列第一', '第一位', '为牵头或', '汇总单位',
]);

/**
 * Remarks that are rules about the whole list even when they name a unit (各项任务均涉及各市（州）人民政府，不再逐项列出),
 * and the exception that opens such a rule (除专门列出外, 除另有说明外).
 */
export const STRONG_REMARK = /下同|不再(逐项|一一|重复)?列出|均涉及|均需|各项任务|以下各项|不再重复|不再赘述|^除(另有|特别|专门|单独)?[\p{Script=Han}]{0,8}外$/u;

/**
 * A label the lists above do not name, in the shape labels of units take: a short word ending in
 * 单位 / 部门 / 科室 / 处室 / 股室 / 机构 before ： or : (数据提供单位：, 建设单位：, 项目业主单位：).
 * Its units are read as a plain 责任单位 list: responsible alone, co-operating beside a lead.
 * Not a collective (各有关单位：) and not a label of people or attributes.
 */
const GENERIC_UNIT_LABEL = /[\p{Script=Han}]{1,6}?(?:单位|部门|科室|处室|股室|机构|單位|部門|機構|處室)(?=[ \t\u3000]{0,2}[：:])/uy;
/**
 * Words that make the "label" a name of units (市人民政府各部门：, 区直单位：, 有关单位：) rather than a
 * label — or a judgement of them (an inspection notice's 表现好的单位：, 通报批评单位：, 排名靠后的单位：):
 * units praised or named for lagging, not charged with a task.
 */
const NOT_GENERIC = /[各省市县区镇乡局厅府委直属縣區鎮鄉廳屬]|有关|相关|其他|其它|以上|上述|所有|全体|有關|相關|全體|表现|表現|表扬|表揚|批评|批評|较好|較好|较差|較差|靠前|靠后|靠後|优秀|優秀|先进|先進|落后|落後|滞后|滯後/u;

/** The unnamed unit label starting at `at` in `text` (see {@link GENERIC_UNIT_LABEL}), or undefined. */
export function genericUnitLabelAt(text: string, at = 0): string | undefined {
  GENERIC_UNIT_LABEL.lastIndex = at;
  const m = GENERIC_UNIT_LABEL.exec(text);
  if (m === null) return undefined;
  const label = m[0];
  if (NOT_GENERIC.test(label) || OFFICIAL_LABELS.some((l) => label.endsWith(l)) || ATTRIBUTE_LABELS.some((l) => label.endsWith(l))) return undefined;
  return label;
}
