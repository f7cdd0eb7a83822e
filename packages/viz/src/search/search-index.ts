// Search over agencies and tasks: Chinese (substring, or the characters in order, so 发改 finds
// 省发展改革委), English names, pinyin initials and full pinyin, task numbers.
import type { ResponsibilityGraph } from '@fengong/core';
import type { PinyinConverter } from './pinyin.js';

export interface SearchEntry {
  key: string;
  part: 'agency' | 'task';
  /** Name or title as written, and other Chinese forms (full name, aliases). */
  zh: string[];
  en: string;
  /** Task number, for tasks. */
  id: string | null;
  /** Links of the node: busier nodes rank first among equal matches. */
  weight: number;
  order: number;
  /** Pinyin of the first Chinese form, once loaded. */
  pinyin?: { initials: string[]; full: string };
}

export type MatchKind = 'id' | 'zh' | 'en' | 'initials' | 'pinyin';

export interface SearchHit {
  entry: SearchEntry;
  /** Lower is better: 0 exact, 1 prefix, 2 substring, 3 characters in order. */
  score: number;
  match: MatchKind;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Characters of `q` appear in `text` in order: the span they cover, or -1. */
function subsequenceSpan(text: string, q: string): number {
  let start = -1;
  let j = 0;
  for (let i = 0; i < text.length && j < q.length; i += 1) {
    if (text[i] === q[j]) {
      if (j === 0) start = i;
      j += 1;
      if (j === q.length) return i - start + 1;
    }
  }
  return -1;
}

/** Start of the first run of characters whose initials spell `q`, or -1. */
function initialsAt(initials: readonly string[], q: string): number {
  outer: for (let i = 0; i + q.length <= initials.length; i += 1) {
    for (let j = 0; j < q.length; j += 1) if (!(initials[i + j] ?? '').includes(q[j] ?? '')) continue outer;
    return i;
  }
  return -1;
}

function position(index: number): number {
  return index === 0 ? 1 : 2;
}

/** How well `entry` matches the lower-cased query, or undefined. */
function matchEntry(entry: SearchEntry, q: string): Omit<SearchHit, 'entry'> | undefined {
  let best: Omit<SearchHit, 'entry'> | undefined;
  const offer = (score: number, match: MatchKind): void => {
    if (best === undefined || score < best.score) best = { score, match };
  };
  const digits = q.replace(/^#/, '');
  if (entry.id !== null && /^\d+$/.test(digits) && entry.id === digits) offer(0, 'id');
  const cjk = CJK.test(q);
  // Names as written (they may hold Latin letters and digits too); lower-cased like the query.
  for (const form of entry.zh) {
    const lower = form.toLowerCase();
    const at = lower.indexOf(q);
    if (lower === q) offer(0, 'zh');
    else if (at >= 0) offer(position(at), 'zh');
    else if (cjk && q.length > 1 && subsequenceSpan(lower, q) > 0) offer(3, 'zh');
  }
  if (cjk) return best;
  const at = entry.en.indexOf(q);
  if (entry.en === q) offer(0, 'en');
  else if (at >= 0) offer(at === 0 || entry.en[at - 1] === ' ' ? 1 : 2, 'en');
  const letters = q.replace(/[\s']/g, '');
  if (entry.pinyin !== undefined && /^[a-z]+$/.test(letters)) {
    const { initials, full } = entry.pinyin;
    const i = initialsAt(initials, letters);
    if (i >= 0) offer(letters.length === initials.length ? 0 : position(i), 'initials');
    const f = letters.length >= 2 ? full.indexOf(letters) : -1;
    if (f >= 0) offer(letters === full ? 0 : position(f), 'pinyin');
  }
  return best;
}

export class SearchIndex {
  readonly entries: SearchEntry[] = [];
  /** Whether pinyin forms are in (they load after the first render). */
  pinyinReady = false;

  constructor(graph: ResponsibilityGraph) {
    graph.forEachNode((key, attr) => {
      const order = this.entries.length;
      const weight = graph.degree(key);
      if (attr.part === 'agency') {
        const zh = [attr.name, ...(attr.fullName === undefined ? [] : [attr.fullName]), ...(attr.aliases ?? [])];
        this.entries.push({ key, part: 'agency', zh, en: (attr.nameEn ?? '').toLowerCase(), id: null, weight, order });
      } else {
        this.entries.push({ key, part: 'task', zh: [attr.title], en: (attr.titleEn ?? '').toLowerCase(), id: attr.id, weight, order });
      }
    });
  }

  /** Adds pinyin to every entry, a slice at a time so a 10,000-task table never blocks the page. */
  async addPinyin(convert: PinyinConverter, signal?: AbortSignal): Promise<void> {
    const SLICE = 500;
    for (let i = 0; i < this.entries.length; i += SLICE) {
      if (signal?.aborted === true) return;
      for (const entry of this.entries.slice(i, i + SLICE)) entry.pinyin = convert(entry.zh[0] ?? '');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.pinyinReady = true;
  }

  /** The best `limit` matches of `query`: by score, agencies before tasks, busier first, then table order. */
  query(query: string, limit = 10): SearchHit[] {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    const hits: SearchHit[] = [];
    for (const entry of this.entries) {
      const m = matchEntry(entry, q);
      if (m !== undefined) hits.push({ entry, ...m });
    }
    const partRank = (e: SearchEntry): number => (e.part === 'agency' ? 0 : 1);
    hits.sort(
      (a, b) =>
        a.score - b.score ||
        partRank(a.entry) - partRank(b.entry) ||
        b.entry.weight - a.entry.weight ||
        a.entry.order - b.entry.order,
    );
    return hits.slice(0, limit);
  }
}
