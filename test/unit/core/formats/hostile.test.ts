// Small hostile or unlucky documents: limits checked before the work (spans, merges, inflated
// sizes), no entity expansion, tables inside content controls, tables continued (续表), and
// sheets beyond the first — each read or refused with a clear error, never a crash or a hang.
import { parseFile, TableParseError } from '@fengong/core';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const tc = (t: string, props = '') => `<w:tc>${props === '' ? '' : `<w:tcPr>${props}</w:tcPr>`}${p(t)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const HEADER = tr(tc('序号'), tc('重点任务'), tc('牵头单位'), tc('配合单位'));
const docx = (body: string, doctype = '') =>
  zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>${doctype}<w:document ${W}><w:body>${body}</w:body></w:document>`) });

const failure = async (bytes: Uint8Array): Promise<TableParseError> => {
  try {
    await parseFile(bytes, { file: 'bad' });
  } catch (error) {
    if (error instanceof TableParseError) return error;
    throw error;
  }
  throw new Error('parseFile read it');
};

describe('Word documents', () => {
  it('a cell spanning a billion columns is refused before anything is allocated', async () => {
    const bytes = docx(`<w:tbl>${HEADER}${tr(tc('1'), tc('任务', '<w:gridSpan w:val="1000000000"/>'))}</w:tbl>`);
    const error = await failure(bytes);
    expect(error.diagnostics[0]).toMatchObject({ code: 'too-large', file: 'bad' });
    expect(error.message).toContain('spans 1000000000 columns');
  });

  it('an entity defined in a DOCTYPE is not expanded (no billion laughs)', async () => {
    const laughs = '<!DOCTYPE d [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const bytes = docx(`<w:tbl>${HEADER}${tr(tc('1'), tc('建设高铁&c;'), tc('省发改委'), tc('省财政厅'))}</w:tbl>`, laughs);
    const table = await parseFile(bytes);
    expect(table.tasks.map((t) => t.title)).toEqual(['建设高铁&c;']);
  });

  it('a table inside content controls is read, and a table continued after the page break (续表) continues it', async () => {
    const first = `<w:tbl>${HEADER}${tr(tc('1'), tc('建设高铁'), tc('省发改委'), tc('省财政厅'))}</w:tbl>`;
    const second = `<w:tbl>${HEADER}${tr(tc('2'), tc('建设公路'), tc('省交通运输厅'), tc(''))}</w:tbl>`;
    const wrapped = (inner: string, depth: number): string => (depth === 0 ? inner : `<w:sdt><w:sdtContent>${wrapped(inner, depth - 1)}</w:sdtContent></w:sdt>`);
    const table = await parseFile(docx(`${p('附件')}${wrapped(first, 60)}${p('续表')}${second}${p('注：完')}`));
    expect(table.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
      ['1', '建设高铁', ['省发改委', '省财政厅']],
      ['2', '建设公路', ['省交通运输厅']],
    ]);
    expect(table.notes).toEqual(['注：完']);
  });

  it('a second table with other columns is kept as notes with a warning, not dropped', async () => {
    const first = `<w:tbl>${HEADER}${tr(tc('1'), tc('建设高铁'), tc('省发改委'), tc('省财政厅'))}</w:tbl>`;
    const other = `<w:tbl>${tr(tc('联系人'), tc('电话'))}${tr(tc('张三'), tc('12345'))}</w:tbl>`;
    const table = await parseFile(docx(`${first}${other}`));
    expect(table.tasks).toHaveLength(1);
    expect(table.notes).toEqual(['联系人 | 电话', '张三 | 12345']);
    expect(table.diagnostics.filter((d) => d.code === 'unread-table')).toHaveLength(2);
  });

  it('an archive whose entry claims to inflate past the limit is refused before inflating', async () => {
    const bytes = docx(`<w:tbl>${HEADER}</w:tbl>`);
    // Patch the entry's uncompressed size in the central directory (signature PK\x01\x02, size at +24).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = bytes.length - 22; i >= 0; i -= 1) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0xfffffff0, true);
        break;
      }
    }
    const error = await failure(bytes);
    expect(error.diagnostics[0]?.code).toBe('too-large');
  });
});

describe('web pages', () => {
  const page = (rows: string) => new TextEncoder().encode(`<!DOCTYPE html><html><body><table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>${rows}</table></body></html>`);

  it('a colspan of a billion is refused; a rowspan of 65534 fills only the rows there are', async () => {
    expect((await failure(page('<tr><td colspan="1000000000">1</td></tr>'))).diagnostics[0]?.code).toBe('too-large');
    const table = await parseFile(page('<tr><td>1</td><td>建设高铁</td><td rowspan="65534">省发改委</td></tr><tr><td>2</td><td>建设公路</td></tr>'));
    expect(table.tasks.map((t) => t.units.map((u) => u.name))).toEqual([['省发改委'], ['省发改委']]);
  });

  it('scripts, styles, navigation and hidden text are not read; a layout table is read as what it holds', async () => {
    const html = `<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>
      <nav><a>首页</a></nav><script>document.write('<p>1. 假任务（牵头单位：假单位）</p>')</script>
      <table><tr><td><div style="display:none">2. 隐藏任务（牵头单位：隐藏单位）</div>
        <table border="1"><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr><tr><td>1</td><td>建设高铁</td><td>省发改委</td></tr></table>
      </td></tr></table></body></html>`;
    const table = await parseFile(new TextEncoder().encode(html));
    expect(table.format).toBe('html');
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([['建设高铁', ['省发改委']]]);
  });

  it('a saved page (.mht) whose HTML part is base64 in GBK is decoded', async () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>1. 建设高铁（牵头单位：省发改委）</p></body></html>';
    // 建设高铁 / 牵头单位 / 省发改委 in GBK, built from the code points' GBK bytes.
    const gbk = new Uint8Array([...html].flatMap((ch) => [...(GBK[ch] ?? [ch.charCodeAt(0)])]));
    const body = btoa(String.fromCharCode(...gbk));
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset="gbk"\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--b--\r\n`;
    const table = await parseFile(new TextEncoder().encode(mht));
    expect(table.format).toBe('mhtml');
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => u.name)])).toEqual([['建设高铁', ['省发改委']]]);
  });
});

// GBK bytes of the characters the .mht case uses (from the GB2312 table).
const GBK: Record<string, number[]> = {
  建: [0xbd, 0xa8], 设: [0xc9, 0xe8], 高: [0xb8, 0xdf], 铁: [0xcc, 0xfa], 牵: [0xc7, 0xa3], 头: [0xcd, 0xb7], 单: [0xb5, 0xa5], 位: [0xce, 0xbb],
  省: [0xca, 0xa1], 发: [0xb7, 0xa2], 改: [0xb8, 0xc4], 委: [0xce, 0xaf], '（': [0xa3, 0xa8], '）': [0xa3, 0xa9], '：': [0xa3, 0xba],
};

describe('spreadsheets and RTF', () => {
  const sheetXml = (rows: string, merge = '') =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merge}</worksheet>`;
  const row = (r: number, cells: string[], at = (i: number) => `${String.fromCharCode(65 + i)}${r}`) =>
    `<row r="${r}">${cells.map((c, i) => `<c r="${at(i)}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
  /** An .xlsx with these sheets (name → worksheet XML). */
  const workbook = (sheets: [string, string][]) =>
    zipSync({
      '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
      ...Object.fromEntries(sheets.map(([, xml], i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(xml)])),
    });
  const TABLE = `${row(1, ['序号', '重点任务', '牵头单位'])}${row(2, ['1', '建设高铁', '省发改委'])}${row(3, ['2', '建设公路'])}`;

  it('an .xlsx merge of the whole sheet fills only the used range; a second sheet gets a warning', async () => {
    const bytes = workbook([
      ['分工', sheetXml(TABLE, '<mergeCells count="1"><mergeCell ref="C2:XFD1048576"/></mergeCells>')],
      ['说明', sheetXml(row(1, ['填表说明']))],
    ]);
    const table = await parseFile(bytes, { file: 'plan.xlsx' });
    expect(table.tasks.map((t) => t.units.map((u) => u.name))).toEqual([['省发改委'], ['省发改委']]);
    expect(table.diagnostics).toContainEqual(expect.objectContaining({ code: 'unread-table', message: 'sheet “说明” is not read (the table is on sheet “分工”)' }));
  });

  it('an .xlsx cell at XFD1048576, or at a reference Excel does not allow, is refused before the sheet is laid out', async () => {
    const far = workbook([['分工', sheetXml(`${TABLE}${row(1048576, ['远'], () => 'XFD1048576')}`)]]);
    expect((await failure(far)).diagnostics[0]).toMatchObject({ code: 'too-large', message: expect.stringContaining('1048576 rows × 16384 columns') as string });
    const bad = workbook([['分工', sheetXml(`${TABLE}${row(4, ['坏'], () => 'ZZZZZZZZ1')}`)]]);
    expect((await failure(bad)).diagnostics[0]).toMatchObject({ code: 'unreadable-file', message: expect.stringContaining('ZZZZZZZZ1') as string });
  });

  it('RTF: \\uN with its fallback skipped, GBK bytes under \\fcharset134, a table with a vertical merge', async () => {
    const rtf = [
      '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fnil\\fcharset0 Arial;}{\\f1\\fnil\\fcharset134 SimSun;}}',
      '{\\*\\generator x;}{\\info{\\title 假任务}}',
      "\\pard\\f1 \\'b8\\'bd\\'bc\\'fe\\par",
      '\\trowd\\cellx1000\\cellx3000\\cellx5000 \\pard\\intbl \\u24207?\\u21495?\\cell \\u37325?\\u28857?\\u20219?\\u21153?\\cell \\u29301?\\u22836?\\u21333?\\u20301?\\cell\\row',
      '\\trowd\\cellx1000\\cellx3000\\clvmgf\\cellx5000 \\pard\\intbl 1\\cell \\u24314?\\u35774?\\u39640?\\u38081?\\cell \\u30465?\\u21457?\\u25913?\\u22996?\\cell\\row',
      '\\trowd\\cellx1000\\cellx3000\\clvmrg\\cellx5000 \\pard\\intbl 2\\cell \\u24314?\\u35774?\\u20844?\\u36335?\\cell \\cell\\row',
      '\\pard\\par}',
    ].join('\n');
    const table = await parseFile(new TextEncoder().encode(rtf));
    expect(table.format).toBe('rtf');
    expect(table.preamble).toEqual(['附件']);
    expect(table.tasks.map((t) => [t.title, t.units.map((u) => `${u.role}:${u.name}`)])).toEqual([
      ['建设高铁', ['lead:省发改委']],
      ['建设公路', ['lead:省发改委']],
    ]);
  });
});

describe('OpenDocument and RTF limits', () => {
  const odt = (rows: string) =>
    zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><table:table>${rows}</table:table></office:text></office:body></office:document-content>`,
      ),
    });
  const cell = (t: string, attrs = '') => `<table:table-cell${attrs}><text:p>${t}</text:p></table:table-cell>`;
  const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
  const HEAD = row(cell('序号'), cell('重点任务'), cell('牵头单位'));

  it('an .odt cell repeated a billion times across is refused in one line naming the limit', async () => {
    const error = await failure(odt(`${HEAD}${row(cell('1'), cell('任务', ' table:number-columns-repeated="1000000000"'))}`));
    expect(error.diagnostics[0]).toMatchObject({ code: 'too-large', file: 'bad', message: 'a table row has more than 1000 columns' });
    expect(error.message.split('\n').filter((l) => l.includes('too large') || l.includes('more than'))).toHaveLength(1);
  });

  it('an .odt row repeated a million times down is refused past the cell limit', async () => {
    const error = await failure(odt(`${HEAD}<table:table-row table:number-rows-repeated="1048576">${cell('1')}${cell('任务')}${cell('省发改委')}</table:table-row>`));
    expect(error.diagnostics[0]).toMatchObject({ code: 'too-large', message: "the document's tables have more than 2000000 cells" });
  });

  it('an RTF row of more than 1,000 cells is refused', async () => {
    const cells = '\\pard\\intbl x\\cell '.repeat(1_001);
    const rtf = `{\\rtf1\\ansi\\trowd${'\\cellx100'.repeat(1_001)} ${cells}\\row}`;
    const error = await failure(new TextEncoder().encode(rtf));
    expect(error.diagnostics[0]).toMatchObject({ code: 'too-large', message: 'a table row has more than 1000 cells' });
  });
});
