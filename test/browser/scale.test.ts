// Readable at scale (issue 13), in real Chromium against the built app, on the seeded synthetic
// table of 5,000 tasks (packages/viz/scripts/synthetic-table.mjs 5000 1: 214 agencies, 12
// categories, 21,036 links) and on the bundled plan: category colours, label density and halos,
// a hub's hover, link widths in screen pixels, the camera buttons and the fit to a neighbourhood.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cameraStill, dropFile, hoverNode, type Hook } from './hook.js';
import { countNear, decodePng, parseHex } from './pixels.js';
import { useBuiltViewer } from './setup.js';
import { wordTable } from './tables.js';

const session = useBuiltViewer();
const SYNTHETIC = fileURLToPath(new URL('../../packages/viz/scripts/synthetic-table.mjs', import.meta.url));
const BIG = 'synthetic-5000.txt';

/** Sigma's renderer with the members these tests read (labels drawn in the last frame, size scaling). */
interface Sigma {
  displayedNodeLabels: Set<string>;
  scaleSize(size?: number): number;
  getSetting(name: string): unknown;
  getSettings(): Record<string, unknown>;
  getDimensions(): { width: number; height: number };
  getNodeDisplayData(node: string): { x: number; y: number; size: number; forceLabel?: boolean; label: string | null } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  getCamera(): { ratio: number; x: number; y: number; setState(s: { ratio: number }): void; isAnimated(): boolean };
  once(event: 'afterRender', listener: () => void): void;
  refresh(): void;
}

/** Opens the 5,000-task table through ?src= and waits for its layout and metrics. */
async function openBig(): Promise<Page> {
  if (!session.viewer.tables.has(BIG)) session.viewer.tables.set(BIG, execFileSync(process.execPath, [SYNTHETIC, '5000', '1'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const page = await session.open(`${session.viewer.url}?src=tables/${BIG}`, { layout: false });
  await page.waitForSelector('body[data-layout="done"]', { timeout: 150_000 });
  await page.waitForSelector('[data-count="tasks"][data-total="5000"]');
  return page;
}

/** Redraws and resolves after the frame (sigma renders labels at the end of each frame). */
async function redraw(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const r = (window.__fengong as Hook).renderer as unknown as Sigma;
        r.once('afterRender', () => resolve());
        r.refresh();
      }),
  );
}

/** The labels the last frame drew (the test hook's `labels`: after the placement dropped overlapping ones), with their boxes on screen (text measured in the label font) and the node's part. */
async function labels(page: Page) {
  return page.evaluate(() => {
    const hook = window.__fengong as Hook;
    const r = hook.renderer as unknown as Sigma;
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    const size = r.getSetting('labelSize') as number;
    context.font = `${String(r.getSetting('labelWeight'))} ${size}px ${String(r.getSetting('labelFont'))}`;
    return (hook as unknown as { labels: string[] }).labels.map((node) => {
      const d = r.getNodeDisplayData(node);
      const p = r.framedGraphToViewport(d ?? { x: 0, y: 0 });
      const x = p.x + r.scaleSize(d?.size ?? 0) + 3;
      return { node, part: hook.graph.getNodeAttributes(node).part, box: { x0: x, x1: x + context.measureText(d?.label ?? '').width, y0: p.y - size / 2, y1: p.y + size / 2 } };
    });
  });
}

describe('readable at 5,000 tasks', () => {
  it('nine category colours then 其他 (other) as one legend filter; labels on halos, agencies only at the overview, largest first, no overlaps; tasks labelled once zoomed in; links in screen pixels', async () => {
    const page = await openBig();
    // Colours: twelve categories, eight with their own colour (the largest), four grouped as 其他.
    const legend = await page.$$eval('.legend .legend-toggle', (bs) => bs.map((b) => ({ label: b.textContent ?? '', categories: (b as HTMLElement).dataset.categories?.split('\n') ?? [] })));
    expect(legend.length).toBe(9);
    expect(legend[8]).toMatchObject({ label: '其他（4 类）' });
    expect(legend[8]?.categories.length).toBe(4);
    const colorOf = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const out: Record<string, string[]> = {};
      for (const n of graph.nodes()) {
        const a = graph.getNodeAttributes(n);
        if (a.part === 'task') out[a.category ?? ''] = [...new Set([...(out[a.category ?? ''] ?? []), a.color])];
      }
      return out;
    });
    const own = legend.slice(0, 8).map((l) => colorOf[l.categories[0] ?? '']);
    for (const colors of own) expect(colors?.length).toBe(1);
    expect(new Set(own.map((c) => c?.[0])).size).toBe(8);
    const other = new Set((legend[8]?.categories ?? []).flatMap((c) => colorOf[c] ?? []));
    expect(other.size).toBe(1);
    expect(own.map((c) => c?.[0])).not.toContain([...other][0]);

    // Labels: at the overview only agencies, a few dozen of the 214, none over another.
    await redraw(page);
    const overview = await labels(page);
    const candidates = await page.evaluate(() => ((window.__fengong as Hook).renderer as unknown as Sigma).displayedNodeLabels.size);
    expect(overview.length).toBeGreaterThanOrEqual(10);
    expect(overview.length).toBeLessThanOrEqual(80);
    expect(overview.length).toBeLessThan(candidates);
    expect(overview.every((l) => l.part === 'agency')).toBe(true);
    const overlapping = overview.filter((a) => overview.some((b) => a !== b && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1));
    expect(overlapping).toEqual([]);
    // Largest first: the hub (1,892 tasks) keeps its name whatever small neighbours compete for the space.
    expect(overview.map((l) => l.node)).toContain('agency:省港澳事务厅');

    // The halo: a label drawn on an agency-coloured background has background-coloured pixels around its dark glyphs.
    const halo = await page.evaluate(() => {
      const r = (window.__fengong as Hook).renderer as unknown as Sigma;
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 30;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.fillStyle = '#3b4252';
      context.fillRect(0, 0, 160, 30);
      const draw = r.getSetting('defaultDrawNodeLabel') as (c: CanvasRenderingContext2D, d: object, s: object) => void;
      draw(context, { x: 0, y: 15, size: 2, label: '省发展改革委', color: '#000' }, r.getSettings());
      return canvas.toDataURL('image/png');
    });
    const image = decodePng(Buffer.from(halo.split(',')[1] ?? '', 'base64'));
    expect(countNear(image, parseHex('#ffffff'), 8)).toBeGreaterThan(150);
    expect(countNear(image, parseHex('#1f2430'), 24)).toBeGreaterThan(30);

    // Zoomed in 4×: task squares are labelled too, and links and discs keep their pixel size (sigma's default would double them).
    await page.evaluate(() => ((window.__fengong as Hook).renderer as unknown as Sigma).getCamera().setState({ ratio: 0.25 }));
    await redraw(page);
    const zoomed = await labels(page);
    expect(zoomed.some((l) => l.part === 'task')).toBe(true);
    const scale = await page.evaluate(() => {
      const r = (window.__fengong as Hook).renderer as unknown as Sigma;
      return { size: r.scaleSize(1), threshold: r.getSetting('labelRenderedSizeThreshold') };
    });
    expect(scale).toEqual({ size: 1, threshold: 0 });

    // The 其他 key hides its four categories at once: the counts say how many tasks are left.
    const left = await page.evaluate((hidden) => {
      const { graph } = window.__fengong as Hook;
      return graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'task' && !hidden.includes(graph.getNodeAttributes(n).category ?? '')).length;
    }, legend[8]?.categories ?? []);
    await page.click('.legend .legend-toggle >> nth=8');
    expect(await page.textContent('[data-count="tasks"]')).toBe(`${left} / 5000`);
    expect(await page.getAttribute('.legend .legend-toggle >> nth=8', 'aria-pressed')).toBe('false');
  }, 240_000);

  it("hovering the largest hub labels it, not its 1,892 tasks; its links are drawn opaque", async () => {
    const page = await openBig();
    const hub = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const agencies = graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'agency');
      const top = agencies.sort((a, b) => graph.neighbors(b).length - graph.neighbors(a).length)[0] ?? '';
      return { node: top, name: graph.getNodeAttributes(top).name ?? '', degree: graph.neighbors(top).length };
    });
    expect(hub.degree).toBe(1892);
    await hoverNode(page, hub.node, hub.name);
    await redraw(page);
    const forced = await page.evaluate(() => {
      const { graph, renderer } = window.__fengong as Hook;
      return graph.nodes().filter((n) => (renderer.getNodeDisplayData(n) as { forceLabel?: boolean } | undefined)?.forceLabel === true);
    });
    expect(forced).toEqual([hub.node]);
    const drawn = await labels(page);
    expect(drawn.map((l) => l.node)).toContain(hub.node);
    expect(drawn.length).toBeLessThanOrEqual(80);
    // Links at rest are light on a table this size; the hub's own are opaque.
    const colors = await page.evaluate((node) => {
      const { graph, renderer } = window.__fengong as Hook;
      const g = graph as unknown as { edges(n?: string): string[]; getEdgeAttribute(e: string, name: 'color'): string };
      const own = g.edges(node)[0] ?? '';
      const other = g.edges().find((e) => !g.edges(node).includes(e)) ?? '';
      const display = (e: string) => (renderer.getEdgeDisplayData(e) as unknown as { color: string }).color;
      return { rest: g.getEdgeAttribute(own, 'color'), own: display(own), other: display(other) };
    }, hub.node);
    expect(colors.rest).toMatch(/^#[0-9a-f]{8}$/);
    expect(colors.own).toMatch(/^#[0-9a-f]{6}$/);
    expect(colors.other).not.toBe(colors.own);
  }, 240_000);
});

describe('a selected neighbourhood', () => {
  it("the bundled plan, 省商务厅 selected: its name and most of its 16 tasks' titles drawn, none over another", async () => {
    const { page } = session;
    await page.waitForSelector('body[data-layout="done"]');
    await page.click('#ranking tr[data-node="agency:省商务厅"]');
    await cameraStill(page);
    await redraw(page);
    const drawn = await labels(page);
    const neighbours = await page.evaluate(() => (window.__fengong as Hook).graph.neighbors('agency:省商务厅'));
    expect(neighbours).toHaveLength(16);
    expect(drawn.map((l) => l.node)).toContain('agency:省商务厅');
    // Only the neighbourhood is labelled (the rest is faded), and most of it keeps its titles.
    expect(drawn.every((l) => l.node === 'agency:省商务厅' || neighbours.includes(l.node))).toBe(true);
    expect(drawn.length).toBeGreaterThanOrEqual(9);
    const overlapping = drawn.filter((a) => drawn.some((b) => a !== b && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1));
    expect(overlapping.map((l) => l.node)).toEqual([]);
  });
});

describe('community colours', () => {
  it('twelve communities: the eight largest have their own colours, the other four share one, keyed once in the legend', async () => {
    const { page } = session;
    // Twelve groups of agencies that share tasks only among themselves; group g has 13 − g agencies.
    const GROUPS = '甲乙丙丁戊己庚辛壬癸子丑';
    const MEMBERS = '一二三四五六七八九十百千万';
    const rows = [...GROUPS].flatMap((g, i) => {
      const units = [...MEMBERS.slice(0, 13 - i)].map((m) => `省${g}${m}厅`);
      return [{ category: '交通', title: `${g}组任务一`, units }, { category: '交通', title: `${g}组任务二`, units: [...units].reverse() }];
    });
    await dropFile(page, 'groups.txt', wordTable(rows));
    await page.waitForSelector('[data-count="tasks"][data-total="24"]');
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('select[name="color"]', 'community');
    const seen = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const byGroup = new Map<string, Set<string>>();
      for (const n of graph.nodes()) {
        const a = graph.getNodeAttributes(n);
        if (a.part !== 'agency') continue;
        const group = (a.name ?? '').slice(1, 2);
        byGroup.set(group, new Set([...(byGroup.get(group) ?? []), a.color]));
      }
      return Object.fromEntries([...byGroup].map(([g, c]) => [g, [...c]]));
    });
    // One colour per group; the eight largest groups (甲 … 辛) eight different colours, the four smallest one shared colour, not any of the eight.
    for (const colors of Object.values(seen)) expect(colors).toHaveLength(1);
    const large = [...'甲乙丙丁戊己庚辛'].map((g) => seen[g]?.[0]);
    const small = new Set([...'壬癸子丑'].map((g) => seen[g]?.[0]));
    expect(new Set(large).size).toBe(8);
    expect(small.size).toBe(1);
    expect(large).not.toContain([...small][0]);
    // The legend: community 1 is the largest group, then eight keys and one for the other four.
    const keys = await page.$$eval('.legend .categories li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(keys).toHaveLength(9);
    expect(keys[8]).toContain('其他社群（4 个）');
    // The largest group is community 1 in the details panel too.
    await page.click('#ranking tr[data-node="agency:省甲一厅"]');
    await page.waitForSelector('#details[data-node="agency:省甲一厅"]');
    const community = await page.$$eval('#details dl.metrics dt', (dts) => dts.find((dt) => dt.textContent === '社群')?.nextElementSibling?.textContent?.trim());
    expect(community).toBe('1');
  });
});

describe('camera', () => {
  /** The selection's neighbourhood on screen: the box of its nodes and the canvas size. */
  async function neighbourhoodBox(page: Page, node: string) {
    return page.evaluate((key) => {
      const { graph, renderer } = window.__fengong as Hook;
      const r = renderer as unknown as Sigma;
      const points = [key, ...graph.neighbors(key)].map((n) => r.framedGraphToViewport(r.getNodeDisplayData(n) ?? { x: 0, y: 0 }));
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys), ...r.getDimensions() };
    }, node);
  }
  const ratio = (page: Page) => page.evaluate(() => ((window.__fengong as Hook).renderer as unknown as Sigma).getCamera().ratio);

  it('picking an agency fits its neighbourhood; zoom in, zoom out, fit and reset buttons move the camera and keep the selection', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-layout="done"]');
    // A small neighbourhood, so the fit zooms in: the agency with the fewest tasks among those with three or more.
    const agency = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      return graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'agency' && graph.neighbors(n).length >= 3).sort((a, b) => graph.neighbors(a).length - graph.neighbors(b).length)[0] ?? '';
    });
    await page.click(`#ranking tr[data-node="${agency}"]`);
    await cameraStill(page);
    const fitted = await neighbourhoodBox(page, agency);
    expect(await ratio(page)).toBeLessThan(1);
    // Every node of the neighbourhood on screen, and the box fills most of one side.
    expect(fitted.x0).toBeGreaterThanOrEqual(0);
    expect(fitted.y0).toBeGreaterThanOrEqual(0);
    expect(fitted.x1).toBeLessThanOrEqual(fitted.width);
    expect(fitted.y1).toBeLessThanOrEqual(fitted.height);
    expect(Math.max((fitted.x1 - fitted.x0) / fitted.width, (fitted.y1 - fitted.y0) / fitted.height)).toBeGreaterThan(0.5);

    await page.click('[data-camera="reset"]');
    await cameraStill(page);
    expect(await ratio(page)).toBe(1);
    expect((await page.evaluate(() => (window.__fengong as Hook).state.selected))).toBe(agency);
    await page.click('[data-camera="zoomIn"]');
    await cameraStill(page);
    const zoomedIn = await ratio(page);
    expect(zoomedIn).toBeLessThan(1);
    await page.click('[data-camera="zoomOut"]');
    await cameraStill(page);
    expect(await ratio(page)).toBeGreaterThan(zoomedIn);
    await page.click('[data-camera="fit"]');
    await cameraStill(page);
    const again = await neighbourhoodBox(page, agency);
    // The same fit from another zoom, within a disc's radius (discs keep their pixel size while positions scale).
    for (const key of ['x0', 'x1', 'y0', 'y1'] as const) expect(Math.abs(again[key] - fitted[key])).toBeLessThanOrEqual(8);
    // The buttons are not the stage: the selection is still there, and Esc still clears it.
    expect(await page.getAttribute('#details', 'data-node')).toBe(agency);
    await page.keyboard.press('Escape');
    await page.click('[data-camera="fit"]');
    await cameraStill(page);
    expect(await ratio(page)).toBe(1);
    expect(await page.getAttribute('[data-camera="fit"]', 'aria-label')).toMatch(/适配/);
  });
});
