// Where a department's name may start inside text run into it, when the name carries no level
// (省/市/县/区…): county and district tables write their departments bare (财政局, 发改委, 教育局, 人社局).
// Each entry is a department's usual short name — a field of work and a body's ending — so a start
// is found only where the whole short name is written (财政局…), never inside a title that merely
// mentions the field (推进财政预决算公开). The party's departments (宣传部, 组织部, 政法委) are left out:
// they follow 市委 / 县委 inside one name (县委组织部).
import { withTraditional } from './traditional.js';

/** Fields of government work as departments' short names begin (发改, 财政, 教育 …). */
const FIELDS = withTraditional([
  '发改', '发展改革', '发展和改革', '财政', '教育', '教体', '公安', '民政', '人社', '人力资源和社会保障', '住建', '住房和城乡建设', '城乡建设',
  '交通运输', '交通', '交运', '农业农村', '农业', '农委', '水利', '水务', '商务', '文旅', '文广旅', '文体旅', '文化和旅游', '文广', '文化',
  '卫健', '卫生健康', '卫生', '应急管理', '应急', '市场监管', '市场监督管理', '自然资源和规划', '自然资源', '规划', '国土', '生态环境', '环保',
  '统计', '审计', '税务', '司法', '科技', '科学技术', '工信', '工业和信息化', '经信', '经济和信息化', '科工信', '科经', '林业', '医保', '医疗保障',
  '退役军人事务', '城管', '城市管理', '综合执法', '数据资源', '大数据', '数据', '信访', '档案', '气象', '国资', '金融', '行政审批', '审批',
  '机关事务', '机管', '人防', '粮食', '乡村振兴', '扶贫', '体育', '广电', '旅游', '招商', '投促', '经贸', '外事', '侨务', '民宗', '残联', '妇联', '科协', '总工会', '工商联', '红十字会', '团委', '供销', '邮政', '供电', '电力', '消防',
  '融媒体', '政务服务', '营商环境', '住房保障', '房管', '人武', '武装', '法院', '检察院', '海关', '烟草', '公路', '水文', '地震', '医疗',
]);

/** Bodies' endings right after the field (财政局, 发改委, 教育体育局 is read by its field 教育 … 局 below). */
const ENDS = withTraditional(['局', '委', '办', '厅', '部', '中心', '分局', '公司', '院', '会', '所', '站', '队']);

const FIELD_ALT = [...FIELDS].sort((a, b) => b.length - a.length).join('|');
const END_ALT = [...ENDS].sort((a, b) => b.length - a.length).join('|');
/** A field, at most two more characters (教育体育局, 文化广电旅游局), then a body's ending. */
const START = new RegExp(`^(?:${FIELD_ALT})\\p{Script=Han}{0,2}?(?:${END_ALT})`, 'u');
/** Fields that name a body alone (妇联, 总工会, 科协). */
const WHOLE = new Set(
  withTraditional([
    '残联', '妇联', '科协', '总工会', '工商联', '红十字会', '团委', '法院', '检察院', '海关', '人武部',
    // The office every body has, named bare in a department's or a township's own table (办公室牵头).
    '办公室', '党政办', '党政办公室', '政府办', '政府办公室', '综合办', '综合办公室',
    // Zones and parks named bare beside the departments (经开区, 高新园).
    '经开区', '高新区', '高新园', '开发区', '经济开发区', '工业园区', '产业园区', '示范区', '保税区', '综保区',
  ]),
);

/**
 * Whether a department's short name starts at the beginning of `text` (`财政局、…`, `发改委各街道`).
 * The ending must follow the field within two characters, so a task's words (财政预决算) are no start.
 */
export function startsDepartment(text: string): boolean {
  if (START.test(text)) return true;
  for (const w of WHOLE) if (text.startsWith(w)) return true;
  return false;
}
