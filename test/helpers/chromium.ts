// Debian's Chromium for every browser test (the viewer's, the packed-package and example checks).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';

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

/** Launches Chromium headless; fails (never skips) with install instructions when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.FENGONG_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's with \`apt-get install chromium fonts-wqy-microhei\` (as root), ` +
        'or point FENGONG_CHROMIUM at a Chromium binary. Never let a tool download its own browser.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Collects a page's console errors and uncaught exceptions (tests assert the list stays empty). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Serves a built site (`dist`) on a free port of 127.0.0.1, opens it in `browser` and waits for
 * `selector`; returns the page, the errors it logged, and a function closing page and server.
 */
export async function openBuilt(
  browser: Browser,
  root: string,
  outDir: string,
  selector: string,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const server = await preview({ root, configFile: false, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    throw new Error(`vite preview of ${outDir} started without a local URL`);
  }
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 30_000 });
  return {
    page,
    errors,
    close: async () => {
      await page.close();
      await server.close();
    },
  };
}
