// Whether a phrase lists units, and the pieces of text that tell (labels, brackets): shared by the
// finder of a task's clauses and by the readers of names closing a task or a sentence.
import { isAgencyName } from './agency-name.js';
import { matchBrackets } from './bracket-match.js';
import { ALL_LABELS, genericUnitLabelAt, isShortLabel, REMARK_MARKS, statesFirstListedRule } from './labels.js';
import { parseUnitPhrase, type UnitPhrase } from './unit-phrase.js';
import { byFirstCharacter, hasRoleWord } from './role-words.js';

export const PAIRS: Record<string, string> = { '（': '）', '(': ')', '〔': '〕', '【': '】', '[': ']', '［': '］' };
/** The labels by their first character (longest first within each), for {@link labelAt}'s one scan. */
const LABELS_BY_FIRST = byFirstCharacter(ALL_LABELS);
const EXPLANATION = /简称|以下|含|包括|即|如|例如|详见|见附件|附件|号|第.条|万元|亿元|%|％/u;

/** Index where a label (牵头单位：, 责任领导：…) starts at or after `from`, or -1. */
export function labelAt(text: string, from = 0): number {
  // The first position where a known label starts, followed (after blanks) by its colon: one scan.
  let best = -1;
  for (let i = from; i < text.length && best < 0; i += 1) {
    const labels = LABELS_BY_FIRST.get(text[i] as string);
    if (labels === undefined) continue;
    for (const label of labels) {
      if (!text.startsWith(label, i)) continue;
      // (A role word alone, 配合：, is a label only where a clause starts: 加强部门协同：… is a task's words.)
      if (isShortLabel(label) && i > 0 && !LABEL_BOUNDARY.test(text[i - 1] as string)) continue;
      let k = i + label.length;
      while (k < text.length && /\s/u.test(text[k] as string)) k += 1;
      if (text[k] === '：' || text[k] === ':') {
        best = i;
        break;
      }
    }
  }
  // A label the lists do not name (数据提供单位：), where a clause starts.
  for (let c = text.indexOf('：', from), d = text.indexOf(':', from); c >= 0 || d >= 0; ) {
    const colon = c < 0 ? d : d < 0 ? c : Math.min(c, d);
    if (best >= 0 && colon > best) break;
    for (let start = Math.max(from, colon - 10); start <= colon - 3; start += 1) {
      if (start > 0 && !LABEL_BOUNDARY.test(text[start - 1] as string)) continue;
      const label = genericUnitLabelAt(text, start);
      if (label !== undefined && text.slice(start + label.length, colon).trim() === '') {
        if (best < 0 || start < best) best = start;
        break;
      }
    }
    if (colon === c) c = text.indexOf('：', c + 1);
    else d = text.indexOf(':', d + 1);
  }
  return best;
}
const LABEL_BOUNDARY = /[\s\u3000，,；;。、（(〔【[［:：]/u;

/** Whether a phrase lists units: labels, role words with names, or (bare) nothing but names, deadlines and rules. */
export function isUnitPhrase(phrase: string, bare: boolean): boolean {
  return readUnitPhrase(phrase, bare).ok;
}

/** {@link isUnitPhrase}, with the phrase as read when it had to be read to tell. */
export function readUnitPhrase(phrase: string, bare: boolean): { ok: boolean; read?: UnitPhrase } {
  // Rule sentences inside the bracket (以下各项工作均需…落实，不再列出) say nothing about whether it lists units.
  const t = phrase
    .trim()
    .split(/(?<=[。；;])/u)
    .filter((sentence) => !(isRuleText(sentence) && /[。；;]$/u.test(sentence.trim()) && phrase.trim().indexOf(sentence) > 0))
    .join('');
  if (t === '' || t.length > 400) return { ok: false };
  if (labelAt(t) === 0 || /^[^，,。；;]{0,12}(单位|部门|领导|單位|部門|領導)[：:]/u.test(t)) return { ok: true };
  const read = parseUnitPhrase(t, 'marked-only');
  if (read.units.length === 0) return { ok: read.remarks.length > 0 && read.officials.length > 0, read };
  const named = read.units.filter((u) => isAgencyName(u.name)).length;
  const roleWord = hasRoleWord(t);
  // Remarks about the list the reader set apart (见附件1，下同) do not make the phrase an explanation.
  const unremarked = read.remarks.reduce((text, r) => text.replace(r, ''), t);
  const explains = EXPLANATION.test(unremarked.replace(/\d{1,2}月|\d{4}年/gu, ''));
  if (roleWord && named >= Math.ceil(read.units.length / 2) && !explains) return { ok: true, read };
  if (!bare || (explains && read.attributes.length === 0)) return { ok: false, read };
  // A long list with one name the recogniser does not know (区商务, cut short on the page) is still a list.
  return { ok: named === read.units.length || (read.units.length >= 5 && named >= read.units.length - 1), read };
}

/** Bracketed spans at the outermost level: [open, close] index pairs (a bracket never closed is a plain character). */
export function brackets(text: string): [number, number][] {
  const { pairs } = matchBrackets(text, PAIRS);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const pair of pairs) if (out.length === 0 || pair[0] > (out[out.length - 1] as [number, number])[1]) out.push(pair);
  return out;
}

/**
 * Whether a sentence has a bracket of its own, not one inside a unit's name: `各乡镇(街道)协助` and
 * `各县（市、区）政府配合` have none (a short bracket between a name's characters, with no role
 * word or label in it); `（市甲局牵头）` or a bracket left open has one.
 */
export function hasOwnBracket(sentence: string): boolean {
  const spans = brackets(sentence);
  let outside = sentence;
  for (const [open, close] of spans) {
    const inner = sentence.slice(open + 1, close);
    const named = open > 0 && /\p{Script=Han}/u.test(sentence[open - 1] as string) && /[\p{Script=Han}、，,]/u.test(sentence[close + 1] ?? '') && inner.length <= 12 && !hasRoleWord(inner) && labelAt(inner) < 0 && !/[：:]/u.test(inner);
    if (!named) return true;
    outside = outside.slice(0, open) + ' '.repeat(close - open + 1) + outside.slice(close + 1);
  }
  return /[（(〔【[）)〕】\]]/u.test(outside);
}

/** The units a phrase lists (with role words, not bare) when every one reads as a unit's name; else undefined. */
export function namedUnits(text: string): readonly { name: string }[] | undefined {
  const r = readUnitPhrase(text, false);
  if (!r.ok) return undefined;
  const units = (r.read ?? parseUnitPhrase(text, 'marked-only')).units;
  return units.every((u) => isAgencyName(u.name)) ? units : undefined;
}

/** Whether a text (outside the units) states a rule about leads, or another remark (下同). */
export function isRuleText(text: string): boolean {
  return statesFirstListedRule(text) || REMARK_MARKS.some((m) => text.includes(m));
}

/**
 * A cell that a table fills to say it has nothing (配合单位 left as —, /, 无, 暂无, 不涉及): no unit, and no
 * empty name to warn of.
 */
export function isEmptyCellMark(text: string): boolean {
  return /^(?:[-—–－―~～/／\\]+|无|無|暂无|暫無|空|空白|不涉及|無涉及|N\/?A)$/iu.test(text.trim());
}
