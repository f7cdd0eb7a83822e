// Changing view with an agency or a task selected, a node hovered and the search open: the
// selection carries across views when the new view draws the node (as in Gephi Lite and Retina)
// and is cleared cleanly otherwise, nothing throws, and the canvas shows the new view — in real
// Chromium, against the built app.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hoverNode, state, type Hook } from './hook.js';
import { countNear, decodePng, distance, dominantColor, parseHex } from './pixels.js';
import { useBuiltViewer } from './setup.js';

const DRC = 'agency:省发展改革委';
const HOVERED = { node: 'agency:省商务厅', label: '省商务厅' };
const session = useBuiltViewer();

/** Every view from every other one, the matrix between two canvases, back to where the page opened. */
const VIEWS = ['projection', 'lead', 'matrix', 'bipartite', 'lead', 'projection', 'matrix', 'lead', 'bipartite', 'projection', 'bipartite'] as const;
type View = (typeof VIEWS)[number];

/**
 * Changes the view through its control, as the toolbar's select does, without taking the focus
 * (`page.selectOption` would move it from the search box and close its list).
 */
async function switchTo(page: Page, view: View, keepFocus = true): Promise<void> {
  if (keepFocus) {
    await page.evaluate((value) => {
      const select = document.querySelector<HTMLSelectElement>('select[name="view"]');
      if (select === null) throw new Error('no view select');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, view);
  } else {
    await page.selectOption('select[name="view"]', view);
  }
  if (view === 'matrix') await page.waitForSelector('#matrix table');
  else await page.waitForSelector(`body[data-view="${view}"][data-layout="done"]`);
}

/**
 * What the renderer draws now: the view of its graph, the nodes whose display colour is faded
 * and those left in their own colour, the highlighted ones, and each focus candidate's place.
 */
async function drawn(page: Page, node: string | null) {
  return page.evaluate((key) => {
    const { graph, renderer } = window.__fengong as Hook;
    const faded: string[] = [];
    const own: string[] = [];
    const highlighted: string[] = [];
    for (const n of graph.nodes()) {
      const d = renderer.getNodeDisplayData(n);
      if (d?.color === graph.getNodeAttributes(n).color) own.push(n);
      else faded.push(n);
      if (d?.highlighted === true) highlighted.push(n);
    }
    const box = renderer.getContainer().getBoundingClientRect();
    const at = key !== null && graph.hasNode(key) ? renderer.graphToViewport(graph.getNodeAttributes(key)) : null;
    const taskColors = [...new Set(graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'task').map((n) => graph.getNodeAttributes(n).color))];
    return {
      view: graph.getAttribute('view'),
      order: graph.order,
      faded,
      own,
      highlighted,
      neighbourhood: key !== null && graph.hasNode(key) ? [key, ...graph.neighbors(key)].sort() : [],
      at: at === null ? null : { x: at.x, y: at.y, width: box.width, height: box.height },
      color: key !== null && graph.hasNode(key) ? graph.getNodeAttributes(key).color : null,
      taskColors,
    };
  }, node);
}

/** The bundled table's category colours (the task squares' colours in the bipartite view). */
async function categoryPalette(page: Page): Promise<string[]> {
  return (await drawn(page, null)).taskColors;
}

/** Pixels of the graph canvas in any of `colors`. */
async function pixelsIn(page: Page, colors: readonly string[]): Promise<number> {
  const image = decodePng(await page.locator('#graph').screenshot());
  return colors.reduce((n, c) => n + countNear(image, parseHex(c), 6), 0);
}

/** The canvas's colour at the node's place in the view shown (its disc is drawn on top when selected). */
async function colorAtNode(page: Page, node: string): Promise<string> {
  const d = await drawn(page, node);
  if (d.at === null) return 'not in the view';
  const image = decodePng(await page.locator('#graph').screenshot());
  const [r, g, b] = dominantColor(image, d.at.x * (image.width / d.at.width), d.at.y * (image.height / d.at.height), 1);
  return distance([r, g, b], parseHex(d.color ?? '#000000')) <= 12 ? 'its colour' : `rgb(${r}, ${g}, ${b})`;
}

describe('selection across views', () => {
  it('an agency selected, another hovered, the search open: every view switch keeps both and draws the new view', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-layout="done"]');
    const palette = await categoryPalette(page);
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    let previous: View = 'bipartite';
    for (const view of VIEWS) {
      // A hover (on the canvas views) and the search open, at the moment the view changes.
      if (previous !== 'matrix') await hoverNode(page, HOVERED.node, HOVERED.label);
      await page.fill('#search', '财政');
      await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
      await switchTo(page, view);
      previous = view;

      // Every view draws the agency: the selection stays. The hover is the renderer's: kept while the
      // new view has the node, ended by the pointer's next move (Chromium sends one when the canvas
      // changes under it) — never a node of the old view.
      const now = await state(page);
      expect(now).toMatchObject({ view, selected: DRC });
      expect(await page.getAttribute('#details', 'data-node')).toBe(DRC);
      expect(await page.isVisible('#search-results [role="option"]')).toBe(true);
      if (view === 'matrix') {
        expect(await page.getAttribute('#matrix tr.selected', 'data-node')).toBe(DRC);
        continue;
      }
      const hovering = await drawn(page, now.hovered);
      expect(hovering.view).toBe(view);
      if (now.hovered !== null) {
        expect(hovering.neighbourhood).toContain(now.hovered);
        expect([...hovering.own].sort()).toEqual(hovering.neighbourhood);
      }
      // With the pointer on an empty spot, the selection's neighbourhood is the focus.
      const box = await page.locator('#graph').boundingBox();
      await page.mouse.move((box?.x ?? 0) + 3, (box?.y ?? 0) + 3);
      await page.waitForFunction(() => (window.__fengong as Hook).state.hovered === null);
      const d = await drawn(page, DRC);
      expect(d.highlighted).toEqual([DRC]);
      expect([...d.own].sort()).toEqual(d.neighbourhood);
      expect(d.faded.length).toBe(d.order - d.neighbourhood.length);
      // …and the canvas shows it: the selected disc where the new layout put it, task squares only
      // in the bipartite view (the selected agency's tasks keep their category colours).
      await expect.poll(() => colorAtNode(page, DRC), { timeout: 5_000 }).toBe('its colour');
      if (view === 'bipartite') expect(await pixelsIn(page, palette)).toBeGreaterThan(100);
      else expect(await pixelsIn(page, palette)).toBe(0);
    }
    // The search still answers, in the view now shown.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = (await state(page)).selected;
    expect(chosen).not.toBe(DRC);
    expect((await drawn(page, chosen)).highlighted).toEqual([chosen]);

    // Esc (out of the search box) clears the selection, and every node is drawn in its own colour again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window.__fengong as Hook).state.selected === null);
    const after = await drawn(page, null);
    expect([after.faded, after.highlighted]).toEqual([[], []]);
    expect(await page.getAttribute('#details', 'data-node')).toBe('');
  });

  it('a task selected, then a one-mode view (which has no task nodes): the selection is cleared cleanly, and stays so on the way back', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-layout="done"]');
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    const task = (await page.getAttribute('#details button[data-node^="task:"]', 'data-node')) as string;
    await page.click(`#details button[data-node="${task}"]`);
    await page.waitForSelector(`#details[data-node="${task}"]`);
    // The matrix has the task's column: the selection stays.
    await switchTo(page, 'matrix', false);
    expect((await state(page)).selected).toBe(task);

    for (const view of ['projection', 'lead', 'bipartite'] as const) {
      await switchTo(page, view, false);
      expect(await state(page)).toMatchObject({ view, selected: null, hovered: null });
      expect(await page.getAttribute('#details', 'data-node')).toBe('');
      const d = await drawn(page, null);
      expect([d.view, d.faded, d.highlighted]).toEqual([view, [], []]);
      expect(decodeURIComponent(page.url())).not.toContain('sel=');
    }
  });

  it('a link to a one-mode view with a task selected opens on that view with nothing selected', async () => {
    const task = await session.page.evaluate(() => (window.__fengong as Hook).graph.nodes().find((n) => n.startsWith('task:')) ?? '');
    const page = await session.open(`${session.viewer.url}?view=lead&sel=${encodeURIComponent(task)}`);
    expect(await state(page)).toMatchObject({ view: 'lead', selected: null });
    expect(await page.getAttribute('#details', 'data-node')).toBe('');
    expect((await drawn(page, null)).faded).toEqual([]);
  });
});
