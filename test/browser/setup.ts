// Shared set-up for the explorer tests: the built app served from a sub-path, one Chromium, a
// fresh page per test, a screenshot when a test fails, and no console error allowed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startBuiltViewer, type BuiltViewer } from './built.js';
import { launchChromium, openViewer, saveScreenshot } from './harness.js';

export interface Session {
  readonly page: Page;
  readonly viewer: BuiltViewer;
  readonly browser: Browser;
  /** Console errors and uncaught exceptions of the current page (checked after each test). */
  readonly errors: string[];
  /** Opens another page (e.g. a copied URL); it is closed and checked after the test too. */
  open(url: string, options?: { layout?: boolean }): Promise<Page>;
}

export function useBuiltViewer(): Session {
  let viewer: BuiltViewer | undefined;
  let browser: Browser | undefined;
  let pages: Page[] = [];
  let errors: string[] = [];
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browser tests: ${what} did not start (see the beforeAll error)`);
    return value;
  };
  const open = async (url: string, options: { layout?: boolean } = {}): Promise<Page> => {
    const opened = await openViewer(need(browser, 'Chromium'), url, options);
    pages.push(opened.page);
    // Share one error list across the test's pages.
    const own = opened.errors;
    errors.push(...own);
    opened.page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    opened.page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    return opened.page;
  };

  beforeAll(async () => {
    [viewer, browser] = await Promise.all([startBuiltViewer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await viewer?.close();
  });
  beforeEach(async () => {
    errors = [];
    pages = [];
    // Tests that read positions wait for the layout themselves (`layoutDone`).
    await open(need(viewer, 'The built viewer').url, { layout: false });
  });
  afterEach(async ({ task }) => {
    try {
      if (task.result?.state === 'fail' || errors.length > 0) {
        for (const [i, p] of pages.entries()) console.error(`screenshot saved: ${await saveScreenshot(p, `${task.name}${i === 0 ? '' : `-${i}`}`)}`);
      }
    } finally {
      await Promise.all(pages.map((p) => p.close()));
    }
    expect(errors, 'console errors and uncaught exceptions in the page').toEqual([]);
  });

  return {
    get page() {
      return need(pages[0], 'The page');
    },
    get viewer() {
      return need(viewer, 'The built viewer');
    },
    get browser() {
      return need(browser, 'Chromium');
    },
    get errors() {
      return errors;
    },
    open,
  };
}
