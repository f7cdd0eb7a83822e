// Reproducible layout (issue 13): the same file always gets the same picture. ForceAtlas2 and
// Noverlap both run a fixed number of iterations (never a time budget), so two loads of a table
// give identical positions, on the bundled plan and on the 5,000-task synthetic table, in the
// built app in Chromium.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const SYNTHETIC = fileURLToPath(new URL('../../packages/viz/scripts/synthetic-table.mjs', import.meta.url));

/** Every drawn node's position, after the layout. */
async function positions(page: Page): Promise<Record<string, [number, number]>> {
  await page.waitForSelector('body[data-layout="done"]', { timeout: 240_000 });
  return page.evaluate(() => {
    const { graph } = window.__fengong as Hook;
    return Object.fromEntries(graph.nodes().map((n) => [n, [graph.getNodeAttributes(n).x, graph.getNodeAttributes(n).y]]));
  });
}

describe('the same file, the same layout', () => {
  it('two loads of the bundled plan place every node at exactly the same position', async () => {
    const first = await positions(session.page);
    const second = await positions(await session.open(session.viewer.url, { layout: false }));
    expect(Object.keys(first).length).toBe(64);
    expect(second).toEqual(first);
    // Not a degenerate picture: the nodes are spread out.
    const xs = Object.values(first).map(([x]) => x);
    expect(new Set(xs).size).toBe(64);
  });

  it('two loads of the 5,000-task table (after Noverlap) place every node at exactly the same position', { timeout: 600_000 }, async () => {
    session.viewer.tables.set('s5000.txt', execFileSync(process.execPath, [SYNTHETIC, '5000', '1'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    const url = `${session.viewer.url}?src=tables/s5000.txt`;
    const page = await session.open(url, { layout: false });
    const first = await positions(page);
    // Printed for the record, never asserted (no timed assertions): how long Noverlap took.
    const ms = await page.evaluate(() => performance.getEntriesByName('fengong:noverlap-done')[0]!.startTime - performance.getEntriesByName('fengong:fa2-done')[0]!.startTime);
    console.log(`5,000 tasks: Noverlap ${Math.round(ms)} ms`);
    const second = await positions(await session.open(url, { layout: false }));
    expect(Object.keys(first).length).toBeGreaterThan(5000);
    expect(second).toEqual(first);
  });
});
