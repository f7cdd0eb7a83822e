// People's names run into the text of a table's cells (`…创业刘志强县人社局`, `。杨帆发改局`): a column of
// leading officials (分管领导, 责任领导) between the task and its units, with no separator left. A
// Chinese personal name is a surname and one or two given characters; the common surnames tell
// where it starts.
import { withTraditional } from './traditional.js';

/** The hundred or so commonest single-character surnames, which cover most officials named in plans. */
const SURNAMES = new Set(
  withTraditional([
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(''),
  ]),
);
/** Compound surnames (欧阳, 司马 …). */
const COMPOUND = withTraditional(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯']);

const han = (s: string): boolean => /^\p{Script=Han}+$/u.test(s);

/** Whether `s` (two to four characters) reads as a person's name: a surname and one or two more. */
export function isPersonName(s: string): boolean {
  if (!han(s) || s.length < 2 || s.length > 4) return false;
  if (COMPOUND.some((c) => s.startsWith(c))) return s.length >= 3;
  return s.length <= 3 && SURNAMES.has(s[0] as string);
}

/**
 * The person's name `text` ends with, run into what comes before it (`…求职创业刘志强` → 刘志强), or
 * undefined. Three characters when the third from the end is a surname (unless the last two are a name
 * opening with one of the commonest surnames, 李明 after 工程), else two when the second is.
 */
export function trailingPerson(text: string): string | undefined {
  const two = text.slice(-2);
  const three = text.slice(-3);
  // (…提升工程李明: the commonest surnames seldom open a given name, so 李明 is the person, 程 the task's.)
  if (three.length === 3 && isPersonName(three) && !(isPersonName(two) && TOP_SURNAMES.has(two[0] as string))) return three;
  return two.length === 2 && isPersonName(two) ? two : undefined;
}

/** The commonest surnames, seldom the first character of a given name (程李明 is read as 程 + 李明). */
const TOP_SURNAMES = new Set(withTraditional([...'王李张刘陈杨赵吴孙徐周']));

/**
 * The person's name `text` starts with when a unit's name follows it (`杨帆发改局`: 杨帆), where
 * `startsUnit` says where a unit's name may start; undefined when there is none.
 */
export function leadingPerson(text: string, startsUnit: (rest: string) => boolean): string | undefined {
  for (const n of [2, 3]) {
    const head = text.slice(0, n);
    if (isPersonName(head) && text.length > n + 1 && startsUnit(text.slice(n))) return head;
  }
  return undefined;
}

/**
 * Characters of agencies' short names (发改, 林业, 交运, 文明办): a name with one of them after its
 * first character is no person's, whatever its first character.
 */
const AGENCY_CHARACTERS = new Set(
  withTraditional([
    ...'业改务政建保监管委办局厅科税商农林水交通教卫文旅体民财审统计城规划环安防消气邮电供住房信工经发展资源产质检粮储旅游医疗药航港铁路海关军警法检院司纪组宣统侨台外贸能源矿地测绘档案史志编团妇残联协会社所站队处室股中心'.split(''),
  ]),
);

/**
 * Whether `name`, written alone among units' names (由马娜牵头，区甲办负责), is a person's: a surname and
 * one or two more characters, none of them one of an agency's short name, not ending as places do.
 */
export function isBarePerson(name: string): boolean {
  return isPersonName(name) && ![...name.slice(1)].some((ch) => AGENCY_CHARACTERS.has(ch)) && !PLACE_END.test(name);
}

/** How places end (万州, 江北, 罗湖, 高坪, 王庄, 李村): a name ending so is a place's before a person's. */
const PLACE_END = /[州北南东西湖庄村山江河坪城镇乡县区岛湾港口桥坝溪岭塘田园沟洲滩峰屯寨堡营店集铺圩寺川陵泉源里台阳]$/u;
