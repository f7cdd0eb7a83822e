// Traditional → simplified builds OpenCC's dictionaries only for a name that has a character they
// could change; the skip must never change a result. Checked against OpenCC itself, character by
// character over every CJK block and on names written in traditional characters.
import { parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert as opencc, mayConvert, simplified } from '../../../../packages/core/src/normalise/simplified.js';

/** Every code point of the blocks Chinese names are written in, BMP and the supplementary ideographs. */
const BLOCKS: [number, number][] = [[0x20, 0x2fff], [0x3000, 0x9fff], [0xf900, 0xfaff], [0xfe30, 0xffef], [0x20000, 0x3134f]];

describe('simplified', () => {
  it('skips exactly the characters OpenCC leaves as they are: none it would change is skipped', () => {
    let skipped = 0;
    const wrong: string[] = [];
    for (const [lo, hi] of BLOCKS) {
      for (let cp = lo; cp <= hi; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const ch = String.fromCodePoint(cp);
        if (mayConvert(ch)) continue;
        skipped++;
        if (opencc(ch) !== ch) wrong.push(ch);
      }
    }
    expect(wrong).toEqual([]);
    // Most characters are skipped (the simplified ones among them): the filter is not vacuous.
    expect(skipped).toBeGreaterThan(100_000);
  });

  it('skips phrases only when OpenCC leaves them as they are (phrases of skipped characters, seeded)', () => {
    // Characters skipped one by one, common ones first: phrase entries (乾燥 → 干燥) must not slip through.
    const pool = Array.from('省市县区发展改革委财政厅有关人民政府各部门单位负责牵头配合文化旅游金融教育科技社会保障干燥乾坤台湾方案').filter((c) => !mayConvert(c));
    expect(pool.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }), (chars) => {
        const text = chars.join('');
        return mayConvert(text) || opencc(text) === text;
      }),
      { seed: 17, numRuns: 5000 },
    );
  });

  it('skips every name of the bundled plan, which is simplified, and leaves it unchanged', () => {
    const names = new Set(parseTable(hunanGba2020.text).tasks.flatMap((t) => t.units.map((u) => u.name)));
    expect(names.size).toBe(34);
    for (const name of names) {
      expect(mayConvert(name)).toBe(false);
      expect(opencc(name)).toBe(name);
    }
  });

  it('sends traditional names to OpenCC and gives its result', () => {
    const names = ['省發展改革委', '省財政廳', '臺灣事務辦公室', '香港特別行政區政府', '省衞生健康委', '乾燥', '各有關市州人民政府', '𡃄'];
    for (const name of names) expect(simplified(name)).toBe(opencc(name));
    expect(mayConvert('省財政廳')).toBe(true);
    expect(simplified('省財政廳')).toBe('省财政厅');
  });

  it('returns simplified names as written, without building the dictionaries', () => {
    for (const name of ['省发展改革委', '省财政厅', '各有关市州人民政府', 'ABC 委员会', '']) {
      expect(mayConvert(name)).toBe(false);
      expect(simplified(name)).toBe(name);
      expect(opencc(name)).toBe(name);
    }
  });
});
