// Traditional → simplified (OpenCC, Hong Kong and Taiwan forms), building OpenCC's dictionaries
// only for a name that has a character they could change: most tables are simplified already.
import { Converter, Locale } from 'opencc-js/t2cn';

/** The conversion `normaliseTable` applies: OpenCC's `hk2s` chain (HK variants, then 繁→简 phrases and characters). */
const CONFIG = 'hk2s';

let converter: ((text: string) => string) | undefined;
let changing: Set<number> | null | undefined;

/** Adds to `into` the code points of `key` that a replacement by `value` changes (all of them when the lengths differ). */
function addChanged(key: string, value: string, into: Set<number>): void {
  if (key === value) return;
  const k = Array.from(key);
  const v = Array.from(value);
  for (let i = 0; i < k.length; i++) if (k.length !== v.length || k[i] !== v[i]) into.add((k[i] as string).codePointAt(0) as number);
}

/** Adds the changing code points of every entry of a dictionary (`"src dst|src dst|…"` or `[src, dst][]`), nested groups included. */
function addDictionary(dict: unknown, into: Set<number>): boolean {
  if (typeof dict === 'string') {
    for (const entry of dict.split('|')) {
      const [key, value] = entry.split(' ');
      if (key !== undefined && key !== '' && value !== undefined) addChanged(key, value, into);
    }
    return true;
  }
  if (!Array.isArray(dict)) return false;
  if (dict.length === 2 && typeof dict[0] === 'string' && typeof dict[1] === 'string' && !dict[0].includes(' ')) {
    addChanged(dict[0], dict[1], into);
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
