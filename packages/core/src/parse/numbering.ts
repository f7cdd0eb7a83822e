// Task numbers as documents write them: 1  1.  1、 1﹒ １  (1) （一） 一、 十二 …

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 九千九百九十九 (一, 十, 十二, 二十三, 一百零五 …), or undefined. */
export function chineseNumeral(text: string): number | undefined {
  if (text === '' || text.length > 8) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : undefined;
    if (unit === undefined) return undefined;
    total += (digit ?? 1) * unit;
    digit = undefined;
  }
  return total + (digit ?? 0);
}

/** Full-width digits (０–９) to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const AFTER = new Set(['.', '．', '、', '﹒', '。', ' ', '\u3000', '：', ':']);

/**
 * Reads a task number written as digits or a Chinese numeral, optionally in brackets and followed
 * by . 、 ﹒ or similar: `1`, `1.`, `１、`, `(1)`, `（一）`, `一、`, and a point's ordinal: `一是`, `二要`.
 * Returns undefined otherwise.
 */
export function parseTaskNumber(raw: string): number | undefined {
  // A photograph's number (图①：, 图3：), a circled number (②) and a record's heading (任务41, 第41项) are the item's number too.
  const record = /^(?:任务|任務|第)[ \t\u3000]*([0-9０-９]{1,4})[ \t\u3000]*(?:项|項)?(?:任务|任務)?$/u.exec(raw.trim());
  let text = asciiDigits(record === null ? raw.trim().replace(/^(?:图|圖)/u, '') : (record[1] as string));
  while (text.length > 0 && AFTER.has(text[text.length - 1] as string)) text = text.slice(0, -1);
  if (text.length >= 2 && OPEN.has(text[0] as string) && CLOSE.has(text[text.length - 1] as string)) text = text.slice(1, -1).trim();
  if (/^\d{1,9}$/u.test(text)) return Number(text);
  if (text.length === 1 && text.charCodeAt(0) >= 0x2460 && text.charCodeAt(0) < 0x2474) return text.charCodeAt(0) - 0x2460 + 1;
  // ⑴ … ⒇ and ⒈ … ⒛ as one character each.
  if (text.length === 1 && text.charCodeAt(0) >= 0x2474 && text.charCodeAt(0) < 0x249c) return ((text.charCodeAt(0) - 0x2474) % 20) + 1;
  // 一是 / 二要: a point's ordinal.
  if (/^[〇零一二两三四五六七八九十百]+[是要]$/u.test(text)) return chineseNumeral(text.slice(0, -1));
  return chineseNumeral(text);
}

/** A number below a parent's, as written in a 序号 cell (1.1, 2．3, 1.2.1), with ASCII digits and dots; or undefined. */
export function subNumber(text: string): string | undefined {
  const t = asciiDigits(text.trim()).replace(/．/gu, '.');
  return /^\d{1,4}(?:\.\d{1,4}){1,3}$/u.test(t) ? t : undefined;
}

/** The number of a parent row (`1` over a next row numbered `1.1`, `1.2` …), as ASCII digits, or undefined. */
export function parentNumber(own: string, next: string): string | undefined {
  const n = asciiDigits(own.trim());
  return /^\d{1,4}$/u.test(n) && subNumber(next)?.startsWith(`${n}.`) === true ? n : undefined;
}

/** Numbering styles of task-level items (1. （1） ① 一是): an item of one of these owns its paragraph. */
export const TASK_LEVEL_STYLES: ReadonlySet<string> = new Set(['arabic', 'arabic-paren', 'circled', 'ordinal']);

export interface NumberedLine {
  number: number;
  /** How the number was written (its marker), e.g. `1.` or `（一）`. */
  marker: string;
  /** The text after the marker. */
  rest: string;
  /** The numbering style, so headings (一、) and tasks (1.) can be told apart. */
  style: 'arabic' | 'arabic-paren' | 'chinese' | 'chinese-paren' | 'circled' | 'ordinal';
}

/**
 * Splits a line that starts with a number marker: `1.` `1、` `1﹒` `１．` `(1)` `（1）` `一、`
 * `（一）` `(一)`. A bare number must be followed by a separator so `2025年…` is not read as task 2025.
 */
export function numberedLine(line: string): NumberedLine | undefined {
  const text = line.trimStart();
  const first = text[0];
  if (first === undefined) return undefined;
  const circled = first.charCodeAt(0) - 0x2460; // ① … ⑳
  if (circled >= 0 && circled < 20) return { number: circled + 1, marker: first, rest: text.slice(1).trim(), style: 'circled' };
  // ⑴ … ⒇ (a number in brackets as one character) and ⒈ … ⒛ (a number and its stop as one), as Word sets them.
  const bracketed = first.charCodeAt(0) - 0x2474;
  if (bracketed >= 0 && bracketed < 20) return { number: bracketed + 1, marker: first, rest: text.slice(1).trim(), style: 'arabic-paren' };
  const stopped = first.charCodeAt(0) - 0x2488;
  if (stopped >= 0 && stopped < 20) return { number: stopped + 1, marker: first, rest: text.slice(1).trim(), style: 'arabic' };
  // An inspection notice's items numbered by their photographs: 图①：… / 图1：….
  const photo = /^(?:图|圖)([①-⑳]|[0-9]{1,2})[：:、.]/u.exec(text);
  if (photo !== null) {
    const mark = photo[1] as string;
    const n = /^\d+$/u.test(mark) ? Number(mark) : mark.charCodeAt(0) - 0x2460 + 1;
    return { number: n, marker: photo[0], rest: text.slice(photo[0].length).trim(), style: 'circled' };
  }
  // A record's heading numbered in words (任务一：, 重点任务2、, 项目三：): a task of its own.
  const record = /^(?:重点|重點)?(?:任务|任務|项目|項目|事项|事項)([一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})[：:、．.](?=\S)/u.exec(text);
  if (record !== null) {
    const mark = asciiDigits(record[1] as string);
    const n = /^\d+$/u.test(mark) ? Number(mark) : chineseNumeral(mark);
    if (n !== undefined) return { number: n, marker: record[0], rest: text.slice(record[0].length).trim(), style: 'arabic' };
  }
  if (OPEN.has(first)) {
    let end = 1;
    while (end < text.length && end < 8 && !CLOSE.has(text[end] as string)) end += 1;
    if (!CLOSE.has(text[end] as string)) return undefined;
    const inner = asciiDigits(text.slice(1, end).trim());
    const arabic = /^\d{1,4}$/u.test(inner);
    const number = arabic ? Number(inner) : chineseNumeral(inner);
    if (number === undefined) return undefined;
    return { number, marker: text.slice(0, end + 1), rest: text.slice(end + 1).trim(), style: arabic ? 'arabic-paren' : 'chinese-paren' };
  }
  let end = 0;
  while (end < text.length && end < 8 && /[0-9０-９〇零一二两三四五六七八九十百]/u.test(text[end] as string)) end += 1;
  if (end === 0) return undefined;
  // A space may stand before the separator in text copied from a PDF (`1 . 严格管控…`).
  let at = end;
  while ((text[at] === ' ' || text[at] === '\u3000') && at < end + 2) at += 1;
  let sep = text[at];
  // 1。 (a full stop after an Arabic number) as some reprints write it.
  if (sep === '。' && /[0-9０-９]/u.test(text[0] ?? '') && /\p{Script=Han}/u.test(text[at + 1] ?? '')) sep = '、';
  // 1) 1） — a closing bracket alone after an Arabic number.
  if ((sep === ')' || sep === '）') && /^[0-9０-９]+$/u.test(text.slice(0, end))) {
    const n = Number(asciiDigits(text.slice(0, end)));
    return { number: n, marker: text.slice(0, at + 1), rest: text.slice(at + 1).trim(), style: 'arabic-paren' };
  }
  if (sep === undefined || !['.', '．', '、', '﹒'].includes(sep)) return undefined;
  // "1.5亿元" is a decimal, not a numbered line; "11.121人才梯队项目" is item 11.
  if ((sep === '.' || sep === '．') && /[0-9０-９]/u.test(text[at + 1] ?? '')) {
    let k = at + 1;
    while (/[0-9０-９]/u.test(text[k] ?? '')) k += 1;
    if (k >= text.length || /[0-9０-９.．%％亿万千百十元倍个年月日吨米度岁项户家所座条公里亩]/u.test(text[k] as string)) return undefined;
  }
  const digits = asciiDigits(text.slice(0, end));
  const arabic = /^\d+$/u.test(digits);
  const number = arabic ? Number(digits) : chineseNumeral(digits);
  if (number === undefined) return undefined;
  return { number, marker: text.slice(0, at + 1), rest: text.slice(at + 1).trim(), style: arabic ? 'arabic' : 'chinese' };
}

/**
 * The ordinal opening a speech's or minutes' point (`一是…` `二要…` `第一，…`), or undefined. Not read by
 * {@link numberedLine}: inside a numbered task the same words list its parts (1.深化改革。一是…；二是…),
 * and `三要素` is no ordinal; the outline takes them only where the text has no other task numbering,
 * and only in sequence.
 */
export function ordinalLine(line: string): NumberedLine | undefined {
  // (…and 第一，/ 第二、 as points are counted in speeches and minutes; not 第一、二季度 nor 第一、第二批.)
  const m = /^([一二三四五六七八九十]{1,3})([是要])(?=\p{Script=Han})/u.exec(line.trimStart()) ?? /^第([一二三四五六七八九十]{1,3})([，,]|、(?!第|[一二三四五六七八九十]{1,2}(?:季|批|期|轮|輪|类|類|档|檔|级|級|年|月|次|项|項|个|個)))(?=[\p{Script=Han}“「『《（(【])/u.exec(line.trimStart());
  if (m === null) return undefined;
  const n = chineseNumeral(m[1] as string);
  if (n === undefined || n > 20) return undefined;
  const text = line.trimStart();
  return { number: n, marker: m[0], rest: text.slice(m[0].length).trim(), style: 'ordinal' };
}

/** A section's number alone in its cell: 一, 二、, （三）. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[）)])$/u;

/**
 * A table row that is a section heading written across two cells, the section's number in the 序号
 * column and its heading in the next (`一 | 经济发展 | | `, `二 民生保障`): the heading as one line
 * (`一、经济发展`, `（一）某方面`); undefined for any other row. Every other cell must be empty.
 */
export function sectionAcross(cells: readonly string[]): string | undefined {
  const [number, heading] = cells.map((c) => c.trim());
  if (number === undefined || heading === undefined || heading === '' || !SECTION_NUMBER.test(number)) return undefined;
  if (cells.slice(2).some((c) => c.trim() !== '')) return undefined;
  const mark = number.replace(/[、.．]$/u, '');
  return /^[（(]/u.test(mark) ? `${mark}${heading}` : `${mark}、${heading}`;
}
