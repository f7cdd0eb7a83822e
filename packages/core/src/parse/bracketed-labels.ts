// Labels printed in brackets instead of before a colon (`【牵头单位】市甲局`, `[责任单位]市乙局`,
// `〔完成时限〕2025年底`), as some plans set them in bold brackets: written as the labels the
// reader knows (`牵头单位：市甲局`). Only the words of the label lists, so a bracket of names or of
// a task's own words is left alone.
import { ALL_LABELS, isShortLabel } from './labels.js';

/**
 * A label in a bracket and the colon some pages keep after it: anywhere for the labels of more than
 * two characters; a role word alone (【牵头】) only where a clause starts — after a name it marks
 * the lead (市甲局【牵头】), as （牵头） does.
 */
const LONG = ALL_LABELS.filter((l) => !isShortLabel(l));
const SHORT = ALL_LABELS.filter(isShortLabel);
const BRACKETED = new RegExp(`()[【\\[〔［]\\s*(${LONG.join('|')})\\s*[】\\]〕］]\\s*[：:]?[ \\t\\u3000]*|(^|[。；;！!，,\\s\\u3000])[【\\[〔［]\\s*(${SHORT.join('|')})\\s*[】\\]〕］]\\s*[：:]?[ \\t\\u3000]*`, 'gmu');

/** The text with bracketed labels written as `label：`, and how many there were. */
export function unbracketLabels(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(BRACKETED, (_m, _none: string | undefined, long: string | undefined, before: string | undefined, short: string | undefined) => {
    count += 1;
    return `${before ?? ''}${long ?? short ?? ''}：`;
  });
  return { text: out, count };
}
