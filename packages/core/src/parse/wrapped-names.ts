// Line breaks inside a unit list that a page or a PDF put there, not the document: text copied
// from a narrow column breaks wherever the line is full, also inside a name (`市人力资源和` /
// `社会保障局`), a label (`牵头单` / `位：`) or before a name's bracket (`区发展改革委` / `（粮食和储备局）`).
// A break is kept where both sides are whole (two names, one per line: `市发改委` / `市财政局`); it is
// taken out where one side is a piece of a name and the two together read as one.
import { isAgencyName } from './agency-name.js';
import { ALL_LABELS } from './labels.js';
import { cleanName } from './unit-names.js';

/** A line break with the blanks around it. */
const BREAK = /[ \t\u3000]*\r?\n[ \t\u3000]*/gu;
/** Where a name starts or ends inside a list: separators, colons, brackets, the end of a line. */
const LEFT_EDGE = /[、，,；;。：:\n（(【〔[<〈/／]/u;
const RIGHT_EDGE = /[、，,；;。：:\n）)】〕\]>〉/／（(]/u;
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
const opensWithLabel = (text: string): boolean => ALL_LABELS.some((l) => text.startsWith(l));
const isName = (piece: string): boolean => isAgencyName(cleanName(piece));

/** The levels a unit's full name opens with: a name starting so is a name of its own (市发改委 / 市财政局). */
const LEVEL_START = /^(?:省|市|县|区|州|盟|旗|镇|乡|各|国家|自治区|中共|縣|區|鎮|鄉|國家|自治區)/u;
/** A name and the role word after it, wherever the break falls in them (市生态环境局牵 / 头). */
function nameThenRole(joined: string, at: number): boolean {
  for (let j = joined.length - 2; j >= 2; j -= 1) {
    if (j !== at && ROLE_AFTER.test(joined.slice(j)) && isName(joined.slice(0, j))) return true;
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
  if (opensWithLabel(l + r) && !opensWithLabel(r) && !opensWithLabel(l)) return true;
  if (isName(l) && ROLE_AFTER.test(right)) return true;
  const whole = `${l}${right.slice(0, Math.max(r.length, 4))}`;
  if (!isName(l) && nameThenRole(whole, l.length)) return true;
  const leftName = isName(l);
  const rightName = isName(r);
  // Words on both sides, neither a name nor a label (不再逐一列 / 出): one remark.
  if (!leftName && !rightName && !opensWithLabel(r) && hasHan(l) && hasHan(r) && !isName(l + r)) return words && !/[。！？]$/u.test(l);
  if (!isName(l + r)) return false;
  // Both halves read as names: one name still, unless the second opens with a level of its own
  // (市委 / 组织部 and 滁州经开区 / 管委会 are one body; 市发改委 / 市财政局 are two).
  return !(leftName && rightName) || !LEVEL_START.test(r);
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
