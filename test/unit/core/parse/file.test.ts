import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeText, parseFile, parseTable, TableParseError } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const office = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/office/${name}`, import.meta.url)));
const summary = (t: Awaited<ReturnType<typeof parseFile>>) =>
  t.tasks.map((x) => [x.id, x.category, x.title, x.units.map((u) => `${u.name}:${u.role}`)]);

// The fixtures are written by scripts/make-office-fixtures.mjs: a full-width category row, a
// vertically merged 牵头单位 cell (task 2 continues 省发展改革委), a traditional-character name.
const EXPECTED = [
  ['1', '交通建设', '建设高速铁路', ['省发展改革委:lead', '省财政厅:co', '省交通运输厅:co']],
  ['2', '交通建设', '推进公路互联互通', ['省发展改革委:lead', '省交通運輸廳:co']],
  ['3', '公共服务', '深化教育合作', ['省教育厅:lead']],
];

describe('parseFile', () => {
  it('reads a Word table with heading rows and vertically merged cells, keeping text around it', async () => {
    const t = await parseFile(office('table.docx'), { file: 'table.docx' });
    expect(t.layout).toBe('grid');
    expect(t.format).toBe('docx');
    expect(summary(t)).toEqual(EXPECTED);
    expect(t.preamble).toEqual(['附件', '重点任务责任分工']);
    expect(t.notes).toEqual(['注：以上任务2025年底前完成。']);
    expect(t.diagnostics).toMatchObject([{ code: 'text-after-table', file: 'table.docx' }]);
  });

  it('reads a Word document without a table as prose', async () => {
    const t = await parseFile(office('prose.docx'));
    expect(t.layout).toBe('prose');
    expect(summary(t)).toEqual([
      ['1', '交通建设', '建设高速铁路', ['省发展改革委:lead', '省财政厅:co']],
      ['2', '交通建设', '推进公路互联互通', ['省交通运输厅:lead', '省自然资源厅:co']],
    ]);
  });

  it('reads an Excel sheet, filling vertically merged cells, with spreadsheet rows as lines', async () => {
    const t = await parseFile(office('table.xlsx'), { file: 'table.xlsx' });
    expect(t.layout).toBe('grid');
    expect(t.format).toBe('xlsx');
    expect(summary(t)).toEqual(EXPECTED);
    expect(t.tasks.map((x) => x.line)).toEqual([4, 5, 7]);
    expect(t.preamble).toEqual(['重点任务责任分工']);
  });

  it('rejects a zip that is neither a Word nor an Excel file, and a broken .docx', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    await expect(parseFile(zip, { file: 'x.zip' })).rejects.toThrow(/x\.zip:1: a zip archive that is neither/);
    const broken = zipSync({ 'word/other.xml': strToU8('<x/>') });
    await expect(parseFile(broken, { file: 'b.docx' })).rejects.toBeInstanceOf(TableParseError);
  });

  it('reads text in UTF-8, UTF-8 with BOM, UTF-16 and GB18030 alike', async () => {
    const expected = parseTable(hunanGba2020.text).tasks;
    const utf8 = new TextEncoder().encode(hunanGba2020.text);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hunanGba2020.text, 'utf16le')]);
    for (const bytes of [utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), utf16]) {
      expect((await parseFile(bytes)).tasks).toEqual(expected);
    }
    // GB18030 bytes of “中文”, then a table in GBK: the decoder falls back from strict UTF-8.
    expect(decodeText(Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: '中文', encoding: 'gb18030' });
  });
});
