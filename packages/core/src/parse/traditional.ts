// Word lists in both scripts: the reader's labels, role words and name endings are written in
// simplified characters and matched in traditional ones too (牽頭, 責任單位, 廳).
import { TRADITIONAL_FORMS } from './traditional-map.js';

/** The word in traditional characters, taking the `k`-th form of each character (the first when it has fewer). */
function variant(word: string, k: number): string {
  return Array.from(word, (ch) => {
    const forms = TRADITIONAL_FORMS[ch];
    return forms === undefined ? ch : (Array.from(forms)[k] ?? Array.from(forms)[0] ?? ch);
  }).join('');
}

/** Adds the traditional spellings of each word (Taiwan and Hong Kong forms, if different), keeping the list's order. */
export function withTraditional(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) for (const v of [w, variant(w, 0), variant(w, 1)]) out.add(v);
  return [...out];
}
