// Shared set-up for the browser tests: a Vite dev server for @fengong/viz and Debian's Chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { collectErrors } from '../helpers/chromium.js';

export { launchChromium } from '../helpers/chromium.js';

const VIZ_ROOT = fileURLToPath(new URL('../../packages/viz/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Starts the viewer's dev server on a free port of 127.0.0.1; returns it with its URL. */
export async function startViewer(): Promise<{ server: ViteDevServer; url: string }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'fengong-vite-'));
  const server = await createServer({
    configFile: `${VIZ_ROOT}vite.config.ts`,
    root: VIZ_ROOT,
    // A dependency cache of its own: test files run side by side, each with its server, and one
    // re-optimising a shared cache answers the others' pages 504 (Outdated Optimize Dep).
    cacheDir,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    logLevel: 'error',
  });
  // …removed when the server closes.
  const close = server.close.bind(server);
  server.close = async () => {
    await close();
    rmSync(cacheDir, { recursive: true, force: true });
  };
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error('browser tests: the Vite dev server for packages/viz started without a local URL');
  }
  return { server, url };
}

/**
 * A page on the viewer, with every console error and uncaught exception collected in `errors`.
 * Waits for the first render, and unless `layout: false`, for the layout to finish (tests that
 * read node positions need it).
 */
export async function openViewer(browser: Browser, url: string, options: { layout?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors = collectErrors(page);
  // The page is ready when it says so (body[data-ready]): no need to wait for the load event first.
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  if (options.layout !== false) await layoutDone(page);
  return { page, errors };
}

/** Waits until the layout workers are done: positions no longer move. */
export async function layoutDone(page: Page): Promise<void> {
  await page.waitForSelector('body[data-layout="done"]', { timeout: 30_000 });
}

/** Saves a screenshot of `page` under test/browser/__screenshots__/ (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = `${SCREENSHOTS}${name.replace(/[^\w.-]+/g, '-')}.png`;
  await page.screenshot({ path: file });
  return file;
}
