// Lines of unit names alone heading the numbered items under them, a division written unit by unit
// (市发展改革委 / 1.做好… / 2.推进… / 市财政局： / 3.加强…): each such line is written as a numbered heading
// (一、市发展改革委), which the prose reader reads as the unit that answers for the items under it.
import { namesAlone } from './names-alone.js';
import { columnRole } from './columns.js';
import { numberedLine } from './numbering.js';
import { splitLines } from './text.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A heading's Chinese number (一 … 九十九). */
function chineseNumber(n: number): string {
  if (n <= 10) return CN[n - 1] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens - 1]}十${ones === 0 ? '' : CN[ones - 1]}`;
}

/**
 * The text with its unit lines numbered as headings, and how many. Only where the line before the
 * first numbered item is such a line (else a names line between items closes the item above it:
 * its units), the text has no 一、 headings of its own nor a table's header cells above, each unit
 * line names one unit and stands right before a numbered item, and no names line closes an item.
 */
export function numberUnitHeadings(text: string): { text: string; count: number } {
  const lines = splitLines(text);
  const numbered = lines.map((l) => numberedLine(l.trim()));
  if (numbered.some((n) => n?.style === 'chinese')) return { text, count: 0 };
  const inline = unitsBeforeItems(lines);
  if (inline !== undefined) return inline;
  const first = numbered.findIndex((n) => n !== undefined);
  if (first < 1) return { text, count: 0 };
  // A one-cell-per-line table's header (责任单位 / 工作任务 / 完成时限) before the items: its cells, not headings.
  if (lines.slice(0, first).filter((l) => l.trim() !== '' && columnRole(l.trim()) !== undefined).length >= 2) return { text, count: 0 };
  const name = (line: string): string => line.trim().replace(/[：:]$/u, '');
  // One unit's name (not an addressee list, 各乡镇人民政府，县直各有关单位：, nor a collective).
  const unitLine = (line: string): boolean => {
    const t = name(line);
    return t !== '' && t.length <= 40 && !/[、，,；;\s]/u.test(t) && !t.startsWith('各') && namesAlone(t);
  };
  let before = first - 1;
  while (before >= 0 && (lines[before] as string).trim() === '') before -= 1;
  if (before < 0 || !unitLine(lines[before] as string)) return { text, count: 0 };
  // Each heading stands right before an item; a names line after an item's work with no item after it
  // (…的最后一项 / 县农经站) says the names lines close their items instead, and so do as many of them as items.
  const heads = lines.map((line, i) => numbered[i] === undefined && unitLine(line) && numbered[i + 1] !== undefined);
  const after = lines.some((line, i) => i > first && numbered[i] === undefined && !heads[i] && namesAlone(name(line)));
  const items = numbered.filter((n) => n !== undefined).length;
  const count = heads.filter(Boolean).length;
  if (after || count > items || count > 99) return { text, count: 0 };
  let k = 0;
  const out = lines.map((line, i) => (heads[i] ? `${chineseNumber((k += 1))}、${line.trim()}` : line));
  return { text: out.join('\n'), count };
}

/** A unit's name and a colon opening a line of its numbered items (市发展改革委：1.做好…；2.推进…). */
const UNIT_THEN_ITEMS = /^\s*([^：:，,。；;、\s]{2,30})[：:]\s*(?=(?:[0-9０-９]{1,3}[.、．]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])\S)/u;

/**
 * Two or more lines that open with a unit's name and a colon before its numbered items (市发展改革委：
 * 1.… / 市财政局：3.…): each line numbered as a heading in place (一、市发展改革委：1.…), so that no
 * line moves; undefined when the text has fewer such lines.
 */
function unitsBeforeItems(lines: readonly string[]): { text: string; count: number } | undefined {
  const opened = lines.map((l) => {
    const m = UNIT_THEN_ITEMS.exec(l);
    return m !== null && !(m[1] as string).startsWith('各') && namesAlone(m[1] as string);
  });
  const count = opened.filter(Boolean).length;
  if (count < 2 || count > 99) return undefined;
  let k = 0;
  return { text: lines.map((l, i) => (opened[i] ? `${chineseNumber((k += 1))}、${l.trim()}` : l)).join('\n'), count };
}
