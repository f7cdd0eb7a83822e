// The installed `fengong view`, as a user runs it from an empty project: it serves the explorer
// packed into @fengong/cli (no workspace, no --app) and the page loads the user's table in Chromium.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { collectErrors, launchChromium } from '../helpers/chromium.js';

/** Starts the installed `fengong view FILE --no-open`; resolves with its URL and a stop function. */
function start(file: string): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const bin = join(inject('app'), 'node_modules', '.bin', 'fengong');
  const env = { ...process.env };
  delete env.FENGONG_VIEWER;
  const child = spawn(bin, ['view', file, '--no-open'], { cwd: inject('app'), env });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/\S*)/u.exec(out)?.[1];
      if (url !== undefined) {
        resolve({
          url,
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`fengong view exited ${code}: ${out}${err}`)));
  });
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
