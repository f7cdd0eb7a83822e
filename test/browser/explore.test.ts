// The explorer in real Chromium (the built app, served from a sub-path): details panel, search,
// ranking, filters, views and language.
import { describe, expect, it } from 'vitest';
import { layoutDone } from './harness.js';
import { cameraStill, hoverNode, nodeOnPage, state, type Hook } from './hook.js';
import { countNear, decodePng, parseHex } from './pixels.js';
import { useBuiltViewer } from './setup.js';

const DRC = 'agency:省发展改革委';
const session = useBuiltViewer();

describe('explorer', () => {
  it('ships a Content-Security-Policy without inline scripts, and runs under it', async () => {
    const { page } = session;
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe("script-src 'self'");
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // The analysis worker ran (module worker from 'self') and the layout workers did (blob:).
    await page.waitForSelector('body[data-metrics="done"]');
    await layoutDone(page);
  });

  it('hovering and clicking 省发展改革委 opens its panel: 27 tasks, 10 led, partners, metrics; Esc clears', async () => {
    const { page } = session;
    await layoutDone(page);
    const at = await hoverNode(page, DRC, '省发展改革委');
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    expect(await page.textContent('#details h2')).toBe('省发展改革委');
    expect(await page.textContent('#details [data-stat="tasks"] strong')).toBe('27');
    expect(await page.textContent('#details [data-stat="lead"] strong')).toBe('10');
    expect(await page.textContent('#details [data-stat="co"] strong')).toBe('17');
    expect(await page.locator('#details [data-section="lead"] li').count()).toBe(10);
    expect(await page.locator('#details [data-section="co"] li').count()).toBe(17);
    expect(await page.locator('#details [data-section="partners"] li').count()).toBe(8);
    await page.waitForSelector('body[data-metrics="done"]');
    await page.waitForFunction(() => /^0\.\d+/.test(document.querySelector('#details [data-metric="betweenness"]')?.textContent ?? ''));
    // The ranking follows the selection; the graph marks it.
    expect(await page.getAttribute(`#ranking tr[data-node="${DRC}"]`, 'aria-current')).toBe('true');
    expect(await page.evaluate((n) => (window.__fengong as Hook).renderer.getNodeDisplayData(n)?.highlighted, DRC)).toBe(true);
    expect(page.url()).toContain(`sel=${encodeURIComponent(DRC)}`);

    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#details[data-node=""] .hint');
    expect((await state(page)).selected).toBeNull();
    expect(await page.locator('#ranking tr[aria-current]').count()).toBe(0);
  });

  it('search finds 省发展改革委 from 发改, from pinyin initials and in English; Enter picks, arrows move, / focuses', async () => {
    const { page } = session;
    await layoutDone(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(await page.getAttribute('#search', 'type')).toBe('search');
    await page.keyboard.type('发改');
    await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
    expect(await page.getAttribute('#search-results [role="option"] >> nth=0', 'data-node')).toBe(DRC);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    await cameraStill(page);
    // Picking moved the camera to fit the agency and its 27 tasks: every one of them on the canvas.
    const box = await page.locator('#graph').boundingBox();
    const neighbourhood = await page.evaluate((key) => [key, ...(window.__fengong as Hook).graph.neighbors(key)], DRC);
    for (const node of neighbourhood) {
      const at = await nodeOnPage(page, node);
      expect(at.x).toBeGreaterThanOrEqual(box?.x ?? 0);
      expect(at.x).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
      expect(at.y).toBeGreaterThanOrEqual(box?.y ?? 0);
      expect(at.y).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
    }

    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.waitForSelector('body[data-pinyin="ready"]');
    await page.keyboard.type('sfzggw');
    await page.waitForSelector(`#search-results [role="option"][data-node="${DRC}"]`);
    expect(await page.getAttribute('#search-results [role="option"] >> nth=0', 'data-node')).toBe(DRC);
    await page.fill('#search', 'development and reform');
    await page.waitForSelector(`#search-results [role="option"]:first-child[data-node="${DRC}"]`);

    // Arrows move through the suggestions; Enter picks the active one.
    await page.fill('#search', '省');
    await page.waitForFunction(() => document.querySelectorAll('#search-results [role="option"]').length > 2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#search', 'aria-activedescendant')).toBe('search-option-1');
    const second = await page.getAttribute('#search-option-1', 'data-node');
    expect(await page.getAttribute('#search-option-1', 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect((await state(page)).selected).toBe(second);
  });

  it('a category filter hides its tasks (and only them), in the graph and on screen', async () => {
    const { page } = session;
    const facts = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const tasks = graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'task');
      const first = graph.getNodeAttributes(tasks[0] ?? '').category ?? '';
      return { first, color: graph.getNodeAttributes(tasks[0] ?? '').color, tasks: tasks.map((n) => ({ n, category: graph.getNodeAttributes(n).category })) };
    });
    const colorPixels = async (): Promise<number> => countNear(decodePng(await page.locator('#graph').screenshot()), parseHex(facts.color), 6);
    expect(await colorPixels()).toBeGreaterThan(100);

    await page.click('.categories-filter summary');
    await page.uncheck(`input[data-category="${facts.first}"]`);
    // The hidden tasks leave the graph sigma draws (and every other task stays in it).
    await layoutDone(page);
    const drawn = await page.evaluate((keys) => keys.map((k) => (window.__fengong as Hook).graph.hasNode(k)), facts.tasks.map((t) => t.n));
    facts.tasks.forEach((t, i) => expect(drawn[i], `${t.n} (${t.category ?? ''})`).toBe(t.category !== facts.first));
    await page.click('.categories-filter summary');
    expect(await colorPixels()).toBeLessThan(10);
    expect(await page.textContent('.categories-filter summary')).toMatch(/\(7\/8\)/);
    expect(decodeURIComponent(page.url())).toContain(`hide=${facts.first}`);
  });

  it('the ranking sorts by any metric, both ways, and selecting a row selects the agency', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('#ranking select[name="sort"]', 'betweenness');
    // Agencies are ranked; the collective unit (各有关市州人民政府) follows them, unranked.
    const column = async (): Promise<number[]> => (await page.locator('#ranking tbody tr:not([data-collective]) td:last-child').allTextContents()).map(Number);
    const desc = await column();
    expect(desc).toHaveLength(33);
    expect(await page.getAttribute('#ranking tbody tr:last-child', 'data-node')).toBe('agency:各有关市州人民政府');
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.click('#ranking th[aria-sort] button');
    expect(await page.getAttribute('#ranking th[aria-sort]', 'aria-sort')).toBe('ascending');
    const asc = await column();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));

    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    expect((await state(page)).selected).toBe(DRC);
  });

  it('views: co-responsibility (minimum weight hides links), lead → co (arrows), matrix (table), two-column layout', async () => {
    const { page } = session;
    await page.selectOption('select[name="view"]', 'projection');
    await page.waitForSelector('body[data-view="projection"][data-layout="done"]');
    const projection = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      return { view: graph.getAttribute('view'), order: graph.order, kinds: [...new Set(graph.edges().map((e) => graph.getEdgeAttributes(e).kind))] };
    });
    expect(projection).toEqual({ view: 'projection', order: 34, kinds: ['pair'] });
    await page.locator('input[name="min"]').fill('5');
    const shown = await page.evaluate(() => {
      const { graph, renderer } = window.__fengong as Hook;
      return graph.edges().map((e) => ({ shared: graph.getEdgeAttributes(e).shared ?? 0, hidden: renderer.getEdgeDisplayData(e)?.hidden }));
    });
    expect(shown.filter((e) => e.hidden !== e.shared < 5)).toEqual([]);

    await page.selectOption('select[name="view"]', 'lead');
    await page.waitForSelector('body[data-view="lead"][data-layout="done"]');
    expect(await page.evaluate(() => (window.__fengong as Hook).graph.type)).toBe('directed');

    await page.selectOption('select[name="view"]', 'matrix');
    await page.waitForSelector('#matrix table');
    expect(await page.isVisible('#graph')).toBe(false);
    expect(await page.locator('#matrix tbody tr').count()).toBe(34);
    // One header cell per task under eight category bands, and the corner.
    expect(await page.locator('#matrix thead tr:last-child th').count()).toBe(30);
    expect(await page.locator('#matrix thead th.band').count()).toBe(8);
    // One lead per task (the bundled table marks the first unit of each as lead).
    expect(await page.locator('#matrix td.lead').count()).toBe(30);

    await page.selectOption('select[name="view"]', 'bipartite');
    await page.selectOption('select[name="layout"]', 'columns');
    await page.waitForSelector('body[data-view="bipartite"][data-layout="done"]');
    const xs = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      const x = (part: string): number[] => [...new Set(graph.nodes().filter((n) => graph.getNodeAttributes(n).part === part).map((n) => Math.round(graph.getNodeAttributes(n).x)))];
      return { agency: x('agency'), task: x('task') };
    });
    expect(xs.agency).toHaveLength(1);
    expect(xs.task).toHaveLength(1);
  });

  it('switches the interface and the labels to English', async () => {
    const { page } = session;
    await page.click('button.lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('#header .counts')).toContain('tasks');
    expect(await page.getAttribute('#search', 'placeholder')).toMatch(/pinyin initials/);
    const label = await page.evaluate((n) => (window.__fengong as Hook).graph.getNodeAttributes(n).label, DRC);
    expect(label).toBe('Hunan Provincial Development and Reform Commission');
    expect(await page.textContent('#ranking h2')).toBe('Agency ranking');
  });
});
