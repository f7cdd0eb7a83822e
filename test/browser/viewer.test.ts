// @fengong/viz in real Chromium: the page loads, the canvas is drawn, hover highlights neighbours,
// Chinese labels render.
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openViewer, saveScreenshot, startViewer } from './harness.js';
import type { Hook } from './hook.js';
import { countNear, decodePng, distance, dominantColor, parseHex, type Image } from './pixels.js';

const HOVERED = 'agency:省发展改革委';

let server: ViteDevServer | undefined;
let browser: Browser | undefined;
let page: Page;
let errors: string[];

// One page for these read-only checks (the hover test restores what it changes): opening a page
// and laying it out is most of a browser test's time.
beforeAll(async () => {
  let url: string;
  ({ server, url } = await startViewer());
  browser = await launchChromium();
  ({ page, errors } = await openViewer(browser, url));
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' || errors.length > 0) {
    console.error(`screenshot saved: ${await saveScreenshot(page, task.name)}`);
  }
  expect(errors, 'console errors and uncaught exceptions in the page').toEqual([]);
});

/** Viewport (page) coordinates of nodes, from their graph positions and the sigma container's offset. */
async function nodePositions(nodes: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((keys) => {
    const { graph, renderer } = window.__fengong as Hook;
    const box = renderer.getContainer().getBoundingClientRect();
    return Object.fromEntries(
      keys.map((key) => {
        const p = renderer.graphToViewport(graph.getNodeAttributes(key));
        return [key, { x: box.left + p.x, y: box.top + p.y }];
      }),
    );
  }, nodes);
}

async function screenshot(): Promise<Image> {
  return decodePng(await page.screenshot());
}

describe('viewer', () => {
  it('loads the bundled dataset: title, counts and legend in the header, 64 nodes in the graph', async () => {
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(await page.textContent('#header h1')).toContain('湖南省对接粤港澳大湾区实施方案');
    expect(await page.textContent('#header')).toContain('Greater Bay Area');
    expect(await page.textContent('[data-count="tasks"]')).toBe('30');
    expect(await page.textContent('[data-count="agencies"]')).toBe('34');
    expect(await page.textContent('[data-count="links"]')).toBe('179');
    expect(await page.locator('.legend .categories li').count()).toBe(8);

    const shape = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const types: Record<string, string[]> = { agency: [], task: [] };
      for (const node of graph.nodes()) {
        const attr = graph.getNodeAttributes(node);
        types[attr.part]?.push(attr.type);
      }
      return { order: graph.order, size: graph.size, agency: [...new Set(types.agency)], task: [...new Set(types.task)] };
    });
    expect(shape).toEqual({ order: 64, size: 179, agency: ['circle'], task: ['square'] });
  });

  it('draws the graph: non-blank canvas, every category colour and the agency colour on screen', async () => {
    const box = await page.locator('#graph').boundingBox();
    expect(box).not.toBeNull();
    const image = decodePng(await page.locator('#graph').screenshot());
    const background: [number, number, number] = [255, 255, 255];
    const drawn = image.width * image.height - countNear(image, background, 8);
    // Nodes, edges and labels cover a few percent of the canvas; a blank WebGL canvas covers none.
    expect(drawn).toBeGreaterThan(0.02 * image.width * image.height);

    const colors = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const byPart = { agency: new Set<string>(), task: new Set<string>() };
      for (const node of graph.nodes()) {
        const attr = graph.getNodeAttributes(node);
        if (!(attr.part === 'agency' && attr.collective === true)) byPart[attr.part].add(attr.color);
      }
      return { agency: [...byPart.agency], task: [...byPart.task] };
    });
    expect(colors.task.length).toBeGreaterThanOrEqual(8);
    expect(colors.agency).toHaveLength(1);
    // Each task square is 12 × 12 px and each category has ≥ 3 tasks: each colour must show up.
    for (const color of [...colors.task, ...colors.agency]) {
      expect(countNear(image, parseHex(color), 6), `pixels of ${color}`).toBeGreaterThan(100);
    }

    // Labels are drawn on sigma's 2D label layer.
    const labelPixels = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#graph canvas.sigma-labels');
      const context = canvas?.getContext('2d');
      if (canvas == null || context == null) return -1;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n += 1;
      return n;
    });
    expect(labelPixels).toBeGreaterThan(1000);
  });

  it('hovering an agency keeps it and its tasks in colour and fades every other node, until the mouse leaves', async () => {
    const facts = await page.evaluate((hovered) => {
      const { graph } = window.__fengong as Hook;
      return {
        neighbors: graph.neighbors(hovered),
        nodes: graph.nodes().map((n) => {
          const { part, color, collective } = graph.getNodeAttributes(n);
          return { key: n, part, color, collective: collective === true };
        }),
      };
    }, HOVERED);
    const at = await nodePositions(facts.nodes.map((n) => n.key));
    const colors = Object.fromEntries(facts.nodes.map((n) => [n.key, n.color]));
    const highlighted = new Set([HOVERED, ...facts.neighbors]);
    // Forced labels of the highlighted nodes may cover another node, so sample, of each kind, the
    // node that lies farthest from the (other) highlighted ones.
    const clearance = (node: string): number =>
      Math.min(...[...highlighted].filter((h) => h !== node).map((h) => Math.hypot((at[h]?.x ?? 0) - (at[node]?.x ?? 0), (at[h]?.y ?? 0) - (at[node]?.y ?? 0))));
    const mostIsolated = (part: 'agency' | 'task'): string =>
      facts.nodes
        .filter((n) => n.part === part && !n.collective && !highlighted.has(n.key))
        .map((n) => n.key)
        .reduce((a, b) => (clearance(b) > clearance(a) ? b : a));
    const neighbor = facts.neighbors.reduce((a, b) => (clearance(b) > clearance(a) ? b : a));
    // Another single agency (never a neighbour: the graph is bipartite) and a task the hovered one does not carry.
    const otherAgency = mostIsolated('agency');
    const otherTask = mostIsolated('task');
    expect(neighbor).toMatch(/^task:/);
    const sampled = [neighbor, otherAgency, otherTask];
    const colorOn = (image: Image, node: string) => {
      const p = at[node];
      if (p === undefined) throw new Error(`no position for ${node}`);
      return dominantColor(image, p.x, p.y);
    };
    const expectColor = (image: Image, node: string, hex: string, what: string) =>
      expect(distance(colorOn(image, node), parseHex(hex)), `${what}: ${node} drawn ${colorOn(image, node).join(',')}, expected ${hex}`).toBeLessThanOrEqual(6);

    // At rest, every sampled node is drawn in its own colour.
    const before = await screenshot();
    for (const node of sampled) expectColor(before, node, colors[node] ?? '', 'at rest');

    const target = at[HOVERED];
    if (target === undefined) throw new Error(`no position for ${HOVERED}`);
    await page.mouse.move(target.x, target.y);
    // sigma's enterNode handler updates the info line and re-renders synchronously.
    await page.waitForFunction(() => document.getElementById('hover-info')?.textContent?.startsWith('省发展改革委'), undefined, { timeout: 10_000 });

    // What sigma holds after the reducers ran: neighbour unchanged and labelled, the others faded.
    const display = await page.evaluate(
      (keys) => Object.fromEntries(keys.map((k) => [k, (window.__fengong as Hook).renderer.getNodeDisplayData(k)])),
      sampled,
    );
    // 省发展改革委 has 27 tasks, more than the 24 neighbours whose labels are forced: its own label is
    // forced, its tasks keep theirs and compete for space (render/labels.ts) instead of all being drawn.
    expect(display[neighbor]).toMatchObject({ color: colors[neighbor], forceLabel: false });
    expect(display[neighbor]?.label).not.toBe('');
    expect(await page.evaluate((k) => (window.__fengong as Hook).renderer.getNodeDisplayData(k)?.forceLabel, HOVERED)).toBe(true);
    const faded = display[otherAgency]?.color ?? '';
    expect(faded).not.toBe(colors[otherAgency]);
    expect(display[otherAgency]).toMatchObject({ color: faded, label: '' });
    expect(display[otherTask]).toMatchObject({ color: faded, label: '' });

    // What is on screen: the same, in pixels.
    const during = await screenshot();
    expectColor(during, neighbor, colors[neighbor] ?? '', 'hovered neighbour');
    expectColor(during, otherAgency, faded, 'faded agency');
    expectColor(during, otherTask, faded, 'faded task');

    // Leaving the node restores every colour.
    // The container's corner lies in sigma's stage padding: no node there.
    const corner = await page.locator('#graph').boundingBox();
    await page.mouse.move((corner?.x ?? 0) + 5, (corner?.y ?? 0) + 5);
    await page.waitForFunction(() => !document.getElementById('hover-info')?.textContent?.startsWith('省发展改革委'));
    const after = await screenshot();
    for (const node of sampled) expectColor(after, node, colors[node] ?? '', 'after leaving');
  });

  it('renders Chinese labels with a CJK font, not as boxes', async () => {
    const labelFont = await page.evaluate(() => (window.__fengong as Hook).renderer.getSetting('labelFont'));
    expect(labelFont).toMatch(/WenQuanYi Micro Hei|Noto Sans CJK SC|Source Han Sans SC|PingFang SC|Microsoft YaHei/);

    // Draw two different characters in the label font: real glyphs differ, missing-glyph boxes do not.
    const glyphs = await page.evaluate(async (font) => {
      await document.fonts.ready;
      const draw = (text: string): number[] => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const context = canvas.getContext('2d');
        if (context === null) return [];
        context.font = `48px ${font}`;
        context.textBaseline = 'top';
        context.fillText(text, 8, 8);
        return [...context.getImageData(0, 0, 64, 64).data.filter((_v, i) => i % 4 === 3)];
      };
      const a = draw('省');
      const b = draw('委');
      return { inkA: a.filter((v) => v > 0).length, inkB: b.filter((v) => v > 0).length, same: a.every((v, i) => v === b[i]) };
    }, labelFont);
    expect(glyphs.inkA, 'ink of 省').toBeGreaterThan(100);
    expect(glyphs.inkB, 'ink of 委').toBeGreaterThan(100);
    expect(glyphs.same, '省 and 委 draw identically: no CJK font (apt-get install fonts-wqy-microhei)').toBe(false);
  });
});
