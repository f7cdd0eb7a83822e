// One pass over an XML text that finds its elements where fast-xml-parser would (the same rules for
// where a start or end tag, comment, CDATA section, processing instruction and DOCTYPE end, and the
// same errors), without building a tree. A reader keeps only the structure it needs and has
// fast-xml-parser parse the small subtrees it reads (a paragraph, a table row) with `parseSubtree`,
// so its memory follows the largest such subtree, not the document: the ordered tree of a whole
// 62 MB word/document.xml took about 13 bytes per byte of XML.
import { xmlParser, type XmlNode } from './xml-tree.js';

/** What the pass reports; `depth` counts the elements open around the one reported. */
export interface XmlStreamHandler {
  /** An element's start tag, from its `<` at `start` to its `>` at `end`. */
  open(name: string, start: number, end: number, selfClosing: boolean, depth: number): void;
  /**
   * An end tag, ending at `end`, closing the innermost open element. As in fast-xml-parser it is
   * matched by depth, not by name; one with no element open closes nothing and is not reported.
   */
  close(end: number, depth: number): void;
}

/** Elements fast-xml-parser lets nest (`maxNestedTags` of the shared parser). */
export const MAX_XML_NESTING = 1024;

/** The index of the `>` ending a tag whose name starts at `from`, past quoted values (`?>` for a processing instruction); -1 when it does not end. */
function tagEnd(xml: string, from: number, pi: boolean): number {
  for (let i = from; i < xml.length; i += 1) {
    const code = xml.charCodeAt(i);
    if (code === 0x22 || code === 0x27) {
      i = xml.indexOf(code === 0x22 ? '"' : "'", i + 1);
      if (i === -1) return -1;
    } else if (code === 0x3e /* > */ && !pi) return i;
    else if (code === 0x3f /* ? */ && pi && xml.charCodeAt(i + 1) === 0x3e) return i + 1;
  }
  return -1;
}

/** Index just past `word` when it starts at `i`. */
const after = (xml: string, i: number, word: string): number => (xml.startsWith(word, i) ? i + word.length : -1);

/**
 * Where a DOCTYPE starting at `start` ends (its last `>`), read as fast-xml-parser's DOCTYPE reader
 * reads it: literals before the internal subset, an entity's quoted value, comments inside the
 * subset. The end of the text when it does not close, so that fast-xml-parser's own check of the
 * declaration (see {@link scanXml}) gives its error.
 */
function doctypeEnd(xml: string, start: number): number {
  let i = after(xml, start, '<!DOCTYPE');
  if (i === -1) return start + 2;
  let open = 1;
  let body = false;
  let comment = false;
  for (; i < xml.length; i += 1) {
    const c = xml[i];
    if (!body && !comment && (c === '"' || c === "'")) {
      i = xml.indexOf(c, i + 1);
      if (i === -1) return xml.length - 1;
    } else if (c === '<' && !comment) {
      if (body && xml.startsWith('!ENTITY', i + 1)) {
        // The name, then the quoted value (the reader's own errors are left to it).
        let j = i + 8;
        while (j < xml.length && /\s/u.test(xml[j] as string)) j += 1;
        while (j < xml.length && !/[\s"']/u.test(xml[j] as string)) j += 1;
        while (j < xml.length && /\s/u.test(xml[j] as string)) j += 1;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") return xml.length - 1;
        i = xml.indexOf(quote, j + 1);
        if (i === -1) return xml.length - 1;
      } else if (xml.startsWith('!--', i + 1)) comment = true;
      else if (!body || !/^!(?:ELEMENT|ATTLIST|NOTATION)/u.test(xml.slice(i + 1, i + 10))) return xml.length - 1;
      open += 1;
    } else if (c === '>') {
      if (!comment) open -= 1;
      else if (xml[i - 1] === '-' && xml[i - 2] === '-') {
        comment = false;
        open -= 1;
      }
      if (open === 0) return i;
    } else if (c === '[') body = true;
  }
  return xml.length - 1;
}

/**
 * Reads `xml` once from start to end, reporting each element's start and end tags to `handler`.
 * Text is skipped (a handler reads the text it wants with {@link parseSubtree}). Linear: every
 * search resumes where the last one ended.
 *
 * @throws {Error} with fast-xml-parser's message where it would throw: a tag, comment, CDATA
 * section or processing instruction that does not close, a DOCTYPE it refuses (an external or a
 * parameter entity), elements nested deeper than {@link MAX_XML_NESTING}.
 */
export function scanXml(xml: string, handler: XmlStreamHandler): void {
  let depth = 0;
  let doctype = false;
  let i = xml.indexOf('<');
  while (i !== -1) {
    const c1 = xml.charCodeAt(i + 1);
    let end: number;
    if (c1 === 0x2f /* / */) {
      end = xml.indexOf('>', i);
      if (end === -1) throw new Error('Closing Tag is not closed.');
      if (depth > 0) {
        depth -= 1;
        handler.close(end, depth);
      }
    } else if (c1 === 0x3f /* ? */) {
      end = tagEnd(xml, i + 1, true);
      if (end === -1) throw new Error('Pi Tag is not closed.');
    } else if (c1 === 0x21 /* ! */ && xml.startsWith('--', i + 2)) {
      end = xml.indexOf('-->', i + 4);
      if (end === -1) throw new Error('Comment is not closed.');
      end += 2;
    } else if (c1 === 0x21 && xml.charCodeAt(i + 2) === 0x44 /* D */) {
      if (doctype) throw new Error('Multiple DOCTYPE declarations found.');
      doctype = true;
      end = doctypeEnd(xml, i);
      // fast-xml-parser's DOCTYPE reader on the declaration alone: the same refusals (external and parameter entities …).
      xmlParser.parse(`${xml.slice(i, end + 1)}<r/>`);
    } else if (c1 === 0x21 && xml.charCodeAt(i + 2) === 0x5b /* [ */) {
      end = xml.indexOf(']]>', i);
      if (end === -1) throw new Error('CDATA is not closed.');
      end += 2;
    } else {
      end = tagEnd(xml, i + 1, false);
      if (end === -1) {
        const context = xml.substring(Math.max(0, i - 50), Math.min(xml.length, i + 50));
        throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
      }
      const tag = xml.slice(i + 1, end);
      const space = tag.search(/\s/u);
      const name = space === -1 ? tag : tag.slice(0, space);
      const rest = space === -1 ? tag : tag.slice(space + 1).trimStart();
      const selfClosing = rest.endsWith('/');
      const bare = selfClosing && name.endsWith('/') ? name.slice(0, -1) : name;
      if (!selfClosing && depth > MAX_XML_NESTING) throw new Error('Maximum nested tags exceeded');
      handler.open(bare, i, end, selfClosing, depth);
      if (!selfClosing) depth += 1;
    }
    i = xml.indexOf('<', end + 1);
  }
}

/**
 * Checks one start tag as fast-xml-parser checks it (its name and attribute names: no `__proto__`,
 * no `#text`), for a reader that does not parse the element's subtree.
 *
 * @throws {Error} with fast-xml-parser's message when it refuses the tag.
 */
export function checkTag(xml: string, start: number, end: number, selfClosing: boolean): void {
  startTag(xml, start, end, selfClosing);
}

/**
 * One start tag parsed as fast-xml-parser parses it, without its content: the element's name and
 * attributes (`:@`).
 *
 * @throws {Error} with fast-xml-parser's message when it refuses the tag.
 */
export function startTag(xml: string, start: number, end: number, selfClosing: boolean): XmlNode {
  return (xmlParser.parse(selfClosing ? xml.slice(start, end + 1) : `${xml.slice(start, end)}/>`) as XmlNode[])[0] ?? {};
}

/**
 * The element of `xml` from `start` to `end` (inclusive) parsed by the shared fast-xml-parser, as
 * the ordered tree of the whole text would hold it.
 *
 * @throws {Error} with fast-xml-parser's message when it refuses the piece.
 */
export function parseSubtree(xml: string, start: number, end: number): XmlNode {
  return (xmlParser.parse(xml.slice(start, end + 1)) as XmlNode[])[0] ?? {};
}
