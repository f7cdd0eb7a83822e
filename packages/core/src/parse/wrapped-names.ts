// Line breaks inside a unit list that a page or a PDF put there, not the document: text copied
// from a narrow column breaks wherever the line is full, also inside a name (`市人力资源和` /
// `社会保障局`), a label (`牵头单` / `位：`) or before a name's bracket (`区发展改革委` / `（粮食和储备局）`).
// A break is kept where both sides are whole (two names, one per line: `市发改委` / `市财政局`); it is
// taken out where one side is a piece of a name and the two together read as one.
import { isAgencyName } from './agency-name.js';
import { ALL_LABELS, isShortLabel } from './labels.js';
import { cleanName } from './unit-names.js';

/** A line break with the blanks around it. */
const BREAK = /[ \t\u3000]*\r?\n[ \t\u3000]*/gu;
/** Where a name starts or ends inside a list: separators, colons, brackets, the end of a line. */
const LEFT_EDGE = /[、，,；;。：:\n（(【〔[<〈/／]/u;
const RIGHT_EDGE = /[、，,；;。：:\n）)】〕\]>〉/／（(]/u;
/** A role word closing a clause (…牵头, …配合, …负责落实). */
const ROLE_BEFORE = /(?:牵头|牽頭|配合|负责|負責|参与|參與|协助|協助|协同|協同|参加|參加|落实|落實|协办|協辦|主办|主辦)$/u;
/** Role words that go on after a name (市发改委 / 负责). */
const ROLE_AFTER = /^(?:牵头|牽頭|配合|负责|負責|参与|參與|协助|協助|协同|協同|参加|參加|分别|分別|共同|按职责|按職責|会同|會同|为牵头|為牽頭)/u;

const lastSegment = (left: string): string => {
  let k = left.length;
  while (k > 0 && !LEFT_EDGE.test(left[k - 1] as string)) k -= 1;
  return left.slice(k);
};
const firstSegment = (right: string): string => {
  let k = 0;
  while (k < right.length && !RIGHT_EDGE.test(right[k] as string)) k += 1;
  // Up to a role word after the name (局负责 → 局).
  for (let j = 1; j < k; j += 1) if (ROLE_AFTER.test(right.slice(j, k))) return right.slice(0, j);
  return right.slice(0, k);
};
// (A role word alone, 牵头 / 配合, is a label only before its colon: a line opening 牵头，… is a name's role wrapped.)
const opensWithLabel = (text: string): boolean => ALL_LABELS.some((l) => text.startsWith(l) && (!isShortLabel(l) || /^\s*[：:]/u.test(text.slice(l.length))));
const isName = (piece: string): boolean => isAgencyName(cleanName(piece));

/** The levels a unit's full name opens with: a name starting so is a name of its own (市发改委 / 市财政局). */
const LEVEL_START = /^(?:省|市|县|区|州|盟|旗|镇|乡|各|国家|自治区|中共|縣|區|鎮|鄉|國家|自治區)/u;
/** Bodies other units sit under: a name after them on the next line may be one of theirs (市委 / 组织部). */
const PARENT = /^(?:省|市|县|区|州|中共.{1,6})(?:委|政府|人民政府)$|^(?:国家|省|市|县|区).{0,8}(?:集团|总公司)$/u;
/** Endings that name no body alone: on the next line, they end the name above (某经开区 / 管委会). */
const SHARED_ENDING = /^(?:管委会|管理委员会|委员会|办公室|人民政府|党工委|工委|办事处)$/u;
/** A name and the role word after it, wherever the break falls in them (市生态环境局牵 / 头). */
function nameThenRole(joined: string, at: number): boolean {
  for (let j = joined.length - 2; j >= 2; j -= 1) {
    const role = ROLE_AFTER.exec(joined.slice(j));
    // The break inside the name (j > at) or inside the role word (j < at < j + its length).
    if (role !== null && j !== at && at < j + role[0].length && isName(joined.slice(0, j))) return true;
  }
  return false;
}
const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);

/**
 * Whether the break between `left` and `right` falls inside a name, a label or a bracket (see the
 * file's comment); with `words`, also between two pieces of one remark (不再逐一列 / 出), which only
 * holds inside a unit list already found (a line of words after a list may be the next task).
 */
export function breaksInsideName(left: string, right: string, words = false): boolean {
  if (left === '' || right === '' || left.endsWith('\n') || right.startsWith('\n')) return false;
  // A separator already there: the break adds nothing, and would split a collective (各县、市、 / 区政府).
  if (/[、/／：:]$/u.test(left) || /^[、/／：:]/u.test(right)) return true;
  // A bracket closed on the next line (（管委会 / ）).
  if (/^[）)】〕\]]/u.test(right)) return true;
  // A label opens a clause of its own (市教育局 / 配合单位：…).
  if (opensWithLabel(right)) return false;
  const l = lastSegment(left);
  const r = firstSegment(right);
  // A name's bracket on the next line: its other name or a lead mark (区发展改革委 / （粮食和储备局）).
  if (/^[（(]/u.test(right)) return l !== '' && isName(l);
  if (l === '' || r === '') return false;
  // A clause closed by its role word (市发改委牵头 / 市财政局配合): the next line is the next clause.
  if (ROLE_BEFORE.test(l)) return false;
  if (opensWithLabel(l + r) && !opensWithLabel(r) && !opensWithLabel(l)) return true;
  if (isName(l) && ROLE_AFTER.test(right)) return true;
  const whole = `${l}${right.slice(0, Math.max(r.length, 4))}`;
  if (!isName(l) && nameThenRole(whole, l.length)) return true;
  const leftName = isName(l);
  const rightName = isName(r);
  // Words on both sides, neither a name nor a label (不再逐一列 / 出): one remark.
  if (!leftName && !rightName && !opensWithLabel(r) && hasHan(l) && hasHan(r) && !isName(l + r)) return words && !/[。！？]$/u.test(l);
  if (!isName(l + r)) return false;
  if (!(leftName && rightName)) return true;
  // Both halves read as names: two names, one per line (县委办 / 政府办, 发改委 / 财政局), unless the
  // first is a parent body or cut at 和 and the second does not open with a level of its own
  // (市委 / 组织部, 市人力资源和社 / 会保障局), or the second is an ending shared with the first
  // (滁州经开区 / 管委会).
  if (SHARED_ENDING.test(r)) return true;
  return (PARENT.test(l) || /和.?$/u.test(l)) && !LEVEL_START.test(r);
}

/** The unit list with the line breaks inside names, labels and brackets taken out (see the file's comment). */
export function rejoinWrappedNames(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(BREAK, (found: string, at: number, whole: string) => {
    const left = whole.slice(Math.max(0, at - 40), at);
    const right = whole.slice(at + found.length, at + found.length + 40);
    return breaksInsideName(left, right, true) ? '' : '\n';
  });
}
