// Divisions retold in news prose: `有3项由国家卫生健康委牵头，分别是抓好…；抓好…；完善…。` — one
// sentence naming the units once for a counted list of tasks. Rewritten, on the same line, as one
// sentence per task closed by its division (`抓好…，由国家卫生健康委牵头。`), which the prose reader
// then reads as it reads any task whose sentence ends with who does it.

import { isAgencyName } from './agency-name.js';
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

/**
 * A task quoted after the units that answer for it, as inspection notices (督查通报) retell them:
 * `如县甲局负责的“严格落实某某计划。”截至目前，…` — the units, 负责的 or 牵头的, the task in quotation marks.
 */
const QUOTED = /([^。；;：:“”"！？!?\n]{2,120}?)(牵头负责|牵头|负责|承办|牽頭負責|牽頭|負責|承辦)的[“"]((?:[^“”"]|“[^“”]*”){4,300}?)[”"]/gu;
/** Words that open the units' phrase without being part of it (如县甲局负责的…, 其中由乙局牵头的…). */
const OPENER = /^(?:例如|比如|其中|如|由|即|另有|还有|還有)+/u;

/**
 * The units at the end of the text before `负责的“` (…事项3件，如县甲局、县乙局), and the text before
 * them: the longest run of names separated by 、，, read back from the end, the opener before the
 * first (如, 其中) dropped; undefined when the text ends with no unit's name.
 */
function unitsBefore(written: string): { before: string; units: string } | undefined {
  // Pieces at even indexes, separators between them (none inside brackets: 各县（市、区）政府).
  const parts: string[] = [''];
  let depth = 0;
  for (const ch of written) {
    if ('（(〔【['.includes(ch)) depth += 1;
    else if ('）)〕】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,'.includes(ch)) parts.push(ch, '');
    else parts[parts.length - 1] += ch;
  }
  let kept = -1;
  for (let i = parts.length - 1; i >= 0; i -= 2) {
    let piece = (parts[i] as string).trim();
    // A name whose own 、 joins places sharing its ending (13个街道、镇, 各乡、镇人民政府): with the piece before it.
    if (!isAgencyName(piece.replace(OPENER, '')) && i >= 2 && (parts[i - 1] as string) === '、' && isAgencyName(`${(parts[i - 2] as string).trim()}、${piece}`.replace(OPENER, ''))) {
      i -= 2;
      piece = `${(parts[i] as string).trim()}、${piece}`;
    }
    const bare = piece.replace(OPENER, '');
    // (…or the start of one whose 、 joins places sharing the ending of the name after it: 人民大垸、荒湖管理区.)
    const joinsNext = bare !== '' && kept === i + 2 && (parts[i + 1] as string) === '、' && isAgencyName(`${bare}、${(parts[i + 2] as string).trim()}`);
    if (bare === '' || (!isAgencyName(bare) && !joinsNext)) break;
    kept = i;
    if (bare !== piece) break;
  }
  if (kept < 0) return undefined;
  // (The units listed with 、 as a division writes them; an opener left alone before them, 其中，, goes too.)
  const units = parts.slice(kept).join('').trim().replace(OPENER, '').replace(/[，,]/gu, '、');
  const before = parts.slice(0, Math.max(0, kept - 1)).join('');
  return { before: before.replace(/^\s*(?:例如|比如|其中|如|另有|还有|還有)\s*$/u, ''), units };
}

/**
 * Rewrites each quoted task (see {@link QUOTED}) as a sentence closed by its division
 * (`严格落实某某计划，由县甲局负责。`), when the text before 负责的 ends with units' names; the text
 * after the closing quotation mark (the progress) becomes a sentence of its own. Returns the text and
 * how many quoted tasks were rewritten.
 */
export function expandQuotedTasks(text: string): { text: string; count: number } {
  if (!/[“"]/u.test(text)) return { text, count: 0 };
  let n = 0;
  const out = text.replace(QUOTED, (whole: string, written: string, role: string, task: string) => {
    const found = unitsBefore(written);
    const title = task.trim().replace(/[。；;！!，,]+$/u, '');
    if (found === undefined || title.length < 4) return whole;
    n += 1;
    return `${found.before}。${title}，由${found.units}${role}。`;
  });
  return { text: n === 0 ? text : out.replace(/[，,、]。/gu, '。').replace(/^。/gmu, '').replace(/。。/gu, '。'), count: n };
}
