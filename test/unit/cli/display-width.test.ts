// Terminal widths computed without string-width for the characters plan tables use must equal
// string-width's, character by character and on seeded random strings; other text goes to it.
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../../packages/cli/src/display-width.js';

// string-width as the CLI package resolves it (it is the CLI's dependency, not the workspace root's).
const stringWidth = (createRequire(new URL('../../../packages/cli/package.json', import.meta.url))('string-width') as { default: (s: string) => number }).default;

/** Every BMP code point (surrogates left out: they are not characters on their own). */
const BMP = Array.from({ length: 0x10000 }, (_, cp) => cp).filter((cp) => cp < 0xd800 || cp > 0xdfff);

describe('displayWidth', () => {
  it('equals string-width on every BMP character, alone and between two ideographs', () => {
    const wrong: string[] = [];
    for (const cp of BMP) {
      const ch = String.fromCharCode(cp);
      if (displayWidth(ch) !== stringWidth(ch)) wrong.push(`U+${cp.toString(16)}`);
      const framed = `省${ch}厅`;
      if (displayWidth(framed) !== stringWidth(framed)) wrong.push(`省U+${cp.toString(16)}厅`);
    }
    expect(wrong).toEqual([]);
  });

  it('equals string-width on seeded strings of table characters, marks, emoji and controls', () => {
    const chars = ['省', '发', '改', '委', 'A', '1', ' ', '（', '）', '、', '。', '—', '·', '“', 'é', '\u0301', '\u200d', '👍', '🇨', '🇳', '\ufe0f', '©', '#', '\u20e3', '\u3030', 'ｱ', '\uff9e', '가', '\u1100', '\u1161'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => displayWidth(parts.join('')) === stringWidth(parts.join(''))),
      { seed: 17, numRuns: 5000 },
    );
  });

  it('counts a name of the bundled plan by hand: 6 ideographs and a star', () => {
    expect(displayWidth('省发展改革委 *')).toBe(14);
    expect(displayWidth('')).toBe(0);
  });
});
