// Names of units alone, with no label and no role word: a line of them closing a numbered item (a
// table's units cell copied after its task cell), or after spaces at the end of its line.
import { isAgencyName } from './agency-name.js';
import type { Clause } from './clauses.js';
import { runTogether } from './glued-names.js';
import { hasRoleWord } from './role-words.js';
import { parseUnitPhrase } from './unit-phrase.js';
import { isUnitPhrase, labelAt } from './unit-phrase-checks.js';

const SIGNED = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.．\-/]\d{1,2}[.．\-/]\d{1,2}|[〇○零一二]{4}\s*年[^底前内]{1,6}日|[（(](?:此件|此页|本件)|附件)/u;

export function closingNames(text: string, at: number, end: number, sentence: string): boolean {
  if (!/[。\n]/u.test(text[at - 1] ?? '') || (end < text.length && text[end] !== '\n') || sentence.length > 160) return false;
  // (A signature is followed by its date or a publishing note: 某市人民政府 / 2024年1月5日 / （此件公开发布）.)
  if (SIGNED.test(text.slice(end).trimStart().slice(0, 20))) return false;
  return namesAlone(sentence);
}

/**
 * Whether a text is names of units alone (`★市司法局，市直各有关部门`, `县教育局、县财政局`): no
 * label and no role word, every piece a unit's name; not a table's row or header (`工作任务 | 具体要求 |
 * 责任单位`), nor one name that is two run together (政治处各部门: a table's cells run into one line,
 * the run-together reader's).
 */
export function namesAlone(sentence: string): boolean {
  if (!/^[★☆※▲△●◆■]?\p{Script=Han}/u.test(sentence) || /[|｜\t]| {2,}/u.test(sentence)) return false;
  // (Names alone: no label, no role word — those are read as what they are.)
  if (labelAt(sentence) >= 0 || hasRoleWord(sentence) || !isUnitPhrase(sentence, true)) return false;
  const units = parseUnitPhrase(sentence, 'marked-only').units;
  if (units.length === 1 && (runTogether((units[0] as { name: string }).name)?.length ?? 1) > 1) return false;
  return units.length > 0 && units.every((u) => isAgencyName(u.name));
}

/**
 * Names after spaces closing an item's last line (`地区生产总值增长7% 县发改局 县统计局`): each word a unit's
 * name (a lead mark allowed), after words of work of two characters or more. The clause names them
 * as a list.
 */
export function spacedNames(text: string): Clause | undefined {
  const lineStart = text.lastIndexOf('\n') + 1;
  const line = text.slice(lineStart);
  const words = [...line.matchAll(/[^ \t\u3000]+/gu)];
  let k = words.length;
  while (k > 0 && namesAlone((words[k - 1] as RegExpMatchArray)[0])) k -= 1;
  if (k === words.length || k === 0) return undefined;
  const work = words.slice(0, k).map((w) => w[0]).join('');
  if (!/\p{Script=Han}{2}/u.test(work) || /[|｜]/u.test(line)) return undefined;
  const first = words[k] as RegExpMatchArray;
  const start = lineStart + (first.index ?? 0);
  return { start, end: text.length, phrase: words.slice(k).map((w) => w[0]).join('、'), kind: 'sentence', whole: true, namesLine: true };
}
