// Exports ready for a report (issue 13), in real Chromium on the built app: PNG at 2× and 4×, SVG
// of the view, the matrix view exported as the matrix (not a blank canvas), and an opened table
// kept across a reload — or a clear message when it cannot be, in English without Chinese.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { layoutDone } from './harness.js';
import { decodePng } from './pixels.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const PLAN = fileURLToPath(new URL('../fixtures/compare/plan-2020.txt', import.meta.url));
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

async function save(page: Page, click: () => Promise<unknown>): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
}

describe('exports for a report', () => {
  it('PNG at 2× and 4× has two and four times the pixels of the view', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await layoutDone(page);
    const graph = await page.locator('#graph').boundingBox();
    const width = Math.round(graph?.width ?? 0);
    for (const scale of [2, 4]) {
      await page.selectOption('select[name="png-scale"]', String(scale));
      const png = await save(page, () => page.click('#file-menu button:text-is("PNG 图片")'));
      expect(png.name).toBe(`table-bipartite@${scale}x.png`);
      const image = decodePng(png.body);
      expect(Math.abs(image.width - scale * width)).toBeLessThanOrEqual(scale);
      expect(image.height).toBeGreaterThan(scale * Math.round(graph?.height ?? 0));
    }
  });

  it('SVG of the view: every drawn agency, task and link as a shape, the labels as text', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await layoutDone(page);
    const svg = (await save(page, () => page.click('#file-menu button:text-is("SVG")'))).body.toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        agencies: doc.querySelectorAll('circle[data-node^="agency:"]').length,
        tasks: doc.querySelectorAll('rect[data-node^="task:"]').length,
        links: doc.querySelectorAll('[data-layer="links"] line').length,
        labels: Array.from(doc.querySelectorAll('[data-layer="labels"] text'), (t) => t.textContent),
        title: doc.querySelector('svg > text')?.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed).toMatchObject({ agencies: 34, tasks: 30, links: 179 });
    expect(parsed.labels).toContain('省发展改革委');
    expect(parsed.title).toContain('湖南省对接粤港澳大湾区实施方案');
  });

  it('from the matrix view, PNG and SVG show the matrix: its 30 lead cells, not a blank image', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('select[name="view"]', 'matrix');
    await page.waitForSelector('#matrix th.group');
    const svg = await save(page, () => page.click('#file-menu button:text-is("SVG")'));
    expect(svg.name).toBe('table-matrix.svg');
    expect(svg.body.toString('utf8').match(/data-role="lead"/g)).toHaveLength(30);
    await page.selectOption('select[name="png-scale"]', '2');
    const png = await save(page, () => page.click('#file-menu button:text-is("PNG 图片")'));
    expect(png.name).toBe('table-matrix@2x.png');
    const image = decodePng(png.body);
    expect(image.width).toBeGreaterThan(1000);
    expect(image.height).toBeGreaterThan(1000);
    // Lead cells are #4b5363: at 2×, each 13 px cell is about 26 × 26 = 676 pixels of it.
    let lead = 0;
    for (let i = 0; i < image.data.length; i += 4) if (image.data[i] === 0x4b && image.data[i + 1] === 0x53 && image.data[i + 2] === 0x63) lead += 1;
    expect(lead).toBeGreaterThan(30 * 500);
  });

  it('the metrics as an Excel workbook: one row per agency in the CSV order, numbers as numbers, Chinese intact', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    const xlsx = await save(page, () => page.click('#file-menu button:text-is("指标 XLSX")'));
    expect(xlsx.name).toBe('table-metrics.xlsx');
    const sheets = await readXlsxFile(xlsx.body.buffer.slice(xlsx.body.byteOffset, xlsx.body.byteOffset + xlsx.body.byteLength) as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(['ranking']);
    const rows = sheets[0]!.data as unknown[][];
    const header = rows[0] as string[];
    expect(header.slice(0, 5)).toEqual(['rank', 'agency', 'nameEn', 'collective', 'community']);
    const col = (name: string): number => header.indexOf(name);
    // 34 agencies and the header, in the CSV's order (by tasks, collective units included): the
    // collective 各有关市州人民政府 (30 tasks), then 省发展改革委 (27 tasks, 10 led; by hand from the table).
    expect(rows).toHaveLength(35);
    expect(rows[1]?.[col('agency')]).toBe('各有关市州人民政府');
    expect(rows[1]?.[col('collective')]).toBe(true);
    expect(rows[1]?.[col('tasks')]).toBe(30);
    expect(rows[2]?.[col('agency')]).toBe('省发展改革委');
    expect(rows[2]?.[col('rank')]).toBe(2);
    expect(rows[2]?.[col('tasks')]).toBe(27);
    expect(rows[2]?.[col('lead')]).toBe(10);
    expect(typeof rows[2]?.[col('betweenness')]).toBe('number');
  });

  it('a reload reopens the opened table; when storage was cleared it says so and shows the bundled plan, in English without Chinese', async () => {
    const { page } = session;
    await page.setInputFiles('input[data-role="file-input"]', PLAN);
    await page.waitForSelector('[data-count="tasks"][data-total="5"]');
    // A link copied now would not carry a file from this machine: the notice says so.
    expect(await page.textContent('#messages')).toContain('复制的链接在其他电脑上无法打开它');
    // Kept in IndexedDB once its transaction has committed (a loaded machine can take a while).
    await page.waitForSelector('body[data-kept="true"]');
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('[data-count="tasks"][data-total="5"]');
    expect(await page.textContent('h1')).toBe('plan-2020.txt');
    expect(await page.textContent('#messages')).toContain('已重新打开 plan-2020.txt');

    // The browser's storage is cleared (the flag stays): the page says it fell back.
    await page.evaluate(() => new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase('fengong');
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
    }));
    await page.goto(`${session.viewer.url}?lang=en`, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('[data-count="tasks"][data-total="30"]');
    const message = (await page.textContent('#messages .message-heading')) ?? '';
    expect(message).toContain('Could not reopen the last table, plan-2020.txt');
    expect(message).toContain('showing the bundled plan');
    expect(message).not.toMatch(CJK);
  });

  it('a copied link to a file opened on this machine names the file; opened elsewhere it says the link cannot carry it, in the language shown', async () => {
    const { page } = session;
    // A table served with ?src= first: opening a local file takes src out of the link (a reload must not fetch it over the file).
    session.viewer.tables.set('served.txt', readFileSync(PLAN, 'utf8'));
    await page.goto(`${session.viewer.url}?src=tables/served.txt&view=projection`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-count="tasks"][data-total="5"]');
    await page.setInputFiles('input[data-role="file-input"]', { name: 'mine.txt', mimeType: 'text/plain', buffer: readFileSync(PLAN) });
    await page.waitForFunction(() => document.querySelector('#header h1')?.textContent === 'mine.txt');
    const link = new URL(page.url());
    expect(link.searchParams.get('file')).toBe('mine.txt');
    expect(link.searchParams.has('src')).toBe(false);
    expect(link.searchParams.get('view')).toBe('projection');
    await page.waitForSelector('body[data-kept="true"]');
    // Here, a reload reopens it.
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForFunction(() => document.querySelector('#header h1')?.textContent === 'mine.txt');

    // The same link in another browser (a fresh context: no storage): the bundled plan, and a message saying why.
    for (const [lang, expected] of [
      ['en', 'This link is for mine.txt, a file opened from another computer or browser: a link cannot carry the file itself'],
      ['zh', '此链接指向 mine.txt：那是在另一台电脑或另一个浏览器中打开的本地文件，链接无法携带文件本身'],
    ] as const) {
      link.searchParams.set('lang', lang);
      const elsewhere = await session.open(link.href, { layout: false });
      await elsewhere.waitForSelector('[data-count="tasks"][data-total="30"]');
      const heading = (await elsewhere.textContent('#messages.error .message-heading')) ?? '';
      expect(heading).toContain(expected);
      if (lang === 'en') expect(heading.replace('mine.txt', '')).not.toMatch(CJK);
      expect(await elsewhere.inputValue('select[name="view"]')).toBe('projection');
      // The link no longer names a file the page does not show.
      expect(new URL(elsewhere.url()).searchParams.has('file')).toBe(false);
    }
  });
});
