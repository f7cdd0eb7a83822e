// Divisions retold in news prose: `有3项由国家卫生健康委牵头，分别是抓好…；抓好…；完善…。` — one
// sentence naming the units once for a counted list of tasks. Rewritten, on the same line, as one
// sentence per task closed by its division (`抓好…，由国家卫生健康委牵头。`), which the prose reader
// then reads as it reads any task whose sentence ends with who does it.

import { asciiDigits, chineseNumeral } from './numbering.js';

const COUNT = '([0-9０-９]{1,3}|[一二两兩三四五六七八九十]{1,3})';
const RETOLD = new RegExp(
  `${COUNT}(?:项|項|个|個|条|條)(?:工作|任务|任務|重点工作|重點工作)?(?:由|是由)([^，,。；;：:由]{2,80}?)(牵头负责|牵头|负责|牽頭負責|牽頭|負責)[，,：:]?\\s*(?:分别是|分别为|分別是|分別為|具体是|具體是|包括|即)[：:]?([^。！？\\n]+)[。！？]`,
  'gu',
);
/** A count as written (3, ３, 三, 十二, 兩) as a number, or undefined. */
function count(text: string): number | undefined {
  const ascii = asciiDigits(text);
  return /^\d+$/u.test(ascii) ? Number(ascii) : chineseNumeral(text.replace(/兩/gu, '两'));
}

/**
 * Rewrites each retold list whose items (split on ；;, or on 、 when that gives the count) number
 * what the sentence says: `…，有3项由X牵头，分别是A；B；C。` → `…。A，由X牵头。B，由X牵头。C，由X牵头。`.
 * Text before the count stays, closed as a sentence of its own. Lists whose items do not match
 * their count are left as written. Returns the text and how many lists were rewritten.
 */
export function expandRetoldLists(text: string): { text: string; count: number } {
  if (!text.includes('由')) return { text, count: 0 };
  let n = 0;
  const out = text.replace(RETOLD, (whole: string, counted: string, units: string, role: string, list: string) => {
    const expected = count(counted);
    let items = list.split(/[；;]/u).map((s) => s.trim()).filter((s) => s !== '');
    if (items.length !== expected) items = list.split('、').map((s) => s.trim()).filter((s) => s !== '');
    if (expected === undefined || items.length !== expected || items.length < 2) return whole;
    n += 1;
    return `。${items.map((item) => `${item.replace(/[，,]$/u, '')}，由${units}${role}。`).join('')}`;
  });
  // The text before the count loses its comma to the sentence end put in its place (…共计7项，。 → …共计7项。).
  return { text: n === 0 ? text : out.replace(/[，,、]。/gu, '。').replace(/^。/gmu, ''), count: n };
}
