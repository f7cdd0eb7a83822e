// One unit name in a list: cleaning (由…, …等), splitting on 和 / 及 / 与 / 会同 / spaces only
// between whole names, collectives written with 、 inside them, lead marks (★甲局, 甲局（牵头）) and
// people named by their title.
import { hasAgencyEnding, isAgencyName } from './agency-name.js';
import { LEAD_BRACKETS, LEAD_MARKS } from './labels.js';
import { withTraditional } from './traditional.js';

const JOINERS = withTraditional(['会同', '组织', '和', '及', '与', '以及']).sort((a, b) => b.length - a.length);
const TRAILING_CODES = new Set(['。', '．', '.', '；', ';', '，', ',', '、', ' ', '\t', '\u3000', '|', '｜'].map((c) => c.charCodeAt(0)));
const ETC = withTraditional([
  // 等相关区直部门, 等有关市直单位: the list's kind of unit, after its names.
  ...['有关', '相关'].flatMap((which) => ['省直', '市直', '区直', '县直', '州直', '旗直'].flatMap((level) => ['部门', '单位'].map((kind) => `等${which}${level}${kind}`))),
  ...['其他', '其它'].flatMap((other) => ['相关单位', '相关部门', '有关单位', '有关部门', '单位'].map((kind) => `等${other}${kind}`)),
  '等有关单位', '等有关部门', '等相关单位', '等相关部门', '等重点单位', '等重点部门', '等主要部门', '等其他部门', '等职能部门', '等成员单位', '等单位', '等部门', '等',
]);
/** The work named before its units (门前三包任务由各镇（办）负责): the words before 由 are not the name. */
const ASSIGNED_WORK = /^\p{Script=Han}{2,}?(?:任务|任務|工作|事项|事項|职责|職責|项目|項目)由(?=\p{Script=Han})/u;
const LEADING_WORDS = withTraditional(['以及', '并由', '主要由', '由', '责成', '请', '及', '各责任单位：']);

/** Drops trailing punctuation and spaces. */
export function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_CODES.has(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** Joiners after which the unit before leads (甲局会同乙局, 甲局组织有关单位). */
const LEAD_JOINERS = new Set(withTraditional(['会同', '组织']));
/** Splits on 和 / 及 / 与 / 会同 / 组织 only where both sides are whole unit names (one pass); `会同` and `组织` make the left one lead. */
/** Endings that name no body alone: after 和 they share the place before (某区党工委和管委会). */
const SHARED_ENDINGS = new Set(withTraditional(['人民政府', '政府', '管委会', '管理委员会', '党委', '党工委', '委员会', '党组', '办事处']));

export function splitJoined(piece: string): { name: string; lead: boolean }[] {
  if (!JOINERS.some((j) => piece.includes(j))) return [{ name: piece, lead: false }];
  const parts: { name: string; lead: boolean }[] = [];
  let cut = 0;
  for (let i = 1; i < piece.length - 1; i += 1) {
    const joiner = JOINERS.find((j) => piece.startsWith(j, i));
    if (joiner === undefined) continue;
    const left = piece.slice(cut, i);
    // Look at most 40 characters ahead, so a long run of joiners stays linear.
    const right = piece.slice(i + joiner.length, i + joiner.length + 40);
    const rightName = cleanName(right.split(/[和及与與]/u)[0] ?? right);
    // 各县(市)及相关区政府: places before 及 share the government after it (one collective).
    // (…and only a government of places named as many: 相关区政府, 有关县政府, 各区政府 — 县政府 alone is a unit.)
    const sharedGovernment = /^各[^、，,]{0,6}?(省|市|县|区|乡|镇|州|旗|街道|縣|區|鄉|鎮)$/u.test(left.replace(/[（(][^）)]*[）)]/gu, '')) && /^(相关|有关|相關|有關|各)\p{Script=Han}{0,4}政府$/u.test(rightName);
    // 各县(市、区)党委和人民政府, 高新区党工委和管委会: a body's bare ending after 和 shares the place before
    // it (not a body with a name of its own: 妇联, 海关, 法院, 工会 are units).
    const sharedPlace = SHARED_ENDINGS.has(rightName);
    // 组织 inside a name (省社会组织管理局, 基层党组织) is no joiner.
    const withinName = (joiner === '组织' || joiner === '組織') && /(社会|社會|民间|民間|经济|經濟|党|黨|基层|基層|群团|群團|行业|行業|合作|中介)$/u.test(left);
    if (!withinName && !sharedGovernment && !sharedPlace && (hasAgencyEnding(left) || isAgencyName(left)) && (isAgencyName(rightName) || /^(各|有关|相关|其他)/u.test(right))) {
      parts.push({ name: left, lead: LEAD_JOINERS.has(joiner) });
      cut = i + joiner.length;
      i = cut - 1;
    }
  }
  parts.push({ name: piece.slice(cut), lead: false });
  return parts;
}

/**
 * Rejoins a collective written with 、 inside it: 各县、市、区政府 and 各区、县级市 are one unit
 * (a piece opening with 各 that does not yet end like a unit name absorbs the next short piece).
 */
export function mergeCollectives(names: readonly string[]): string[] {
  // 各乡 or 各县（市） alone, before 、镇人民政府: a kind of place, not yet a unit.
  const bareHead = (name: string): boolean => {
    const stripped = name.replace(/[（(][^）)]*[）)]/gu, '');
    return !hasAgencyEnding(stripped) || /^各(省|市|县|区|乡|镇|州|旗|街道)$/u.test(stripped);
  };
  const out: string[] = [];
  // (〈〉 and <> stand for （） in some pages' names: 各市、县〈区〉政府.)
  const plain = (n: string | undefined): string | undefined => n?.replace(/[〈<]/gu, '（').replace(/[〉>]/gu, '）');
  for (const raw of names) {
    const name = plain(raw) as string;
    const last = plain(out[out.length - 1]);
    const shared =
      last !== undefined &&
      COLLECTIVE_HEAD.test(last) &&
      // 各县、区人民政府(管委会), 各乡、镇人民政府: the places before share the government after.
      ((bareHead(last) && /^(镇|乡|街道|县级市|县|市|区|州|旗)([（(][^）)]*[）)])?(人民政府|政府)([（(][^）)]*[）)])?$/u.test(name)) ||
        // 各开发区、镇(街道): a bare kind of place after a collective shares its 各.
        // (…and before the list's 等部门, which is dropped from it later: 13个街道、镇等部门.)
        /^(镇|乡|街道|县|市|区|州|旗|园区|乡镇|镇街)([（(][^）)]*[）)])?(等(有关|相关|其他|其它)?(部门|单位)?)?$/u.test(name));
    // 人民大垸、荒湖管理区: a place that is no unit on its own shares the kind of zone after it.
    const sharedZone = last !== undefined && !last.startsWith('各') && /^\p{Script=Han}{2,6}$/u.test(last) && !hasAgencyEnding(last) && ZONE_END.test(name) && !name.startsWith('各');
    // 县直、驻县有关单位, 市直、驻市各单位: 县直 alone is no unit; it shares the ending after it.
    const sharedDirect = last !== undefined && /^(省|市|县|区|州|盟|旗|縣|區)直(各|属|屬)?$/u.test(last) && /(单位|部门|机构|單位|部門|機構)$/u.test(name);
    // 市直有关部门、单位: the second kind of unit alone belongs with the first.
    const sharedKind = last !== undefined && /(部门|单位|部門|單位)$/u.test(last) && /^(部门|单位|部門|單位|机构|機構)$/u.test(name);
    if (shared || sharedZone || sharedDirect || sharedKind) {
      out[out.length - 1] = `${out[out.length - 1] as string}、${shared ? raw.replace(LIST_ETC, '') : raw}`;
    } else if (last !== undefined && last.startsWith('各') && !name.startsWith('各') && !hasAgencyEnding(last) && !/[市县区州]$/u.test(last.slice(0, 1)) && name.length <= 4 && !hasAgencyEnding(name.slice(0, -1)) && !(/[)）]$/u.test(last) && name.length >= 3 && isAgencyName(name))) {
      // (…but a collective closed by its bracket, 各镇（办）, is whole: a unit after it, 、经开区, is another.)
      out[out.length - 1] = `${out[out.length - 1] as string}、${raw}`;
    } else out.push(raw);
  }
  return out;
}

/** Kinds of zone a list of places can share (甲、乙管理区). */
const ZONE_END = /^\p{Script=Han}{2,6}(管理区|开发区|园区|新区|示范区|合作区|试验区|实验区|度假区|风景区)$/u;

/** The list's 等部门 after a bare kind of place that joins the collective before it (13个街道、镇等部门). */
const LIST_ETC = /等(有关|相关|其他|其它)?(部门|单位)?$/u;

/** How a collective of places opens: 各, or a count (13个街道、镇). */
const COLLECTIVE_HEAD = /^(各|\d+个|[一二三四五六七八九十]+个)/u;

/** A collective after 等 that is a unit of its own: 等市级有关部门, 等各县（市、区）政府 (not 等有关部门). */
const LEVELLED_COLLECTIVE = /^(省|市|区|县|州|自治区|市级|省级|区级|县级|市直|省直|区直|县直|各)[^等]*(有关部门|有关单位|相关部门|相关单位|部门|单位|政府|管委会)$/u;

/** Splits `X等市级有关部门` into the named unit and the collective after 等. */
export function splitEtc(piece: string): string[] {
  const at = piece.lastIndexOf('等');
  if (at <= 1 || at >= piece.length - 2) return [piece];
  const right = piece.slice(at + 1);
  return LEVELLED_COLLECTIVE.test(right) && hasAgencyEnding(piece.slice(0, at)) ? [piece.slice(0, at), right] : [piece];
}

/** Cleans one name: spaces between Chinese characters, a leading 由, a trailing 等 / 等单位 / 等部门. */
export function cleanName(raw: string): string {
  let name = trimTrailing(raw.trim()).replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');
  for (const w of LEADING_WORDS) if (name.startsWith(w) && name.length > w.length + 1) name = name.slice(w.length);
  const work = ASSIGNED_WORK.exec(name);
  if (work !== null && isAgencyName(name.slice(work[0].length))) name = name.slice(work[0].length);
  for (const s of ETC) {
    if (name.endsWith(s) && name.length > s.length + 1) {
      name = name.slice(0, -s.length);
      break;
    }
  }
  return trimTrailing(name.trim());
}

/** A lead mark before the name (★甲局) or after it (甲局★), or a bracket after it (甲局（牵头）): the bare name and whether it leads. */
export function leadMark(name: string): [string, boolean] {
  let n = name;
  let lead = false;
  // Asterisks in a run (****分局, 县**局) mask a name on a reposted page: part of it, not a mark.
  if (/^[*＊]{2,}/u.test(n)) return [n, false];
  while (n.length > 1 && LEAD_MARKS.has(n[0] as string)) {
    n = n.slice(1).trim();
    lead = true;
  }
  // …or after it (甲局★), as some tables set the mark: one star, not a run masking a name (县**); after a
  // name ▲ △ ※ are as often a note's mark (各区政府△, 注：△为…) as a lead's, so only a star.
  if (n.length > 2 && /[★☆]$/u.test(n) && !/[*＊★☆]{2,}$/u.test(n)) {
    n = n.slice(0, -1).trim();
    lead = true;
  }
  const m = /^(.+?)[（(〔【[]([^）)〕】\]]*)[）)〕】\]]$/u.exec(n);
  if (m !== null && LEAD_BRACKETS.includes((m[2] as string).trim())) return [(m[1] as string).trim(), true];
  return [n, lead];
}

/** Splits a piece on spaces when every part is a whole unit name (`市发改委 市财政局`), not inside one (`市 财政局`). */
export function splitSpaces(piece: string): string[] {
  if (!/[\s\u3000]/u.test(piece)) return [piece];
  const parts = piece.split(/[\s\u3000]+/u).filter((p) => p !== '');
  return parts.length > 1 && parts.every((p) => isAgencyName(cleanName(p))) ? parts : [piece];
}

const LEVEL = /^(省|市|县|区|州|镇|乡|縣|區|鎮|鄉)/u;
const BODY_END = /(局|委|厅|办|所|站|馆|院|队|股|中心|公司|政府|廳|辦|館|隊)$/u;

/**
 * Two names run together with no separator, the second opening with the level the first opens
 * with (市海洋渔业局市农业农村局 → 市海洋渔业局, 市农业农村局): each part at least four characters, the
 * first ending like a body, both read as names. Names of one body under another (市公安局交警支队,
 * 县委组织部) do not repeat the level and stay whole.
 */
export function splitRunTogether(name: string): string[] {
  if (name.length < 6) return [name];
  const level = LEVEL.exec(name)?.[0];
  for (let k = 3; k <= name.length - 3; k += 1) {
    const first = name.slice(0, k);
    const rest = name.slice(k);
    const sameLevel = level !== undefined && k >= 4 && rest.length >= 4 && rest.startsWith(level);
    if ((sameLevel || siblings(first, rest)) && BODY_END.test(first) && isAgencyName(first) && isAgencyName(rest)) return [first, ...splitRunTogether(rest)];
  }
  return [name];
}

/**
 * Two bodies of one rank run together (派出所工商质监所, 县文化馆图书馆; or after a 股, the lowest rank:
 * 文化宣传股文化馆), each at most 12 characters:
 * the same last character, where the first is no parent (总局, 总队) and the second no branch
 * (分局, 支队, 大队) of it.
 */
function siblings(first: string, rest: string): boolean {
  const end = first.slice(-1);
  if (first.length > 12 || rest.length > 12) return false;
  // A 股 (section) is the lowest rank: no body's name goes on after it (文化宣传股文化馆).
  if (end === '股' && rest.length >= 3) return true;
  if (!/[局所站馆股委厅院队館廳]/u.test(end) || rest.slice(-1) !== end) return false;
  // A party committee (市委, 县委, 党委) is followed by its own departments (市委政法委, 县委编委): one name.
  if (/^(省|市|县|区|州|盟|旗|縣|區)?委$|(党|黨|工)委$/u.test(first)) return false;
  return !/总.$|總.$/u.test(first) && !/(分|支|大|中)[局所站馆股委院队館]$/u.test(rest) && !rest.startsWith('国家') && !first.startsWith('国家');
}

/** Person titles that make a name a leading official, not a unit (张三副省长, 李四同志). */
const PERSON_TITLE = /(副?(省长|市长|区长|县长|州长|主席|书记|秘书长|主任|局长|厅长|部长|旗长)|同志|省長|市長|區長|縣長|書記|秘書長|局長|廳長|部長)$/u;


/** The person in a name with a title (吕某副省长 → 吕某), or undefined when it names a body. */
export function personName(name: string): string | undefined {
  if (!PERSON_TITLE.test(name) || hasAgencyEnding(name.replace(PERSON_TITLE, ''))) return undefined;
  return name.replace(PERSON_TITLE, '') || name;
}

/** Most pieces {@link namesOfPiece} remembers; past it the memo starts again (a table reuses a few thousand names). */
const PIECE_MEMO = 1 << 15;
const pieceMemo = new Map<string, readonly { name: string; lead: boolean }[]>();

/**
 * The unit names of one piece between separators and whether each leads: spaces, 等 and joiners
 * split, lead marks read, names cleaned and run-together names split. A pure function of the
 * piece, remembered: the same units recur on thousands of tasks.
 */
export function namesOfPiece(piece: string): readonly { name: string; lead: boolean }[] {
  const known = pieceMemo.get(piece);
  if (known !== undefined) return known;
  const out: { name: string; lead: boolean }[] = [];
  for (const part of splitSpaces(piece).flatMap(splitEtc).flatMap(splitJoined)) {
    const [bare, marked] = leadMark(cleanName(part.name));
    for (const name of splitRunTogether(cleanName(bare))) if (name !== '') out.push({ name, lead: marked || part.lead });
  }
  if (pieceMemo.size >= PIECE_MEMO) pieceMemo.clear();
  pieceMemo.set(piece, out);
  return out;
}
