// Labels printed in brackets instead of before a colon (`【牵头单位】市甲局`, `[责任单位]市乙局`,
// `〔完成时限〕2025年底`), as some plans set them in bold brackets: written as the labels the
// reader knows (`牵头单位：市甲局`). Only the words of the label lists, so a bracket of names or of
// a task's own words is left alone.
import { ALL_LABELS } from './labels.js';

/** A label in a bracket, at a line's start or after a sentence's end, and the colon some pages keep after it. */
const BRACKETED = new RegExp(`(^|[。；;！!\\s\\u3000])[【\\[〔［]\\s*(${ALL_LABELS.join('|')})\\s*[】\\]〕］]\\s*[：:]?[ \\t\\u3000]*`, 'gmu');

/** The text with bracketed labels written as `label：`, and how many there were. */
export function unbracketLabels(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(BRACKETED, (_m, before: string, label: string) => {
    count += 1;
    return `${before}${label}：`;
  });
  return { text: out, count };
}
