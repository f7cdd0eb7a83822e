// XML text for the GEXF and GraphML writers: escaping, and characters XML 1.0 cannot hold.

/**
 * Characters XML 1.0 forbids anywhere in a document, even escaped: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. Tables come from documents
 * users did not write (a `.docx` cell can hold a vertical tab), so they are replaced, never passed on.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attribute values, literal tab, newline and carriage return would be normalised to spaces
  // by every XML parser: character references keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for use in XML element content or a double-quoted attribute value: `& < > " '`,
 * tab, newline and carriage return become references; characters XML 1.0 forbids become U+FFFD.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/gu, (c) => ENTITIES[c] ?? c);
}

/** An element with attributes and optional children, written on one line or indented below. */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | undefined>>,
  children?: readonly string[] | string,
): string {
  const attrs = Object.entries(attributes)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (children === undefined || children.length === 0) return `<${name}${attrs}/>`;
  if (typeof children === 'string') return `<${name}${attrs}>${escapeXml(children)}</${name}>`;
  return [`<${name}${attrs}>`, ...children.map(indent), `</${name}>`].join('\n');
}

function indent(block: string): string {
  return block.replace(/^/gmu, '  ');
}

/** The XML declaration every document starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
