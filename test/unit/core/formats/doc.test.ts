// The Word 97–2003 (.doc) reader: blocks from documents written by real LibreOffice, compared with
// the page each was converted from, and every kind of damaged or hostile file giving a
// TableParseError rather than a crash or a hang.
//
// test/fixtures/formats/*/document.doc come from scripts/make-format-fixtures.mjs. The small
// documents in test/fixtures/formats/doc-extra/ were written by LibreOffice 7.4 from the flat ODF
// (.fodt) files beside them, with
//   soffice --headless --convert-to 'doc:MS Word 97' --outdir test/fixtures/formats/doc-extra test/fixtures/formats/doc-extra/*.fodt
// tables.doc: title paragraphs, a vertically merged 类别 cell, empty cells mid-row and at a row's
//   end, a row of one cell spanning four columns, a cell of two paragraphs, a line break, an empty row;
// nested.doc: a table inside a table cell;
// fields.doc: PAGE, HYPERLINK, USERNAME and SHAPE fields, a footnote, a comment, a text box, a
//   header and footer, a non-breaking space and hyphen, an optional hyphen, a tab, a line break;
// ascii.doc: English text only (LibreOffice still writes it as UTF-16; the test makes it 8-bit).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TableParseError } from '../../../../packages/core/src/parse/errors.js';
import type { Block } from '../../../../packages/core/src/parse/formats/blocks.js';
import { FormatFailure as DocFailure } from '../../../../packages/core/src/parse/formats/binary.js';
import { tableRows } from '../../../../packages/core/src/parse/formats/doc-tables.js';
import { isOle, isWordBinary, readDoc } from '../../../../packages/core/src/parse/formats/doc.js';
import { MAX_COLUMNS } from '../../../../packages/core/src/parse/formats/limits.js';
import { random } from '../../../helpers/random.js';

const root = fileURLToPath(new URL('../../../fixtures/formats/', import.meta.url));
const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(`${root}${path}`));
const textOf = (path: string): string => readFileSync(`${root}${path}`, 'utf8');

const paragraphs = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (blocks: readonly Block[]): string[][][] => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));

/** The error readDoc throws (failing the test if it returns). */
function failure(bytes: Uint8Array, file = 'bad.doc'): TableParseError {
  try {
    readDoc(bytes, file);
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    return error as TableParseError;
  }
  throw new Error('readDoc returned blocks');
}

/** Where `needle` first occurs in `hay`, or −1. */
function find(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let k = 0; k < needle.length; k += 1) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const utf16 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const u16At = (b: Uint8Array, at: number): number => (b[at] as number) | ((b[at + 1] as number) << 8);

/** File offset of the FIB, the start of the WordDocument stream: wIdent 0xA5EC, then LibreOffice's nFib 0x0101. */
function fibAt(doc: Uint8Array): number {
  const at = find(doc, Uint8Array.from([0xec, 0xa5, 0x01, 0x01]));
  expect(at).toBeGreaterThan(0);
  return at;
}

/** Rows of the page's <table>, a rowspan'd cell repeated in the rows it spans (as blocks.ts asks). */
function htmlRows(html: string): string[][] {
  const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
  const spans: { left: number; text: string }[] = [];
  const rows: string[][] = [];
  for (const [tr] of html.matchAll(/<tr>.*?<\/tr>/gsu)) {
    const cells = [...tr.matchAll(/<t([hd])(?: rowspan="(\d+)")?>(.*?)<\/t\1>/gsu)];
    const row: string[] = [];
    for (let k = 0; k < cells.length || (spans[row.length]?.left ?? 0) > 0; ) {
      const span = spans[row.length];
      if (span !== undefined && span.left > 0) {
        span.left -= 1;
        row.push(span.text);
        continue;
      }
      const [, , rowspan, raw] = cells[k] as RegExpMatchArray;
      const text = unescape(raw as string);
      spans[row.length] = { left: Number(rowspan ?? 1) - 1, text };
      row.push(text);
      k += 1;
    }
    rows.push(row);
  }
  return rows;
}

/** The <p> paragraphs of the page before and after its table. */
function htmlParagraphs(html: string): { before: string[]; after: string[] } {
  const [head = '', tail = ''] = html.split(/<table[^>]*>[\s\S]*<\/table>/u);
  const ps = (s: string) => [...s.matchAll(/<p>(.*?)<\/p>/gsu)].map((m) => m[1] as string);
  return { before: ps(head), after: ps(tail) };
}

/**
 * A minimal version-3 compound file ([MS-CFB]): sector 0 is the FAT, sector 1 the directory
 * (root, then the streams as a chain of right siblings), then each stream's sectors in order.
 * Streams are padded to 4096 bytes so they live in the FAT, not the mini stream.
 */
function compoundFile(streams: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const sizes = streams.map(([, s]) => Math.max(4096, s.length));
  const sectorsOf = sizes.map((n) => Math.ceil(n / 512));
  const total = 2 + sectorsOf.reduce((a, b) => a + b, 0);
  const file = new Uint8Array(512 * (total + 1));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true);
  view.setInt32(48, 1, true);
  view.setUint32(56, 4096, true);
  view.setInt32(60, -2, true);
  view.setInt32(68, -2, true);
  view.setInt32(76, 0, true);
  for (let k = 1; k < 109; k += 1) view.setInt32(76 + 4 * k, -1, true);
  const fat = 512;
  for (let k = 0; k < 128; k += 1) view.setInt32(fat + 4 * k, -1, true);
  view.setInt32(fat, -3, true);
  view.setInt32(fat + 4, -2, true);
  const entry = (e: number, name: string, type: number, start: number, size: number, right: number, child: number) => {
    const at = 1024 + 128 * e;
    file.set(utf16(name), at);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    file[at + 66] = type;
    file[at + 67] = 1;
    view.setInt32(at + 68, -1, true);
    view.setInt32(at + 72, right, true);
    view.setInt32(at + 76, child, true);
    view.setInt32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, -2, 0, -1, streams.length > 0 ? 1 : -1);
  let sector = 2;
  streams.forEach(([name, content], i) => {
    entry(i + 1, name, 2, sector, sizes[i] as number, i + 1 < streams.length ? i + 2 : -1, -1);
    file.set(content, 512 * (sector + 1));
    const count = sectorsOf[i] as number;
    for (let k = 0; k < count; k += 1) view.setInt32(fat + 4 * (sector + k), k + 1 < count ? sector + k + 1 : -2, true);
    sector += count;
  });
  return file;
}


describe('readDoc on damaged and hostile files', () => {
  it('rejects bytes that are not a compound file, and random bytes after the OLE signature', () => {
    expect(failure(new TextEncoder().encode('hello')).message).toMatch(/bad\.doc:1: not an OLE compound file/u);
    expect(failure(bytesOf('hunan-gba-2020/document.docx')).message).toMatch(/not an OLE compound file/u);
    const next = random(1);
    for (const length of [8, 100, 511, 512, 4096, 20_000]) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(next() * 256));
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      expect(isOle(bytes)).toBe(true);
      expect(isWordBinary(bytes)).toBe(false);
      expect(failure(bytes).diagnostics[0]?.code).toBe('unreadable-file');
    }
    // A real header (FAT, directory and all) over random sectors.
    const header = bytesOf('doc-extra/tables.doc').subarray(0, 512);
    for (let run = 0; run < 50; run += 1) {
      const bytes = Uint8Array.from({ length: 13_312 }, () => Math.floor(next() * 256));
      bytes.set(header);
      expect(failure(bytes).diagnostics[0]?.code).toBe('unreadable-file');
    }
  });

  it('rejects a truncated .doc (its first two thirds) naming the damage', () => {
    const doc = bytesOf('hunan-gba-2020/document.doc');
    const e = failure(doc.subarray(0, Math.floor((doc.length * 2) / 3)));
    expect(e.diagnostics).toMatchObject([{ code: 'unreadable-file', line: 1, file: 'bad.doc' }]);
    expect(e.message).toMatch(/truncated/u);
  });

  it("rejects a .doc whose FIB's fcClx points past the end of the table stream", () => {
    const doc = bytesOf('hunan-gba-2020/document.doc').slice();
    const fib = fibAt(doc);
    new DataView(doc.buffer).setUint32(fib + 0x1a2, 0x7ffffff0, true);
    expect(failure(doc).message).toMatch(/piece table \(CLX\) lies past the end of the 1Table stream/u);
  });

  it('rejects a piece of text past the end of the WordDocument stream', () => {
    const doc = bytesOf('doc-extra/ascii.doc').slice();
    // The Pcdt (clxt 2, lcb 16) and its one piece: CPs 0 and 29, then the Pcd (2 bytes, fc, prm).
    const pcdt = find(doc, Uint8Array.from([0x02, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x1d, 0, 0, 0]));
    expect(pcdt).toBeGreaterThan(0);
    new DataView(doc.buffer).setUint32(pcdt + 15, 0x3ffff000, true);
    expect(failure(doc).message).toMatch(/a piece of the text lies past the end of the WordDocument stream/u);
  });

  it('rejects compound files without a WordDocument stream: an .xls, another stream', () => {
    const xls = bytesOf('hunan-gba-2020/document.xls');
    expect(isOle(xls)).toBe(true);
    expect(isWordBinary(xls)).toBe(false);
    expect(failure(xls).message).toMatch(/an Excel workbook, not a Word document/u);
    const other = compoundFile([['Contents', new Uint8Array(10)]]);
    expect(isWordBinary(other)).toBe(false);
    expect(failure(other).message).toMatch(/an OLE compound file without a WordDocument stream/u);
    expect(failure(compoundFile([['EncryptedPackage', new Uint8Array(10)]])).message).toMatch(/password-protected/u);
  });

  it('says a password-protected document is password-protected', () => {
    const doc = bytesOf('doc-extra/tables.doc').slice();
    const fib = fibAt(doc);
    doc[fib + 11] = (doc[fib + 11] as number) | 0x01; // FibBase.fEncrypted (bit 8 of the flags at 0x0A)
    expect(isWordBinary(doc)).toBe(true);
    const e = failure(doc, 'secret.doc');
    expect(e.diagnostics).toMatchObject([{ code: 'unreadable-file', file: 'secret.doc' }]);
    expect(e.message).toMatch(/password-protected/u);
  });

  it('rejects a Word 6.0/95 document and a WordDocument stream without a FIB', () => {
    const doc = bytesOf('doc-extra/tables.doc').slice();
    new DataView(doc.buffer).setUint16(fibAt(doc) + 2, 0x65, true);
    expect(failure(doc).message).toMatch(/Word 6\.0\/95/u);
    const zeros = compoundFile([['WordDocument', new Uint8Array(4096)], ['1Table', new Uint8Array(10)]]);
    expect(isWordBinary(zeros)).toBe(true);
    expect(failure(zeros).message).toMatch(/does not start with a Word FIB/u);
  });

  it('rejects a sector chain that loops, leaves the file or ends too soon, and survives a directory tree that loops', () => {
    /** A WordDocument of 4096 zero bytes (sectors 2–9) whose FAT entry for `sector` is `next`. */
    const withFat = (sector: number, next: number) => {
      const file = compoundFile([['WordDocument', new Uint8Array(4096)]]);
      new DataView(file.buffer).setInt32(512 + 4 * sector, next, true);
      return file;
    };
    expect(failure(withFat(5, 2)).message).toMatch(/WordDocument stream chain loops/u);
    expect(failure(withFat(5, 100)).message).toMatch(/WordDocument stream runs past the end of the file/u);
    expect(failure(withFat(5, -2)).message).toMatch(/the WordDocument stream is cut short/u);
    const directory = compoundFile([['WordDocument', new Uint8Array(4096)]]);
    new DataView(directory.buffer).setInt32(512 + 4, 1, true); // the directory's sector is its own successor
    expect(failure(directory).message).toMatch(/directory chain loops/u);
    const tree = compoundFile([['WordDocument', new Uint8Array(4096)]]);
    new DataView(tree.buffer).setInt32(1024 + 128 + 72, 1, true); // the stream is its own right sibling
    expect(failure(tree).message).toMatch(/does not start with a Word FIB/u);
  });

  it('gives too-large, before reading, for a stream bigger than MAX_EXTRACTED_BYTES', () => {
    const doc = bytesOf('hunan-gba-2020/document.doc').slice();
    const entry = find(doc, utf16('WordDocument'));
    new DataView(doc.buffer).setUint32(entry + 120, 0x20000000, true);
    expect(failure(doc).diagnostics).toMatchObject([{ code: 'too-large' }]);
  });

  it('gives too-large for a table row wider than MAX_COLUMNS, and for too wide a grid', () => {
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const wide = thrown(() => tableRows([{ cells: new Array<string>(MAX_COLUMNS + 1).fill('x'), layout: undefined }], { cells: 1e9 }));
    expect(wide).toBeInstanceOf(DocFailure);
    expect((wide as DocFailure).code).toBe('too-large');
    // 600 one-cell rows, each with its own edges: the union of edges is a grid of 1200 columns.
    const rows = Array.from({ length: 600 }, (_, i) => ({ cells: ['x'], layout: { edges: [100 * i, 100 * i + 50], vertMerge: [0] } }));
    expect((thrown(() => tableRows(rows, { cells: 1e9 })) as DocFailure).code).toBe('too-large');
    expect((thrown(() => tableRows([{ cells: ['a', 'b'], layout: undefined }], { cells: 1 })) as DocFailure).code).toBe('too-large');
  });

  it('returns blocks or throws TableParseError for every prefix and for mutated copies of a .doc', () => {
    const doc = bytesOf('doc-extra/tables.doc');
    const check = (bytes: Uint8Array) => {
      try {
        expect(Array.isArray(readDoc(bytes, 'm.doc'))).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(TableParseError);
      }
    };
    for (let length = 0; length <= doc.length; length += 256) check(doc.subarray(0, length));
    const fib = fibAt(doc);
    const next = random(7);
    for (let run = 0; run < 400; run += 1) {
      const copy = doc.slice();
      const changes = 1 + Math.floor(next() * 8);
      for (let k = 0; k < changes; k += 1) {
        // Half the changes anywhere, half in the FIB and the stream structures after it.
        const at = next() < 0.5 ? Math.floor(next() * copy.length) : fib + Math.floor(next() * Math.min(2048, copy.length - fib));
        copy[at] = Math.floor(next() * 256);
      }
      check(copy);
    }
  });
});

describe('readDoc on documents LibreOffice wrote', () => {
  describe.each(['hunan-gba-2020', 'hunan-changsha-2012', 'zhejiang-cangnan-2022'])('the table document %s', (name) => {
    const html = textOf(`${name}/page.html`);
    const load = () => readDoc(bytesOf(`${name}/document.doc`), 'document.doc');

    it('is recognised as a Word binary document', () => {
      expect(isWordBinary(bytesOf(`${name}/document.doc`))).toBe(true);
    });

    it("has the page's table: its rows, columns and every cell's text (rowspan'd cells repeat the text above)", () => {
      const expected = htmlRows(html);
      const [table, ...others] = tables(load());
      expect(others).toEqual([]);
      expect(table?.length).toBe(expected.length);
      expect(table?.map((r) => r.length)).toEqual(expected.map((r) => r.length));
      expect(table).toEqual(expected);
    });

    it("has the page's paragraphs around the table: the nav link (a HYPERLINK field's result) and the titles", () => {
      const { before, after } = htmlParagraphs(html);
      const blocks = load();
      const index = blocks.findIndex((b) => b.kind === 'table');
      expect(paragraphs(blocks.slice(0, index))).toEqual(['首页', ...before]);
      expect(paragraphs(blocks.slice(index + 1)).filter((t) => t !== '')).toEqual(after);
    });
  });

  it('keeps empty cells as empty strings, at the end of a row (cangnan) and in the middle (tables.doc)', () => {
    const [cangnan] = tables(readDoc(bytesOf('zhejiang-cangnan-2022/document.doc')));
    expect(cangnan?.[1]).toEqual(['1', '新(改、扩)建公办园5所,新增公办幼儿学位1000个', '县教育局', '']);
    const [extra] = tables(readDoc(bytesOf('doc-extra/tables.doc')));
    expect(extra?.[3]).toEqual(['3', '', '深化教育合作', '省教育厅']);
  });

  it.each(['zhejiang-lishui-2023', 'heilongjiang-2013', 'henan-sanmenxia-2023'])('reads the prose document %s as the lines of its text', (name) => {
    const blocks = readDoc(bytesOf(`${name}/document.doc`));
    expect(tables(blocks)).toEqual([]);
    const lines = textOf(`${name}/text.txt`)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(paragraphs(blocks).map((p) => p.trim()).filter((p) => p !== '')).toEqual(['首页', ...lines]);
  });

  it('reads merged, empty and multi-paragraph cells by the row layouts (tables.doc)', () => {
    const blocks = readDoc(bytesOf('doc-extra/tables.doc'));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '附件' },
      { kind: 'paragraph', text: '重点任务责任分工' },
      {
        kind: 'table',
        rows: [
          ['序号', '类别', '重点任务', '责任单位'],
          ['1', '交通建设', '建设高速铁路', '省发展改革委'],
          // The 类别 cell merged with the one above repeats its text; the empty 责任单位 stays empty.
          ['2', '交通建设', '推进公路互联互通', ''],
          ['3', '', '深化教育合作', '省教育厅'],
          // One cell across the four grid columns.
          ['二、公共服务', '', '', ''],
          ['4', '公共服务', '第一段\n第二段', '省卫生健康委\n省民政厅'],
          ['', '', '', ''],
        ],
      },
      { kind: 'paragraph', text: '注：以上任务2025年底前完成。' },
    ]);
  });

  it("reads a nested table's cells as lines of the cell holding it (nested.doc)", () => {
    expect(readDoc(bytesOf('doc-extra/nested.doc'))).toEqual([
      { kind: 'paragraph', text: '嵌套表格' },
      { kind: 'table', rows: [['外层A', '外层B'], ['内层前\n甲\n乙\n丙\n内层后', '外层D']] },
      { kind: 'paragraph', text: '结束' },
    ]);
  });

  it('keeps field results and drops instructions, notes, comments, text boxes and headers (fields.doc)', () => {
    expect(paragraphs(readDoc(bytesOf('doc-extra/fields.doc')))).toEqual([
      '第1页', // PAGE
      '见网站。', // HYPERLINK
      '正文继续', // the footnote's reference and text left out
      '批注之后', // the comment's too
      'A BC-D\tE\nF', // no-break space, optional hyphen (dropped), non-breaking hyphen, tab, line break
      '框前框后', // a text box in a SHAPE field: its text is in the text-box story, not the main text
      '作者：张三', // USERNAME
      '新页', // a page break before it is a paragraph property, not a character
    ]);
  });

  it('keeps the result of a field nested in an instruction or in a result (fields.doc, its PAGE field rewritten)', () => {
    const doc = bytesOf('doc-extra/fields.doc');
    const at = find(doc, utf16('第\u0013 PAGE \u00141\u0015页\r'));
    expect(at).toBeGreaterThan(0);
    /** The document's paragraphs with its first paragraph's 13 characters replaced. */
    const rewritten = (text: string) => {
      expect(text.length).toBe(13);
      const copy = doc.slice();
      copy.set(utf16(text), at);
      return paragraphs(readDoc(copy));
    };
    expect(rewritten('a\u0013I\u0013J\u0014K\u0015\u0014R\u0015b\r')[0]).toBe('aRb');
    expect(rewritten('a\u0013I\u0014\u0013J\u0014K\u0015R\u0015b\r')[0]).toBe('aKRb');
    // A field without a separator is all instruction; a page break (0x0C) and a cell mark outside
    // a table end paragraphs; an optional hyphen (0x1F) and a picture (0x01) leave no text.
    expect(rewritten('a\u0013IF\u0015\u000cb\u0007\u001fc\u0001d\r').slice(0, 4)).toEqual(['a', 'b', 'cd', '见网站。']);
  });

  it('reads 8-bit (compressed) text with the [MS-DOC] 2.9.73 mapping (ascii.doc, its piece made compressed)', () => {
    const doc = bytesOf('doc-extra/ascii.doc').slice();
    const text = find(doc, utf16('Plain ASCII text\rSecond line\r'));
    const pcdt = find(doc, Uint8Array.from([0x02, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x1d, 0, 0, 0]));
    expect(text).toBeGreaterThan(0);
    expect(u16At(doc, pcdt + 15)).toBe(0x800);
    // 29 bytes in place of the 29 UTF-16 characters; the Pcd's fc becomes 2 × 0x800 with fCompressed.
    const eight = [...'\x93Plain\x94 \x85caf\xe9\x80\r\x91Two\x92 \x96\x97line\x9f\r'].map((c) => c.charCodeAt(0));
    expect(eight.length).toBe(29);
    doc.set(eight, text);
    new DataView(doc.buffer).setUint32(pcdt + 15, 0x40001000, true);
    expect(paragraphs(readDoc(doc))).toEqual(['“Plain” …café\u0080', '‘Two’ –—lineŸ']);
  });
});
