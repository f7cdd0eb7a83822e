// Terminal columns a string takes: computed directly for the characters plan tables are written in
// (ASCII, Latin-1, punctuation, CJK ideographs and full-width forms); string-width, with its grapheme
// segmenter and emoji tables (about 100 ms to load and warm up), loads only for any other text.
import { createRequire } from 'node:module';

type StringWidth = (text: string) => number;
let stringWidth: StringWidth | undefined;

/**
 * Columns of one code point that forms a grapheme cluster of its own whatever surrounds it
 * (Grapheme_Cluster_Break Other, not Extended_Pictographic, not default-ignorable), or -1 for
 * any other. Ambiguous-width characters (East Asian Width A: ·, —, “”) count one column, as
 * string-width counts them by default; W and F (ideographs, 、。「」, full-width forms) count two.
 */
function simpleWidth(cp: number): number {
  if (cp >= 0x20 && cp <= 0x7e) return 1;
  if (cp >= 0xa1 && cp <= 0xff) return cp === 0xa9 || cp === 0xad || cp === 0xae ? -1 : 1;
  if (cp >= 0x2010 && cp <= 0x2027) return 1;
  if (cp >= 0x2030 && cp <= 0x205e) return cp === 0x203c || cp === 0x2049 ? -1 : 1;
  if (cp >= 0x3000 && cp <= 0x303f) return (cp >= 0x302a && cp <= 0x302f) || cp === 0x3030 || cp === 0x303d ? -1 : cp === 0x303f ? 1 : 2;
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff)) return 2;
  if ((cp >= 0xff01 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)) return 2;
  return -1;
}

/**
 * Display width of `text` in terminal columns, as string-width measures it (CJK characters two
 * columns, combining marks none, an emoji two). Text made only of characters {@link simpleWidth}
 * knows is summed character by character; other text goes to string-width, loaded on first use
 * (`require` of an ES module, Node ≥ 20.19).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = simpleWidth(text.charCodeAt(i));
    if (w < 0) {
      stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default;
      return stringWidth(text);
    }
    width += w;
  }
  return width;
}
