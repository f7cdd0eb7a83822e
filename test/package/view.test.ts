// The installed `fengong view`, as a user runs it from an empty project: it serves the explorer
// packed into @fengong/cli (no workspace, no --app) and the page loads the user's table in Chromium.
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium } from '../helpers/chromium.js';
import { startView } from '../helpers/view-process.js';

/** Starts the installed `fengong view FILE --no-open` in the consumer project, without FENGONG_VIEWER. */
function start(file: string) {
  const env = { ...process.env };
  delete env.FENGONG_VIEWER;
  return startView(join(inject('app'), 'node_modules', '.bin', 'fengong'), ['view', file, '--no-open'], { cwd: inject('app'), env });
}

describe('the installed `fengong view`', () => {
  it('serves the explorer shipped in @fengong/cli and shows the user’s file in Chromium', async () => {
    const { url, stop } = await start('plan.csv');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      expect(await page.title()).toContain('fengong');
      expect(await page.locator('canvas').count()).toBeGreaterThan(0);
      // The header names the file that was served, not the bundled table.
      expect(await page.locator('body').innerText()).toContain('plan.csv');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await browser.close();
      expect(await stop()).toBe(0);
    }
  });
});
