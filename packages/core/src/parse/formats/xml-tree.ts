// Office XML (WordprocessingML, OpenDocument) read as an ordered tree with fast-xml-parser: no
// entity expansion beyond XML's own five (a DOCTYPE cannot define entities that grow the text),
// text kept as text (a `1.` run is not the number 1), and a nesting limit.
import { XMLParser } from 'fast-xml-parser';

/** One element (or `#text`) of the ordered tree; attributes under `:@`. */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** The parser both readers use (`preserveOrder`: children in document order). */
export const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: false,
  parseTagValue: false,
  maxNestedTags: 1024,
});

/** The children of an element whose tag is `tag`. */
export const children = (node: XmlNode, tag: string): XmlNode[] => (node[tag] as XmlNode[] | undefined) ?? [];

/** The tag of an element (`#text` for text). */
export const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((k) => k !== ':@');

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with XML's five entities and character references resolved (the parser leaves them). */
export const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/gu, (m, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? m),
  );
