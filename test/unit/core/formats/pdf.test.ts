// Reading PDFs with a text layer (packages/core/src/parse/formats/pdf.ts) with real pdf.js, on
// PDFs written by LibreOffice: the tables of test/fixtures/formats/*/document.pdf (made from
// page.html by scripts/make-format-fixtures.mjs) come back as the rows of page.html, the prose
// documents as the lines of text.txt; hostile files are refused with a clear error.
//
// The extra fixtures in test/fixtures/formats/pdf-extra/ were made with LibreOffice 7.4 from the
// HTML files beside them (scan.png: a 200×100 grey PNG with a dark bar, written with pngjs):
//
//   cd test/fixtures/formats/pdf-extra
//   soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export long-table.html
//   soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export no-rulings.html
//   soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export scan.html
//   soffice --headless --infilter="HTML (StarWriter)" --outdir enc --convert-to \
//     'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
//     no-rulings.html && mv enc/no-rulings.pdf encrypted.pdf && rmdir enc
//
// long-table.pdf: a 45-row table over three pages with its header row repeated (<thead>), a
// category merged over nine rows (rowspan) and two rows broken by the page; no-rulings.pdf: a
// table without borders; scan.pdf: a page holding only an image; encrypted.pdf: needs a password.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TableParseError } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../packages/core/src/parse/formats/blocks.js';
import { MAX_PAGES } from '../../../../packages/core/src/parse/formats/limits.js';
import { isPdf, readPdf } from '../../../../packages/core/src/parse/formats/pdf.js';
import { handmadePdf } from '../../../helpers/pdf.js';

const root = fileURLToPath(new URL('../../../fixtures/formats/', import.meta.url));
const bytes = (path: string) => new Uint8Array(readFileSync(`${root}${path}`));

const decode = (s: string) => s.replace(/<[^>]*>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&').trim();

/** The rows of the first table of an HTML page: each <tr>'s cells, a rowspan'd cell repeated in the rows it covers. */
function htmlRows(html: string): string[][] {
  const table = /<table[^>]*>([\s\S]*?)<\/table>/u.exec(html)?.[1] ?? '';
  const pending = new Map<number, { text: string; left: number }>();
  const rows: string[][] = [];
  for (const [, tr] of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)) {
    const cells = [...(tr ?? '').matchAll(/<t([hd])([^>]*)>([\s\S]*?)<\/t\1>/gu)].map(([, , attrs, text]) => ({ text: decode(text ?? ''), span: Number(/rowspan="(\d+)"/u.exec(attrs ?? '')?.[1] ?? '1') }));
    const row: string[] = [];
    for (let c = 0; cells.length > 0 || pending.has(c); c += 1) {
      const carried = pending.get(c);
      if (carried !== undefined) {
        row.push(carried.text);
        if (--carried.left === 0) pending.delete(c);
        continue;
      }
      const cell = cells.shift() as { text: string; span: number };
      row.push(cell.text);
      if (cell.span > 1) pending.set(c, { text: cell.text, left: cell.span - 1 });
    }
    rows.push(row);
  }
  return rows;
}

/** The text before the table on an HTML page, one entry per element holding text. */
function htmlBefore(html: string): string[] {
  const body = /<body[^>]*>([\s\S]*?)<table/u.exec(html)?.[1] ?? '';
  return body.split(/<\/(?:p|div)>/u).map(decode).filter((t) => t !== '');
}

const paragraphs = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
// No replacement characters, private-use code points (glyphs pdf.js could not map) or control characters.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const MOJIBAKE = /[\ufffd\ue000-\uf8ff\u0000-\u0008\u000e-\u001f]/u;

async function failure(data: Uint8Array, options?: Parameters<typeof readPdf>[2]): Promise<TableParseError> {
  try {
    await readPdf(data, 'bad.pdf', options);
  } catch (error) {
    if (error instanceof TableParseError) return error;
    throw error;
  }
  throw new Error('readPdf read it');
}


// 中文上海 in UCS-2 and 中文广州 in GBK, then a ruled 2 × 2 table drawn with `re` and `l`.
const CID_PAGE = [
  'BT /F1 12 Tf 72 760 Td <4E2D65874E0A6D77> Tj ET',
  'BT /F2 12 Tf 72 740 Td <D6D0CEC4B9E3D6DD> Tj ET',
  '0.5 w 70 600 200 60 re S 170 600 m 170 660 l S 70 630 m 270 630 l S',
  'BT /F2 12 Tf 75 640 Td <D0F2BAC5> Tj 100 0 Td <C8CECEF1> Tj ET', // 序号 | 任务
  'BT /F1 12 Tf 75 610 Td <0031> Tj 100 0 Td <5EFA8BBE> Tj ET', // 1 | 建设
].join('\n');

describe('isPdf', () => {
  it('looks for %PDF- within the first 1024 bytes', () => {
    expect(isPdf(new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(new TextEncoder().encode(`${' '.repeat(1000)}%PDF-1.4`))).toBe(true);
    expect(isPdf(new TextEncoder().encode(`${' '.repeat(1020)}%PDF-1.4`))).toBe(false);
    expect(isPdf(new TextEncoder().encode('PDF-1.4 %PDF'))).toBe(false);
    expect(isPdf(bytes('hunan-gba-2020/document.pdf'))).toBe(true);
  });
});

describe('tables drawn with ruling lines (LibreOffice)', () => {
  it.each(['hunan-gba-2020', 'hunan-changsha-2012', 'zhejiang-cangnan-2022'])('%s: one table with the rows of page.html, the titles before it', async (name) => {
    const html = readFileSync(`${root}${name}/page.html`, 'utf8');
    const blocks = await readPdf(bytes(`${name}/document.pdf`), 'document.pdf');
    // Cells are compared whole: LibreOffice wrapped the long ones over several lines in the PDF,
    // and the wrapped lines join back (no space between CJK text).
    expect(tables(blocks)).toEqual([htmlRows(html)]);
    expect(blocks.at(-1)?.kind).toBe('table');
    expect(paragraphs(blocks)).toEqual(htmlBefore(html));
    expect(JSON.stringify(blocks)).not.toMatch(MOJIBAKE);
  });

  it('a table over three pages, its header repeated on each: one table, the header once, merges and broken rows mended', async () => {
    const html = readFileSync(`${root}pdf-extra/long-table.html`, 'utf8');
    const blocks = await readPdf(bytes('pdf-extra/long-table.pdf'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(tables(blocks)).toEqual([htmlRows(html)]);
    expect(paragraphs(blocks)).toEqual(['附件', '2024年重点任务责任分工', '注：以上任务2024年底前完成。']);
  });

  it('a table without ruling lines comes out as lines, not as a guessed table', async () => {
    const blocks = await readPdf(bytes('pdf-extra/no-rulings.pdf'));
    expect(tables(blocks)).toEqual([]);
    // Cell text stays whole and in order; a column gap narrower than a character is not a space.
    expect(paragraphs(blocks)).toEqual(['重点任务责任分工', '序号重点任务 牵头单位', '1 建设高速铁路 省发展改革委', '2 推进公路互联互通省交通运输厅']);
  });
});

describe('prose documents (LibreOffice)', () => {
  it.each(['heilongjiang-2013', 'henan-sanmenxia-2023', 'zhejiang-lishui-2023'])('%s: the paragraphs are the lines of text.txt, wrapped lines joined back', async (name) => {
    const blocks = await readPdf(bytes(`${name}/document.pdf`));
    const lines = readFileSync(`${root}${name}/text.txt`, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    // The page's navigation link (首页) is in the PDF, not in text.txt.
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: '首页' });
    expect(blocks.slice(1)).toEqual(lines.map((text) => ({ kind: 'paragraph', text })));
  });
});

describe('fonts with predefined CMaps (not embedded, as in many Chinese PDFs)', () => {
  it('reads UniGB-UCS2-H and GBK-EUC-H text from the CMaps of the installed pdfjs-dist, and its ruled table', async () => {
    expect(await readPdf(handmadePdf([CID_PAGE]))).toEqual([
      { kind: 'paragraph', text: '中文上海' },
      { kind: 'paragraph', text: '中文广州' },
      { kind: 'table', rows: [['序号', '任务'], ['1', '建设']] },
    ]);
  });

  it('uses the loaders given (as a browser must), and says so when they fail', async () => {
    const asked: string[] = [];
    const cmaps = join(dirname(createRequire(new URL('../../../../packages/core/package.json', import.meta.url)).resolve('pdfjs-dist/package.json')), 'cmaps');
    const blocks = await readPdf(handmadePdf([CID_PAGE]), 'x.pdf', {
      cMap: (name) => {
        asked.push(name);
        return Promise.resolve(new Uint8Array(readFileSync(join(cmaps, `${name}.bcmap`))));
      },
      standardFont: () => Promise.reject(new Error('not needed')),
    });
    expect(paragraphs(blocks)).toEqual(['中文上海', '中文广州']);
    expect(asked).toEqual(expect.arrayContaining(['UniGB-UCS2-H', 'GBK-EUC-H']));
    const error = await failure(handmadePdf(['BT /F1 12 Tf 72 760 Td <4E2D6587> Tj ET']), { cMap: () => Promise.reject(new Error('offline')), standardFont: () => Promise.reject(new Error('offline')) });
    expect(error.diagnostics[0]).toMatchObject({ code: 'no-text', file: 'bad.pdf' });
    expect(error.diagnostics[0]?.message).toContain('CMap UniGB-UCS2-H');
  });
});

describe('hostile or unlucky files: a TableParseError with a clear code, never a crash or a hang', () => {
  it('random bytes after a PDF header, or a header alone: unreadable-file with pdf.js’s message', async () => {
    const random = new Uint8Array(8192);
    let seed = 12345;
    for (let i = 0; i < random.length; i += 1) random[i] = (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    random.set(new TextEncoder().encode('%PDF-1.4\n'));
    for (const data of [random, new TextEncoder().encode('%PDF-1.7')]) {
      const error = await failure(data);
      expect(error.diagnostics).toMatchObject([{ code: 'unreadable-file', line: 1, file: 'bad.pdf' }]);
      expect(error.message).toMatch(/bad\.pdf:1: not a readable PDF .*Invalid PDF structure/u);
    }
  });

  it('a truncated PDF (its first half): unreadable-file', async () => {
    const whole = bytes('hunan-gba-2020/document.pdf');
    const error = await failure(whole.slice(0, whole.length >> 1));
    expect(error.diagnostics[0]?.code).toBe('unreadable-file');
  });

  it('a page with only an image (a scan): no-text, pointing to OCR', async () => {
    const error = await failure(bytes('pdf-extra/scan.pdf'));
    expect(error.diagnostics).toMatchObject([{ code: 'no-text', message: expect.stringContaining('run OCR on it first') as unknown }]);
  });

  it('a PDF that needs a password: unreadable-file saying so', async () => {
    const error = await failure(bytes('pdf-extra/encrypted.pdf'));
    expect(error.diagnostics).toMatchObject([{ code: 'unreadable-file', message: expect.stringContaining('encrypted and needs a password') as unknown }]);
  });

  it(`more than ${MAX_PAGES} pages: too-large, before any page is read`, async () => {
    const error = await failure(handmadePdf(Array.from({ length: MAX_PAGES + 1 }, () => '')));
    expect(error.diagnostics).toMatchObject([{ code: 'too-large', message: expect.stringContaining(`${MAX_PAGES + 1} pages`) as unknown }]);
  });

  it('truncated and mutated copies of a real PDF: blocks or a TableParseError, nothing else', async () => {
    const whole = bytes('hunan-gba-2020/document.pdf');
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const copies = Array.from({ length: 4 }, (_, k) => whole.slice(0, Math.floor((whole.length * (k + 1)) / 5)));
    for (let k = 0; k < 8; k += 1) {
      const copy = whole.slice();
      for (let i = 0; i < 1 + k; i += 1) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      copies.push(copy);
    }
    for (const copy of copies) {
      const outcome = await readPdf(copy).then(
        (blocks) => (Array.isArray(blocks) ? 'blocks' : 'other'),
        (error: unknown) => (error instanceof TableParseError ? error.diagnostics[0]?.code : error),
      );
      expect(['blocks', 'unreadable-file', 'no-text']).toContain(outcome);
    }
  }, 30_000);

  it('a pdf.js step that never settles (here: a worker that never answers) gives up after stepTimeout', async () => {
    const silent = { postMessage: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, terminate: () => undefined };
    const error = await failure(bytes('hunan-gba-2020/document.pdf'), { workerPort: silent, stepTimeout: 200 });
    expect(error.diagnostics).toMatchObject([{ code: 'unreadable-file', message: expect.stringContaining('did not finish') as unknown }]);
  });

  it('leaves the input bytes usable (pdf.js is given a copy)', async () => {
    const data = bytes('zhejiang-cangnan-2022/document.pdf');
    const length = data.byteLength;
    await readPdf(data);
    expect(data.byteLength).toBe(length);
    expect(isPdf(data)).toBe(true);
  });
});
