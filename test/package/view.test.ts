// The installed `fengong view`, as a user runs it from an empty project outside the workspace: it
// serves the explorer packed into @fengong/cli (no workspace, no --app) and the page draws the
// user's table, or the bundled one, in Chromium.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Hook } from '../browser/hook.js';
import { countNear, decodePng } from '../browser/pixels.js';
import { collectErrors, launchChromium } from '../helpers/chromium.js';
import { startView, type Viewing } from '../helpers/view-process.js';

/** The environment of a user's shell: no FENGONG_VIEWER pointing at the workspace's build. */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.FENGONG_VIEWER;
  return env;
}

/** Starts the installed bin, `node_modules/.bin/fengong view …args --no-open`, in the consumer project. */
function startBin(args: string[]): Promise<Viewing> {
  return startView(join(inject('app'), 'node_modules', '.bin', 'fengong'), ['view', ...args, '--no-open'], { cwd: inject('app'), env: userEnv() });
}

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('freePort: no port');
  return address.port;
}

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the page shows once ready: the header, the graph's size, how many nodes sigma draws, the canvas's drawn share. */
async function look(url: string): Promise<{ header: string; order: number; drawn: number; inked: number; errors: string[] }> {
  if (browser === undefined) throw new Error('Chromium did not start (see the beforeAll error)');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('body[data-layout="done"]', { timeout: 30_000 });
    const graph = await page.evaluate(() => {
      const { graph: g, renderer } = window.__fengong as Hook;
      return { order: g.order, drawn: g.nodes().filter((n) => renderer.getNodeDisplayData(n)?.hidden === false).length };
    });
    const image = decodePng(await page.locator('#graph').screenshot());
    const inked = 1 - countNear(image, [255, 255, 255], 8) / (image.width * image.height);
    return { header: await page.locator('#header').innerText(), ...graph, inked, errors };
  } finally {
    await page.close();
  }
}

describe('the installed `fengong view`', () => {
  it('serves the explorer shipped in @fengong/cli (viewer/) and draws the user’s file in Chromium', async () => {
    const { url, stop } = await startBin(['plan.csv']);
    try {
      // The page is the packed copy, not the workspace's build.
      const installed = join(inject('app'), 'node_modules', '@fengong', 'cli', 'viewer', 'index.html');
      expect(await (await fetch(new URL('/', url))).text()).toBe(readFileSync(installed, 'utf8'));
      const seen = await look(url);
      expect(seen.errors).toEqual([]);
      // The header names the file that was served, not the bundled table.
      expect(seen.header).toContain('plan.csv');
      expect(seen.order).toBeGreaterThan(0);
      expect(seen.drawn).toBe(seen.order);
      // Nodes, links and labels cover a few percent of a drawn canvas; a blank one covers none.
      expect(seen.inked).toBeGreaterThan(0.01);
    } finally {
      expect(await stop()).toBe(0);
    }
  });

  it('`npx fengong view --port N`, no file: the bundled table on the port asked for', async () => {
    const port = await freePort();
    const { url, stop } = await startView('npx', ['fengong', 'view', '--port', String(port), '--no-open'], { cwd: inject('app'), env: userEnv(), detached: true });
    try {
      expect(new URL(url).port).toBe(String(port));
      const seen = await look(url);
      expect(seen.errors).toEqual([]);
      expect(seen.header).toContain('湖南省对接粤港澳大湾区实施方案');
      expect([seen.order, seen.drawn]).toEqual([64, 64]);
      expect(seen.inked).toBeGreaterThan(0.01);
    } finally {
      await stop();
    }
    // Stopped: nothing listens on the port any more.
    await expect.poll(() => fetch(url).then(() => 'listening', () => 'stopped'), { timeout: 20_000 }).toBe('stopped');
  });
});
