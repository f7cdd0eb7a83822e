// The date of a plan, found in the text around its table: the signing date, a publication date, or the year of its number.
import type { ResponsibilityTable } from '../types.js';

/** A date found in a document, with the text it was read from. */
export interface PlanDate {
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY` when only the year is known (from the document number). */
  date: string;
  /** How it was found: a date line (成文日期 such as `2023年1月19日`), a publication stamp (`发布时间: 2016-02-23`), or the year in the document number (`湘政发〔2016〕1号`). */
  source: 'date-line' | 'published' | 'document-number';
  /** The line it was read from, as written. */
  text: string;
}

const DIGITS: Record<string, number> = { '〇': 0, '○': 0, 'Ｏ': 0, O: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year written digit by digit in Chinese numerals (二〇二三) or Arabic; undefined if neither. */
function yearOf(text: string): number | undefined {
  if (/^\d{4}$/u.test(text)) return Number(text);
  const digits = [...text].map((c) => DIGITS[c]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
}

/** A month or day in Arabic digits or Chinese numerals up to 三十一 (十, 十二, 二十, 二十九 …). */
function smallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/u.test(text)) return Number(text);
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (m === null || text === '') return undefined;
  const [, tens, ten, ones] = m;
  if (ten === undefined) return tens !== undefined && ones !== undefined ? undefined : DIGITS[(tens ?? ones) as string];
  return (tens === undefined ? 1 : (DIGITS[tens] as number)) * 10 + (ones === undefined ? 0 : (DIGITS[ones] as number));
}

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1949 || year > 2100 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NUMERAL = '[0-9〇○Ｏ零一二三四五六七八九十]';
/** A whole line that is a date: the signing date under the issuer's name. */
const DATE_LINE = new RegExp(`^\\s*(${NUMERAL}{4})\\s*年\\s*(${NUMERAL}{1,3})\\s*月\\s*(${NUMERAL}{1,3})\\s*日\\s*$`, 'u');
/** A date closing a line (`川府发〔2011〕8号 二○一一年三月十七日`), or in a bracket after the title. */
const DATE_IN_LINE = new RegExp(`(?:^|[\\s（(])(${NUMERAL}{4})\\s*年\\s*(${NUMERAL}{1,3})\\s*月\\s*(${NUMERAL}{1,3})\\s*日\\s*[）)]?\\s*$`, 'u');
const PUBLISHED = /(?:发布时间|發佈時間|发布日期|發布日期|成文日期|印发日期)\s*[:：]?\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/u;
const DOCUMENT_NUMBER = /[〔［[（(【](\d{4})[〕］\]）)】]\s*\d+\s*[号號]/u;

function dateFrom(m: RegExpExecArray): string | undefined {
  const year = yearOf(m[1] as string);
  const month = smallNumber(m[2] as string);
  const day = smallNumber(m[3] as string);
  return year === undefined || month === undefined || day === undefined ? undefined : iso(year, month, day);
}

/**
 * Finds the date of a plan in the lines around its table (`preamble`, then `notes`): first a line
 * that is a date or ends with one (the signing date, 成文日期: `2023年1月19日`, `二○一一年三月十七日`),
 * else a publication stamp (`发布时间: 2016-02-23`), else the year of the document number
 * (`湘政发〔2016〕1号` → `2016`). The first of each kind wins. Undefined when there is none: give the
 * date yourself.
 */
export function planDate(table: Pick<ResponsibilityTable, 'preamble' | 'notes'>): PlanDate | undefined {
  const lines = [...table.preamble, ...table.notes];
  for (const line of lines) {
    const m = DATE_LINE.exec(line) ?? DATE_IN_LINE.exec(line);
    const date = m === null ? undefined : dateFrom(m);
    if (date !== undefined) return { date, source: 'date-line', text: line.trim() };
  }
  for (const line of lines) {
    const m = PUBLISHED.exec(line);
    const date = m === null ? undefined : dateFrom(m);
    if (date !== undefined) return { date, source: 'published', text: line.trim() };
  }
  for (const line of lines) {
    const m = DOCUMENT_NUMBER.exec(line);
    const year = m === null ? undefined : Number(m[1]);
    if (year !== undefined && year >= 1949 && year <= 2100) return { date: String(year), source: 'document-number', text: line.trim() };
  }
  return undefined;
}

/** Checks a date given by the user: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date. */
export function isPlanDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (m === null) return false;
  return iso(Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), m[3] === undefined ? 1 : Number(m[3])) !== undefined;
}
