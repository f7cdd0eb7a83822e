// Lines of unit names alone heading the numbered items under them, a division written unit by unit
// (市发展改革委 / 1.做好… / 2.推进… / 市财政局： / 3.加强…): each such line is written as a numbered heading
// (一、市发展改革委), which the prose reader reads as the unit that answers for the items under it.
import { namesAlone } from './clauses.js';
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
 * its units), the text has no 一、 headings of its own, and every unit line stands right before a
 * numbered item.
 */
export function numberUnitHeadings(text: string): { text: string; count: number } {
  const lines = splitLines(text);
  const numbered = lines.map((l) => numberedLine(l.trim()));
  if (numbered.some((n) => n?.style === 'chinese')) return { text, count: 0 };
  const first = numbered.findIndex((n) => n !== undefined);
  if (first < 1) return { text, count: 0 };
  const name = (line: string): string => line.trim().replace(/[：:]$/u, '');
  let before = first - 1;
  while (before >= 0 && (lines[before] as string).trim() === '') before -= 1;
  if (before < 0 || !namesAlone(name(lines[before] as string))) return { text, count: 0 };
  let count = 0;
  const out = lines.map((line, i) => {
    const t = name(line);
    if (t === '' || numbered[i] !== undefined || numbered[i + 1] === undefined || t.length > 60 || !namesAlone(t)) return line;
    count += 1;
    return `${chineseNumber(count)}、${line.trim()}`;
  });
  return count > 99 ? { text, count: 0 } : { text: out.join('\n'), count };
}
