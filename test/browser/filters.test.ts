// Filters carry through (issue 13 item 3), in real Chromium against the built app: after hiding
// categories or collective units, the header counts ("n / N"), the ranking, the node sizes and the
// legend describe what is visible; agencies left with no visible task leave the graph; the layout
// runs again, from the same seeds; the legend's categories are filters; the selection stays
// consistent (cleared when the filters remove it); a task picked in a one-mode view is shown.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutDone } from './harness.js';
import { state, type Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const DRC = 'agency:省发展改革委';

/** What the page shows: the drawn graph's tasks, agencies, links; the header counts; the ranking rows. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const { graph } = window.__fengong as Hook;
    const nodes = graph.nodes().map((n) => ({ n, ...graph.getNodeAttributes(n), degree: graph.neighbors(n).length, neighbors: graph.neighbors(n) }));
    const agencies = nodes.filter((a) => a.part === 'agency');
    const count = (key: string) => {
      const strong = document.querySelector<HTMLElement>(`[data-count="${key}"]`);
      return { text: strong?.textContent ?? '', shown: Number(strong?.dataset.shown), total: Number(strong?.dataset.total) };
    };
    return {
      tasks: nodes.filter((t) => t.part === 'task'),
      agencies,
      links: graph.size,
      counts: { tasks: count('tasks'), agencies: count('agencies'), links: count('links') },
      ranking: Array.from(document.querySelectorAll<HTMLElement>('#ranking tbody tr'), (r) => r.dataset.node ?? ''),
      positions: Object.fromEntries(nodes.map((a) => [a.n, { x: a.x, y: a.y }])),
    };
  });
}

/** The legend's category buttons: their categories (joined by newlines), label and pressed state. */
async function legendButtons(page: Page): Promise<{ categories: string; label: string; pressed: string | null }[]> {
  return page.$$eval('.legend .legend-toggle', (buttons) =>
    buttons.map((b) => ({ categories: (b as HTMLElement).dataset.categories ?? '', label: b.textContent ?? '', pressed: b.getAttribute('aria-pressed') })),
  );
}

describe('filters carry through', () => {
  it('a legend category click hides its tasks: counts say n / N, idle agencies leave, the ranking and sizes follow, the layout runs again from the same seeds', async () => {
    const { page } = session;
    await layoutDone(page);
    await page.waitForSelector('body[data-metrics="done"]');
    const before = await shown(page);
    expect(before.counts.tasks).toEqual({ text: '30', shown: 30, total: 30 });
    const buttons = await legendButtons(page);
    expect(buttons.length).toBe(8);
    expect(buttons.every((b) => b.pressed === 'true')).toBe(true);

    // Every category but the smallest, one legend click each.
    const perCategory = new Map<string, number>();
    for (const t of before.tasks) perCategory.set(t.category ?? '', (perCategory.get(t.category ?? '') ?? 0) + 1);
    const [kept, left] = [...perCategory].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
    const hidden = [...perCategory.keys()].filter((c) => c !== kept);
    for (const category of hidden) await page.click(`.legend .legend-toggle[data-categories="${category}"]`);
    await page.waitForSelector('body[data-layout="done"]');
    await page.waitForSelector('body[data-metrics="done"]');
    const after = await shown(page);
    const removed = 30 - left;

    // Exactly the category's tasks left; every agency drawn still has a task; those left on none are gone.
    expect(after.tasks.length).toBe(30 - removed);
    expect(after.tasks.every((t) => t.category === kept)).toBe(true);
    expect(after.agencies.every((a) => a.degree > 0)).toBe(true);
    const categoryOf = new Map(before.tasks.map((t) => [t.n, t.category ?? '']));
    const stays = before.agencies.filter((a) => a.neighbors.some((t) => categoryOf.get(t) === kept)).map((a) => a.n);
    expect(stays.length).toBeLessThan(before.agencies.length);
    expect(after.agencies.map((a) => a.n).sort()).toEqual(stays.sort());
    // Counts say "n / N", and n is what is drawn.
    expect(after.counts.tasks).toEqual({ text: `${30 - removed} / 30`, shown: 30 - removed, total: 30 });
    expect(after.counts.agencies).toEqual({ text: `${after.agencies.length} / ${before.agencies.length}`, shown: after.agencies.length, total: before.agencies.length });
    expect(after.counts.links.shown).toBe(after.links);
    // The ranking lists exactly the agencies drawn.
    expect([...after.ranking].sort()).toEqual(after.agencies.map((a) => a.n).sort());
    // Sizes describe the visible tasks: the agency with the most visible tasks has the largest disc, and the legend's largest disc says how many.
    const top = [...after.agencies].sort((a, b) => b.degree - a.degree)[0];
    expect(top?.size).toBe(Math.max(...after.agencies.map((a) => a.size)));
    expect(top?.size).toBe(18);
    const sizeKey = await page.$$eval('.legend .keys li', (items) => items.map((i) => i.textContent ?? ''));
    expect(sizeKey).toContain(String(top?.degree));
    expect(sizeKey).not.toContain(String(Math.max(...before.agencies.map((a) => a.degree))));
    // The legend keeps the category, struck through and not pressed; the filter menu agrees; the URL too.
    const pressed = new Map((await legendButtons(page)).map((b) => [b.categories, b.pressed]));
    for (const category of hidden) {
      expect(pressed.get(category)).toBe('false');
      expect(await page.isChecked(`input[data-category="${category}"]`)).toBe(false);
      expect(decodeURIComponent(page.url())).toContain(`hide=${category}`);
    }
    expect(pressed.get(kept)).toBe('true');
    // The layout ran again on what is visible: positions moved (not the old ones with holes).
    const moved = after.agencies.filter((a) => {
      const p = before.positions[a.n] ?? { x: 0, y: 0 };
      const q = after.positions[a.n] ?? { x: 0, y: 0 };
      return Math.hypot(p.x - q.x, p.y - q.y) > 1e-6;
    });
    expect(moved.length).toBeGreaterThan(after.agencies.length / 2);

    // The same filters from a link give the same picture (seeded, deterministic).
    const again = await session.open(page.url());
    const other = await shown(again);
    expect(other.positions).toEqual(after.positions);

    // A second click shows each category again, and the full table is back, laid out as it was.
    for (const category of hidden) await page.click(`.legend .legend-toggle[data-categories="${category}"]`);
    await page.waitForSelector('body[data-layout="done"]');
    const back = await shown(page);
    expect(back.counts.tasks).toEqual({ text: '30', shown: 30, total: 30 });
    expect(back.agencies.length).toBe(before.agencies.length);
    expect(back.positions).toEqual(before.positions);
  });

  it('hiding collective units removes them from the graph, the ranking and the counts, and clears a selected collective', async () => {
    const { page } = session;
    await layoutDone(page);
    const collective = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      return graph.nodes().find((n) => graph.getNodeAttributes(n).collective === true) ?? '';
    });
    expect(collective).not.toBe('');
    await page.click(`#ranking tr[data-node="${collective}"]`);
    await page.waitForSelector(`#details[data-node="${collective}"]`);
    const before = await shown(page);

    await page.check('input[name="hide-collective"]');
    await page.waitForSelector('body[data-layout="done"]');
    const after = await shown(page);
    expect(await state(page)).toMatchObject({ selected: null, hovered: null });
    expect(await page.getAttribute('#details', 'data-node')).toBe('');
    expect(decodeURIComponent(page.url())).not.toContain('sel=');
    expect(after.agencies.some((a) => a.collective === true)).toBe(false);
    expect(after.agencies.length).toBe(before.agencies.filter((a) => a.collective !== true).length);
    expect(after.ranking).not.toContain(collective);
    expect(after.counts.agencies.text).toBe(`${after.agencies.length} / ${before.agencies.length}`);
    expect(after.counts.tasks.text).toBe('30 / 30');
    // An agency that stays visible stays selected through a change of filters.
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.uncheck('input[name="hide-collective"]');
    await page.waitForSelector('body[data-layout="done"]');
    expect((await state(page)).selected).toBe(DRC);
    expect(await page.getAttribute('#details', 'data-node')).toBe(DRC);
    // Nothing the filters removed can be picked in the search.
    await page.check('input[name="hide-collective"]');
    await page.fill('#search', '各有关');
    await page.waitForSelector('#search-results:not([hidden])');
    expect(await page.locator('#search-results [role="option"]').count()).toBe(0);
  });

  it('a task picked in a one-mode view is shown selected in the agency–task view', async () => {
    const { page } = session;
    await layoutDone(page);
    await page.selectOption('select[name="view"]', 'projection');
    await page.waitForSelector('body[data-view="projection"][data-layout="done"]');
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    const task = (await page.getAttribute('#details button[data-node^="task:"]', 'data-node')) ?? '';
    await page.click(`#details button[data-node="${task}"]`);
    await page.waitForSelector(`body[data-view="bipartite"]`);
    expect(await state(page)).toMatchObject({ view: 'bipartite', selected: task });
    expect(await page.getAttribute('#details', 'data-node')).toBe(task);
    const highlighted = await page.evaluate((key) => (window.__fengong as Hook).renderer.getNodeDisplayData(key)?.highlighted, task);
    expect(highlighted).toBe(true);
  });
});
