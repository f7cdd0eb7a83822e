// What a column's header says it holds, read from its words (序号, 重点工作目标任务, 牵头领导,
// 主要责任单位, 完成时限 …), for headers the exact list of columns.ts does not know.

/** The kinds of column a table can have. */
export type HeaderKind = 'number' | 'category' | 'title' | 'units' | 'lead' | 'co' | 'official' | 'deadline' | 'extra';

/** What a header cell names, by its words (序号, 重点工作目标任务, 牵头领导, 主要责任单位, 完成时限 …). */
export function headerKind(raw: string): HeaderKind | undefined {
  const t = raw.replace(/[\s\u3000|]/gu, '');
  if (t === '' || t.length > 16) return undefined;
  // The division of responsibility itself (责任分工: 市甲局牵头，市乙局配合) names the units — alone, not
  // as the end of a heading's words (宣传形式及责任分工).
  if (/^(责任|責任)分工$/u.test(t)) return 'units';
  // A header is never numbered: 一、某某负责事项 is a heading row.
  if (/^[(（]?[一二三四五六七八九十\d]+[)）、.．]/u.test(t)) return undefined;
  // A header with a gloss in brackets (责任股室（单位）, 完成时限（月）): the words before it name
  // the column, or else the gloss does.
  const gloss = /^(.+?)[（(]([^（()）]+)[）)]$/u.exec(t);
  if (gloss !== null) {
    const outer = headerKind(gloss[1] as string);
    // A units column glossed with its role (责任单位（牵头）, 责任单位（配合）) holds that role.
    if (outer === 'units' && /^(牵头|牽頭|主责|主責)$/u.test(gloss[2] as string)) return 'lead';
    if (outer === 'units' && /^(配合|协同|協同|参与|參與|协办|協辦)$/u.test(gloss[2] as string)) return 'co';
    // A unit of measure glossing a header (总投资（亿元）, 面积（亩）) names a column of figures.
    if (outer === undefined && MEASURE_UNIT.test(gloss[2] as string)) return 'extra';
    return outer ?? singleKind(gloss[2] as string);
  }
  // Two headers in one cell (责任单位和工作要求, 牵头单位及配合单位): the units are what it holds.
  // (与 in 参与 is part of the word, not a join.)
  const parts = t.split(/和|及|(?<![参參])[与與]|、|\//u).filter((p) => p !== '');
  if (parts.length >= 2) {
    const kinds = parts.map(singleKind);
    const unitKinds = kinds.filter((k) => k === 'units' || k === 'lead' || k === 'co');
    if (unitKinds.length >= 2) return 'units';
    if (unitKinds.length === 1) return unitKinds[0];
  }
  return singleKind(t);
}

/** Units of measure a header gives in brackets (万元, 亿元, 个, 亩, %). */
const MEASURE_UNIT = /^(万元|亿元|億元|元|万|萬元|个|個|项|項|处|處|人|户|戶|亩|畝|公里|千米|米|平方米|万平方米|吨|噸|%|％|家|所|套|座|条|條)$/u;

/** Headers and labels of the bodies that score, assess or supervise the work, not do it. */
export const ASSESSORS = /^.{0,4}(评分|考核|考评|督查|督导|督办|监督|评价|评估|审核|验收|評分|考評|督導|督辦|監督|評價|評估|審核|驗收)(单位|部门|科室|处室|机构|單位|部門|機構|處室)$/u;

function singleKind(t: string): HeaderKind | undefined {
  if (/^(序号|序號|编号|編號|序|项次|項次|任务项|任務項|顺序号|順序號)$/u.test(t)) return 'number';
  // Headers are noun phrases that end in what the column holds (重点工作目标任务, 主要责任单位).
  // (…not a phrase with 的: 坚持党对某项工作的全面领导 is a row's task.)
  if (/(领导|责任人|責任人|領導)$/u.test(t)) return t.length > 6 && t.includes('的') ? undefined : 'official';
  // Bodies that score, assess or supervise the work (评分部门, 考核单位, 督查单位) are not doing it.
  if (ASSESSORS.test(t)) return 'extra';
  // A column of duties beside the units' column (相关部门 / 职责分工) holds what each does: the task.
  if (/^(主要|具体|具體)?(职责|職責)(分工)?$|^(部门|部門|工作)(职责|職責)$/u.test(t)) return 'title';
  if (/(牵头|牽頭|主责|主責)[^，,。]{0,4}(单位|單位|部门|部門|科室|处室)$/u.test(t)) return 'lead';
  // 第一责任单位 beside 主要责任单位: the first is the lead.
  if (/^(第一|首要)(责任|責任)?(单位|單位|部门|部門)$/u.test(t)) return 'lead';
  if (/(配合|协同|協同|参与|參與|协办)[^，,。]{0,4}(单位|單位|部门|部門|科室|处室)$/u.test(t)) return 'co';
  if (/(责任|責任|负责|負責|实施|實施|承办)?(单位|單位|部门|部門|主体|主體|科室|处室|股室|處室)$/u.test(t)) return 'units';
  if (/(时限|時限|时间|時間|期限|进度|進度)$/u.test(t)) return 'deadline';
  if (/^(类别|類別|分类|领域|領域|板块|方面|项目|項目|类型)$/u.test(t) || /^.{1,4}(类别|類別|分类|分類|领域|領域|板块|板塊|类型|類型)$/u.test(t)) return 'category';
  // (项目 alone is a category column's word, read above; 实事项目 / 重点项目 name the task.)
  if (/(任务|任務|工作|事项|事項|名称|名稱|内容|內容|措施|举措|舉措|目标|目標|项目|項目)$/u.test(t)) return 'title';
  // Amounts and counts (投资额, 总投资, 资金, 数量): a column of figures beside the task.
  // (Never with a figure in it: 1工业投资 is a row's number run into its task.)
  if (t.length <= 8 && !/[\d０-９]/u.test(t) && /(投资|投资额|投資|投資額|资金|資金|金额|金額|规模|規模|数量|數量|经费|經費|概算)$/u.test(t)) return 'extra';
  // (A figure, 增长8%, is a row's value: a header names its unit, 增幅%, 完成率.)
  if (/(备注|備註|情况|情況|要求|指标|指標|率|来源|來源|%|进展|進展|成效|目标值|目標值|指标值|指標值)$/u.test(t) && !/\d\s*[%％]$/u.test(t)) return 'extra';
  return undefined;
}

