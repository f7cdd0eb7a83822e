// The one-pass XML reader the .docx reader uses (xml-stream.ts) against fast-xml-parser's tree of
// the whole text, which it replaced: the same elements in the same order, each element's slice
// parsed alone equal to its node in the whole tree, and the same errors — on hand-made cases and
// on seeded mutants of a real Word document (cut, doubled and inserted pieces).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_XML_NESTING, parseSubtree, scanXml } from '../../../../packages/core/src/parse/formats/xml-stream.js';
import { tagOf, xmlParser, type XmlNode } from '../../../../packages/core/src/parse/formats/xml-tree.js';

const docx = fileURLToPath(new URL('../../../fixtures/formats/hunan-gba-2020/document.docx', import.meta.url));
const documentXml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml'] as Uint8Array);

/** The elements of fast-xml-parser's tree in document order (processing instructions, which the pass does not report, left out). */
function treeElements(nodes: readonly XmlNode[], out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || tag === '#text' || tag.startsWith('?')) continue;
    out.push(node);
    treeElements(node[tag] as XmlNode[], out);
  }
  return out;
}

/** What the pass reports: each element's name and its slice (to its end tag, or to the end of the text when it stays open). */
function streamElements(xml: string): { name: string; start: number; end: number }[] {
  const elements: { name: string; start: number; end: number }[] = [];
  const open: number[] = [];
  scanXml(xml, {
    open(name, start, end, selfClosing) {
      elements.push({ name, start, end });
      if (!selfClosing) open.push(elements.length - 1);
    },
    close(end) {
      (elements[open.pop() as number] as { end: number }).end = end;
    },
  });
  for (const i of open) (elements[i] as { end: number }).end = xml.length - 1;
  return elements;
}

/** fast-xml-parser's refusals of a tag or attribute name (`__proto__`, `#text`), which the pass leaves to it. */
const NAME_ERROR = /^\[SECURITY\] Invalid name|^Invalid tag name/u;

/** fast-xml-parser's tree of the text, or the error it throws. */
function wholeTree(xml: string): { tree: XmlNode[]; error?: undefined } | { tree?: undefined; error: string } {
  try {
    return { tree: xmlParser.parse(xml) as XmlNode[] };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Checks the pass against the tree on one text; returns whether fast-xml-parser read it. */
function agrees(xml: string, shallow = Infinity): boolean {
  const { tree: whole, error } = wholeTree(xml);
  let elements: ReturnType<typeof streamElements> = [];
  try {
    elements = streamElements(xml);
  } catch (streamError) {
    // Errors of tag and attribute names come from fast-xml-parser itself, on the subtree a reader
    // parses when it closes: where one comes before a broken tag, it is the reader's error or not as that happens.
    if (error === undefined || !NAME_ERROR.test(error)) expect((streamError as Error).message).toBe(error);
    return false;
  }
  if (whole === undefined) {
    expect(error).toMatch(NAME_ERROR);
    return false;
  }
  const tree = treeElements(whole);
  expect(elements.map((e) => e.name)).toEqual(tree.map((n) => tagOf(n)));
  let depthChecked = 0;
  for (const [i, e] of elements.entries()) {
    if (depthChecked >= shallow) break;
    expect(parseSubtree(xml, e.start, e.end)).toEqual(tree[i]);
    depthChecked += 1;
  }
  return true;
}

describe('scanXml', () => {
  it('reports the elements fast-xml-parser builds, and slices that parse to the same nodes', () => {
    const cases = [
      '<a x="1"><b>t&amp;x</b><c/><d y=\'>\'>u<![CDATA[<e>]]>v<!-- <f> --></d><?pi <g>?></a>',
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "<x>">]><a>&a;<b  /><b/ ><c\t/></a>',
      '<a><b></c></a></a></a>',
      '<a><b><c>open to the end',
      '<a/><b></b>text<c>',
      '<!x y><a>after a declaration-like tag</a>',
      '<a><b>></b></a>',
      '<!DOCTYPE d SYSTEM "x"><a/>',
    ];
    for (const xml of cases) expect(agrees(xml), xml).toBe(true);
  });

  it('throws what fast-xml-parser throws, where it throws', () => {
    const cases = [
      '<a><b x="1></a>',
      '<a></b',
      '<a><!-- no end</a>',
      '<a><![CDATA[ no end</a>',
      '<a><?pi no end</a>',
      '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
      '<!DOCTYPE d [<!ENTITY % p "x">]><a/>',
      '<!DOCTYPE d><!DOCTYPE e><a/>',
      '<!DOCTYPE d [<!ENTITY a "x"><a/>',
      '<!DOCTYPX d><a/>',
      `${'<a>'.repeat(MAX_XML_NESTING + 2)}x`,
      '<a><',
    ];
    for (const xml of cases) {
      expect(wholeTree(xml).error, xml).toBeDefined();
      expect(agrees(xml, 5), xml).toBe(false);
    }
    expect(agrees(`${'<a>'.repeat(MAX_XML_NESTING + 1)}x`, 5)).toBe(true);
  });

  it('agrees with the tree on 200 seeded mutants of a real Word document', () => {
    const pieces = ['<', '>', '/>', '</w:tc>', '<w:tc>', '</w:tr>', '<w:tr>', '<w:p>', '</w:p>', '"', "'", '<!--', '-->', '<![CDATA[', ']]>', '<?pi?>', '<!DOCTYPE d [<!ENTITY a "哈">]>', '&amp;', '\t', '<w:t __proto__="1">'];
    let state = 42;
    const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
    let read = 0;
    for (let n = 0; n < 200; n += 1) {
      let xml = documentXml;
      for (let e = 0; e < 1 + Math.floor(random() * 3); e += 1) {
        const i = Math.floor(random() * xml.length);
        const kind = random();
        if (kind < 0.3) xml = xml.slice(0, i) + xml.slice(i + 1 + Math.floor(random() * 300));
        else if (kind < 0.4) xml = xml.slice(0, i) + xml.slice(i, i + 200) + xml.slice(i);
        else xml = xml.slice(0, i) + (pieces[Math.floor(random() * pieces.length)] as string) + xml.slice(i);
      }
      // Every element's slice is checked on the first 5 mutants, the first 60 elements' on the rest.
      if (agrees(xml, n < 5 ? Infinity : 60)) read += 1;
    }
    // Most mutants are still XML fast-xml-parser reads, so the slices are compared, not only the errors.
    expect(read).toBeGreaterThan(100);
  }, 120_000);

  it('passes over hostile shapes in linear time: unclosed tags, deep nesting, stray end tags', () => {
    // Guarded by the test's timeout only: each is a few MB, read in well under a second.
    expect(() => scanXml('<c '.repeat(1_000_000), { open() {}, close() {} })).toThrow(/readTagExp returned undefined/u);
    expect(() => scanXml('<a>'.repeat(1_000_000), { open() {}, close() {} })).toThrow('Maximum nested tags exceeded');
    let closes = 0;
    scanXml(`<a>${'</a>'.repeat(1_000_000)}`, { open() {}, close: () => (closes += 1) });
    expect(closes).toBe(1);
  }, 30_000);
});
