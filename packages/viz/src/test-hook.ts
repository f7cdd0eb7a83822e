// A read-only handle for the browser tests (test/browser/): `window.__fengong`.
import type { App } from './app/app.js';
import type { AgencyMetrics } from './metrics/agency-metrics.js';
import type { Renderer } from './renderer.js';
import type { State } from './state.js';
import type { DisplayGraph } from './types.js';
import type { SideBySideHook } from './ui/side-by-side.js';

/**
 * Test hook, not an API: the browser tests read the displayed graph, the renderer and the state
 * through it. Nothing in the app reads it.
 */
export interface TestHook {
  /** The graph sigma draws now (it changes with the view). */
  readonly graph: DisplayGraph;
  readonly renderer: Renderer;
  readonly state: Readonly<State>;
  /** Nodes whose label the last frame drew (after the halo placement dropped overlapping ones). */
  readonly labels: readonly string[];
  /** The agency metrics known so far (values arrive one metric at a time). */
  readonly metrics: AgencyMetrics;
  /** The two plans side by side, while that view is open and laid out. */
  readonly sideBySide: SideBySideHook | undefined;
}

declare global {
  interface Window {
    __fengong?: TestHook;
  }
}

/** Publishes the hook and marks the page ready (`<body data-ready="true">`) for the tests to wait on. */
export function exposeTestHook(app: App, views: { sideBySide: () => SideBySideHook | undefined }): void {
  window.__fengong = Object.freeze({
    get graph() {
      return app.renderer().getGraph();
    },
    get renderer() {
      return app.renderer();
    },
    get state() {
      return app.store.get();
    },
    get labels() {
      return [...app.drawnLabels()];
    },
    get metrics() {
      return app.metrics();
    },
    get sideBySide() {
      return views.sideBySide();
    },
  });
  document.body.dataset.ready = 'true';
  performance.mark('fengong:first-render');
}
