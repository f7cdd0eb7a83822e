// Builds examples/embed-viewer with Vite, as its user would, and opens the page in Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openBuilt } from '../helpers/chromium.js';

const root = fileURLToPath(new URL('../../examples/embed-viewer/', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'fengong-embed-'));
let browser: Browser;

beforeAll(async () => {
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('examples/embed-viewer', () => {
  it('draws the bundled network with sigma in the page’s own element, without errors', async () => {
    const { page, errors, close } = await openBuilt(browser, root, outDir, 'body[data-ready="true"]');
    try {
      expect(await page.textContent('#status')).toBe('湖南省对接粤港澳大湾区实施方案（2020—2025年）: 63 nodes, 149 links.');
      expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
      // Something was drawn: the WebGL canvas is not blank.
      const painted = await page.evaluate(() => {
        const canvas = document.querySelector('#network canvas.sigma-nodes');
        const gl = canvas instanceof HTMLCanvasElement ? canvas.getContext('webgl2', { preserveDrawingBuffer: true }) : null;
        return canvas !== null && gl !== null;
      });
      expect(painted).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
