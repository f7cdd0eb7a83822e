// The compare report (`fengong report A B …`) opened from disk in real Chromium: no console error,
// both figures drawn and not blank, no text overflowing its box on screen or on A4; three plans of
// 300 agencies stay readable (top N shown, the rest said).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparePlans, parseTable, type PlanInput } from '@fengong/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompareReport } from '../../packages/cli/src/report/compare/build.js';
import { collectErrors, launchChromium } from '../helpers/chromium.js';
import { largePlan } from '../helpers/large-plan.js';
import { inkShare, overflowing } from './report-checks.js';

const FIGURES = ['plan-bars', 'slope'];
const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/compare-tables/${name}`, import.meta.url)), 'utf8');

let dir: string;
let browser: Browser;

/** Writes the compare report of `plans` (label → text) and opens it from disk. */
async function open(name: string, plans: [string, string][], lang: 'zh' | 'en' = 'zh'): Promise<{ page: Page; errors: string[] }> {
  const inputs: PlanInput[] = plans.map(([label, text]) => ({ label, table: parseTable(text, { file: `${label}.txt` }) }));
  const comparison = comparePlans(inputs, { qap: { permutations: 99, seed: 1 } });
  const { html } = await buildCompareReport(comparison, { lang });
  const path = join(dir, `${name}.html`);
  writeFileSync(path, html);
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const errors = collectErrors(page);
  await page.goto(`file://${path}`);
  await page.waitForSelector('figure#slope svg');
  return { page, errors };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-compare-browser-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the compare report of Liaoning 2023 and 2024 in Chromium', () => {
  const plans: [string, string][] = [
    ['2023', example('liaoning-2023.txt')],
    ['2024', example('liaoning-2024.txt')],
  ];

  it('opens from disk without a console error, both figures drawn and not blank', async () => {
    const { page, errors } = await open('liaoning', plans);
    expect(await page.locator('figure').evaluateAll((fs) => fs.map((f) => f.id))).toEqual(FIGURES);
    for (const id of FIGURES) {
      const box = await page.locator(`figure#${id} svg`).boundingBox();
      expect(box?.width, id).toBeGreaterThan(300);
      expect(box?.height, id).toBeGreaterThan(150);
      expect(await inkShare(page, id), `${id}: share of pixels drawn`).toBeGreaterThan(0.03);
    }
    // Every slope label is drawn and no two overlap.
    const labels = await page.locator('figure#slope svg g[aria-label="text"] text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
    expect(labels.length).toBe(8);
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5, 'labels overlap').toBe(true);
    expect(errors).toEqual([]);
    if (process.env.FENGONG_UPDATE_DOCS === '1') {
      await page.screenshot({ path: fileURLToPath(new URL('../../docs/compare-report.png', import.meta.url)), fullPage: true, clip: { x: 0, y: 0, width: 900, height: 1400 } });
    }
    await page.close();
  });

  it('has no text overflowing its box, on screen and printed to A4 (in English too); prints to PDF', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const { page, errors } = await open(`liaoning-${lang}`, plans, lang);
      expect(await overflowing(page), lang).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 703, height: 1000 });
      expect(await overflowing(page), `${lang} print`).toEqual([]);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('the compare report of three plans of 300 agencies in Chromium', () => {
  it('stays readable: top agencies only, no overflow, figures bounded, no console error', async () => {
    const { page, errors } = await open('large', [
      ['A', largePlan(300, 400, 7)],
      ['B', largePlan(300, 400, 8)],
      ['C', largePlan(280, 350, 9)],
    ]);
    expect(await overflowing(page)).toEqual([]);
    for (const id of FIGURES) {
      expect((await page.locator(`figure#${id} svg`).boundingBox())?.height, id).toBeLessThan(1000);
      expect(await inkShare(page, id), id).toBeGreaterThan(0.03);
    }
    expect(await page.locator('section#agencies tbody tr').count()).toBe(40);
    expect(await page.locator('section#agencies p.rest').textContent()).toMatch(/仅列出前 40 个单位（共 300 个）/u);
    expect(await page.locator('figure#plan-bars figcaption').textContent()).toContain('图中为负荷最重的 20 个单位（共 300 个非集体单位）。');
    expect(errors).toEqual([]);
    await page.close();
  });
});
