// Two plans side by side (issue 15): one canvas per plan, agencies at the same positions in both
// (one layout of the two plans together), the cameras moving together, and one selection: a node
// picked on either side (or in the ranking, search, details) is the focus of both.
import type { App } from '../app/app.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { forceLayout, type LayoutHandle } from '../layout/force.js';
import { seedBipartite } from '../layout/seed.js';
import { agencyKey, applyUnionPositions, sideBySideModel, type SideBySideModel } from '../plans/side-by-side-model.js';
import type { Plan, Plans } from '../plans/plans.js';
import { counts } from '../network.js';
import { edgeReducer, focusOf, nodeReducer, type ReducerContext } from '../reducers.js';
import { LabelPlacer } from '../render/labels.js';
import { bindLabelThreshold, createRenderer, type Renderer } from '../renderer.js';
import { DEFAULT_STATE } from '../state.js';
import type { DisplayGraph } from '../types.js';
import { comparedStep, type PlansBar } from './plans-bar.js';

/** What the browser tests read of the side-by-side view (through the test hook). */
export interface SideBySideHook {
  readonly graphs: readonly [DisplayGraph, DisplayGraph];
  readonly renderers: readonly [Renderer, Renderer];
  /** The shared selection (an agency's key is `agency:<compared name>`). */
  readonly selected: string | null;
}

interface Shown {
  model: SideBySideModel;
  renderers: [Renderer, Renderer];
  contexts: [ReducerContext, ReducerContext];
  unbind: () => void;
}

/** The extent of a graph's positions, as sigma's `setCustomBBox` takes it. */
function extentOf(graph: DisplayGraph): { x: [number, number]; y: [number, number] } {
  const box = { x: [Infinity, -Infinity] as [number, number], y: [Infinity, -Infinity] as [number, number] };
  graph.forEachNode((_n, { x, y }) => {
    box.x = [Math.min(box.x[0], x), Math.max(box.x[1], x)];
    box.y = [Math.min(box.y[0], y), Math.max(box.y[1], y)];
  });
  return box;
}

/**
 * Mounts the view in `container` (loaded on the first press of its toggle, see main.ts, and drawn
 * at once if the toggle is on); returns a getter for the test hook (undefined while closed or laying out). */
export function mountSideBySide(container: HTMLElement, app: App, plans: Plans, bar: PlansBar): () => SideBySideHook | undefined {
  container.hidden = true;
  let token = 0;
  let layout: LayoutHandle | undefined;
  let shown: Shown | undefined;
  let selected: string | null = null;
  let hovered: string | null = null;
  /** Set while this view pushes its selection into the app, so the echo is not taken back. */
  let pushing = false;

  const close = (): void => {
    layout?.stop();
    layout = undefined;
    if (shown !== undefined) {
      shown.unbind();
      for (const r of shown.renderers) r.kill();
    }
    shown = undefined;
  };

  /** Compared key of the app's selection in the shown plan, and back. */
  const renames = async (): Promise<Map<string, string>> => {
    const comparison = await plans.compare();
    const label = plans.plans[plans.current]?.label;
    return new Map(comparison.identity.filter((c) => c.plan === label).map((c) => [c.from, c.to]));
  };
  const fromApp = (node: string | null, rename: ReadonlyMap<string, string>): string | null => {
    if (node === null) return null;
    if (!node.startsWith('agency:')) return null;
    const name = node.slice('agency:'.length);
    return agencyKey(rename.get(name) ?? name);
  };

  const refresh = (): void => {
    if (shown === undefined) return;
    const state = { ...DEFAULT_STATE, selected, hovered };
    shown.renderers.forEach((r, i) => {
      const ctx = shown?.contexts[i];
      if (ctx === undefined) return;
      ctx.state = state;
      Object.assign(ctx, focusOf(state, ctx.graph));
      r.refresh({ skipIndexation: true });
    });
    container.dataset.selected = selected ?? '';
  };

  const select = (node: string | null): void => {
    selected = node;
    refresh();
    // The app's details panel follows when the shown plan has the agency (by its compared name).
    void renames().then((rename) => {
      const current = app.network().graph;
      let inApp: string | null = null;
      if (node !== null) {
        current.forEachNode((key, attr) => {
          if (inApp === null && attr.part === 'agency' && agencyKey(rename.get(attr.name) ?? attr.name) === node) inApp = key;
        });
      }
      pushing = true;
      try {
        app.actions.select(inApp);
      } finally {
        pushing = false;
      }
    });
  };

  const draw = (model: SideBySideModel, panes: HTMLElement[]): void => {
    const lang = app.store.get().lang;
    const renderers = model.sides.map((side, i) => createRenderer(side.graph, panes[i] as HTMLElement, lang, new LabelPlacer())) as [Renderer, Renderer];
    const contexts = model.sides.map((side): ReducerContext => ({ state: DEFAULT_STATE, graph: side.graph, focus: null, around: new Set<string>() })) as [ReducerContext, ReducerContext];
    // One frame for both: sigma fits each graph's own extent, so without a shared box an agency
    // at the same graph position would be drawn at different places.
    const bbox = extentOf(model.union);
    for (const r of renderers) {
      r.setCustomBBox(bbox);
      r.refresh();
    }
    const unbinders: (() => void)[] = [];
    let following = false;
    renderers.forEach((r, i) => {
      const ctx = contexts[i] as ReducerContext;
      r.setSetting('nodeReducer', (node, data) => nodeReducer(ctx, node, data));
      r.setSetting('edgeReducer', (edge, data) => edgeReducer(ctx, edge, data));
      r.on('clickNode', ({ node }) => select(node));
      r.on('clickStage', () => select(null));
      r.on('enterNode', ({ node }) => {
        hovered = node;
        refresh();
      });
      r.on('leaveNode', () => {
        hovered = null;
        refresh();
      });
      unbinders.push(bindLabelThreshold(r));
      // One camera for both: moving either moves the other to the same state.
      const other = renderers[1 - i] as Renderer;
      const follow = (): void => {
        if (following) return;
        following = true;
        other.getCamera().setState(r.getCamera().getState());
        following = false;
      };
      r.getCamera().on('updated', follow);
      unbinders.push(() => r.getCamera().removeListener('updated', follow));
    });
    shown = { model, renderers, contexts, unbind: () => unbinders.forEach((u) => u()) };
    refresh();
  };

  const render = async (): Promise<void> => {
    const mine = (token += 1);
    close();
    if (!bar.sideBySideOpen) {
      container.hidden = true;
      document.body.dataset.sideBySide = 'closed';
      return;
    }
    const lang = app.store.get().lang;
    document.body.dataset.sideBySide = 'running';
    container.hidden = false;
    container.replaceChildren(el('p', { className: 'note', text: t(lang, 'computing') }));
    const comparison = await plans.compare();
    const rename = await renames();
    if (mine !== token) return;
    const step = comparedStep(plans.current);
    const model = sideBySideModel(comparison, plans.plans.map((p) => p.network), step);
    const panes = model.sides.map((side, i) => {
      // The plan's own counts (before mergers join bodies into one disc).
      const { tasks, agencies } = counts((plans.plans[step + i] as Plan).network.graph);
      const canvas = el('div', { className: 'sbs-canvas', attrs: { 'data-role': 'side-canvas' } });
      const pane = el(
        'section',
        { className: 'sbs-pane', attrs: { 'data-side': String(i), 'data-plan': side.label, 'aria-label': side.label } },
        el('h3', {}, el('span', { text: side.label }), el('span', { className: 'muted', text: side.date === null ? '' : ` · ${side.date}` })),
        el('p', { className: 'muted', text: t(lang, 'sideCounts', { tasks, agencies }) }),
        canvas,
      );
      return { pane, canvas };
    });
    container.replaceChildren(
      el('h2', { text: t(lang, 'sideBySide', { from: model.sides[0].label, to: model.sides[1].label }) }),
      el('p', { className: 'muted', text: t(lang, 'sideBySideNote') }),
      el('div', { className: 'sbs-body' }, ...panes.map((p) => p.pane)),
    );
    seedBipartite(model.union);
    const handle = forceLayout(model.union, { weight: null });
    layout = handle;
    await handle.done;
    if (mine !== token || layout !== handle) return;
    layout = undefined;
    applyUnionPositions(model);
    selected = fromApp(app.store.get().selected, rename);
    draw(
      model,
      panes.map((p) => p.canvas),
    );
    document.body.dataset.sideBySide = 'ready';
  };

  bar.onSideBySide(() => void render());
  // Loaded on first use: the toggle that loaded this module has already been pressed.
  if (bar.sideBySideOpen) void render();
  app.store.subscribe((s, changed) => {
    if (changed.has('lang') && bar.sideBySideOpen) void render();
    if (changed.has('selected') && !pushing && shown !== undefined) {
      void renames().then((rename) => {
        selected = fromApp(s.selected, rename);
        refresh();
      });
    }
  });
  return () =>
    shown === undefined
      ? undefined
      : {
          graphs: [shown.model.sides[0].graph, shown.model.sides[1].graph],
          renderers: shown.renderers,
          selected,
        };
}
