// The HTML report of `fengong report` opened from disk in real Chromium: no console error (a CSP
// violation would be one), every figure drawn and not blank, no text overflowing its box on screen
// or on A4, a PDF printed; the screenshot in docs/report.png comes from here (FENGONG_UPDATE_DOCS=1).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTable, normaliseTable, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../packages/cli/src/report/build.js';
import { collectErrors, launchChromium } from '../helpers/chromium.js';
import { largePlan } from '../helpers/large-plan.js';
import { inkShare, overflowing } from './report-checks.js';

const FIGURES = ['load', 'breadth-depth', 'heatmap', 'category-matrix', 'network'];

let dir: string;
let browser: Browser;

/** Writes the report of `text` (the bundled plan when a dataset is given) and opens it from disk. */
async function open(name: string, text: string, dataset = false): Promise<{ page: Page; errors: string[] }> {
  const dictionary = dataset ? hunanGba2020.dictionary : undefined;
  const parsed = parseTable(text, { file: name });
  const { normalisation: _n, ...table } = normaliseTable(parsed, dictionary ? { dictionary } : {});
  const report = analyzeTable(table, dictionary ? { build: { dictionary } } : {});
  const { html } = await buildReport(report, { lang: 'zh', title: dataset ? hunanGba2020.title : name, source: name });
  const path = join(dir, `${name}.html`);
  writeFileSync(path, html);
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const errors = collectErrors(page);
  await page.goto(`file://${path}`);
  await page.waitForSelector('figure#network svg');
  return { page, errors };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-report-browser-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the report of the bundled plan in Chromium', () => {
  it('opens from disk without a console error, every figure drawn and not blank', async () => {
    const { page, errors } = await open('hunan-gba-2020', hunanGba2020.text, true);
    expect(await page.locator('figure').evaluateAll((fs) => fs.map((f) => f.id))).toEqual(FIGURES);
    for (const id of FIGURES) {
      const svg = page.locator(`figure#${id} svg`);
      const box = await svg.boundingBox();
      expect(box?.width, id).toBeGreaterThan(300);
      expect(box?.height, id).toBeGreaterThan(200);
      expect(await inkShare(page, id), `${id}: share of pixels drawn`).toBeGreaterThan(0.03);
    }
    // Chinese labels are drawn with a CJK font (not boxes): a Han label is about as wide as it is tall per character.
    const label = await page.locator('figure#load svg text', { hasText: '省发展改革委' }).first().boundingBox();
    expect((label?.width ?? 0) / 6).toBeGreaterThan(6);
    expect(errors).toEqual([]);
    if (process.env.FENGONG_UPDATE_DOCS === '1') {
      await page.screenshot({ path: fileURLToPath(new URL('../../docs/report.png', import.meta.url)), fullPage: true, clip: { x: 0, y: 0, width: 900, height: 1500 } });
    }
    await page.close();
  });

  it('has no text overflowing its box, on screen and printed to A4; prints to PDF', async () => {
    const { page, errors } = await open('hunan-gba-2020', hunanGba2020.text, true);
    expect(await overflowing(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // A4 less the page margins, at 96 px per inch: 186 mm ≈ 703 px.
    await page.setViewportSize({ width: 703, height: 1000 });
    expect(await overflowing(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length;
    expect(pages).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the report of a plan of 300 agencies in Chromium', () => {
  it('stays readable: no overflow, every figure drawn, no console error', async () => {
    const { page, errors } = await open('large', largePlan(300, 400));
    expect(await overflowing(page)).toEqual([]);
    for (const id of FIGURES) expect((await page.locator(`figure#${id} svg`).boundingBox())?.height, id).toBeLessThan(1200);
    expect(await page.locator('p.rest').first().textContent()).toMatch(/仅列出前 40 个单位；其余 260 个单位/u);
    expect(errors).toEqual([]);
    await page.close();
  });
});
