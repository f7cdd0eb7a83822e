// Every file format gives the reading its text gives: the bundled plan and real documents of the
// corpus, each converted by LibreOffice (scripts/make-format-fixtures.mjs) into the formats plans
// are published in, read by parseFile and compared task by task with parseTable on the text.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFile, parseTable, type ResponsibilityTable } from '../../../../packages/core/src/index.js';

const root = fileURLToPath(new URL('../../../fixtures/formats/', import.meta.url));
const DOCUMENTS = ['hunan-gba-2020', 'hunan-changsha-2012', 'zhejiang-cangnan-2022', 'zhejiang-lishui-2023', 'heilongjiang-2013', 'henan-sanmenxia-2023'];

/** What an analyst reads from each task: its title, category and units by role. */
function reading(table: ResponsibilityTable) {
  return table.tasks.map((t) => ({
    title: t.title,
    category: t.category,
    units: t.units.map((u) => `${u.role}:${u.name}`),
  }));
}

const FILES: Record<string, string> = {
  'page.html': 'html',
  'page.gbk.html': 'html',
  'libreoffice.html': 'html',
  'page.mht': 'mhtml',
  'document.docx': 'docx',
  'document.doc': 'doc',
  'document.odt': 'odt',
  'document.rtf': 'rtf',
  'document.pdf': 'pdf',
  'document.xlsx': 'xlsx',
  'document.xls': 'xls',
  'document.ods': 'ods',
};

describe.each(DOCUMENTS)('%s', (name) => {
  const dir = `${root}${name}/`;
  const text = parseTable(readFileSync(`${dir}text.txt`, 'utf8'));
  const present = readdirSync(dir).filter((f) => f in FILES);

  it('has a text reading with tasks, and fixtures in every format', () => {
    expect(text.tasks.length).toBeGreaterThan(0);
    expect(present.length).toBeGreaterThanOrEqual(name.startsWith('hunan') || name.startsWith('zhejiang-cangnan') ? 12 : 9);
  });

  it.each(present)('%s is recognised by its content and reads as the text does', async (file) => {
    const bytes = readFileSync(`${dir}${file}`);
    expect(await detectFormat(bytes)).toBe(FILES[file]);
    const table = await parseFile(bytes, { file });
    expect(table.format).toBe(FILES[file]);
    expect(reading(table)).toEqual(reading(text));
  });
});

// Issue 18 item 8: a table with no 类别 column (苍南 2022) is read in every format, each row
// without a category and with no warning about one.
describe('a table without a 类别 column', () => {
  const dir = `${root}zhejiang-cangnan-2022/`;
  const files = ['text.txt', ...readdirSync(dir).filter((f) => f in FILES)];

  it.each(files)('%s: every row read, no category and no missing-category warning', async (file) => {
    const bytes = readFileSync(`${dir}${file}`);
    const table = file === 'text.txt' ? parseTable(bytes.toString('utf8')) : await parseFile(bytes, { file });
    expect(table.tasks.length).toBe(parseTable(readFileSync(`${dir}text.txt`, 'utf8')).tasks.length);
    expect(table.tasks.length).toBeGreaterThan(5);
    expect(table.tasks.every((t) => t.category === null)).toBe(true);
    expect(table.diagnostics.filter((d) => d.code === 'missing-category')).toEqual([]);
  });
});
