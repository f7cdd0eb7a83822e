// How a word processor sets a label, undone before the text is read: letters spaced out to a column's
// width (`牵 头 单 位：市甲局`, or with full-width spaces), a bullet before it (`◆牵头单位：`, `● 配合单位：`),
// and a blank where its colon was (`牵头单位 市甲局`, a tab stop in place of the colon).
// Only a label the reader knows (or one in the shape of a unit label, 数据提供单位：) before its colon is
// changed, within its line: line numbers stay as they were.
import { isAgencyName } from './agency-name.js';
import { columnRole, looksLikeHeader } from './columns.js';
import { ALL_LABELS, CO_LABELS, genericUnitLabelAt, LEAD_LABELS, PLAIN_LABELS } from './labels.js';

const KNOWN = new Set(ALL_LABELS);

/** Single characters, one to three spaces between them, before a colon; not inside a longer word. */
const SPACED = /(?<!\p{Script=Han})\p{Script=Han}(?:[ \u3000]{1,3}\p{Script=Han}){1,6}(?=[ \u3000]*[：:])/gu;
/**
 * A bullet before a label, at a line's start or after a space or a stop (labels side by side on one line):
 * ◆ ● ■ ► • … (★ and ※ mark a lead unit instead; before a name, ◆ does too). One character before
 * the bullet, not a run of blanks: a run would be tried again from each of its blanks (quadratic).
 */
const BULLET = /(^[ \t\u3000]*|[ \t\u3000；;，,。])[◆◇●○■□▪▫►▶▷•·◎❖➢➤→](?:[ \u3000]{0,2})(?=(\p{Script=Han}{2,10})[ \u3000]*[：:])/gmu;

/** A unit label (of four characters or more: 牵头 and 配合 alone are words of running text) and the blank after it. */
const UNIT_LABELS = [...LEAD_LABELS, ...CO_LABELS, ...PLAIN_LABELS].filter((l) => l.length >= 4).sort((a, b) => b.length - a.length);
/**
 * …at a line's start (after its indent or a bullet) or after a stop or an opening bracket — never after a
 * blank, where a header row's labels stand side by side (序号 工作任务 牵头单位 各乡镇).
 */
const BLANK_LABEL = new RegExp(`(^[ \\t\\u3000]*(?:[◆◇●○■□▪▫►▶▷•·◎❖➢➤→][ \\t\\u3000]{0,2})?|[。；;，,（(【\\[])(${UNIT_LABELS.join('|')})[ \\t\\u3000]+(?=([^\\s\\u3000，,；;、。）)】\\]]+))`, 'gmu');
/** A header row's cells: a line split by tabs or blanks into three or more cells that name columns. */
const isHeaderRow = (line: string): boolean =>
  [/\t+/u, /[ \u3000]+/u].some((sep) => {
    const cells = line.trim().split(sep).filter((c) => c !== '');
    return cells.length >= 3 && looksLikeHeader(cells);
  });

const isLabel = (word: string): boolean => KNOWN.has(word) || genericUnitLabelAt(`${word}：`) === word;

/** The text with its labels as the reader knows them (see the file's comment); `count` says on how many lines. */
export function undoLabelTypography(text: string): { text: string; count: number } {
  let count = 0;
  let out = text.replace(SPACED, (run) => {
    const word = run.replace(/[ \u3000]/gu, '');
    if (!isLabel(word)) return run;
    count += 1;
    return word;
  });
  // (A blank for the colon first: a bullet before such a label, ● 配合单位 市乙局, is then a bullet before a label.)
  // (Only before a unit's name, and never in a header row, where labels stand side by side: 牵头单位 配合单位.)
  out = out.replace(BLANK_LABEL, (whole, before: string, label: string, next: string, at: number, all: string) => {
    if (!isAgencyName(next) || columnRole(next) !== undefined || KNOWN.has(next)) return whole;
    const start = all.lastIndexOf('\n', at) + 1;
    const end = all.indexOf('\n', at);
    if (isHeaderRow(all.slice(start, end < 0 ? all.length : end))) return whole;
    count += 1;
    return `${before}${label}：`;
  });
  out = out.replace(BULLET, (whole, before: string, label: string) => {
    if (!isLabel(label)) return whole;
    count += 1;
    return before;
  });
  // (How many lines changed: a label closed up and unbulleted is one.)
  if (count === 0) return { text: out, count };
  const before = text.split('\n');
  return { text: out, count: out.split('\n').filter((l, i) => l !== before[i]).length };
}
