// A read-only handle for the browser tests (test/browser/): `window.__fengong`.
import type { Renderer } from './interactions.js';
import type { DisplayGraph } from './types.js';

/**
 * Test hook, not an API: the browser tests read the graph and the renderer through it (node
 * positions, display data, settings). Nothing in the app reads it.
 */
export interface TestHook {
  readonly graph: DisplayGraph;
  readonly renderer: Renderer;
}

declare global {
  interface Window {
    __fengong?: TestHook;
  }
}

/** Publishes the hook and marks the page ready (`<body data-ready="true">`) for the tests to wait on. */
export function exposeTestHook(hook: TestHook): void {
  window.__fengong = Object.freeze({ ...hook });
  document.body.dataset.ready = 'true';
}
