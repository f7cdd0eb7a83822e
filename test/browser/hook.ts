// What the browser tests read through the viewer's test hook (`window.__fengong`, see
// packages/viz/src/test-hook.ts), and helpers built on it.
import type { Page } from 'playwright-core';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  type: string;
  label: string;
  part: 'agency' | 'task';
  name?: string;
  nameEn?: string;
  category?: string | null;
  collective?: boolean;
}

export interface Hook {
  graph: {
    order: number;
    size: number;
    type: string;
    nodes(): string[];
    edges(): string[];
    hasNode(node: string): boolean;
    neighbors(node: string): string[];
    getNodeAttributes(node: string): NodeAttributes;
    getEdgeAttributes(edge: string): { kind: string; type: string; role?: string; shared?: number; tasks?: number };
    getAttribute(name: 'view'): string;
  };
  renderer: {
    graphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getNodeDisplayData(node: string): { color: string; label: string | null; forceLabel: boolean; hidden: boolean; highlighted: boolean } | undefined;
    getEdgeDisplayData(edge: string): { hidden: boolean } | undefined;
    getSetting(name: 'labelFont'): string;
    getContainer(): HTMLElement;
    getCamera(): { ratio: number; isAnimated(): boolean };
  };
  state: {
    view: string;
    layout: string;
    selected: string | null;
    hovered: string | null;
    sizeBy: string;
    sortBy: string;
    lang: string;
    minWeight: number;
    hiddenCategories: ReadonlySet<string>;
  };
}

declare global {
  interface Window {
    __fengong?: unknown;
  }
}

/** Page coordinates of a node, from its graph position and the sigma container's offset. */
export async function nodeOnPage(page: Page, node: string): Promise<{ x: number; y: number }> {
  return page.evaluate((key) => {
    const { graph, renderer } = window.__fengong as Hook;
    const box = renderer.getContainer().getBoundingClientRect();
    const p = renderer.graphToViewport(graph.getNodeAttributes(key));
    return { x: box.left + p.x, y: box.top + p.y };
  }, node);
}

/**
 * Hovers a node as a user would: points at it and, if the renderer has not yet drawn the latest
 * positions (its hit test uses the last frame), nudges the mouse by a pixel and tries again, for up
 * to 10 s. Resolves once the hover panel names `label`; returns where the node was.
 */
export async function hoverNode(page: Page, node: string, label: string): Promise<{ x: number; y: number }> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await cameraStill(page);
    const at = await nodeOnPage(page, node);
    await page.mouse.move(at.x + (attempt % 2), at.y);
    try {
      await page.waitForFunction((text) => document.getElementById('hover-info')?.textContent?.startsWith(text) === true, label, { timeout: 250 });
      return at;
    } catch {
      // not hovered yet: the frame with the final positions may still be pending
    }
  }
  throw new Error(`hoverNode: pointing at ${node} never showed its hover panel`);
}

/** Waits until the camera has stopped moving (after a search or a ranking click flies to a node). */
export async function cameraStill(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window.__fengong as Hook).renderer.getCamera().isAnimated());
}

/** The viewer's state, as the hook reports it (sets as arrays). */
export async function state(page: Page): Promise<Omit<Hook['state'], 'hiddenCategories'> & { hiddenCategories: string[] }> {
  return page.evaluate(() => {
    const s = (window.__fengong as Hook).state;
    return { ...s, hiddenCategories: [...s.hiddenCategories] };
  });
}

/** Drops a file on the page as a user dragging it from their desktop would. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    [name, text] as const,
  );
}
