// XML text for the GEXF and GraphML writers: escaping, and characters XML 1.0 cannot hold.

/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. Tables come from documents
 * users did not write (a `.docx` cell can hold a vertical tab), so they are replaced, never passed on.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu; // with `u`, a surrogate pair is one code point: only lone halves match

const ONE_NOT_XML = new RegExp(NOT_XML.source, 'u');

/** Whether XML 1.0 can hold `text` (escaped where needed): none of the characters it forbids is in it. */
export function xmlCanHold(text: string): boolean {
  return !ONE_NOT_XML.test(text);
}

/**
 * `text` with each character XML 1.0 cannot hold spelled out as `\x01` (controls) or `\uD800`
 * (lone surrogates, U+FFFE, U+FFFF), where {@link escapeAttribute} would write U+FFFD for each:
 * texts differing only in such characters stay apart (ids built from it are made unique in `ids.ts`).
 */
export function spellForbidden(text: string): string {
  return text.replace(NOT_XML, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const entity = (c: string): string => ENTITIES[c] ?? c;

/**
 * Escapes text for an attribute value: `& < > " '` and tab, newline and carriage return (which
 * parsers would otherwise turn into spaces) become references; characters XML 1.0 forbids become
 * U+FFFD.
 */
export function escapeAttribute(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/gu, entity);
}

/**
 * Escapes text for element content: `& < >`, and newline and carriage return (so indentation
 * cannot reach inside the text and a lone CR is not read as a newline) become references;
 * characters XML 1.0 forbids become U+FFFD.
 */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>\n\r]/gu, entity);
}

/** An element with attributes and optional children, written on one line or indented below. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>>,
  children?: readonly string[] | string,
): string {
  const attrs = Object.entries(attributes)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
  if (children === undefined || children.length === 0) return `<${name}${attrs}/>`;
  if (typeof children === 'string') return `<${name}${attrs}>${escapeText(children)}</${name}>`;
  return [`<${name}${attrs}>`, ...children.map(indent), `</${name}>`].join('\n');
}

function indent(block: string): string {
  return block.replace(/^/gmu, '  ');
}

/** The XML declaration every document starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
