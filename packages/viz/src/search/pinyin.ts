// Pinyin forms of Chinese names for search, from `pinyin-pro` (loaded on demand: its dictionary is
// the largest part of the bundle and the first render does not need it).

/** Pinyin of a text: per character, every initial it may be read with; and one full reading. */
export interface PinyinForms {
  /** One string per character: its possible initial letters (all readings of a polyphone, e.g. 长 → "cz"); other characters lower-cased. */
  initials: string[];
  /** The most likely full reading in context, without tones or spaces (省发展改革委 → shengfazhangaigewei). */
  full: string;
}

export type PinyinConverter = (text: string) => PinyinForms;

/** Loads pinyin-pro and returns a converter. */
export async function loadPinyin(): Promise<PinyinConverter> {
  const { pinyin } = await import('pinyin-pro');
  return (text) => {
    const chars = pinyin(text, { type: 'all', toneType: 'none' });
    const initials: string[] = [];
    let full = '';
    for (const c of chars) {
      if (!c.isZh) {
        const lower = c.origin.toLowerCase();
        // pinyin-pro keeps runs of non-Chinese text together: one entry per character.
        for (const ch of lower) initials.push(ch);
        full += lower;
        continue;
      }
      const letters = new Set([c.first, ...c.polyphonic.map((p) => p.charAt(0))].map((l) => l.toLowerCase()));
      initials.push([...letters].join(''));
      full += c.pinyin.toLowerCase();
    }
    return { initials, full };
  };
}
