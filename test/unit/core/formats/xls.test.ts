// The .xls (Excel 97–2003, BIFF8) reader.
//
// Fixtures written by real LibreOffice (7.4, headless):
// - test/fixtures/formats/{hunan-gba-2020,hunan-changsha-2012,zhejiang-cangnan-2022}/document.xls,
//   converted from page.html in the same folder by scripts/make-format-fixtures.mjs
//   (soffice --headless --infilter="HTML (StarCalc)" --convert-to xls page.html); the .xlsx beside
//   each is the same workbook in OOXML.
// - test/fixtures/formats/xls-extra/workbook.xls, converted from workbook.fods (written by
//   make-workbook.mjs in that folder) with
//     soffice -env:UserInstallation=file:///tmp/… --headless --convert-to 'xls:MS Excel 97' workbook.fods
//   Rerun with `node test/fixtures/formats/xls-extra/make-workbook.mjs`.
// What LibreOffice does not write (LABEL, RSTRING, BOOLERR, a formula's STRING result, rich and
// phonetic shared strings, chart and dialog sheets, damaged structures) is built here record by
// record from [MS-XLS], and wrapped in a compound file ([MS-CFB]) by `compoundFile` below.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TableParseError } from '../../../../packages/core/src/parse/errors.js';
import type { Sheet } from '../../../../packages/core/src/parse/formats/blocks.js';
import { isXls, readXls } from '../../../../packages/core/src/parse/formats/xls.js';
import { readWorkbookStream } from '../../../../packages/core/src/parse/formats/xls-container.js';
import { random } from '../../../helpers/random.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/formats/${path}`, import.meta.url))));
const PAGES = ['hunan-gba-2020', 'hunan-changsha-2012', 'zhejiang-cangnan-2022'];

/** The first diagnostic of the TableParseError `read` throws. */
function problem(read: () => unknown): { code: string; message: string } {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(TableParseError);
    const d = (error as TableParseError).diagnostics[0];
    return { code: d?.code ?? '', message: d?.message ?? '' };
  }
  throw new Error('expected a TableParseError');
}

const trimRow = (row: string[]): string[] => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

// ---------------------------------------------------------------------------------------------
// Expected readings: the HTML table of page.html, and the .xlsx of the same workbook.

const unescapeXml = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/giu, (m, name: string, dec?: string, hexa?: string) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hexa !== undefined) return String.fromCodePoint(parseInt(hexa, 16));
    return ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? m;
  });

/** The rows of the page's `<table>`, a rowspan'd cell repeated down (the Sheet rule), trailing '' dropped. */
function htmlTableRows(html: string): string[][] {
  const carried: ({ text: string; rows: number } | undefined)[] = [];
  const rows: string[][] = [];
  for (const tr of html.matchAll(/<tr>(.*?)<\/tr>/gsu)) {
    const row: string[] = [];
    const carry = () => {
      for (let c = row.length; carried[c] !== undefined && (carried[c]?.rows ?? 0) > 0; c = row.length) {
        const held = carried[c] as { text: string; rows: number };
        row.push(held.text);
        held.rows -= 1;
      }
    };
    for (const cell of (tr[1] as string).matchAll(/<t[hd]((?:\s+[a-z]+="[^"]*")*)>(.*?)<\/t[hd]>/gsu)) {
      carry();
      const text = unescapeXml(cell[2] as string);
      const rowspan = Number(/rowspan="(\d+)"/u.exec(cell[1] as string)?.[1] ?? 1);
      if (rowspan > 1) carried[row.length] = { text, rows: rowspan - 1 };
      row.push(text);
    }
    carry();
    rows.push(trimRow(row));
  }
  return rows;
}

/** The first sheet of an .xlsx as rows, merges applied by the same rule (an independent reading of the same workbook). */
function xlsxRows(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gsu)].map((si) =>
    [...(si[1] as string).matchAll(/<t[^>]*>(.*?)<\/t>/gsu)].map((t) => unescapeXml(t[1] as string)).join(''),
  );
  const sheet = xml('xl/worksheets/sheet1.xml');
  const at = (ref: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/u.exec(ref) as RegExpExecArray;
    let col = 0;
    for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
    return [Number(m[2]) - 1, col - 1];
  };
  const grid: string[][] = [];
  for (const c of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gsu)) {
    const value = /<v>(.*?)<\/v>/su.exec(c[3] ?? '')?.[1];
    if (value === undefined) continue;
    const [r, col] = at(c[1] as string);
    ((grid[r] ??= [])[col] = /t="s"/u.test(c[2] as string) ? (shared[Number(value)] ?? '') : value);
  }
  for (const m of sheet.matchAll(/<mergeCell ref="([A-Z]+\d+):([A-Z]+\d+)"/gu)) {
    const [top, left] = at(m[1] as string);
    const [bottom, right] = at(m[2] as string);
    const text = grid[top]?.[left] ?? '';
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) if (r !== top || c !== left) (grid[r] ??= [])[c] = c === left && r !== top ? text : '';
    }
  }
  return Array.from(grid, (row) => trimRow(Array.from(row ?? [], (x) => x ?? '')));
}

// ---------------------------------------------------------------------------------------------
// Hand-built BIFF8 records ([MS-XLS] 2.1.4: type, length, data) and compound files ([MS-CFB]).

type Bytes = readonly number[] | Uint8Array;
const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (n: number): number[] => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, n, true);
  return [...new Uint8Array(v.buffer)];
};
const concat = (...parts: Bytes[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const utf16 = (s: string): number[] => [...s].flatMap((ch) => u16(ch.charCodeAt(0)));
const latin1 = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0));

const record = (type: number, ...data: Bytes[]): Uint8Array => {
  const body = concat(...data);
  return concat(u16(type), u16(body.length), body);
};
/** XLUnicodeString: 2-byte count, flags (1 = UTF-16), characters. */
const xlString = (s: string, wide = [...s].some((ch) => ch.charCodeAt(0) > 0xff)): number[] => [...u16(s.length), wide ? 1 : 0, ...(wide ? utf16(s) : latin1(s))];
const cell = (row: number, col: number): number[] => [...u16(row), ...u16(col), ...u16(15)];

const BOF = 0x0809;
const EOF = record(0x000a);
const bof = (kind: number, version = 0x0600): Uint8Array => record(BOF, u16(version), u16(kind), u16(0x0dbb), u16(0x07cc), u32(0), u32(6));
const label = (row: number, col: number, text: string, wide?: boolean) => record(0x0204, cell(row, col), xlString(text, wide));
const rk = (row: number, col: number, value: number) => record(0x027e, cell(row, col), u32(value));
const number = (row: number, col: number, value: number) => record(0x0203, cell(row, col), f64(value));
const formula = (row: number, col: number, value: number[]) => record(0x0006, cell(row, col), value, u16(0), u32(0), u16(0));
const merge = (...ranges: [number, number, number, number][]) => record(0x00e5, u16(ranges.length), ...ranges.map((r) => r.flatMap(u16)));

interface SheetSpec {
  name: string;
  records: Uint8Array[];
  /** BOUNDSHEET8 dt: 0 worksheet, 1 macro sheet, 2 chart. */
  kind?: number;
  /** The sheet's BOF dt (0x0010 worksheet, 0x0020 chart). */
  bofKind?: number;
  hidden?: boolean;
}

/** A Workbook stream: globals (BOF, extra records, BOUNDSHEET8s, EOF), then each sheet's substream. */
function workbook(sheets: SheetSpec[], globals: Uint8Array[] = []): Uint8Array {
  const bounds = (offsets: number[]) => sheets.map((s, i) => record(0x0085, u32(offsets[i] ?? 0), [s.hidden === true ? 1 : 0, s.kind ?? 0], [s.name.length, 1], utf16(s.name)));
  const head = concat(bof(0x0005), ...globals, ...bounds(sheets.map(() => 0)), EOF);
  const bodies = sheets.map((s) => concat(bof(s.bofKind ?? 0x0010), ...s.records, EOF));
  const offsets: number[] = [];
  let at = head.length;
  for (const b of bodies) {
    offsets.push(at);
    at += b.length;
  }
  return concat(bof(0x0005), ...globals, ...bounds(offsets), EOF, ...bodies);
}

const SECTOR = 512;
const MINI = 64;
/**
 * A version-3 compound file ([MS-CFB]): the FAT's sectors, the directory (the root, then the
 * streams as a chain of right siblings), the mini FAT and the mini stream (streams under 4096
 * bytes, in 64-byte mini sectors), then the other streams.
 */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(streams);
  const data = names.map((n) => streams[n] as Uint8Array);
  const sectors = (bytes: number) => Math.ceil(bytes / SECTOR);
  const small = data.map((d) => d.length < 4096);
  const miniSectors = data.reduce((t, d, i) => t + (small[i] === true ? Math.ceil(d.length / MINI) : 0), 0);
  const dirSectors = sectors((names.length + 1) * 128);
  const miniFatSectors = sectors(miniSectors * 4);
  const miniStreamSectors = sectors(miniSectors * MINI);
  const bigSectors = data.reduce((t, d, i) => t + (small[i] === true ? 0 : sectors(d.length)), 0);
  const used = dirSectors + miniFatSectors + miniStreamSectors + bigSectors;
  let fatSectors = 1;
  while (fatSectors + used > fatSectors * 128) fatSectors += 1;
  const out = new Uint8Array(SECTOR * (fatSectors + used + 1));
  const v = new DataView(out.buffer);
  const fat = new Int32Array(fatSectors * 128).fill(-1);
  fat.fill(-3, 0, fatSectors);
  const chain = (table: Int32Array, start: number, count: number) => {
    for (let k = 0; k < count; k += 1) table[start + k] = k === count - 1 ? -2 : start + k + 1;
  };
  let sector = fatSectors;
  const dirStart = sector;
  chain(fat, sector, dirSectors);
  sector += dirSectors;
  const miniFatStart = miniFatSectors > 0 ? sector : -2;
  chain(fat, sector, miniFatSectors);
  sector += miniFatSectors;
  const miniStreamStart = miniStreamSectors > 0 ? sector : -2;
  chain(fat, sector, miniStreamSectors);
  sector += miniStreamSectors;

  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(24, 0x3e, true);
  v.setUint16(26, 3, true);
  v.setUint16(28, 0xfffe, true);
  v.setUint16(30, 9, true);
  v.setUint16(32, 6, true);
  v.setUint32(44, fatSectors, true);
  v.setInt32(48, dirStart, true);
  v.setUint32(56, 4096, true);
  v.setInt32(60, miniFatStart, true);
  v.setUint32(64, miniFatSectors, true);
  v.setInt32(68, -2, true);
  for (let k = 0; k < 109; k += 1) v.setInt32(76 + 4 * k, k < fatSectors ? k : -1, true);

  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = (dirStart + 1) * SECTOR + i * 128;
    out.set(utf16(name), at);
    v.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1;
    v.setInt32(at + 68, -1, true);
    v.setInt32(at + 72, right, true);
    v.setInt32(at + 76, child, true);
    v.setInt32(at + 116, start, true);
    v.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, names.length > 0 ? 1 : -1, -1, miniStreamStart, miniSectors * MINI);
  const miniFat = new Int32Array(miniFatSectors * 128).fill(-1);
  let mini = 0;
  data.forEach((d, i) => {
    const right = i + 1 < names.length ? i + 2 : -1;
    if (small[i] === true) {
      const count = Math.ceil(d.length / MINI);
      chain(miniFat, mini, count);
      entry(i + 1, names[i] as string, 2, -1, right, count > 0 ? mini : -2, d.length);
      out.set(d, (miniStreamStart + 1) * SECTOR + mini * MINI);
      mini += count;
    } else {
      const count = sectors(d.length);
      chain(fat, sector, count);
      entry(i + 1, names[i] as string, 2, -1, right, sector, d.length);
      out.set(d, (sector + 1) * SECTOR);
      sector += count;
    }
  });
  for (let j = 0; j < fat.length; j += 1) v.setInt32(SECTOR + 4 * j, fat[j] as number, true);
  for (let j = 0; j < miniFat.length; j += 1) v.setInt32((miniFatStart + 1) * SECTOR + 4 * j, miniFat[j] as number, true);
  return out;
}

/** A copy of a compound file made by `compoundFile` with FAT entries changed: [sector, next]. */
function withFat(bytes: Uint8Array, ...entries: [number, number][]): Uint8Array {
  const copy = bytes.slice();
  const v = new DataView(copy.buffer);
  for (const [j, next] of entries) v.setInt32((Math.floor(j / 128) + 1) * SECTOR + (j % 128) * 4, next, true);
  return copy;
}

const xls = (sheets: SheetSpec[], globals?: Uint8Array[]): Uint8Array => compoundFile({ Workbook: workbook(sheets, globals) });
const rowsOf = (records: Uint8Array[]): string[][] => (readXls(xls([{ name: 'S', records }]))[0] as Sheet).rows;

/** Byte offset of the first record of `type` in a Workbook stream. */
function findRecord(stream: Uint8Array, type: number): number {
  for (let at = 0; at + 4 <= stream.length; at += 4 + ((stream[at + 2] as number) | ((stream[at + 3] as number) << 8))) {
    if (((stream[at] as number) | ((stream[at + 1] as number) << 8)) === type) return at;
  }
  throw new Error(`no record ${type}`);
}


// ---------------------------------------------------------------------------------------------

describe('isXls', () => {
  it('is false for bytes that are not an OLE compound file holding a workbook', () => {
    expect(isXls(new Uint8Array())).toBe(false);
    expect(isXls(new TextEncoder().encode('序号,重点任务\n1,建设'))).toBe(false);
    expect(isXls(fixture('hunan-gba-2020/document.xlsx'))).toBe(false);
    expect(isXls(fixture('hunan-gba-2020/document.doc'))).toBe(false);
    expect(isXls(compoundFile({ WordDocument: new Uint8Array(10) }))).toBe(false);
    const next = random(1);
    const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(next() * 256));
    noise.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(isXls(noise)).toBe(false);
  });

  it('is true for a compound file with a root-level Workbook or Book stream', () => {
    for (const page of PAGES) expect(isXls(fixture(`${page}/document.xls`))).toBe(true);
    expect(isXls(fixture('xls-extra/workbook.xls'))).toBe(true);
    expect(isXls(compoundFile({ Book: workbook([]) }))).toBe(true);
    expect(isXls(compoundFile({ '\u0005SummaryInformation': new Uint8Array(8), workbook: workbook([]) }))).toBe(true);
  });
});

describe('readXls', () => {
  it('throws on bytes that are not an .xls', () => {
    expect(problem(() => readXls(new TextEncoder().encode('序号,重点任务'), 'a.xls'))).toEqual({ code: 'unreadable-file', message: 'not an OLE compound file' });
    expect(() => readXls(fixture('hunan-gba-2020/document.xlsx'), 'b.xls')).toThrow(/b\.xls:1: not an OLE compound file/u);
  });

  it.each(PAGES)('reads the LibreOffice workbook of %s as the rows of its page, rowspans repeated down', (page) => {
    const sheets = readXls(fixture(`${page}/document.xls`), 'document.xls');
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1']);
    const rows = (sheets[0] as Sheet).rows;
    const html = new TextDecoder().decode(fixture(`${page}/page.html`));
    const header = rows.findIndex((r) => r[0] === '序号');
    expect(rows.slice(header)).toEqual(htmlTableRows(html));
    // The paragraphs above the table come first, one per row, as in the page.
    const paragraphs = [...html.matchAll(/<p>(.*?)<\/p>/gu)].map((m) => unescapeXml(m[1] as string));
    expect(rows.slice(header - paragraphs.length, header)).toEqual(paragraphs.map((p) => [p]));
    // Task numbers are integers without a decimal point; Chinese text is intact.
    expect(rows.slice(header + 1).map((r) => r[0])).toEqual(rows.slice(header + 1).map((_, i) => String(i + 1)));
    // The same workbook written as .xlsx reads the same.
    expect(rows).toEqual(xlsxRows(fixture(`${page}/document.xlsx`)));
  });

  it('reads every sheet of a LibreOffice workbook: merges, an empty row, numbers, formulas, long shared strings', () => {
    const sheets = readXls(fixture('xls-extra/workbook.xls'));
    expect(sheets.map((s) => s.name)).toEqual(['任务', '数值', '长文本']);
    const [tasks, numbers, long] = sheets as [Sheet, Sheet, Sheet];
    expect(tasks.rows).toEqual([
      ['重点任务责任分工'], // A1:D1 merged: the covered cells are '' and trailing ones dropped
      ['序号', '类别', '重点任务', '牵头单位'],
      ['1', '交通建设', '建设高速铁路', '省发展改革委'],
      ['2', '交通建设', '推进公路互联互通', '省交通运输厅'], // B3:B4 merged: repeated down
      [], // an empty row keeps its place, so row numbers stay true
      ['3', '公共服务', '深化教育合作'], // C6:D7 merged: D6 is ''
      ['4', '', '深化教育合作'], // C7 repeats the range's text, D7 is ''
      ['注：以上任务2025年底前完成。'],
    ]);
    expect(numbers.rows).toEqual([
      ['整数', '1', '-7', '123456789', '0'],
      ['小数', '1.5', '-2.25', '0.1', '3.14159'],
      ['大小', '1000000000000000', '0.000001', '12345.678'],
      ['公式', '2.5', '#DIV/0!', 'TRUE'], // cached results: number, error, boolean
      ['日期', '44562', '0.125', '0'], // no number formats: a date is its serial number, LibreOffice's FALSE a 0
    ]);
    // 8292 Chinese characters (16584 bytes) and 15092 Latin ones: the SST runs over four CONTINUE records.
    const longChinese = Array.from({ length: 400 }, (_, i) => `第${i + 1}条：推进粤港澳大湾区重点任务落实。`).join('');
    const longLatin = Array.from({ length: 400 }, (_, i) => `Item ${i + 1}: lorem ipsum dolor sit amet. `).join('');
    expect(long.rows).toEqual([[longChinese], [longLatin], ['长文本之后']]);
    // A Node Buffer (a Uint8Array over a shared pool) reads the same.
    expect(readXls(readFileSync(fileURLToPath(new URL('../../../fixtures/formats/xls-extra/workbook.xls', import.meta.url))))).toEqual(sheets);
  });

  it('reads LABEL, RSTRING, NUMBER, RK, MULRK, BOOLERR and FORMULA cells; BLANK and MULBLANK are empty', () => {
    const rows = rowsOf([
      label(0, 0, 'Latin-1 é'), // compressed: high bytes zero
      label(0, 1, '省财政厅'), // UTF-16
      record(0x00d6, cell(0, 2), xlString('富文本'), u16(1), u32(0)), // RSTRING: the runs after the text are skipped
      record(0x0201, cell(0, 3)), // BLANK
      label(0, 4, 'e'),
      number(1, 0, 3.25),
      number(1, 1, 1e21),
      number(1, 2, -0),
      rk(2, 0, (5 << 2) | 2), // integer
      rk(2, 1, (-3 << 2) | 2), // negative integer
      rk(2, 2, (12345 << 2) | 3), // integer ÷ 100
      rk(2, 3, 0x3ff80000), // the top 30 bits of the double 1.5
      rk(2, 4, 0x3ff80000 | 1), // 1.5 ÷ 100
      record(0x00bd, u16(3), u16(1), u16(15), u32((7 << 2) | 2), u16(15), u32(0x40240000), u16(2)), // MULRK B4:C4: 7, 10
      record(0x00be, u16(3), u16(3), u16(15), u16(15), u16(4)), // MULBLANK D4:E4
      record(0x0205, cell(4, 0), [1, 0]),
      record(0x0205, cell(4, 1), [0, 0]),
      record(0x0205, cell(4, 2), [0x2a, 1]),
      formula(5, 0, f64(7)),
      formula(5, 1, [0, 0, 0, 0, 0, 0, 0xff, 0xff]), // string: in the STRING record after it…
      record(0x04bc, u16(0)), // (a SHRFMLA may come between)
      record(0x0207, u16(6), [0], latin1('abc')), // …compressed, then continued as UTF-16
      record(0x003c, [1], utf16('中文字')),
      formula(5, 2, [1, 0, 1, 0, 0, 0, 0xff, 0xff]), // boolean TRUE
      formula(5, 3, [2, 0, 0x07, 0, 0, 0, 0xff, 0xff]), // error #DIV/0!
      formula(5, 4, [3, 0, 0, 0, 0, 0, 0xff, 0xff]), // empty string
    ]);
    expect(rows).toEqual([
      ['Latin-1 é', '省财政厅', '富文本', '', 'e'],
      ['3.25', '1e+21', '0'],
      ['5', '-3', '123.45', '1.5', '0.015'],
      ['', '7', '10'],
      ['TRUE', 'FALSE', '#N/A'],
      ['7', 'abc中文字', 'TRUE', '#DIV/0!'],
    ]);
  });

  it('reads shared strings across CONTINUE records: a new width flag for continued characters, rich runs and phonetic data skipped', () => {
    const sst = [
      record(0x00fc, u32(6), u32(4),
        [...u16(2), 0x09, ...u16(2)], utf16('甲乙'), u32(0), u32(0x00010001), // rich: 2 runs
        [...u16(2), 0x05, ...u32(6)], utf16('東京'), [1, 2, 3, 4, 5, 6], // phonetic: 6 bytes of ExtRst
        [...u16(7), 0x08, ...u16(1)], latin1('Hello')), // 5 of 7 characters, compressed…
      record(0x003c, [0x01], utf16('世界'), [0, 0]), // …the rest as UTF-16, then half of the run
      record(0x003c, [0, 0], xlString('end')), // the run's other half (no flag), then a whole string
    ];
    const sheets = readXls(xls([{ name: 'S', records: [0, 1, 2, 3].map((i) => record(0x00fd, cell(i, 0), u32(i))) }], sst));
    expect((sheets[0] as Sheet).rows).toEqual([['甲乙'], ['東京'], ['Hello世界'], ['end']]);
  });

  it('keeps workbook order, skips chart, macro and dialog sheets and the charts embedded in a sheet, keeps hidden sheets', () => {
    const sheets = readXls(
      xls([
        { name: '图表', kind: 2, bofKind: 0x0020, records: [label(0, 0, 'chart')] },
        { name: '第一', records: [label(0, 0, 'x'), bof(0x0020), number(0, 0, 99), number(0, 5, 1), EOF, label(0, 1, 'y')] },
        { name: '宏', kind: 1, bofKind: 0x0040, records: [label(0, 0, 'macro')] },
        { name: '对话框', records: [record(0x0081, u16(0x0010 | 0x0400)), label(0, 0, 'dialog')] },
        { name: '第二', hidden: true, records: [] },
      ]),
    );
    expect(sheets).toEqual([
      { name: '第一', rows: [['x', 'y']] },
      { name: '第二', rows: [] },
    ]);
  });

  it('fills merged ranges inside the used range only, so a merge of A1:IV65536 costs what it covers there', () => {
    expect(rowsOf([label(0, 0, '标题'), label(1, 0, 'x'), label(2, 1, 'y'), merge([0, 65535, 0, 255])])).toEqual([['标题'], ['标题'], ['标题']]);
    expect(rowsOf([label(1, 1, '类别'), label(4, 2, '末行'), merge([1, 99, 1, 1]), merge([40, 50, 0, 3])])).toEqual([
      [],
      ['', '类别'],
      ['', '类别'],
      ['', '类别'],
      ['', '类别', '末行'],
    ]);
  });

  it('rejects an encrypted workbook and one from Excel 5.0/95', () => {
    const encrypted = xls([{ name: 'S', records: [] }], [record(0x002f, u16(1), u16(1), u16(1), new Uint8Array(48))]);
    expect(problem(() => readXls(encrypted, 'secret.xls'))).toEqual({
      code: 'unreadable-file',
      message: 'the workbook is password-protected (encrypted): open it in Excel or WPS, remove the password, and save it again',
    });
    const biff5 = concat(bof(0x0005, 0x0500), EOF);
    const message = 'an Excel 5.0/95 workbook: save it as .xls (97–2003) or .xlsx';
    expect(problem(() => readXls(compoundFile({ Book: biff5 })))).toEqual({ code: 'unreadable-file', message });
    expect(problem(() => readXls(compoundFile({ Workbook: biff5 })))).toEqual({ code: 'unreadable-file', message });
  });

  it('rejects a compound file without a Workbook stream, random bytes after the OLE signature and a truncated file', () => {
    expect(problem(() => readXls(fixture('hunan-gba-2020/document.doc'), 'document.doc'))).toEqual({
      code: 'unreadable-file',
      message: 'an OLE compound file without a Workbook stream: not an Excel workbook (perhaps a Word .doc or another Office file)',
    });
    const next = random(2);
    const noise = Uint8Array.from({ length: 8192 }, () => Math.floor(next() * 256));
    noise.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problem(() => readXls(noise)).code).toBe('unreadable-file');
    const whole = fixture('hunan-gba-2020/document.xls');
    for (let length = 0; length < whole.length; length += 256) {
      expect(problem(() => readXls(whole.subarray(0, length))).code).toBe('unreadable-file');
    }
    expect(problem(() => readXls(whole.subarray(0, 6000))).message).toMatch(/truncated/u);
  });

  it('rejects a damaged Workbook stream with a message naming the problem', () => {
    const cases: [Uint8Array, RegExp][] = [
      [compoundFile({ Workbook: concat(bof(0x0005), u16(0x0085), u16(5000)) }), /^record 0x0085 at byte 20 of the Workbook stream runs past the end of the stream/u],
      [compoundFile({ Workbook: bof(0x0005) }), /^the workbook globals substream ends before its EOF record/u], // (zeros after it)
      [compoundFile({ Workbook: concat(bof(0x0005), record(0x0085, u32(24 + 13), [0, 0], [1, 0], [65]), EOF, bof(0x0010), label(0, 0, 'x')) }), /^sheet "A" ends before its EOF record/u],
      [compoundFile({ Workbook: concat(bof(0x0005), record(0x0085, u32(100000), [0, 0], [1, 0], [65]), EOF) }), /sheet "A" starts at byte 100000, past the end/u],
      [xls([{ name: 'S', records: [label(0, 256, 'x')] }]), /sheet "S": cell IW1 lies beyond column IV/u],
      [xls([{ name: 'S', records: [record(0x00fd, cell(0, 0), u32(3))] }]), /refers to shared string 3, but the table holds 0/u],
      [xls([{ name: 'S', records: [merge([0, 0, 0, 256])] }]), /beyond column IV/u],
      [xls([{ name: 'S', records: [merge([5, 2, 0, 0])] }]), /merged range A6:A3 ends before it starts/u],
      [xls([{ name: 'S', records: [record(0x00bd, u16(0), u16(0), u16(15), u32(2), u16(9))] }]), /MULRK record .* is damaged/u],
      [xls([{ name: 'S', records: [record(0x00fd, cell(0, 0))] }]), /LABELSST record at byte \d+ .* has 6 bytes, fewer than the 10/u],
      [xls([{ name: 'S', records: [record(0x0204, cell(0, 0), u16(50), [1], utf16('short'))] }]), /a text cell in sheet "S" is cut short/u],
    ];
    for (const [bytes, message] of cases) expect(problem(() => readXls(bytes))).toEqual({ code: 'unreadable-file', message: expect.stringMatching(message) as string });
  });

  it('rejects a shared-string table claiming 2^31 strings before allocating anything', () => {
    const { stream } = readWorkbookStream(fixture('hunan-gba-2020/document.xls'));
    const patched = stream.slice();
    new DataView(patched.buffer).setUint32(findRecord(patched, 0x00fc) + 8, 2 ** 31, true);
    expect(problem(() => readXls(compoundFile({ Workbook: patched })))).toEqual({
      code: 'unreadable-file',
      message: expect.stringMatching(/^the shared-string table \(SST\) claims 2147483648 strings, more than its \d+ bytes can hold/u) as string,
    });
  });

  it('stops at the cell limits before allocating the rows', () => {
    // 10 000 cells in column IV: 2 560 000 cells once the rows are laid out, more than MAX_CELLS.
    const wide = Array.from({ length: 10_000 }, (_, r) => rk(r, 255, (1 << 2) | 2));
    expect(problem(() => readXls(xls([{ name: 'S', records: wide }])))).toEqual({ code: 'too-large', message: 'the workbook holds more than 2000000 cells' });
    // A merge over a used range of 65536 × 256 cells.
    const spread = [label(0, 0, 'a'), label(65535, 255, 'z'), merge([0, 65535, 0, 255])];
    expect(problem(() => readXls(xls([{ name: 'S', records: spread }])))).toEqual({ code: 'too-large', message: 'sheet "S": merged ranges cover more than 2000000 cells' });
    // Fifty sheets that all start at the same substream would read it fifty times.
    const sheet = concat(bof(0x0010), ...Array.from({ length: 400 }, (_, r) => label(r, 0, 'x')), EOF);
    const globals = (at: number) => concat(bof(0x0005), ...Array.from({ length: 50 }, () => record(0x0085, u32(at), [0, 0], [1, 0], [65])), EOF);
    const overlapping = concat(globals(globals(0).length), sheet);
    expect(problem(() => readXls(compoundFile({ Workbook: overlapping })))).toEqual({ code: 'unreadable-file', message: expect.stringMatching(/^the sheets overlap in the Workbook stream/u) as string });
  });

  it('reads the Workbook stream from the FAT or the mini stream, and refuses sector chains that loop, leave the file or end too soon', () => {
    const small = xls([{ name: 'S', records: [label(0, 0, 'x')] }]); // under 4096 bytes: in the mini stream
    const large = xls([{ name: 'S', records: [label(0, 0, 'x'), ...Array.from({ length: 400 }, (_, r) => rk(r + 1, 0, 2))] }]);
    expect(readXls(small)).toEqual([{ name: 'S', rows: [['x']] }]);
    expect((readXls(large)[0] as Sheet).rows).toHaveLength(401);
    // `large`: sector 0 the FAT, 1 the directory, 2 … last the Workbook stream.
    const last = 1 + Math.ceil(new DataView(large.buffer).getUint32(2 * SECTOR + 128 + 120, true) / SECTOR);
    // A loop after the stream's last sector is never followed: the stream reads whole.
    expect((readXls(withFat(large, [last, 2]))[0] as Sheet).rows).toHaveLength(401);
    for (const damaged of [withFat(large, [5, 3]), withFat(large, [5, 5000]), withFat(large, [5, -2])]) {
      expect(problem(() => readXls(damaged))).toEqual({ code: 'unreadable-file', message: expect.stringMatching(/Workbook|compound file|sector/u) as string });
    }
    // A stream laid out backwards, each sector pointing at the one before: only its own chain is
    // followed, once (2000 sectors of 512 bytes: 1 MB, not a copy per sector).
    const big = compoundFile({ Workbook: new Uint8Array(2000 * SECTOR) }); // 16 FAT sectors, directory 16, stream 17–2016
    const backwards = withFat(big, ...Array.from({ length: 2000 }, (_, k): [number, number] => [17 + k, k === 0 ? -2 : 16 + k]));
    new DataView(backwards.buffer).setInt32(17 * SECTOR + 128 + 116, 2016, true);
    expect(problem(() => readXls(backwards)).code).toBe('unreadable-file'); // read, then refused as BIFF (all zeros)
    // A stream claiming 2 GB is refused before anything is allocated.
    const huge = large.slice();
    new DataView(huge.buffer).setUint32(2 * SECTOR + 128 + 120, 0x7fffffff, true);
    expect(problem(() => readXls(huge))).toEqual({ code: 'too-large', message: 'the Workbook stream holds 2147483647 bytes, more than the 268435456 read from one file' });
  });

  it('reads a compound file whose directory tree loops (the walk guards against cycles)', () => {
    const bytes = compoundFile({ Other: new Uint8Array(10), Workbook: workbook([{ name: 'S', records: [label(0, 0, 'x')] }]) });
    const v = new DataView(bytes.buffer);
    const dir = 2 * SECTOR;
    v.setInt32(dir + 128 + 76, 1, true); // Other is its own child…
    v.setInt32(dir + 2 * 128 + 68, 1, true); // …and Workbook's left sibling points back at it.
    expect(readXls(bytes)).toEqual([{ name: 'S', rows: [['x']] }]);
  });

  it('gives sheets or a TableParseError naming the problem for damaged copies of real workbooks, never another error', () => {
    const next = random(20240601);
    for (const name of ['hunan-gba-2020/document.xls', 'xls-extra/workbook.xls']) {
      const original = fixture(name);
      let read = 0;
      for (let i = 0; i < 200; i += 1) {
        const copy = original.slice();
        const changes = 1 + Math.floor(next() * 8);
        for (let k = 0; k < changes; k += 1) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
        try {
          readXls(copy);
          read += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(TableParseError);
          // Every failure is one the reader names, not an exception it did not expect.
          expect((error as TableParseError).diagnostics[0]?.message).not.toMatch(/^not a readable Excel 97–2003 workbook:/u);
        }
      }
      expect(read).toBeGreaterThan(0);
    }
  });
});
