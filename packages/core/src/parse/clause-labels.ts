// The labels and role suffixes of one clause of a unit list: stripping 牵头单位： / 责任单位为 / 数据提供单位：
// from its start and 牵头 / 配合 / 按职责分工负责 from its end, and putting a separator before a label
// that does not open a clause. The characters that separate clauses and open or close brackets.
import { ALL_LABELS, genericUnitLabelAt } from './labels.js';
import { trimTrailing } from './unit-names.js';

export const CLAUSE_SEPARATORS = new Set(['，', ',', '；', ';', '。', '\n', '\r']);
/** Brackets inside which separators do not split: 各县（市、区）人民政府, 各县<市、区>人民政府. */
export const OPENING = new Set(['(', '（', '<', '‹', '〈', '《', '[', '【', '〔', '［']);
export const CLOSING = new Set([')', '）', '>', '›', '〉', '》', ']', '】', '〕', '］']);
/** Each suffix list longest first, grouped by last character (most clauses end in none of them). */
const suffixIndex = new Map<readonly string[], Map<string, string[]>>();

/** Strips the longest suffix in `suffixes` that ends `text` (the first such in the list among those of equal length). */
export function stripSuffix(text: string, suffixes: readonly string[]): [string, string | undefined] {
  let index = suffixIndex.get(suffixes);
  if (index === undefined) {
    index = new Map();
    for (const x of [...suffixes].sort((a, b) => b.length - a.length)) {
      const group = index.get(x.slice(-1));
      if (group === undefined) index.set(x.slice(-1), [x]);
      else group.push(x);
    }
    suffixIndex.set(suffixes, index);
  }
  const candidates = index.get(text.slice(-1));
  if (candidates === undefined) return [text, undefined];
  for (const s of candidates) if (text.endsWith(s)) return [trimTrailing(text.slice(0, -s.length).trim()), s];
  return [text, undefined];
}

/** Strips a leading label the lists do not name (数据提供单位：X), read as a plain 责任单位 label. */
export function stripGenericLabel(text: string): [string, string | undefined] {
  const label = genericUnitLabelAt(text);
  if (label === undefined) return [text, undefined];
  return [text.slice(label.length).trimStart().slice(1).trim(), label];
}

/** Strips a leading label followed by ： or : (牵头单位：X), or by 为 / 是 (牵头单位为X, 责任单位是X). */
export function stripLabel(text: string, labels: readonly string[]): [string, string | undefined] {
  const colon = text.includes('：') || text.includes(':');
  if (!colon && !text.includes('为') && !text.includes('為') && !text.includes('是') && !text.includes('有')) return [text, undefined];
  for (const label of labels) {
    if (text.startsWith(label)) {
      const rest = text.slice(label.length).trimStart();
      if (rest.startsWith('：') || rest.startsWith(':')) return [rest.slice(1).trim(), label];
      // 牵头单位为市发改委 — but not a rule about the list (第一责任单位为牵头单位).
      if (/^[为為是]./u.test(rest) && !/^[为為是](牵头|牽頭|配合|协同|協同|主责|主責)/u.test(rest)) return [rest.slice(1).trim(), label];
      // 相关责任单位有甲厅、乙厅 (news retelling a plan) — not 有关 / 有關 opening a name.
      if (/^有(?![关關])./u.test(rest)) return [rest.slice(1).trim(), label];
    }
  }
  return [text, undefined];
}

/**
 * Puts a clause separator before every label that does not open a clause (`牵头单位：甲局 配合单位：乙局`
 * → `牵头单位：甲局；配合单位：乙局`), so labels separated only by spaces are read apart.
 */
export function separateLabels(text: string): string {
  if (!text.includes('：') && !text.includes(':')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const label =
      ALL_LABELS.find((l) => text.startsWith(l, i) && /^\s*[：:]/u.test(text.slice(i + l.length, i + l.length + 3))) ??
      (i > 0 && /[\s\u3000]/u.test(text[i - 1] as string) ? genericUnitLabelAt(text, i) : undefined);
    // Not the tail of a longer label (省领导 in 分管省领导).
    const tail = label !== undefined && ALL_LABELS.some((l) => l.length > label.length && i + label.length - l.length >= 0 && text.slice(i + label.length - l.length, i + label.length) === l);
    if (label !== undefined && !tail) {
      const before = out.replace(/[\s\u3000]+$/u, '');
      if (before !== '' && !CLAUSE_SEPARATORS.has(before[before.length - 1] as string) && !OPENING.has(before[before.length - 1] as string)) out = `${before}；`;
      out += label;
      i += label.length;
      continue;
    }
    out += text[i] as string;
    i += 1;
  }
  return out;
}
