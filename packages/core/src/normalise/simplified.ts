// Traditional → simplified (OpenCC, Hong Kong and Taiwan forms), building OpenCC's dictionaries
// only for a name that has a character they could change: most tables are simplified already.
import { Converter, Locale } from 'opencc-js/t2cn';

/** The conversion `normaliseTable` applies: OpenCC's `hk2s` chain (HK variants, then 繁→简 phrases and characters). */
const CONFIG = 'hk2s';

let converter: ((text: string) => string) | undefined;
let changing: Set<number> | null | undefined;

/**
 * Adds to `into` the code points of the key `text[ks, ke)` that its replacement `text[vs, ve)`
 * changes: where they differ, aligned code unit by code unit, or every one of the key's when the
 * lengths differ (a superset, which is all the skip needs). Read in place: the dictionaries hold
 * some 100,000 entries, and splitting them into strings would cost as much as building OpenCC's.
 */
function addChanged(text: string, ks: number, ke: number, vs: number, ve: number, into: Set<number>): void {
  const same = ke - ks === ve - vs;
  for (let i = ks; i < ke; i += 1) {
    if (same && text.charCodeAt(i) === text.charCodeAt(vs + i - ks)) continue;
    // A differing low surrogate: its character starts one code unit before.
    const at = i > ks && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff ? i - 1 : i;
    into.add(text.codePointAt(at) as number);
  }
}

/** Adds the changing code points of every entry of a dictionary (`"src dst|src dst|…"` or `[src, dst][]`), nested groups included. */
function addDictionary(dict: unknown, into: Set<number>): boolean {
  if (typeof dict === 'string') {
    for (let start = 0; start < dict.length; ) {
      const bar = dict.indexOf('|', start);
      const end = bar === -1 ? dict.length : bar;
      const space = dict.indexOf(' ', start);
      if (space === -1 || space > end) return false;
      // A replacement may list alternatives after a second space: OpenCC takes the first.
      const second = dict.indexOf(' ', space + 1);
      addChanged(dict, start, space, space + 1, second !== -1 && second < end ? second : end, into);
      start = end + 1;
    }
    return true;
  }
  if (!Array.isArray(dict)) return false;
  if (dict.length === 2 && typeof dict[0] === 'string' && typeof dict[1] === 'string' && !dict[0].includes(' ')) {
    const pair = `${dict[0]} ${dict[1]}`;
    addChanged(pair, 0, dict[0].length, dict[0].length + 1, pair.length, into);
    return true;
  }
  return dict.every((d) => addDictionary(d, into));
}

/**
 * The code points some entry of the chain replaces by another, or null when the preset's shape
 * is not the one expected (then every name goes through OpenCC). OpenCC writes each matched entry's
 * value and copies the rest, so its output differs from text only where an entry whose value
 * differs from its key matched — and such a key holds one of these code points. Text with none
 * of them comes out of every step of the chain unchanged (entries mapping a phrase to itself, as
 * `一家三口`, only keep characters from changing).
 */
function changingCodePoints(): Set<number> | null {
  const config = (Locale.configs as Record<string, { normalizationChain?: unknown; conversionChain?: unknown } | undefined>)[CONFIG];
  if (config === undefined) return null;
  const set = new Set<number>();
  const ok = addDictionary(config.conversionChain, set) && (config.normalizationChain === undefined || addDictionary(config.normalizationChain, set));
  return ok && set.size > 0 ? set : null;
}

/** True when OpenCC could change `text`: some code point of it is one an entry replaces. */
export function mayConvert(text: string): boolean {
  if (changing === undefined) changing = changingCodePoints();
  if (changing === null) return true;
  for (const ch of text) if (changing.has(ch.codePointAt(0) as number)) return true;
  return false;
}

/**
 * `text` in simplified characters (OpenCC `Converter({ from: 'hk', to: 'cn' })`, which also reads
 * Taiwan forms). The dictionaries (about 35 ms to build) are built on the first text that needs
 * them; text OpenCC could not change is returned as it is.
 */
export function simplified(text: string): string {
  return mayConvert(text) ? convert(text) : text;
}

/** `text` through OpenCC, with no skip (what `simplified` must equal; its tests compare the two). */
export function convert(text: string): string {
  converter ??= Converter({ from: 'hk', to: 'cn' });
  return converter(text);
}
