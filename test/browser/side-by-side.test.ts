// Two plans side by side (issue 15's done-when), in real Chromium on the built app: two canvases
// beside each other, in the plans' date order, the same agency at the same place in both (after
// the 2018 reform renames and mergers), one selection shown on both sides — checked in sigma's
// display data and in the pixels of each canvas.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COLORS } from '../../packages/viz/src/style.js';
import type { Hook } from './hook.js';
import { decodePng, distance, dominantColor, parseHex } from './pixels.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/compare/${name}`, import.meta.url));

interface SideHook {
  graphs: readonly [Hook['graph'], Hook['graph']];
  renderers: readonly [Hook['renderer'], Hook['renderer']];
  selected: string | null;
}

/** Each side's agencies: graph position, position in its canvas, label, and what sigma draws. */
async function sides(page: Page) {
  return page.evaluate(() => {
    const s = (window.__fengong as { sideBySide: SideHook }).sideBySide;
    return [0, 1].map((i) => {
      const graph = s.graphs[i]!;
      const renderer = s.renderers[i]!;
      const box = renderer.getContainer().getBoundingClientRect();
      const agencies = Object.fromEntries(
        graph
          .nodes()
          .filter((n) => graph.getNodeAttributes(n).part === 'agency')
          .map((n) => {
            const a = graph.getNodeAttributes(n);
            const d = renderer.getNodeDisplayData(n);
            return [n, { x: a.x, y: a.y, view: renderer.graphToViewport(a), label: a.label, color: d?.color, highlighted: d?.highlighted }];
          }),
      );
      return { box: { left: box.left, top: box.top, width: box.width, height: box.height }, agencies, selected: s.selected };
    });
  });
}

async function canvasImage(page: Page, side: number) {
  return decodePng(await page.locator(`#side-by-side [data-side="${side}"] .sbs-canvas`).screenshot());
}

describe('two plans side by side', () => {
  it('draws both plans beside each other, in date order, with each agency at one place and one selection', async () => {
    const { page } = session;
    // Named so that file-name order is the wrong one: the 2020 plan is a-…, the 2017 plan b-….
    await page.setInputFiles('input[data-role="file-input"]', [
      { name: 'a-later.txt', mimeType: 'text/plain', buffer: fixture('plan-2020.txt') },
      { name: 'b-earlier.txt', mimeType: 'text/plain', buffer: fixture('plan-2017.txt') },
    ]);
    await page.waitForSelector('#plans:not([hidden])');
    await page.click('#plans button[data-role="side-by-side"]');
    await page.waitForSelector('body[data-side-by-side="ready"]');
    await page.waitForSelector('#side-by-side:not([hidden])');

    const panes = await page.$$eval('#side-by-side .sbs-pane', (ps) => ps.map((p) => ({ plan: p.getAttribute('data-plan'), heading: p.querySelector('h3')?.textContent, counts: p.querySelector('p')?.textContent })));
    expect(panes).toEqual([
      { plan: 'b-earlier', heading: 'b-earlier · 2017-03-01', counts: '4 项任务，10 个单位' },
      { plan: 'a-later', heading: 'a-later · 2020-03-02', counts: '5 项任务，8 个单位' },
    ]);
    const [left, right] = await sides(page);
    // Two canvases of the same size, beside each other, on one row.
    expect(left!.box.width).toBeGreaterThan(200);
    expect(left!.box.left + left!.box.width).toBeLessThanOrEqual(right!.box.left);
    expect(Math.abs(left!.box.top - right!.box.top)).toBeLessThan(1);
    expect(Math.abs(left!.box.width - right!.box.width)).toBeLessThan(2);
    expect(Math.abs(left!.box.height - right!.box.height)).toBeLessThan(2);

    // The same agencies at the same places: the 2017 bodies under their 2020 names.
    const shared = Object.keys(left!.agencies).filter((a) => a in right!.agencies);
    expect(shared.sort()).toEqual(['agency:省卫生健康委', 'agency:省发展改革委', 'agency:省财政厅', 'agency:省生态环境厅', 'agency:省自然资源厅', 'agency:省市场监管局', 'agency:省文化和旅游厅', 'agency:省应急管理厅'].sort());
    for (const a of shared) {
      expect(left!.agencies[a]!.x).toBe(right!.agencies[a]!.x);
      expect(left!.agencies[a]!.y).toBe(right!.agencies[a]!.y);
      expect(left!.agencies[a]!.view.x).toBeCloseTo(right!.agencies[a]!.view.x, 6);
      expect(left!.agencies[a]!.view.y).toBeCloseTo(right!.agencies[a]!.view.y, 6);
    }
    // Three 2017 bureaus merged into 省市场监管局 in 2018: one disc, named by all three on the 2017 side.
    expect(left!.agencies['agency:省市场监管局']!.label.split(' + ').sort()).toEqual(['省工商局', '省质监局', '省食品药品监管局'].sort());
    expect(right!.agencies['agency:省市场监管局']!.label).toBe('省市场监管局');

    // At rest, 省生态环境厅 is drawn in the agency colour on both canvases.
    const agency = parseHex(COLORS.agency);
    const faded = parseHex(COLORS.faded);
    const at = (s: typeof left, node: string) => s!.agencies[node]!.view;
    for (const [i, s] of [left, right].entries()) {
      const image = await canvasImage(page, i);
      const p = at(s, 'agency:省生态环境厅');
      expect(distance(dominantColor(image, Math.round(p.x), Math.round(p.y)), agency), `side ${i} at rest`).toBeLessThan(40);
    }

    // Clicking 省财政厅 on the left canvas selects it on both sides (and opens its details).
    const click = at(left, 'agency:省财政厅');
    await page.mouse.click(left!.box.left + click.x, left!.box.top + click.y);
    await page.waitForFunction(() => (window.__fengong as { sideBySide: SideHook }).sideBySide.selected === 'agency:省财政厅');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.includes('省财政厅') === true);
    const chosen = await sides(page);
    for (const [i, s] of chosen.entries()) {
      expect(s.agencies['agency:省财政厅'], `side ${i}`).toMatchObject({ highlighted: true, color: COLORS.agency });
      // 省生态环境厅 shares no task with 省财政厅 in either plan: faded on both sides, in pixels too.
      expect(s.agencies['agency:省生态环境厅']!.color, `side ${i}`).toBe(COLORS.faded);
      const image = await canvasImage(page, i);
      const p = at(s, 'agency:省生态环境厅');
      expect(distance(dominantColor(image, Math.round(p.x), Math.round(p.y)), faded), `side ${i} faded`).toBeLessThan(20);
      const q = at(s, 'agency:省财政厅');
      expect(distance(dominantColor(image, Math.round(q.x), Math.round(q.y)), agency), `side ${i} selected`).toBeLessThan(40);
    }

    // A pick in the ranking (the plan shown is 2017's) moves the selection on both sides.
    await page.click('#ranking tr[data-node="agency:省卫生计生委"]');
    await page.waitForFunction(() => (window.__fengong as { sideBySide: SideHook }).sideBySide.selected === 'agency:省卫生健康委');
    const again = await sides(page);
    for (const s of again) expect(s.agencies['agency:省卫生健康委']!.highlighted).toBe(true);

    // Zooming one canvas moves the other: the shared agencies stay at the same places.
    await page.mouse.move(right!.box.left + right!.box.width / 2, right!.box.top + right!.box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => {
      const r = (window.__fengong as { sideBySide: SideHook }).sideBySide.renderers;
      return r[0].getCamera().ratio < 1 && !r[1].getCamera().isAnimated();
    });
    const zoomed = await sides(page);
    for (const a of shared) expect(zoomed[0]!.agencies[a]!.view.x).toBeCloseTo(zoomed[1]!.agencies[a]!.view.x, 6);

    // Closing it shows the single plan again.
    await page.click('#plans button[data-role="side-by-side"]');
    await page.waitForSelector('body[data-side-by-side="closed"]');
    expect(await page.isHidden('#side-by-side')).toBe(true);
  });
});
