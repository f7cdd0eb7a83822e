// The role words after units' names (牵头, 配合, 按职责分工负责 … some hundreds with their traditional
// forms), and finding them: in a text in one scan, or at a clause's end.
import { CO_SUFFIXES, DUTY_SUFFIXES, LEAD_SUFFIXES } from './labels.js';

/** Every role word, longest first (so a clause's end is read as 牵头负责, not 负责). */
export const ROLE_WORDS = [...LEAD_SUFFIXES, ...CO_SUFFIXES, ...DUTY_SUFFIXES].sort((a, b) => b.length - a.length);

/** Words indexed by their first character, in their order (longest first where the list is so). */
export function byFirstCharacter(words: readonly string[]): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const first = w[0] as string;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [w]);
    else list.push(w);
  }
  return byFirst;
}

const ROLE_WORDS_BY_FIRST = byFirstCharacter(ROLE_WORDS);

/**
 * Whether a text holds any role word: scanned once, trying at each character only the words that
 * start with it (a flattened table asks this of every cell it tries).
 */
export function hasRoleWord(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const words = ROLE_WORDS_BY_FIRST.get(text[i] as string);
    if (words !== undefined && words.some((w) => text.startsWith(w, i))) return true;
  }
  return false;
}

/** The role word a clause ends with (the longest), or undefined. */
export const roleAtEnd = (clause: string): string | undefined => ROLE_WORDS.find((w) => clause.endsWith(w));
