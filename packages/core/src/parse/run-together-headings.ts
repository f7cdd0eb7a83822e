// The section headings of a table whose cells run together: written at the end of a row's text,
// before the next row's number (…市乙局二、产业优化升级3推进…), or before the first row.
import { chineseNumeral } from './numbering.js';

/** A section heading written at the end of a row's text or before the first row (二、产业优化升级). */
const HEADING_AT_END = /(?:^|(?<=[\p{Script=Han}）)]))([一二三四五六七八九十]{1,3}[、.．][\p{Script=Han}“"《（(\d][^、。；;]{0,29}[^、。；;\d])$/u;
/** The same with 、 inside the heading's words (二、中考、高考保障): taken only with the next heading's number. */
const LISTING_HEADING_AT_END = /(?:^|(?<=[\p{Script=Han}）)]))([一二三四五六七八九十]{1,3})[、.．]([\p{Script=Han}“"《（(\d][^。；;]{0,29}[^、。；;\d])$/gu;

/** The heading at the end of a row's text: its match and its words, or undefined. `next` is the heading number expected. */
export function headingAtEnd(chunk: string, next: number): { index: number; words: string; number: number } | undefined {
  const plain = HEADING_AT_END.exec(chunk);
  if (plain !== null) {
    const ordinal = /^[一二三四五六七八九十]+/u.exec(plain[1] as string)?.[0] ?? '';
    return { index: plain.index, words: (plain[1] as string).slice(ordinal.length + 1), number: chineseNumeral(ordinal) ?? next };
  }
  // (The leftmost start is tried first by the engine: each later ordinal is tried in turn.)
  for (let from = 0; from < chunk.length; ) {
    // (Searched from `from` in the whole chunk: what stands before a start is seen, and ^ is the chunk's own.)
    LISTING_HEADING_AT_END.lastIndex = from;
    const m = LISTING_HEADING_AT_END.exec(chunk);
    if (m === null) return undefined;
    if (chineseNumeral(m[1] as string) === next) return { index: m.index, words: m[2] as string, number: next };
    from = m.index + 1;
  }
  return undefined;
}
