// A table whose cells run together with no separator at all — what document-sharing sites give as
// the text of a Word table: `序号工作内容目标任务责任单位备注1将…宣传发动。2021年2月底前,…。市委宣传部、
// 市城管委,各区(市)县政府2完善…`. The header is found as header words written one after another; rows
// start at the next 序号 in sequence; each row's units are the names at its end (read back from the
// end while they are names), and two unit columns run together split where their names do.
import { splitOutsideBrackets } from './bracket-match.js';
import type { ResponsibilityTable } from '../types.js';
import { hasTaskWords, isAgencyName } from './agency-name.js';
import { isDeadline } from './deadline.js';
import { startsDepartment } from './department-starts.js';
import { isPersonName, leadingPerson, trailingPerson } from './person-names.js';
import { HEADER_NAMES } from './columns.js';
import { DiagnosticSink } from './errors.js';
import { headerKind, type HeaderKind } from './header-kind.js';
import { ALL_LABELS, CO_LABELS, LEAD_LABELS, PLAIN_LABELS, statesFirstListedRule } from './labels.js';
import { roleAtEnd } from './role-words.js';
import { interpretRows, type Item } from './rows.js';
import type { ParseOptions } from './word-table.js';
import { splitLines } from './text.js';
import { chineseNumeral } from './numbering.js';
import { cleanName, splitEtc } from './unit-names.js';

/** Header words seen in tables, longest first: the vocabulary a run-together header is cut into. */
const WORDS = [
  ...new Set([
    ...Object.values(HEADER_NAMES).flat(),
    ...ALL_LABELS,
    '工作内容', '目标任务', '主要工作任务', '工作任务', '重点任务', '具体任务', '任务内容', '项目名称', '主要内容', '建设内容', '主要目标',
    '工作目标', '工作措施', '具体措施', '主要措施', '第一责任单位', '第一责任部门', '主要责任单位', '主要责任部门', '工作重点', '序号', '序號',
    '完成时限', '完成时间', '备注', '分管领导', '责任领导', '牵头领导', '项目内容', '目标要求', '进度安排', '时间节点',
    '任务名称', '工作名称', '事项名称', '重点项目', '工作事项', '具体工作', '工作要求', '具体要求', '时限要求', '完成期限', '完成时间节点',
    '联系领导', '责任人', '编号', '編號', '工作类别', '任务类别', '类别', '领域',
    // Unit columns: a role and a body's word (牵头负责单位, 配合责任部门, 协办单位).
    ...['牵头', '牵头负责', '牵头责任', '主责', '主要责任', '第一责任', '责任', '负责', '配合', '配合责任', '协办', '协同', '参与', '承办', '实施', '主办']
      .flatMap((role) => ['单位', '部门'].map((body) => `${role}${body}`)),
  ]),
]
  .filter((w) => /^\p{Script=Han}{2,10}$/u.test(w))
  .sort((a, b) => b.length - a.length);

interface HeaderCell {
  text: string;
  kind: HeaderKind;
}

/** The header cells written one after another from `at` (序号工作内容目标任务责任单位备注), and where they end. */
function headerAt(text: string, at: number): { cells: HeaderCell[]; end: number } | undefined {
  const cells: HeaderCell[] = [];
  let p = at;
  while (cells.length < 12) {
    let piece: string | undefined;
    for (let skip = 0; skip <= 4 && piece === undefined; skip += 1) {
      const word = WORDS.find((w) => text.startsWith(w, p + skip));
      // An unknown word before a known one names the same kind of column (区政府 + 分管领导).
      if (word !== undefined && (skip === 0 || (headerKind(text.slice(p, p + skip + word.length)) ?? 'x') === headerKind(word))) piece = text.slice(p, p + skip + word.length);
    }
    if (piece === undefined) break;
    // A gloss after the word (责任单位（牵头）) belongs to it and may give its role.
    const gloss = /^[（(][\p{Script=Han}]{1,4}[）)]/u.exec(text.slice(p + piece.length));
    if (gloss !== null) piece += gloss[0];
    const kind = headerKind(piece) ?? (NUMBER_WORD.test(piece) ? 'number' : undefined);
    if (kind === undefined) break;
    cells.push({ text: piece, kind });
    p += piece.length;
  }
  const kinds = new Set(cells.map((c) => c.kind));
  if (cells.length < 3 || cells[0]?.kind !== 'number' || !kinds.has('title') || !(kinds.has('units') || kinds.has('lead'))) return undefined;
  return { cells, end: p };
}

/** The header word of a numbers column. */
const NUMBER_WORD = /^(序号|序號|编号|編號)$/u;
const NUMBER_HEADER = /序号|序號|编号|編號/u;

/** Where a unit's name may start inside text run into it: a level or a collective. */
const NAME_START = /^(省|市|县|区|州|盟|旗|镇|乡|街道|各|国家|中共|共青团|团|驻|中国|全国|自治区|縣|區|鎮|鄉|國家|相关|有关|其他|其它|相關|有關|全(?:省|市|县|区|縣|區)(?:各|有关|相关|所有|有關|相關))/u;
const SEPARATORS = /[、，,；;]/u;
/** Bodies that have parts of their own (a government, a committee, a bureau); an office's 相关成员单位 are others. */
const GOVERNING = /(政府|党委|管委会|委员会|局|委|厅|黨委|管委會|委員會|廳)$/u;
/** Where a unit's name may start: a level, a collective, or a department's short name (财政局, 发改委). */
const startsName = (text: string): boolean => {
  // (A lead mark, ★, is where a name starts, whatever the name.)
  if (/^[★☆※▲△●◆]\p{Script=Han}/u.test(text)) return true;
  return NAME_START.test(text) || startsDepartment(text);
};
/** The collectives of a body's own parts (市政府各部门, 区政府有关部门, 市财政局各科室): one name with the body before them. */
const OWN_PARTS = /^(?:各|有关|相关|所属|下属|有關|相關|所屬|下屬)(有关|相关|职能|组成|工作|成员|有關|相關|職能|組成|成員)?(部门|单位|处室|科室|股室|委办局|成员单位|部門|單位|處室|成員單位)/u;

/** A body's office after its name (市政府办公室, 领导小组办公室): part of that name, though 办公室 alone is a unit. */
const OWN_OFFICE = /^(?:办公室|辦公室|党政办|黨政辦|综合办|綜合辦|政府办|政府辦|办|辦)/u;

/** Splits text on 、，,；; outside brackets. */
const pieces = (text: string): string[] => splitOutsideBrackets(text, SEPARATORS);

/** A body and its own parts run together (市建委相关部门 → 市建委, 相关部门), or undefined. */
function ownPartsSplit(name: string): [string, string] | undefined {
  for (let k = 2; k <= name.length - 2; k += 1) {
    const head = name.slice(0, k);
    // (A government's or a party committee's own departments, 市政府各部门, are the one collective they name.)
    if (/(?:政府|党委|黨委)$/u.test(head)) continue;
    if (GOVERNING.test(head) && OWN_PARTS.test(name.slice(k)) && isGluedName(head) && isName(name.slice(k))) return [head, name.slice(k)];
  }
  return undefined;
}

/** A unit's name as this reader takes it: a name, and either short or opening with a level (long text run into a name is not one). */
const isName = (piece: string): boolean => {
  const names = splitEtc(cleanName(piece)).filter((n) => n !== '');
  return names.length > 0 && names.every((n) => isAgencyName(n) && (n.length <= 10 || NAME_START.test(n)));
};
/**
 * A name read out of text run together: one opening like a name (a level, a collective, a
 * department), or else short and free of a task's words (税务局, 全区各部门), so that the end of a
 * title (…增长3%左右) is not taken into it.
 */
const isGluedName = (piece: string): boolean =>
  !LEVEL_ALONE.test(piece) && isName(piece) && (startsName(piece) || (piece.length <= 8 && !hasTaskWords(piece))) && !textBeforeName(piece);
/**
 * A level on its own (自治区, 自治州), or with a place's character run into it (区自治区 in 示范区自治区水利厅):
 * where a name starts, never a whole unit nor the start of one.
 */
const LEVEL_ALONE = /^\p{Script=Han}{0,2}自治[区州县旗區縣]$|^[省市县区州縣區]自治/u;
/** A collective of one level (各乡, 各县) before another level's character: one collective with it (各乡镇, 各县市区). */
const LEVEL_RUN = /^各[省市县区乡镇縣區鄉鎮]$/u;
/** A word of a body's name (局, 中心, 银行, 小组): text holding none is no part of a name. */
const BODY_WORD = /[局委厅办院部会处站所行组队社馆室团廳辦會處館隊團]|中心|公司|政府|集团|集團/u;
/**
 * Long text that opens with a level's character and runs into a short name (乡居民人均可支配收入…
 * 同步市发改委, 省异地就医直接结算政策国家医保局): the text before that name has no body's word, so
 * it is the end of a title whose first character looked like a level, not part of a name.
 */
function textBeforeName(piece: string): boolean {
  const bare = piece.replace(/[（(][^（()）]*[）)]/gu, '');
  if (bare.length <= 12) return false;
  for (let k = 4; k <= bare.length - 3; k += 1) {
    if (!NAME_START.test(bare.slice(k)) || BODY_WORD.test(bare.slice(0, k)) || inWord(bare, k)) continue;
    const name = bare.slice(k);
    if (name.length <= 10 && isName(name)) return true;
  }
  return false;
}

/**
 * Whether the level's character at `k` is inside a word with the characters before it (开发区, 城镇化,
 * 城市, 跨省, 全县): no name starts there (市高新技术产业开发区管委会 is one name).
 */
function inWord(text: string, k: number): boolean {
  const before = text.slice(Math.max(0, k - 4), k);
  const level = text[k] as string;
  const words = IN_WORD[level];
  return words !== undefined && words.test(before);
}
/** The words a level's character ends (开发区, 城镇, 城市, 跨省): per character, what comes before it. */
const IN_WORD: Record<string, RegExp> = {
  区: /(?:开发|城|新|园|社|辖|地|景|片|街|老|山|矿|林|郊|灾|校|商|保税|示范|试验|功能|核心|风景|旅游|市|县|牧|禁|库|边|园)$/u,
  區: /(?:開發|城|新|園|社|轄|地|景|片|街|老|山|礦|林|郊|災|校|商|保稅|示範|試驗|功能|核心|風景|旅遊|市|縣|牧|禁|庫|邊)$/u,
  镇: /(?:城|乡|集|古|小|名|重|建制|特色|村)$/u,
  鎮: /(?:城|鄉|集|古|小|名|重|建制|特色|村)$/u,
  市: /(?:城|都|超|上|门|集|夜|股|楼|菜|全|本|县级|地级|直辖|門|樓|縣級|地級|直轄)$/u,
  县: /(?:全|本|各|贫困|郡|州|强|百强)$/u,
  縣: /(?:全|本|各|貧困|郡|州|強|百強)$/u,
  省: /(?:跨|全|本|外|各|邻|鄰|大)$/u,
  乡: /(?:城|下|返|家|故|老|异|回|异地)$/u,
  鄉: /(?:城|下|返|家|故|老|異|回|異地)$/u,
  州: /(?:自治|神|九|全|本)$/u,
};
/** How a body's name ends (without a bracket after it): where a name run into the next may stop. */
const BODY_END = /(局|委|厅|办|所|站|馆|院|队|中心|公司|政府|部|室|会|处|科|股|组|行|社|台|团|联|关|区|园|街道|镇|乡|廳|辦|館|隊|處|會|區|園|鎮|鄉)$/u;

/**
 * Names run together in `text` (市发展改革委各县(市、区)政府 → [市发展改革委, 各县(市、区)政府]): each a
 * unit's name, each after the first opening with a level or a collective, each before the last
 * ending like a body. The most names win: names inside one cell are separated, so a junction
 * with none is where two run together.
 */
function runTogether(text: string, memo = new Map<number, string[] | null>(), from = 0): string[] | undefined {
  // Suffixes are shared between the ways to cut: each is read once (linear in cuts, not exponential).
  const known = memo.get(from);
  if (known !== undefined) return known ?? undefined;
  let found: string[] | undefined;
  const rest = text.slice(from);
  if (rest.length <= MAX_GLUED) {
    for (let k = 2; k <= rest.length - 2 && found === undefined; k += 1) {
      if (!startsName(rest.slice(k))) continue;
      // (A name may carry its role, run into the next: 市卫健委牵头各区政府配合.)
      const head = rest.slice(0, k);
      const name = LEAD_OR_CO_ROLE.test(head) ? withoutRole(head) : head;
      // (A body's own parts, 市政府有关部门, and its office, 市政府办公室, are one name with it.)
      if (name === head && ((OWN_PARTS.test(rest.slice(k)) && GOVERNING.test(head)) || (OWN_OFFICE.test(rest.slice(k)) && BODY_END.test(head)))) continue;
      if (!BODY_END.test(name.replace(/[（(][^（()）]*[）)]$/u, '')) || !isGluedName(name)) continue;
      if (LEVEL_RUN.test(head) && /^[省市县区乡镇街縣區鄉鎮]/u.test(rest.slice(k))) continue;
      const tail = runTogether(text, memo, from + k);
      if (tail !== undefined) found = [head, ...tail];
    }
    if (found === undefined && isGluedName(LEAD_OR_CO_ROLE.test(rest) ? withoutRole(rest) : rest)) found = [rest];
  }
  memo.set(from, found ?? null);
  return found;
}
/** A lead's or a co-operating unit's role word closing a name (…牵头, …配合). */
const LEAD_OR_CO_ROLE = /(?:牵头|牽頭|配合|参与|參與|协助|協助|协办|協辦)$/u;
/** The longest text read as names run together (a few names of at most 40 characters). */
const MAX_GLUED = 160;

/**
 * The units at the end of a row's text: the unit cells (one per unit column) and where they start.
 * Read back from the end while the pieces are names; the first piece may have the text before it
 * run into it, cut where a name opening with a level starts.
 */
function unitsAtEnd(row: string, columns: number): { start: number; cells: string[] } | undefined {
  // Units given with their labels (…体系牵头单位：市科技局；配合单位：市财政局): the labels say where they start.
  const label = UNIT_LABEL_AT.exec(row);
  if (label !== null && label.index > 0 && columns === 1) return { start: label.index, cells: [row.slice(label.index)] };
  const stop = Math.max(row.lastIndexOf('。'), row.lastIndexOf('；'));
  const region = row.slice(stop + 1);
  const list = pieces(region);
  let first = list.length;
  // (With no sentence's end before them, the names cannot take the whole row: the task's title comes first.)
  while (first > (stop < 0 ? 1 : 0) && (list[first - 1] as string).trim() !== '') {
    // (A name may end with its role, 市卫健委牵头, 各区政府配合.)
    const piece = withoutRole(list[first - 1] as string);
    // A short place before 、 that makes one name with the next (各乡、镇人民政府, 人民大垸、荒湖管理区).
    // (A long piece with a task's words that does not open like a name, 规范公开工作区司法局, is text run
    // into one; a short one is a name whatever its words: 组织部, 投资促进局, 项目推进中心.)
    const named = isName(piece) && (startsName(piece) || piece.length <= 6 || !hasTaskWords(piece));
    if (named || (first < list.length && /^\p{Script=Han}{1,6}$/u.test(piece) && !hasTaskWords(piece) && isName(`${piece}、${list[first] as string}`))) first -= 1;
    else break;
  }
  let offset = region.length - list.slice(first).join('、').length;
  let glued: string[] | undefined;
  if (first > 0) {
    // The piece where the text runs into the names: the shortest tail of it made of names.
    const whole = list[first - 1] as string;
    const role = whole.slice(withoutRole(whole).length);
    const piece = whole.slice(0, whole.length - role.length);
    const memo = new Map<number, string[] | null>();
    // (A piece that opens the region, right after the task's last sentence, may be names from its first character.)
    // (A lead mark is where the first name starts: the names do not begin before it.)
    const mark = piece.search(/[★☆※▲△●◆]/u);
    for (let k = Math.max(first === 1 && stop >= 0 ? 0 : 1, piece.length - MAX_GLUED, mark); k <= piece.length - 2 && glued === undefined; k += 1) {
      // (Text runs into a name only where the name's start shows: a level, a collective, a department.)
      if (!startsName(piece.slice(k))) continue;
      glued = runTogether(piece, memo, k);
      // (The pieces after it follow a separator; with none after it, the names end the region.)
      if (glued !== undefined) offset = region.length - list.slice(first).join('、').length - (whole.length - k) - (first < list.length ? 1 : 0);
    }
    if (glued !== undefined && role !== '') glued[glued.length - 1] += role;
    if (glued === undefined && first === list.length) return undefined;
  } else {
    const whole = list[0] as string;
    const role = whole.slice(withoutRole(whole).length);
    glued = runTogether(whole.slice(0, whole.length - role.length));
    if (glued === undefined) return undefined;
    glued[glued.length - 1] += role;
    first = 1;
    offset = 0;
  }
  const rest = list.slice(first);
  const names = glued ?? [];
  // (The cells after the glued names as the row gives them, with their own separators: 市相关部门、各区政府配合.)
  const restText = region.slice(region.length - rest.join('、').length);
  const separator = region[region.length - restText.length - 1] ?? '、';
  if (columns >= 2) {
    // Two unit columns run together: the first cell ends where its names run into the second's.
    // With no separator left at all, the names of each cell ran together too: the lead cell holds one.
    if (names.length >= 2 && rest.length === 0) return { start: stop + 1 + offset, cells: [names[0] as string, names.slice(1).join('、')] };
    if (names.length >= 2) return { start: stop + 1 + offset, cells: [names.slice(0, -1).join('、'), [names[names.length - 1], ...rest].join('、')] };
    if (names.length === 1) {
      // One name ending in a body's own parts (市建委相关部门) where two unit cells ran together:
      // a lead is one body, so the body leads and its parts open the second cell.
      // (With cells after it, the two cells must meet inside it: 市商务局经委，财政局 → 市商务局 / 经委，财政局.)
      const own = ownPartsSplit(names[0] as string) ?? (rest.length > 0 ? junction(names[0] as string) : undefined);
      if (own !== undefined) return { start: stop + 1 + offset, cells: [own[0], [own[1], restText].filter((t) => t !== '').join(SEPARATORS.test(separator) ? separator : '、')] };
    }
    if (names.length === 1) return { start: stop + 1 + offset, cells: [names[0] as string, rest.join('、')] };
    return { start: stop + 1 + offset, cells: [rest[0] ?? '', rest.slice(1).join('、')] };
  }
  // (Names that carry their roles are clauses: 市卫健委牵头，各区政府配合.)
  const withRoles = names.some((n) => LEAD_OR_CO_ROLE.test(n));
  return { start: stop + 1 + offset, cells: [[names.join(withRoles ? '，' : '、'), restText].filter((t) => t !== '').join(SEPARATORS.test(separator) ? separator : '、')] };
}

/** How a body's name surely ends (局, 委, 中心): where a lead cell may meet the next cell. */
const STRONG_END = /(?:局|委|厅|办|中心|公司|集团|廳|辦|集團)$/u;
/** How a body's own sub-unit's name ends (交警大队, 高新分局, 就业服务中心, 派出所). */
const SUB_UNIT = /(?:大队|支队|中队|分队|分局|分中心|中心|所|站|科|股|室|处|队|大隊|支隊|中隊|分隊|處|隊)$/u;
/** A party committee's level alone (市委): its departments' names open with it (市委组织部). */
const PARTY_LEVEL = /^[省市县区州縣區]?委$/u;

/**
 * Where a lead cell meets the next unit cell inside one name read (市商务局经委 → 市商务局, 经委;
 * 市科经局石首经济开发区 → 市科经局, 石首经济开发区): after a body's sure ending, before a name.
 */
function junction(name: string): [string, string] | undefined {
  for (let k = 2; k <= name.length - 2; k += 1) {
    const head = name.slice(0, k);
    const tail = name.slice(k);
    if (!STRONG_END.test(head) || PARTY_LEVEL.test(head) || OWN_OFFICE.test(tail) || OWN_PARTS.test(tail)) continue;
    // (A body's own sub-unit, 县公安局交警大队, 市生态环境局高新分局, 市人社局就业服务中心, is one name with it.)
    if (SUB_UNIT.test(tail) && !startsName(tail)) continue;
    if (isGluedName(head) && isName(tail)) return [head, tail];
  }
  return undefined;
}

/** A unit label with its colon (牵头单位：, 责任部门:). */
// (Only labels naming units — 牵头单位, 责任部门, 承办单位 — not 分工： or 工作职责：, which a task's text may hold.)
const UNIT_LABEL_AT = new RegExp(
  `(?:${[...LEAD_LABELS, ...CO_LABELS, ...PLAIN_LABELS.filter((l) => /(?:单位|部门|科室|处室|主体|机构|單位|部門|處室|機構)$/u.test(l))].sort((a, b) => b.length - a.length).join('|')})[：:]`,
  'u',
);
/** A piece without the role word it ends with (市卫健委牵头 → 市卫健委). */
function withoutRole(piece: string): string {
  const role = roleAtEnd(piece);
  return role !== undefined && piece.length > role.length + 1 ? piece.slice(0, piece.length - role.length) : piece;
}

/** A row's text read: the task's text cells before the units, the units, and the cells around them. */
interface RowRead {
  before: string;
  units: { start: number; cells: string[] };
  due?: string;
  official?: string;
}

/** The deadline a row's text ends with (…县交通局持续推进, …2024年12月), when the header has a deadline column after the units. */
function trailingDeadline(text: string): string | undefined {
  for (let k = Math.max(1, text.length - 20); k <= text.length - 2; k += 1) {
    if (/[\d０-９年]/u.test(text[k - 1] as string)) continue;
    const tail = text.slice(k);
    if (isDeadline(tail)) return tail;
  }
  return undefined;
}

/** A section heading written at the end of a row's text or before the first row (二、产业优化升级). */
const HEADING_AT_END = /(?:^|(?<=[\p{Script=Han}）)]))([一二三四五六七八九十]{1,3}[、.．][\p{Script=Han}“"《（(\d][^、。；;]{0,29}[^、。；;\d])$/u;
/** The same with 、 inside the heading's words (二、中考、高考保障): taken only with the next heading's number. */
const LISTING_HEADING_AT_END = /(?<=[\p{Script=Han}）)])([一二三四五六七八九十]{1,3})[、.．]([\p{Script=Han}“"《（(\d][^。；;]{0,29}[^、。；;\d])$/u;

/** The heading at the end of a row's text: its match and its words, or undefined. `next` is the heading number expected. */
function headingAtEnd(chunk: string, next: number): { index: number; words: string; number: number } | undefined {
  const plain = HEADING_AT_END.exec(chunk);
  if (plain !== null) {
    const ordinal = /^[一二三四五六七八九十]+/u.exec(plain[1] as string)?.[0] ?? '';
    return { index: plain.index, words: (plain[1] as string).slice(ordinal.length + 1), number: chineseNumeral(ordinal) ?? next };
  }
  // (The leftmost start is tried first by the engine: each later ordinal is tried in turn.)
  for (let from = 0; from < chunk.length; ) {
    const m = LISTING_HEADING_AT_END.exec(chunk.slice(from));
    if (m === null) return undefined;
    if (chineseNumeral(m[1] as string) === next) return { index: from + m.index, words: m[2] as string, number: next };
    from += m.index + 1;
  }
  return undefined;
}

/** The text of a row split into its text cells: a second cell starts at a deadline or at the last sentence. */
function textCells(text: string, count: number): string[] {
  const t = text.replace(/[。；;\s]+$/u, '');
  if (count <= 1) return [t];
  const sentences = t.split(/(?<=[。])/u);
  let cut = sentences.findIndex((s, i) => i > 0 && /^\d{4}年(\d{1,2}月)?(底|中旬|上旬|下旬)?(前|底)?/u.test(s));
  if (cut < 0) cut = sentences.length > 1 ? sentences.length - 1 : -1;
  const cells = cut < 0 ? [t] : [sentences.slice(0, cut).join('').replace(/[。]$/u, ''), sentences.slice(cut).join('').replace(/[。]$/u, '')];
  while (cells.length < count) cells.push('');
  return cells.slice(0, count);
}

/**
 * Reads a table whose cells run together (see the file's comment), or undefined when the text has
 * no header written that way. Rows are numbered 1, 2, 3 … in order; the number is found where the
 * row before it ends in units.
 */
export function parseRunTogether(text: string, options: ParseOptions = {}): ResponsibilityTable | undefined {
  if (!NUMBER_HEADER.test(text)) return undefined;
  // Page furniture of the sites: page numbers (—2—) and the viewer's page marks (a line opening 2、).
  const lines = splitLines(text);
  let joined = '';
  const lineOf: number[] = [];
  lines.forEach((l, i) => {
    const cleaned = l.replace(/—\s*\d{1,3}\s*—/gu, '').replace(/^\s*\d{1,3}、/u, '');
    joined += cleaned;
    for (let k = 0; k < cleaned.length; k += 1) lineOf.push(i + 1);
  });
  let header: { cells: HeaderCell[]; end: number } | undefined;
  let at = -1;
  for (let i = joined.search(NUMBER_HEADER); i >= 0 && header === undefined; ) {
    header = headerAt(joined, i);
    if (header !== undefined) at = i;
    const next = joined.slice(i + 1).search(NUMBER_HEADER);
    i = next < 0 ? -1 : i + 1 + next;
  }
  if (header === undefined) return undefined;
  const kinds = header.cells.map((c) => c.kind);
  const unitColumns = kinds.filter((k) => k === 'units' || k === 'lead' || k === 'co').length;
  const textColumns = kinds.findIndex((k) => k === 'units' || k === 'lead' || k === 'co' || k === 'official') - 1;
  const lineAt = (i: number): number => lineOf[Math.min(i, lineOf.length - 1)] ?? 1;

  const items: Item[] = [{ kind: 'row', line: lineAt(at), cells: [{ text: '类别', line: lineAt(at) }, ...header.cells.map((c) => ({ text: c.text, line: lineAt(at) }))] }];
  // The header printed again at the top of each page is not part of the rows.
  const headerText = joined.slice(at, header.end);
  const body = joined.slice(header.end).split(headerText).join('');
  const numberAt = (n: number, from: number): number[] => {
    const found: number[] = [];
    const counted: number[] = [];
    const s = String(n);
    for (let i = body.indexOf(s, from); i >= 0 && found.length + counted.length < 40; i = body.indexOf(s, i + 1)) {
      const before = body[i - 1] ?? '';
      const after = body[i + s.length] ?? '';
      // (A date, 5月底, is never where a row starts.)
      if (/[\d.．%％]/u.test(before) || !/[\p{Script=Han}“"（(《]/u.test(after) || (/[年月日]/u.test(after) && !(i === 0 && n === 1))) continue;
      // (A counter after the number, 3个 / 1万元, is most often part of a task's text — except right where
      // the rows begin — so it is tried last: a title may open with one, 2万元地区生产总值能耗….)
      if (/[个項项万亿元人户家所处座条、]/u.test(after) && !(i === 0 && n === 1)) counted.push(i);
      else found.push(i);
    }
    return [...found, ...counted];
  };
  let category = '';
  let start = numberAt(1, 0)[0];
  if (start === undefined) return undefined;
  // The number the next heading has (二 after 一), so that a heading with 、 in it is told from a list.
  let headings = 1;
  const lead = headingAtEnd(body.slice(0, start), headings);
  if (lead !== undefined) {
    category = lead.words;
    headings = lead.number + 1;
  }
  const preamble = [joined.slice(0, at).trim()].filter((p) => p !== '');
  // Cells the header puts after the units (完成时限) or between the task and its units (分管领导).
  const lastUnit = kinds.reduce((last, k, i) => (k === 'units' || k === 'lead' || k === 'co' ? i : last), -1);
  const deadlineAfter = header.cells.slice(lastUnit + 1).some((c) => c.kind === 'deadline' || /时限|时间|期限|進度|进度|時限|時間/u.test(c.text));
  const officialBefore = kinds[textColumns + 1] === 'official';
  const readRow = (rowText: string): RowRead | undefined => {
    const due = deadlineAfter ? trailingDeadline(rowText) : undefined;
    const text = due === undefined ? rowText : rowText.slice(0, rowText.length - due.length);
    const units = unitsAtEnd(text, unitColumns);
    if (units === undefined) return undefined;
    let before = text.slice(0, units.start);
    let official: string | undefined;
    if (officialBefore) {
      const first = units.cells[0] ?? '';
      official = leadingPerson(first, startsName);
      // (A name cut after the person's level, 王建国区 / 发展改革委, is one name again once the person is out.)
      if (official !== undefined) units.cells[0] = first.slice(official.length).replace(/^([省市县区州縣區])[、，,]/u, '$1');
      else {
        // After the task's last sentence (…基金。王建国), or run into it (…创业刘志强).
        const tail = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
        official = tail.split(/[、，,]/u).every(isPersonName) ? tail : trailingPerson(before);
        if (official !== undefined && official !== '') before = before.slice(0, before.length - official.length);
      }
    }
    return { before, units, ...(due === undefined ? {} : { due }), ...(official === undefined ? {} : { official }) };
  };
  let n = 1;
  while (start !== undefined && n < 10000) {
    const from: number = start + String(n).length;
    let next: number | undefined;
    let read: (RowRead & { heading?: string; headingNumber?: number }) | undefined;
    for (const c of numberAt(n + 1, from)) {
      const chunk = body.slice(from, c);
      const heading = headingAtEnd(chunk, headings);
      const row = readRow(heading === undefined ? chunk : chunk.slice(0, heading.index));
      if (row !== undefined && row.units.start > 0) {
        next = c;
        read = { ...row, ...(heading === undefined ? {} : { heading: heading.words, headingNumber: heading.number }) };
        break;
      }
    }
    // The last row: the rest of the text.
    const following: number | undefined = numberAt(n + 1, from)[0];
    if (read === undefined && following === undefined) read = readRow(body.slice(from));
    if (read === undefined) {
      // A row whose units cannot be told from its text: kept without units (the reader warns on it), and
      // the next row read. (The last one is the rest of the text: kept too, never dropped.)
      const c = following ?? body.length;
      const chunk = body.slice(from, c);
      const heading = headingAtEnd(chunk, headings);
      read = { before: heading === undefined ? chunk : chunk.slice(0, heading.index), units: { start: chunk.length, cells: [] }, ...(heading === undefined ? {} : { heading: heading.words, headingNumber: heading.number }) };
      next = following;
    }
    const line = lineAt(header.end + from);
    const cells = [category, String(n), ...textCells(read.before, Math.max(textColumns, 1))];
    const unitCells = [...read.units.cells];
    for (const k of kinds.slice(cells.length - 1)) {
      if ((k === 'units' || k === 'lead' || k === 'co') && unitCells.length > 0) cells.push(unitCells.shift() as string);
      else if (k === 'official') cells.push(read.official ?? '');
      else if (k === 'deadline') cells.push(read.due ?? '');
      else cells.push('');
    }
    items.push({ kind: 'row', line, cells: cells.map((t) => ({ text: t.trim(), line })) });
    if (read.heading !== undefined) {
      category = read.heading;
      headings = (read.headingNumber ?? headings) + 1;
    }
    start = next;
    n += 1;
  }
  if (items.length < 3) return undefined;
  const sink = new DiagnosticSink(options.file);
  const table = interpretRows(
    items,
    { ...options, layout: 'line-cells', addedCategory: true, firstListedLeads: options.firstListedLeads ?? preamble.some(statesFirstListedRule) },
    sink,
  );
  if (table === undefined) return undefined;
  return { ...table, columns: table.columns.slice(1), preamble: [...preamble, ...table.preamble], evidence: [`a table whose cells run together: header ${header.cells.map((c) => c.text).join(' / ')}`] };
}
