#!/usr/bin/env node
// Writes the small .docx and .xlsx test fixtures in test/fixtures/office/ from the tables below,
// as minimal Office Open XML packages zipped with fflate. Rerun after changing a table here.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const out = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/office');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const zip = (files) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { mtime: new Date('2020-03-02T00:00:00Z') });

// A table with a full-width category row, a vertically merged 牵头单位 cell and a traditional name.
const ROWS = [
  ['序号', '重点任务', '牵头单位', '配合单位'],
  ['一、交通建设'],
  ['1', '建设高速铁路', '省发展改革委', '省财政厅、省交通运输厅'],
  ['2', '推进公路互联互通', { merge: 'continue' }, '省交通運輸廳'],
  ['二、公共服务'],
  ['3', '深化教育合作', '省教育厅', ''],
];

function docx() {
  const para = (t) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const cell = (c, span) => {
    if (typeof c === 'object') return '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>';
    const props = [span > 1 ? `<w:gridSpan w:val="${span}"/>` : '', c === '省发展改革委' ? '<w:vMerge w:val="restart"/>' : ''].join('');
    return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${para(c)}</w:tc>`;
  };
  const rows = ROWS.map((r) => `<w:tr>${r.length === 1 ? cell(r[0], 4) : r.map((c) => cell(c, 1)).join('')}</w:tr>`).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para('附件')}${para('重点任务责任分工')}<w:tbl>${rows}</w:tbl>${para('注：以上任务2025年底前完成。')}</w:body></w:document>`;
  const prose = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${['一、交通建设', '1. 建设高速铁路。', '牵头单位：省发展改革委；配合单位：省财政厅', '2. 推进公路互联互通。（省交通运输厅牵头，省自然资源厅配合）'].map(para).join('')}</w:body></w:document>`;
  const common = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  };
  writeFileSync(join(out, 'table.docx'), zip({ ...common, 'word/document.xml': document }));
  writeFileSync(join(out, 'prose.docx'), zip({ ...common, 'word/document.xml': prose }));
}

function xlsx() {
  const strings = [];
  const index = (s) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const col = (i) => String.fromCharCode(65 + i);
  const all = [['重点任务责任分工'], ...ROWS];
  const rows = all
    .map((r, i) => `<row r="${i + 1}">${r.map((c, j) => (typeof c === 'object' || c === '' ? '' : /^\d+$/.test(c) ? `<c r="${col(j)}${i + 1}"><v>${c}</v></c>` : `<c r="${col(j)}${i + 1}" t="s"><v>${index(c)}</v></c>`)).join('')}</row>`)
    .join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="C4:C5"/></mergeCells></worksheet>`;
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  writeFileSync(
    join(out, 'table.xlsx'),
    zip({
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="分工" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
      'xl/sharedStrings.xml': shared,
    }),
  );
}

docx();
xlsx();
console.log(`wrote ${out}/table.docx, prose.docx, table.xlsx`);
