// A recogniser of agency names from their endings (厅 局 委 办 中心 政府 …) and of collective
// units (各县（市、区）人民政府, 市直各有关单位): tells a list of units from the words of a task.
import { CO_LABELS, LEAD_LABELS, PLAIN_LABELS } from './labels.js';
import { withTraditional } from './traditional.js';

/** Endings of the names of government bodies, enterprises and organisations, longest first. */
export const AGENCY_ENDINGS: readonly string[] = withTraditional([
  '人民政府', '管理委员会', '委员会', '办公室', '领导小组', '工作专班', '工作组', '指挥部', '管委会', '工委', '党委', '党组',
  '政府', '部门', '单位', '机关', '机构', '中心', '集团', '公司', '银行', '分行', '支行', '农发行', '海关', '法院', '检察院', '医院',
  '大学', '学院', '学校', '协会', '商会', '联合会', '工会', '妇联', '团委', '残联', '科协', '侨联', '文联', '社科联',
  '分局', '支队', '大队', '中队', '军分区', '武警', '监狱', '气象台', '电视台', '报社', '街道', '办事处', '社区',
  '主体', '专班', '小组', '部', '厅', '局', '委', '办', '院', '所', '站', '队', '社', '馆', '会', '处', '室', '署', '科', '股',
  '园区', '开发区', '新区', '片区', '示范区', '高新区', '保税区', '试验区', '实验区', '合作区', '自贸区', '度假区', '风景区', '乡镇', '镇', '乡', '街',
  '公安', '税务', '供电', '电力', '电信', '移动', '联通', '铁塔', '邮政', '烟草', '盐业', '民航', '铁路', '港务', '机场',
  // Parks with a management body of their own (高新园, 物流园), and the state investment companies
  // as plans abbreviate them (区城投 = 城市建设投资公司, 市交投, 县水投).
  '产业园', '工业园', '科技园', '高新园', '物流园', '创业园', '软件园', '农业园',
  '城投', '水投', '交投', '国投', '建投', '文投', '旅投', '产投', '金投', '能投', '农投',
]);

/** Long endings that only a body's name has: a dash before them joins two places in one name (磨憨—磨丁合作区管委会). */
const BODY_ENDINGS = withTraditional(['管理委员会', '委员会', '管委会', '办公室', '指挥部', '领导小组', '工作专班', '集团', '公司', '中心']);

/** Places that end a collective or a local government (各县市区, 各市州), matched with a leading 各. */
const PLACE_ENDINGS = withTraditional(['市', '县', '区', '州', '盟', '旗', '乡', '镇', '街道', '县级市', '市区', '市州', '县区', '县市区']);
/** Words that never occur in a unit name but do in the sentences of a task. */
const TASK_WORDS = withTraditional([
  '推进', '加强', '加快', '完善', '建立', '健全', '实施', '开展', '推动', '深化', '落实', '提升', '强化', '制定', '做好',
  '促进', '支持', '鼓励', '确保', '实现', '完成', '提高', '扩大', '组织', '引导', '探索', '优化', '规范', '保障',
  '达到', '增长', '以上', '左右', '以内', '力争', '持续', '年底', '月底', '前', '不少于',
]);

/** The words of unit labels and columns (责任部门, 牵头单位 …): alone, they name no unit. */
const UNIT_LABEL_WORDS = new Set([...LEAD_LABELS, ...CO_LABELS, ...PLAIN_LABELS].filter((w) => w !== '主管部门' && w !== '主管单位'));

/** Words of a sentence, never of a name, even one with a body's ending. */
const SENTENCE_WORDS = withTraditional(['按照', '原则', '根据', '依照', '参照', '结合实际', '相近的', '对应的', '为牵头', '为配合', '为协办', '为责任', '其他为', '其余为', '召开', '举行']);

/** Words that open a task, never a name (建设 does open one: 建设银行, 建设局). */
const TASK_OPENINGS = withTraditional([
  '推进', '加强', '加快', '完善', '建立', '健全', '实施', '开展', '推动', '深化', '落实', '提升', '强化', '制定', '做好', '促进',
  '支持', '高质量', '新建', '建成', '改扩建', '全面', '积极', '大力', '着力', '抓好', '打造', '筹建',
]);

/** Whether a text holds the verbs of a task (推进, 加强, 做好 …), which no unit name does. */
export const hasTaskWords = (text: string): boolean => TASK_WORDS.some((w) => text.includes(w));

/** Whether `name` ends like the name of a body: 省发展改革委, 市直各有关单位, 国家税务总局某某税务局. */
export function hasAgencyEnding(name: string): boolean {
  for (const e of AGENCY_ENDINGS) if (name.endsWith(e) && name.length > e.length) return true;
  return false;
}

/** Whether `name` is a collective written as a list of places: 各县（市、区）, 各区、县级市, 各市州. */
export function isPlaceCollective(name: string): boolean {
  if (!name.startsWith('各') && !name.startsWith('各級') && !name.startsWith('各级')) return false;
  const bare = name.replace(/[（(<〈〔［[][^）)>〉〕］\]]*[）)>〉〕］\]]/gu, '');
  return PLACE_ENDINGS.some((e) => bare.endsWith(e)) || hasAgencyEnding(name) || hasAgencyEnding(bare);
}

/**
 * Whether a piece of text reads as the name of one responsible unit (or a collective of them):
 * short, no sentence punctuation, no verbs of a task, and an agency ending or a collective form.
 * Used where no label or role word says that a bracket lists units (（市发改委、财政局，某某税务局）).
 */
export function isAgencyName(piece: string): boolean {
  const name = piece.trim();
  if (name.length < 2 || name.length > 40) return false;
  // A label's word alone (由责任部门分别负责落实) names no unit.
  if (UNIT_LABEL_WORDS.has(name)) return false;
  // …nor does one after 的 (主要指标的责任部门: a heading about units, not a unit).
  const of = name.lastIndexOf('的');
  if (of > 0 && UNIT_LABEL_WORDS.has(name.slice(of + 1))) return false;
  // A body with its other name in brackets (省编办（省审改办）, 市政府办(市金融办)) is one unit.
  // So is one with a bracketed alternative or place after it (各县（市、区）人民政府（管委会）, 高新园（某某镇）).
  const alias = /^(.+?)[\s\u3000]*[（(]([^（()）]+)[）)]$/u.exec(name);
  if (alias !== null && isAgencyName(alias[1] as string)) {
    const other = (alias[2] as string).trim();
    if (isAgencyName(other) || AGENCY_ENDINGS.includes(other) || PLACE_ENDINGS.includes(other) || /^\p{Script=Han}{1,4}(镇|乡|街道|鎮|鄉)$/u.test(other)) return true;
  }
  // A collective of places sharing one ending (人民大垸、荒湖管理区): short places, then a name.
  if (name.includes('、') && !name.startsWith('各')) {
    const parts = name.split('、');
    const last = parts.pop() as string;
    if (isAgencyName(last) && parts.every((p) => /^\p{Script=Han}{2,6}$/u.test(p) && !hasTaskWords(p))) return true;
  }
  // A counted collective (13个街道、镇, 5个乡镇, 3个开发区管委会): the units it counts.
  const counted = /^(?:[\d０-９]+|[一二三四五六七八九十百]+)个(.+)$/u.exec(name);
  if (counted !== null) {
    const rest = counted[1] as string;
    return /^(街道|乡镇|镇|乡|村|社区|镇街|镇\(街道\)|镇（街道）)(、(街道|乡镇|镇|乡|村|社区))*$/u.test(rest) || (!/[\d０-９]/u.test(rest) && isAgencyName(rest));
  }
  // …nor one written with 至 / 到 after a street or road (新华街至长春街, 胜利路到临五路: a stretch of road).
  if (/[街路巷桥橋村站口][至到]/u.test(name)) return false;
  // A range of places (甲镇—乙镇, a route) is no unit's name.
  if (/[—–―～~]/u.test(name) && !BODY_ENDINGS.some((e) => name.endsWith(e) && !/[—–―～~]/u.test(name.slice(name.length - e.length - 1)))) return false;
  if (/[。；;：:！？!?“”"《》%％]|[\d０-９](年|月|日|个|個|項|项|亿|億|万|萬|元|人|户|戶|家|所|处|處|座|条|條|平方|公里)/u.test(name)) return false;
  // 甲委等10多个部门: a count of units, not one.
  if (/等[\d０-９多几幾十数數]/u.test(name)) return false;
  if (TASK_WORDS.some((w) => name.includes(w)) && !hasAgencyEnding(name)) return false;
  // Words of a sentence about how work is shared (新兴行业按照业务相近的原则由业务相近部门): no name holds them.
  if (SENTENCE_WORDS.some((w) => name.includes(w))) return false;
  // …nor with a charge given to it (会议要求县甲局, 责成县乙局, 请县丙局): the charge is the sentence's, not the name's.
  if (/^(?:会议|會議)?(?:要求|责成|責成|请|請|明确由|明確由|决定由|決定由|督促|号召|號召)/u.test(name)) return false;
  // …nor with a question word (由哪些部门牵头？ asks; it names no one).
  if (/^(?:哪些|哪个|哪個|哪家|什么|什麼|何种|何種)/u.test(name)) return false;
  // A name never opens with the verb of a task (高质量建设某实验室, 新建某中心).
  if (TASK_OPENINGS.some((w) => name.startsWith(w))) return false;
  // 建设 opens a body's name only before a body's ending (建设局, 建设银行), not a project (建设高速铁路).
  if (/^建设/u.test(name) && !/(局|厅|委|办|部门|单位|银行|集团|公司|中心|指挥部|銀行|廳|辦|部門|單位)$/u.test(name)) return false;
  if (TASK_WORDS.some((w) => name.includes(w)) && name.length > 16) return false;
  return hasAgencyEnding(name) || isPlaceCollective(name) || STANDALONE.includes(name) || (/^\p{Script=Han}{2,5}(区|县|市|州|旗|盟|镇|乡|區|縣|鎮|鄉)$/u.test(name) && !/^(县级|市级|区级|省级|地级|縣級|市級|區級|省級|地級)/u.test(name));
}

/** Names that are whole on their own (残联, 团市委, 海关). */
const STANDALONE = withTraditional(['高新园', '城投', '交投', '残联', '妇联', '团委', '科协', '侨联', '文联', '工商联', '总工会', '海关', '团市委', '团省委', '团区委', '团县委', '公安', '人行', '人民银行', '税务', '供电', '移动', '联通', '电信', '邮政', '烟草', '武警', '消防']);

/**
 * Whether every name of a list (split on 、，,) reads as a unit's; a leading 由 is not part of it. A
 * piece that is no name on its own may end a collective of places sharing its ending with the one
 * before or after it (各开发区、镇(街道), 各乡、镇人民政府, 人民大垸、荒湖管理区).
 */
export function allAgencyNames(t: string): boolean {
  const parts = t.split(/([、，,])/u);
  for (let i = 0; i < parts.length; i += 2) {
    const name = (parts[i] as string).replace(/^由/u, '');
    if (isAgencyName(name)) continue;
    // (A label's word, 责任部门, is no place's: 各有关责任领导、责任部门 is no name.)
    if (UNIT_LABEL_WORDS.has(name)) return false;
    const before = i >= 2 && parts[i - 1] === '、' ? (parts[i - 2] as string).replace(/^由/u, '') : undefined;
    if (before !== undefined && isAgencyName(`${before}、${name}`)) continue;
    // (…or with the one after it: 人民大垸、荒湖管理区.)
    const after = parts[i + 1] === '、' ? parts[i + 2] : undefined;
    if (after === undefined || UNIT_LABEL_WORDS.has(after) || !isAgencyName(`${name}、${after}`)) return false;
    i += 2;
  }
  return true;
}
