// Structure-aware fuzzing of every file format from real fixtures (issue 18, "the standard to
// meet"): the XML inside .docx / .xlsx / .odt / .ods archives is edited (ranges cut, doubled or
// truncated, hostile pieces inserted) and the archive rebuilt or damaged, CSV quoting is broken, OLE
// (.doc / .xls) and PDF objects get extreme values, HTML / MHT / RTF text is cut and spliced. Seeded,
// 10,700 cases in all; each must give a table or a TableParseError with lines, never another
// exception or a hang (a test's timeout is the hang guard, not a measurement).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile, TableParseError, type ResponsibilityTable } from '@fengong/core';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(`${fixtures}${path}`));

/** One edit of a text: where (0–1 of its length), how much, and what to put in. */
interface Edit {
  kind: 'cut' | 'double' | 'insert' | 'truncate';
  at: number;
  length: number;
  piece: string;
}

/** A position 0–1, uniform (doubles and biased integers pile up near 0, putting most edits on the first bytes). */
const position = fc.noBias(fc.integer({ min: 0, max: 2 ** 20 - 1 })).map((k) => k / 2 ** 20);

/** Pieces that steer an edit into the readers' limits and corner cases. */
const XML_PIECES = [
  '<', '>', '/>', '</w:tc>', '<w:tc>', '</w:tr>', '<w:tr>', '<w:tbl>', '</w:tbl>', '<w:gridSpan w:val="1000000000"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>',
  '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', '<!DOCTYPE d [<!ENTITY a "哈哈">]>', '&a;', '&amp;', '&#0;', '&#xFFFF;', '<![CDATA[', ']]>', '<!--', '-->',
  '<c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c>', '<c r="ZZZZZZZZ1">', '<c ', '<mergeCell ref="A1:XFD1048576"/>', '<mergeCells count="1">', '<row r="1048576">',
  ' r="', '"', "'", '<table:table-cell table:number-columns-repeated="1000000000">', '<table:table-row table:number-rows-repeated="1048576">', '<text:s text:c="1000000"/>',
  '序号', '重点任务', '牵头单位', '配合单位', '续表', '省发改委、', '（', '【', '\u0000', '\u200b', '\ufffd', ' '.repeat(64), '\n',
];
const TEXT_PIECES = ['"', '""', ',', '\n', '\r\n', '\r', '\t', '、', '（', '）', '序号', '牵头单位', '省发改委', '\ufeff', '\u0000', '=cmd|', '\\', '{', '}', '\\par', '\\cell', '\\row', '\\u-1?', '<td colspan="1000000000">', '<tr>', '</table>', '=\r\n', '--b--'];

const edit = (pieces: readonly string[]): fc.Arbitrary<Edit> =>
  fc.record({
    kind: fc.constantFrom<Edit['kind']>('cut', 'cut', 'double', 'insert', 'insert', 'insert', 'truncate'),
    at: position,
    length: fc.integer({ min: 1, max: 400 }),
    piece: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })),
  });

/** Applies the edits in order. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const i = Math.floor(e.at * out.length);
    if (e.kind === 'cut') out = out.slice(0, i) + out.slice(i + e.length);
    else if (e.kind === 'double') out = out.slice(0, i + e.length) + out.slice(i, i + e.length) + out.slice(i + e.length);
    else if (e.kind === 'insert') out = out.slice(0, i) + e.piece + out.slice(i);
    else out = out.slice(0, Math.max(i, out.length - e.length));
  }
  return out;
}

/** Damage to a zip archive as a whole, after its entries were edited. */
type ArchiveDamage = { kind: 'none' } | { kind: 'drop'; entry: number } | { kind: 'bytes'; at: number; value: number } | { kind: 'cut'; at: number };
const archiveDamage: fc.Arbitrary<ArchiveDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), entry: fc.nat({ max: 20 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bytes' as const), at: position, value: fc.constantFrom(0x00, 0xff, 0x7f, 0x80) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: position }) },
);

/** Edits the XML entries `pick` chooses (each the same edits), rebuilds the archive, then damages it. */
function mutateArchive(bytes: Uint8Array, pick: (name: string) => boolean, edits: readonly Edit[], damage: ArchiveDamage): Uint8Array {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries);
  const chosen = names.filter(pick);
  const target = chosen[Math.floor((edits[0]?.at ?? 0) * chosen.length)] ?? chosen[0];
  if (target !== undefined) entries[target] = strToU8(applyEdits(strFromU8(entries[target] as Uint8Array), edits));
  if (damage.kind === 'drop') delete entries[names[damage.entry % names.length] as string];
  const zipped = zipSync(entries, { level: 0 });
  if (damage.kind === 'bytes') zipped[Math.floor(damage.at * (zipped.length - 1))] = damage.value;
  return damage.kind === 'cut' ? zipped.subarray(0, Math.floor(damage.at * zipped.length)) : zipped;
}

/** Overwrites little-endian 16- or 32-bit fields of a binary file (OLE sectors, record lengths, counts) with extreme values. */
interface Poke {
  at: number;
  width: 1 | 2 | 4;
  value: number;
}
const poke: fc.Arbitrary<Poke> = fc.record({
  at: position,
  width: fc.constantFrom<1 | 2 | 4>(1, 2, 4),
  value: fc.constantFrom(0, 1, 0x7f, 0xff, 0xffff, 0x7fff, 0x8000, 0xfffffffe, 0xffffffff, 0x7fffffff, 0x10000),
});
function applyPokes(bytes: Uint8Array, pokes: readonly Poke[]): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  // Past the 512-byte compound-file header: into the FAT, directory and streams.
  for (const p of pokes) {
    const i = Math.min(out.length - p.width, 512 + Math.floor(p.at * (out.length - 512)));
    if (p.width === 1) view.setUint8(i, p.value & 0xff);
    else if (p.width === 2) view.setUint16(i, p.value & 0xffff, true);
    else view.setUint32(i, p.value >>> 0, true);
  }
  return out;
}

/** Cases of the running test that were read as a table, and all its cases. */
const tally = { tables: 0, cases: 0 };

/** A table (the invariants every reading keeps) or a TableParseError with lines; anything else fails the case. */
async function checkOutcome(bytes: Uint8Array, file: string): Promise<void> {
  tally.cases += 1;
  let table: ResponsibilityTable;
  try {
    table = await parseFile(bytes, { file });
  } catch (error) {
    if (!(error instanceof TableParseError)) throw error;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    for (const d of error.diagnostics) expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    return;
  }
  tally.tables += 1;
  for (const t of table.tasks) {
    expect(t.units.length).toBeGreaterThan(0);
    for (const u of t.units) expect(u.name.trim()).not.toBe('');
  }
}

/**
 * Runs a property and checks that its mutants reached the readers' interpretation, not only
 * their refusal of broken containers: at least `share` of the cases must still read as a table.
 */
async function fuzz<T>(property: fc.IAsyncProperty<T>, runs: number, share: number): Promise<void> {
  tally.tables = 0;
  tally.cases = 0;
  await fc.assert(property, { seed: 18, numRuns: runs });
  expect(tally.tables).toBeGreaterThanOrEqual(share * tally.cases);
}

const edits = (pieces: readonly string[]) => fc.array(edit(pieces), { minLength: 1, maxLength: 4 });
const xmlEntry = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');
const decoder = new TextDecoder('utf-8');

describe('structure-aware fuzzing of every format (10,700 seeded cases)', () => {
  it.each([
    ['office/table.docx', 1_200],
    ['office/table.xlsx', 1_200],
    ['formats/zhejiang-cangnan-2022/document.odt', 500],
    ['formats/zhejiang-cangnan-2022/document.ods', 500],
  ] as const)('%s: edited XML entries, dropped entries, damaged archives (%i cases)', async (path, runs) => {
    const bytes = read(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    await fuzz(
      fc.asyncProperty(edits(XML_PIECES), archiveDamage, (e, damage) => checkOutcome(mutateArchive(bytes, xmlEntry, e, damage), name)),
      runs,
      0.1,
    );
  }, 120_000);

  it('CSV: quoting broken (quotes, separators and line breaks inserted, cut or doubled) in 4,000 cases', async () => {
    const csv = `${readFileSync(`${fixtures}regression/control-character-names.csv`, 'utf8')}3,"建设""机场"",一期",省交通运输厅,"省财政厅,省发改委"\n4,"修路\n二期",省交通运输厅,\n`;
    await fuzz(
      fc.asyncProperty(edits(TEXT_PIECES), (e) => checkOutcome(strToU8(applyEdits(csv, e)), 'fuzz.csv')),
      4_000,
      0.1,
    );
  }, 120_000);

  it.each([
    ['formats/zhejiang-cangnan-2022/document.rtf', 600],
    ['formats/zhejiang-cangnan-2022/page.html', 600],
    ['formats/zhejiang-cangnan-2022/page.mht', 400],
  ] as const)('%s: text cut and spliced with control words, tags and MIME pieces (%i cases)', async (path, runs) => {
    const text = decoder.decode(read(path));
    const name = path.slice(path.lastIndexOf('/') + 1);
    await fuzz(
      fc.asyncProperty(edits(TEXT_PIECES), (e) => checkOutcome(strToU8(applyEdits(text, e)), name)),
      runs,
      0.1,
    );
  }, 120_000);

  it.each([
    ['formats/zhejiang-cangnan-2022/document.doc', 800],
    ['formats/zhejiang-cangnan-2022/document.xls', 800],
  ] as const)('%s: OLE sectors, streams and records given extreme values (%i cases)', async (path, runs) => {
    const bytes = read(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    await fuzz(
      fc.asyncProperty(fc.array(poke, { minLength: 1, maxLength: 3 }), (p) => checkOutcome(applyPokes(bytes, p), name)),
      runs,
      0.1,
    );
  }, 120_000);

  it('PDF: objects cut, spliced and given extreme numbers (100 cases; PDF.js is the slow reader)', async () => {
    // latin1 keeps every byte as one character, so edits stay byte edits of the PDF's objects.
    const text = new TextDecoder('latin1').decode(read('formats/zhejiang-cangnan-2022/document.pdf'));
    const pieces = [' 0 obj', 'endobj', 'stream', 'endstream', '/Count 1000000', '/Length 99999999', 'xref', 'trailer', '<<', '>>', '[', ']', ' 4294967295 ', ' -1 '];
    const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
    await fuzz(
      fc.asyncProperty(edits(pieces), (e) => checkOutcome(bytesOf(applyEdits(text, e)), 'document.pdf')),
      100,
      0.1,
    );
  }, 120_000);
});
