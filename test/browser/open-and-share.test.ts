// The explorer with the user's own tables (drop, file picker, `?src=`), malformed input, HTML in
// names, shareable URLs and exports — in real Chromium, against the built app.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropFile, state, type Hook } from './hook.js';
import { decodePng } from './pixels.js';
import { useBuiltViewer } from './setup.js';
import { MALFORMED_TABLE, SMALL_TABLE } from './tables.js';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const session = useBuiltViewer();

const counts = async (): Promise<string[]> => session.page.locator('[data-count]').allTextContents();

describe('opening tables', () => {
  it('a dropped table replaces the graph; so does one chosen with the file picker', async () => {
    const { page } = session;
    expect(await counts()).toEqual(['30', '34', '179']);
    await dropFile(page, 'small.txt', SMALL_TABLE);
    await page.waitForFunction(() => document.querySelector('[data-count="tasks"]')?.textContent === '4');
    expect(await counts()).toEqual(['4', '5', '10']);
    expect(await page.textContent('#header h1')).toBe('small.txt');
    expect(await page.textContent('#messages.notice')).toContain('small.txt');
    expect(await page.evaluate(() => (window.__fengong as Hook).graph.order)).toBe(9);
    await page.waitForSelector('body[data-layout="done"]');

    await page.setInputFiles('input[type="file"]', { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(SMALL_TABLE.replace('发展数字经济', '发展数字经济（二）')) });
    await page.waitForFunction(() => document.querySelector('#header h1')?.textContent === 'again.txt');
    expect(await counts()).toEqual(['4', '5', '10']);
  });

  it('reads CSV, Excel and Word files with the same parser as the CLI, merging name variants', async () => {
    const { page } = session;
    const csv = 'id,category,task,lead,co\n1,交通,建设高铁,省发改委,省财政厅\n2,,建设公路,省交通运输厅,省财政厅\n';
    await page.setInputFiles('input[type="file"]', { name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForFunction(() => document.querySelector('#header h1')?.textContent === 'plan.csv');
    expect(await counts()).toEqual(['2', '3', '4']);
    expect(await page.evaluate(() => (window.__fengong as Hook).graph.hasNode('agency:省发展改革委'))).toBe(true);
    for (const [name, expected] of [
      ['table.xlsx', ['3', '4', '6']],
      ['table.docx', ['3', '4', '6']],
    ] as const) {
      const buffer = readFileSync(new URL(`../fixtures/office/${name}`, import.meta.url));
      await page.setInputFiles('input[type="file"]', { name, mimeType: 'application/octet-stream', buffer });
      await page.waitForFunction((n) => document.querySelector('#header h1')?.textContent === n, name);
      expect(await counts()).toEqual(expected);
    }
    // 省交通運輸廳 (traditional) and 省交通运输厅 are one agency.
    expect(await page.evaluate(() => (window.__fengong as Hook).graph.hasNode('agency:省交通运输厅'))).toBe(true);
  });

  it('a malformed file shows an error naming its line, and the current view is kept', async () => {
    const { page } = session;
    await page.click('button.lang');
    await dropFile(page, 'bad.txt', MALFORMED_TABLE);
    await page.waitForSelector('#messages.error');
    expect(await page.getAttribute('#messages', 'role')).toBe('alert');
    expect(await page.textContent('#messages .message-heading')).toContain('bad.txt');
    expect(await page.textContent('#messages li')).toMatch(/^bad\.txt:8: row has 3 cells/);
    expect(await counts()).toEqual(['30', '34', '179']);
    expect(await page.evaluate(() => (window.__fengong as Hook).graph.order)).toBe(64);
    expect(await page.textContent('#header h1')).toContain('湖南省对接粤港澳大湾区实施方案');
  });

  it('a 5 MB table is refused with a message naming the CLI, and the page stays usable', async () => {
    const { page } = session;
    const rows = Array.from({ length: 46_000 }, (_, i) => `\t${i + 1}\n\t\n\t任务${i}：推进重点领域改革试点工作\n\t省发展改革委、省财政厅按职责分工负责`).join('\n\n');
    const big = `\t序号\n\t类别\n\t重点任务\n\t责任单位\n\n${rows.replace('\t\n', '\t类别\n')}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(5 * 1024 * 1024);
    const before = await counts();
    await dropFile(page, 'big.txt', big);
    await page.waitForSelector('#messages.error');
    expect(await page.textContent('#messages')).toMatch(/fengong analyze big\.txt/);
    expect(await counts()).toEqual(before);
    // Still usable: a smaller table opens right after.
    await dropFile(page, 'small.txt', SMALL_TABLE);
    await page.waitForFunction(() => document.querySelector('[data-count="tasks"]')?.textContent === '4');
  });

  it('an agency named <img src=x onerror=alert(1)> appears as literal text, and nothing runs', async () => {
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await dropFile(page, 'small.txt', SMALL_TABLE);
    await page.waitForFunction(() => document.querySelector('[data-count="tasks"]')?.textContent === '4');
    await page.fill('#search', '<img');
    await page.waitForSelector('#search-results [role="option"]');
    expect(await page.textContent('#search-results [role="option"] .option-name')).toBe(PAYLOAD);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#details[data-node="agency:${PAYLOAD}"]`);
    expect(await page.textContent('#details h2')).toBe(PAYLOAD);
    expect(await page.locator('#ranking tbody th button', { hasText: PAYLOAD }).count()).toBe(1);
    await page.selectOption('select[name="view"]', 'matrix');
    await page.waitForSelector('#matrix table');
    expect(await page.locator('#matrix tbody th button', { hasText: PAYLOAD }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('?src= opens a same-origin table, and refuses another origin', async () => {
    session.viewer.tables.set('plan.txt', SMALL_TABLE);
    const page = await session.open(`${session.viewer.url}?src=tables/plan.txt`, { layout: false });
    expect(await page.textContent('[data-count="tasks"]')).toBe('4');
    expect(await page.textContent('#header h1')).toBe('plan.txt');

    const other = await session.open(`${session.viewer.url}?src=${encodeURIComponent('http://example.invalid/plan.txt')}`, { layout: false });
    expect(await other.textContent('#messages.error')).toContain('example.invalid');
    expect(await other.textContent('[data-count="tasks"]')).toBe('30');
  });
});

describe('sharing', () => {
  it('a copied URL restores the view: view, selection, filters, metric, sort and language', async () => {
    const { page } = session;
    await page.selectOption('select[name="view"]', 'projection');
    await page.selectOption('select[name="size"]', 'betweenness');
    await page.selectOption('#ranking select[name="sort"]', 'pagerank');
    await page.check('input[name="hide-collective"]');
    await page.click('.categories-filter summary');
    const category = (await page.getAttribute('input[data-category] >> nth=1', 'data-category')) ?? '';
    await page.uncheck(`input[data-category="${category}"]`);
    await page.click('#ranking tr[data-node="agency:省商务厅"]');
    await page.click('button.lang');
    const before = await state(page);
    const copied = page.url();

    const restored = await session.open(copied);
    const after = await state(restored);
    expect({ ...after, hovered: null }).toEqual({ ...before, hovered: null });
    expect(after).toMatchObject({ view: 'projection', sizeBy: 'betweenness', sortBy: 'pagerank', lang: 'en', selected: 'agency:省商务厅', hiddenCategories: [category] });
    expect(await restored.inputValue('select[name="view"]')).toBe('projection');
    expect(await restored.isChecked('input[name="hide-collective"]')).toBe(true);
    expect(await restored.textContent('#details h2')).toBe('省商务厅');
    expect(await restored.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await restored.evaluate(() => (window.__fengong as Hook).graph.getAttribute('view'))).toBe('projection');
  });

  it('exports the view as PNG with its legend, as GEXF for Gephi, and the metrics as CSV', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    const save = async (button: string): Promise<{ name: string; body: Buffer }> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#file-menu button:text-is("${button}")`)]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: readFileSync(path) };
    };
    const png = await save('PNG 图片');
    expect(png.name).toBe('table-bipartite.png');
    const image = decodePng(png.body);
    const graph = await page.locator('#graph').boundingBox();
    expect(image.width).toBe(Math.round(graph?.width ?? 0));
    expect(image.height).toBeGreaterThan(Math.round(graph?.height ?? 0) + 40);

    const gexf = (await save('GEXF（Gephi）')).body.toString('utf8');
    expect(gexf).toMatch(/^<\?xml/);
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)).toHaveLength(64);
    expect(gexf.match(/<edge /g)).toHaveLength(179);

    const csv = await save('指标 CSV');
    expect(csv.name).toBe('table-metrics.csv');
    // A byte-order mark first, so that Excel reads the UTF-8 (Chinese intact).
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body.subarray(3).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(35);
    expect(lines[0]).toMatch(/^rank,agency,nameEn,collective,community,tasks,lead,co,/);
    expect(lines[2]).toMatch(/^2,省发展改革委,Hunan Provincial Development and Reform Commission,false,\d+,27,10,17,/);
  });
});
