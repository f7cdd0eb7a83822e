// Shared set-up for the browser tests: a Vite dev server for @fengong/viz and Debian's Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

const VIZ_ROOT = fileURLToPath(new URL('../../packages/viz/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));

/** Flags that work headless on Debian without a GPU, a sandbox or network chatter (see TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Starts the viewer's dev server on a free port of 127.0.0.1; returns it with its URL. */
export async function startViewer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: `${VIZ_ROOT}vite.config.ts`,
    root: VIZ_ROOT,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    logLevel: 'error',
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error('browser tests: the Vite dev server for packages/viz started without a local URL');
  }
  return { server, url };
}

/** Launches Chromium headless; fails (never skips) with install instructions when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.FENGONG_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `browser tests: no Chromium at ${executablePath}. Install Debian's Chromium and a CJK font with ` +
        '`apt-get install chromium fonts-wqy-microhei` (as root), or point FENGONG_CHROMIUM at a Chromium binary. ' +
        'Never let a tool download its own browser.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page on the viewer, with every console error and uncaught exception collected in `errors`.
 * Waits for the first render, and unless `layout: false`, for the layout to finish (tests that
 * read node positions need it).
 */
export async function openViewer(browser: Browser, url: string, options: { layout?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
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
