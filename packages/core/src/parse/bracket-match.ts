// Brackets that are never closed (`（市发改委、市财政局` with no `）`): read as plain characters, so
// that the names after them are still split and read, and reported with their line and column.

/** Opening brackets and the closing bracket of each. */
export const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '〔': '〕',
  '【': '】',
  '[': ']',
  '［': '］',
  '<': '>',
  '〈': '〉',
  '《': '》',
  '‹': '›',
};

const NONE: ReadonlySet<number> = new Set();
const kinds = new WeakMap<Readonly<Record<string, string>>, { closers: Set<string>; openers: RegExp }>();
/** The closers of a set of pairs, and a pattern finding any of its openers (made once per set). */
function kindsOf(pairs: Readonly<Record<string, string>>): { closers: Set<string>; openers: RegExp } {
  let k = kinds.get(pairs);
  if (k === undefined) {
    const escaped = Object.keys(pairs).map((o) => `\\u{${(o.codePointAt(0) as number).toString(16)}}`);
    k = { closers: new Set(Object.values(pairs)), openers: new RegExp(`[${escaped.join('')}]`, 'u') };
    kinds.set(pairs, k);
  }
  return k;
}

/**
 * Matches the brackets of `text`: a closer closes the innermost opener of its kind (or the
 * innermost opener, for `（…)` written with mixed widths); openers inside the one it closes, and
 * openers left open at the end, are unmatched. Linear in the text's length (an opener passed over
 * is removed for good), so no nesting makes it slow.
 */
export function matchBrackets(text: string, pairs: Readonly<Record<string, string>> = BRACKET_PAIRS): { pairs: [number, number][]; unmatched: ReadonlySet<number> } {
  const { closers, openers } = kindsOf(pairs);
  // Most phrases hold no bracket at all: nothing to allocate.
  if (!openers.test(text)) return { pairs: [], unmatched: NONE };
  const stack: [string, number][] = [];
  const open = new Map<string, number>();
  const matched: [number, number][] = [];
  const unmatched = new Set<number>();
  const drop = (closer: string): void => {
    open.set(closer, (open.get(closer) ?? 1) - 1);
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const close = pairs[ch];
    if (close !== undefined) {
      stack.push([close, i]);
      open.set(close, (open.get(close) ?? 0) + 1);
    } else if (closers.has(ch) && stack.length > 0) {
      let k = stack.length - 1;
      if ((open.get(ch) ?? 0) > 0) while ((stack[k] as [string, number])[0] !== ch) k -= 1;
      // Openers inside the one closed here were never closed themselves (`（甲、【乙、丙）`).
      for (let j = k + 1; j < stack.length; j += 1) {
        const [closer, at] = stack[j] as [string, number];
        unmatched.add(at);
        drop(closer);
      }
      const [closer, at] = stack[k] as [string, number];
      matched.push([at, i]);
      drop(closer);
      stack.length = k;
    }
  }
  for (const [, at] of stack) unmatched.add(at);
  return { pairs: matched, unmatched };
}

/** The positions of the opening brackets of `text` that no later bracket closes (see {@link matchBrackets}). */
export const unmatchedOpeners = (text: string): ReadonlySet<number> => matchBrackets(text).unmatched;

/**
 * The brackets of a text left open at the end of their line, and not closed at the start of the
 * next one (a bracket wrapped over two lines is closed): each as its 1-based line and column.
 */
export function unclosedBrackets(lines: readonly string[]): { line: number; column: number; bracket: string }[] {
  const out: { line: number; column: number; bracket: string }[] = [];
  lines.forEach((text, i) => {
    const open = unmatchedOpeners(text);
    if (open.size === 0) return;
    const next = lines[i + 1] ?? '';
    for (const at of open) {
      const bracket = text[at] as string;
      const closer = BRACKET_PAIRS[bracket] as string;
      // Wrapped onto the next line: its closer comes there before any opener of the same kind.
      const closes = next.indexOf(closer);
      if (closes >= 0 && !next.slice(0, closes).includes(bracket)) continue;
      out.push({ line: i + 1, column: at + 1, bracket });
    }
  });
  return out;
}

/** Splits text at each character `separators` matches outside brackets (县(区、市)政府、各工业园区 on 、 → two). */
export function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if ('（(〔【[<'.includes(ch)) depth += 1;
    else if ('）)〕】]>'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(ch)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}
