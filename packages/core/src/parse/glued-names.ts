// Names run together with no separator (市发展改革委各县(市、区)政府, 市卫健委牵头各区政府配合), as a
// table's cells are when document-sharing sites print a Word table's text: where a name may start (a
// level, a collective, a department's short name), how a body's name ends, and the best cut of text
// into names. Used by the reader of such tables (run-together.ts).
import { hasTaskWords, isAgencyName } from './agency-name.js';
import { startsDepartment } from './department-starts.js';
import { roleAtEnd } from './role-words.js';
import { cleanName, splitEtc } from './unit-names.js';

/** Where a unit's name may start inside text run into it: a level or a collective. */
export const NAME_START = /^(省|市|县|区|州|盟|旗|镇|乡|街道|各|国家|中共|共青团|团|驻|中国|全国|自治区|縣|區|鎮|鄉|國家|相关|有关|其他|其它|相關|有關|全(?:省|市|县|区|縣|區)(?:各|有关|相关|所有|有關|相關))/u;
/** Bodies that have parts of their own (a government, a committee, a bureau); an office's 相关成员单位 are others. */
export const GOVERNING = /(政府|党委|管委会|委员会|局|委|厅|黨委|管委會|委員會|廳)$/u;
/** Where a unit's name may start: a level, a collective, or a department's short name (财政局, 发改委). */
export const startsName = (text: string): boolean => {
  // (A lead mark, ★, is where a name starts, whatever the name.)
  if (/^[★☆※▲△●◆]\p{Script=Han}/u.test(text)) return true;
  return NAME_START.test(text) || startsDepartment(text);
};
/** The collectives of a body's own parts (市政府各部门, 区政府有关部门, 市财政局各科室): one name with the body before them. */
export const OWN_PARTS = /^(?:各|有关|相关|所属|下属|有關|相關|所屬|下屬)(有关|相关|职能|组成|工作|成员|有關|相關|職能|組成|成員)?(部门|单位|处室|科室|股室|委办局|成员单位|部門|單位|處室|成員單位)/u;

/** A body's office after its name (市政府办公室, 领导小组办公室): part of that name, though 办公室 alone is a unit. */
export const OWN_OFFICE = /^(?:办公室|辦公室|党政办|黨政辦|综合办|綜合辦|政府办|政府辦|办|辦)/u;

/** A body and its own parts run together (市建委相关部门 → 市建委, 相关部门), or undefined. */
export function ownPartsSplit(name: string): [string, string] | undefined {
  for (let k = 2; k <= name.length - 2; k += 1) {
    const head = name.slice(0, k);
    // (A government's or a party committee's own departments, 市政府各部门, are the one collective they name.)
    if (/(?:政府|党委|黨委)$/u.test(head)) continue;
    if (GOVERNING.test(head) && OWN_PARTS.test(name.slice(k)) && isGluedName(head) && isName(name.slice(k))) return [head, name.slice(k)];
  }
  return undefined;
}

/** A unit's name as this reader takes it: a name, and either short or opening with a level (long text run into a name is not one). */
export const isName = (piece: string): boolean => {
  const names = splitEtc(cleanName(piece)).filter((n) => n !== '');
  return names.length > 0 && names.every((n) => isAgencyName(n) && (n.length <= 10 || NAME_START.test(n)));
};
/**
 * A name read out of text run together: one opening like a name (a level, a collective, a
 * department), or else short and free of a task's words (税务局, 全区各部门), so that the end of a
 * title (…增长3%左右) is not taken into it.
 */
export const isGluedName = (piece: string): boolean =>
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
/** The words a level's character ends (开发区, 小区, 城镇, 城市, 跨省): per character, what comes before it. */
const IN_WORD: Record<string, RegExp> = {
  区: /(?:开发|城|新|园|社|辖|地|景|片|街|老|山|矿|林|郊|灾|校|商|保税|示范|试验|功能|核心|风景|旅游|市|县|牧|禁|库|边|小|居住|生活|安置|服务|作业|战)$/u,
  區: /(?:開發|城|新|園|社|轄|地|景|片|街|老|山|礦|林|郊|災|校|商|保稅|示範|試驗|功能|核心|風景|旅遊|市|縣|牧|禁|庫|邊|小|居住|生活|安置|服務|作業|戰)$/u,
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
export const BODY_END = /(局|委|厅|办|所|站|馆|院|队|中心|公司|政府|部|室|会|处|科|股|组|行|社|台|团|联|关|区|园|街道|镇|乡|廳|辦|館|隊|處|會|區|園|鎮|鄉)$/u;

/**
 * Names run together in `text` (市发展改革委各县(市、区)政府 → [市发展改革委, 各县(市、区)政府]): each a
 * unit's name, each after the first opening with a level or a collective, each before the last
 * ending like a body. The most names win: names inside one cell are separated, so a junction
 * with none is where two run together.
 */
export function runTogether(text: string, memo = new Map<number, string[] | null>(), from = 0): string[] | undefined {
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
export const LEAD_OR_CO_ROLE = /(?:牵头|牽頭|配合|参与|參與|协助|協助|协办|協辦)$/u;
/** The longest text read as names run together (a few names of at most 40 characters). */
export const MAX_GLUED = 160;

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
export function junction(name: string): [string, string] | undefined {
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

/** A piece without the role word it ends with (市卫健委牵头 → 市卫健委). */
export function withoutRole(piece: string): string {
  // (…or its lead mark in a bracket: 省发展改革委（牵头）.)
  const bracket = /[（(](?:牵头|牽頭|主责|主責|总牵头|總牽頭)[）)]$/u.exec(piece);
  if (bracket !== null && bracket.index >= 2) return piece.slice(0, bracket.index);
  const role = roleAtEnd(piece);
  return role !== undefined && piece.length > role.length + 1 ? piece.slice(0, piece.length - role.length) : piece;
}
