#!/usr/bin/env node
// Takes the README's screenshots (1280 × 800) of the built explorer in headless Chromium:
//   pnpm --filter @fengong/viz build && node packages/viz/scripts/screenshots.mjs [name.png …]
// The bundled table, and a synthetic table of 5,000 tasks (synthetic-table.mjs 5000 1) served
// beside the app and opened with ?src=. Names given on the command line take only those shots.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));
const SHOTS = [
  ['viewer.png', `?sel=${encodeURIComponent('agency:省商务厅')}`],
  ['viewer-lead.png', '?view=lead&color=community&lang=en&size=coordinationBurden'],
  ['viewer-5000.png', '?src=tables/synthetic-5000.txt'],
  // The focus at that scale: one agency selected, its neighbourhood in colour, the rest faded.
  ['viewer-5000-focus.png', `?src=tables/synthetic-5000.txt&sel=${encodeURIComponent('agency:省科技委')}`],
  ['viewer-ranking.png', ''],
  ['viewer-matrix.png', '?view=matrix&lang=en'],
  ['viewer-difference.png', '', 'plans'],
  ['viewer-side-by-side.png', '', 'side-by-side'],
].filter(([name]) => process.argv.length <= 2 || process.argv.slice(2).includes(name));
const TABLES = new Map();
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('screenshots: no packages/viz/dist — run `pnpm --filter @fengong/viz build` first');
  process.exit(2);
}
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  if (path.startsWith('/tables/')) {
    const name = path.slice('/tables/'.length);
    if (!TABLES.has(name)) TABLES.set(name, execFileSync(process.execPath, [join(ROOT, 'scripts/synthetic-table.mjs'), '5000', '1'], { maxBuffer: 1 << 26 }));
    return response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(TABLES.get(name));
  }
  const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
  if (!file.startsWith(DIST) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: process.env.FENGONG_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const COMPARE = fileURLToPath(new URL('../../../test/fixtures/compare/', import.meta.url));
for (const [name, query, kind] of SHOTS) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/${query}`);
  await page.waitForSelector('body[data-layout="done"][data-metrics="done"]', { timeout: 180_000 });
  if (kind === 'side-by-side') {
    // The same two plans side by side, 省财政厅 selected on both.
    await page.setInputFiles('input[data-role="file-input"]', [join(COMPARE, 'plan-2017.txt'), join(COMPARE, 'plan-2020.txt')]);
    await page.waitForSelector('#plans:not([hidden])');
    await page.click('#plans button[data-role="side-by-side"]');
    await page.waitForSelector('body[data-side-by-side="ready"]');
    await page.click('#ranking tr[data-node="agency:省财政厅"]');
    await page.waitForSelector('#side-by-side[data-selected="agency:省财政厅"]');
  }
  if (kind === 'plans') {
    // Two plans of one province (test/fixtures/compare), the later shown, its difference open, 省财政厅 selected.
    await page.setInputFiles('input[data-role="file-input"]', [join(COMPARE, 'plan-2017.txt'), join(COMPARE, 'plan-2020.txt')]);
    await page.waitForSelector('#plans:not([hidden])');
    await page.selectOption('#plans select[name="plan"]', '1');
    await page.waitForSelector('body[data-layout="done"][data-metrics="done"] [data-count="tasks"][data-total="5"]');
    await page.click('#ranking tr[data-node="agency:省财政厅"]');
    await page.waitForSelector('#details svg[data-role="across-plans"]');
    await page.click('#plans button[data-role="difference"]');
    await page.waitForSelector('body[data-difference="open"]');
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DOCS, name) });
  console.log(`wrote docs/${name}`);
  await page.close();
}
await browser.close();
server.close();
