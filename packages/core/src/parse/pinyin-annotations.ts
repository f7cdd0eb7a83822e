// Pinyin a web page prints after characters for reading aloud (棚戶區(qū)改造, 縣住房和城鄉(xiāng)建設局):
// not part of the text. Removed before the text is read, with a warning saying how many and where.

/** A Han character followed by a bracket of one pinyin syllable with a tone mark: 區(qū), 鎮（zhèn）. */
const ANNOTATION = /(?<=\p{Script=Han})[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/gu;

/** The text without its pinyin annotations, and the 1-based lines they were on. */
export function removePinyin(text: string): { text: string; count: number; lines: number[] } {
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u.test(text)) return { text, count: 0, lines: [] };
  let count = 0;
  const lines = new Set<number>();
  const out = text.split('\n').map((line, i) => {
    const cleaned = line.replace(ANNOTATION, (m, syllable: string) => {
      if (syllable.length > 6) return m;
      count += 1;
      lines.add(i + 1);
      return '';
    });
    return cleaned;
  });
  return { text: out.join('\n'), count, lines: [...lines] };
}
