// Linear scans of raw XML and cell text, where a regular expression would backtrack: each
// character is read a bounded number of times, however the input is shaped (issue 18, item 3).

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * The value of the `r` attribute of every `<c …>` start tag, in order (undefined for a tag without
 * one). Quote-aware, so a `>` inside an attribute value does not end the tag. One pass: the search
 * resumes where the previous tag ended, and an unclosed tag or quote ends the scan, so `<c ` repeated
 * without a `>` costs O(n), not the O(n²) of the lazy `[^>]*?` expression this replaces.
 */
export function* cellReferences(xml: string): Generator<string | undefined> {
  let at = 0;
  for (;;) {
    const open = xml.indexOf('<c', at);
    if (open === -1) return;
    const after = xml.charCodeAt(open + 2);
    at = open + 2;
    if (!(isSpace(after) || after === 0x3e /* > */ || after === 0x2f) /* / */) continue;
    let ref: string | undefined;
    let i = open + 2;
    for (;;) {
      if (i >= xml.length) return;
      const code = xml.charCodeAt(i);
      if (code === 0x3e) break;
      if (code === 0x22 || code === 0x27) {
        const end = xml.indexOf(code === 0x22 ? '"' : "'", i + 1);
        if (end === -1) return;
        if (ref === undefined && isRefAttribute(xml, i)) ref = xml.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      i += 1;
    }
    at = i + 1;
    yield ref;
  }
}

/** True when the quote at `quote` opens the value of an attribute named `r` (` r = "…"`). */
function isRefAttribute(xml: string, quote: number): boolean {
  let i = quote - 1;
  while (i > 0 && isSpace(xml.charCodeAt(i))) i -= 1;
  if (xml[i] !== '=') return false;
  i -= 1;
  while (i > 0 && isSpace(xml.charCodeAt(i))) i -= 1;
  return xml[i] === 'r' && isSpace(xml.charCodeAt(i - 1));
}

/**
 * A cell's text with every line break and the white space around it removed, in one pass. (The
 * regular expression it replaces, white space, a line break, white space, was quadratic on a long
 * run of spaces with no line break: it retried the run from each of its characters.)
 */
export function joinCellLines(text: string): string {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  const last = parts.length - 1;
  return parts.map((part, i) => (i === 0 ? part.trimEnd() : i === last ? part.trimStart() : part.trim())).join('');
}

/** Markup that may hold a `<` of its own, found by its end: comments, CDATA sections, processing instructions. */
const SPECIAL_MARKUP: readonly (readonly [string, string])[] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/** A tag that would stall a parser: where it starts, and whether it never closes or is longer than allowed. */
export interface TagProblem {
  at: number;
  kind: 'unclosed' | 'too-long';
}

/**
 * The first tag that does not close before the next `<` outside its quoted values (an unclosed tag,
 * comment, CDATA section, processing instruction or declaration), or one longer than `maxTag`
 * characters (comments, CDATA and processing instructions excepted: a parser finds their ends with
 * one search); undefined when there is none. In well-formed XML a `<` cannot stand inside a tag,
 * not even in an attribute value, and a `>` can only inside a quoted one, so this is one pass.
 * Why: the parser inside read-excel-file (saxen) reads a tag afresh, character by character, each
 * time its input is cut inside it, so 2 KB of `<c ` with no `>` took it 55–72 s, and one tag of
 * 60,000 attributes (500 KB) 53 s; both ended in a stack overflow.
 */
export function tagProblem(xml: string, maxTag: number): TagProblem | undefined {
  let at = xml.indexOf('<');
  while (at !== -1) {
    let end = -1;
    const special = SPECIAL_MARKUP.find(([open]) => xml.startsWith(open, at));
    if (special !== undefined) {
      const found = xml.indexOf(special[1], at + special[0].length);
      if (found === -1) return { at, kind: 'unclosed' };
      end = found + special[1].length;
    } else {
      // A start or end tag, or a declaration (<!DOCTYPE …>): to its `>`, past quoted values.
      let i = at + 1;
      while (i < xml.length) {
        const code = xml.charCodeAt(i);
        if (code === 0x3e /* > */) break;
        if (code === 0x3c /* < */) return { at, kind: 'unclosed' };
        if (code === 0x22 || code === 0x27) {
          const close = xml.indexOf(code === 0x22 ? '"' : "'", i + 1);
          if (close === -1) return { at, kind: 'unclosed' };
          i = close + 1;
        } else i += 1;
        if (i - at > maxTag) return { at, kind: 'too-long' };
      }
      if (i >= xml.length) return { at, kind: 'unclosed' };
      end = i + 1;
    }
    at = xml.indexOf('<', end);
  }
  return undefined;
}
