// Changing view with an agency or a task selected, a node hovered and the search open: the
// selection carries across views (as in Gephi Lite and Retina), nothing throws, and the canvas
// shows the new view — in real Chromium, against the built app.
import { describe, expect, it } from 'vitest';
import { hoverNode, state, type Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';

const DRC = 'agency:省发展改革委';
const session = useBuiltViewer();

const VIEWS = ['projection', 'lead', 'matrix', 'bipartite', 'lead', 'projection', 'bipartite'] as const;

async function switchTo(view: string): Promise<void> {
  const { page } = session;
  await page.selectOption('select[name="view"]', view);
  if (view === 'matrix') await page.waitForSelector('#matrix table');
  else await page.waitForSelector(`body[data-view="${view}"][data-layout="done"]`);
}

describe('selection across views', () => {
  it('an agency selected, another hovered, the search open: every view switch keeps the selection and draws the view', async () => {
    const { page } = session;
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    await hoverNode(page, 'agency:省商务厅', '省商务厅');
    await page.fill('#search', '财政');
    await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
    for (const view of VIEWS) {
      await switchTo(view);
      expect((await state(page)).selected).toBe(DRC);
      expect(await page.getAttribute('#details', 'data-node')).toBe(DRC);
      if (view === 'matrix') continue;
      const drawn = await page.evaluate((node) => {
        const { graph, renderer } = window.__fengong as Hook;
        return { view: graph.getAttribute('view'), highlighted: renderer.getNodeDisplayData(node)?.highlighted };
      }, DRC);
      expect([view, drawn.view, drawn.highlighted]).toEqual([view, view, true]);
    }
    // Esc (out of the search box) clears the selection in whatever view is shown.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window.__fengong as Hook).state.selected === null);
  });

  it('a task selected, then the one-mode views (which have no task nodes) and back: the task is still selected', async () => {
    const { page } = session;
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    const task = (await page.getAttribute('#details button[data-node^="task:"]', 'data-node')) as string;
    await page.click(`#details button[data-node="${task}"]`);
    await page.waitForSelector(`#details[data-node="${task}"]`);
    for (const view of ['projection', 'lead', 'bipartite'] as const) {
      await switchTo(view);
      expect([view, (await state(page)).selected]).toEqual([view, task]);
    }
    expect(await page.evaluate((node) => (window.__fengong as Hook).renderer.getNodeDisplayData(node)?.highlighted, task)).toBe(true);
  });
});
