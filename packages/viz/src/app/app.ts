// The explorer: one store, one sigma renderer, the open table with its metrics and views, and the
// reactions that keep them in step. Components talk to it through `AppContext`.
import { effectiveSizeMetric, encodeEdges, encodeNodes, type EncodeContext } from '../display/encode.js';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { startMetrics, type MetricsJob } from '../metrics/compute.js';
import { visibleNetwork, type Filters } from '../filter/visible.js';
import { counts, tasksPerCategory, type Network } from '../network.js';
import { edgeReducer, focusOf, nodeReducer, type ReducerContext } from '../reducers.js';
import { copyInterval } from '../layout/force.js';
import { cameraToFit } from '../render/camera.js';
import { LabelPlacer } from '../render/labels.js';
import { bindLabelThreshold, createRenderer, labelSettings, type Renderer } from '../renderer.js';
import { loadPinyin, type PinyinConverter } from '../search/pinyin.js';
import { SearchIndex } from '../search/search-index.js';
import { DEFAULT_STATE, type State } from '../state.js';
import { Store } from '../store.js';
import { categoryColors } from '../style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes, GraphViewName, ViewName } from '../types.js';
import { applyPageLanguage } from '../ui/landmarks.js';
import type { Messages } from '../ui/messages.js';
import { writeUrlState } from '../url-state.js';
import type { Actions, CameraMove } from './actions.js';
import { afterNextFrame } from './after-frame.js';
import { carriedSelection } from './carry-selection.js';
import { Emitter, type AppContext, type AppEvents } from './context.js';
import { makeExports } from './exports.js';
import { makeOpeners } from './open.js';
import { Views } from './views.js';

export interface App extends AppContext {
  /** Node keys whose label the last frame drew (for the test hook). */
  drawnLabels(): ReadonlySet<string>;
  /** Shows a table (the first one, then each the user opens). */
  load(network: Network): void;
  destroy(): void;
}

export function createApp(elements: { graph: HTMLElement; matrix: HTMLElement }, initial: Partial<State>, messages: Messages): App {
  const store = new Store<State>({ ...DEFAULT_STATE, ...initial });
  const events = new Emitter<AppEvents>();
  const graphOfView = (view: ViewName): GraphViewName => (view === 'matrix' ? 'bipartite' : view);
  const graphView = (): GraphViewName => graphOfView(store.get().view);

  let network: Network | undefined;
  /** What the filters leave of `network`: every view, metric and count describes it. */
  let shown: Network | undefined;
  let job: MetricsJob | undefined;
  let views: Views | undefined;
  let search: SearchIndex | undefined;
  let colors: ReadonlyMap<string, string> = new Map();
  let renderer: Renderer | undefined;
  let unbindLabels = (): void => {};
  const labels = new LabelPlacer();
  let pinyin: Promise<PinyinConverter> | undefined;
  let pinyinAbort: AbortController | undefined;
  /** The search index whose pinyin waits for the first layout. */
  let pinyinWaiting: SearchIndex | undefined;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`@fengong/viz: no ${what} yet (load a table first)`);
    return value;
  };
  const metrics = (): AgencyMetrics => need(job, 'metrics').metrics;

  const encodeContext = (): EncodeContext => {
    const s = store.get();
    const { tasks } = counts(need(shown, 'table').graph);
    return { lang: s.lang, sizeBy: s.sizeBy, colorBy: s.colorBy, weight: s.weight, metrics: metrics(), categoryColors: colors, taskCount: tasks };
  };
  const encode = (graph: DisplayGraph): void => {
    const c = encodeContext();
    encodeNodes(graph, c);
    encodeEdges(graph, c);
  };
  const encodeAll = (): void => {
    for (const graph of views?.graphs() ?? []) encodeNodes(graph, encodeContext());
  };

  // Reducers read one context object, refreshed on each relevant change.
  const rctx: ReducerContext = { state: store.get(), graph: undefined as unknown as DisplayGraph, focus: null, around: new Set() };
  /** Points the reducers at `graph`: sigma runs them on the graph it is given, before any refresh. */
  const syncReducers = (graph: DisplayGraph): void => {
    rctx.state = store.get();
    rctx.graph = graph;
    Object.assign(rctx, focusOf(rctx.state, graph));
    labels.focus = rctx.focus;
  };
  const refreshHighlight = (): void => {
    if (renderer === undefined) return;
    syncReducers(renderer.getGraph());
    // Colours, labels and visibility change, not positions.
    renderer.refresh({ skipIndexation: true });
  };

  /** Links wait for the end of a large graph's layout (see `ReducerContext.edgesHidden`). */
  const hideEdgesWhile = (graph: DisplayGraph, status: 'running' | 'done'): boolean => status === 'running' && copyInterval(graph.order, graph.size) === null;
  const setLayoutStatus = (view: GraphViewName, status: 'running' | 'done'): void => {
    if (view === graphView()) {
      if (status === 'done' && document.body.dataset.layout === 'running') performance.mark(`fengong:layout-done:${view}`);
      document.body.dataset.layout = status;
      const hidden = renderer !== undefined && hideEdgesWhile(renderer.getGraph(), status);
      if (rctx.edgesHidden === true && !hidden) {
        rctx.edgesHidden = false;
        refreshHighlight();
      } else rctx.edgesHidden = hidden;
      events.emit('layout', status);
    }
    // The first layout is done: the costly metrics and the pinyin index may have the cores now
    // (metrics/compute.ts; at 5,000 tasks the pinyin of every title is about 1.5 s of the page's time).
    // They start after the next frame (the first with every link) is on screen: without a GPU its
    // drawing is the page's longest wait, and it would share the cores with them.
    if (status === 'done') {
      const released = job;
      afterNextFrame(() => {
        released?.release();
        const index = pinyinWaiting;
        pinyinWaiting = undefined;
        if (index !== undefined) startPinyin(index);
      });
    }
  };

  /** The display graph `view` draws (the matrix reads the bipartite one), built on first use. */
  const graphOf = (view: ViewName, s: Readonly<State> = store.get()): DisplayGraph => {
    return need(views, 'views').graph(graphOfView(view), { layout: s.layout, excludeCollective: s.hideCollective });
  };

  const showView = (): void => {
    const s = store.get();
    const view = graphView();
    const graph = graphOf(view);
    elements.graph.hidden = s.view === 'matrix';
    elements.matrix.hidden = s.view !== 'matrix';
    rctx.edgesHidden = hideEdgesWhile(graph, need(views, 'views').status(view));
    if (renderer === undefined) {
      syncReducers(graph);
      renderer = createRenderer(graph, elements.graph, s.lang, labels, reducers);
      bindRenderer(renderer);
    } else if (renderer.getGraph() !== graph) {
      // The selection and hover carry across views: the reducers must read the new graph when
      // sigma indexes it, or they would look the new view's edges up in the old one.
      syncReducers(graph);
      renderer.setGraph(graph);
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    if (s.view !== 'matrix') renderer.resize();
    document.body.dataset.view = s.view;
    setLayoutStatus(view, need(views, 'views').status(view));
    refreshHighlight();
  };

  /** The focused node (hovered, else selected) and its neighbours, or every node when nothing is focused. */
  const focusedNodes = (r: Renderer): Iterable<string> => {
    syncReducers(r.getGraph());
    return rctx.focus === null ? r.getGraph().nodes() : rctx.around;
  };
  /** Moves the camera to show `node` with its neighbours (search, ranking and details picks). */
  const fly = (node: string): void => {
    const r = renderer;
    if (r === undefined || store.get().view === 'matrix' || !r.getGraph().hasNode(node)) return;
    const target = cameraToFit(r, new Set([node, ...r.getGraph().neighbors(node)]));
    if (target !== null) void r.getCamera().animate(target, { duration: 500 });
  };
  const moveCamera = (move: CameraMove): void => {
    const r = renderer;
    if (r === undefined || store.get().view === 'matrix') return;
    const camera = r.getCamera();
    if (move === 'zoomIn') void camera.animatedZoom({ duration: 250 });
    else if (move === 'zoomOut') void camera.animatedUnzoom({ duration: 250 });
    else if (move === 'reset') void camera.animatedReset({ duration: 400 });
    else {
      const target = cameraToFit(r, focusedNodes(r));
      if (target !== null) void camera.animate(target, { duration: 400 });
    }
  };

  const reducers = {
    nodeReducer: (node: string, data: DisplayNodeAttributes) => nodeReducer(rctx, node, data),
    edgeReducer: (edge: string, data: DisplayEdgeAttributes) => edgeReducer(rctx, edge, data),
  };
  const bindRenderer = (r: Renderer): void => {
    r.on('enterNode', ({ node }) => actions.hover(node));
    r.on('leaveNode', () => actions.hover(null));
    r.on('clickNode', ({ node }) => actions.select(node));
    r.on('clickStage', () => actions.select(null));
    unbindLabels = bindLabelThreshold(r);
  };

  const startJob = (): void => {
    job?.cancel();
    job = startMetrics(need(shown, 'table').graph, store.get().hideCollective);
    document.body.dataset.metrics = 'running';
    const current = job;
    // Redraw only when an encoding depends on what arrived (the size metric, or communities when
    // colouring by them): a redraw of a large graph is costly.
    const encoding = (): string => {
      const s = store.get();
      return `${effectiveSizeMetric({ sizeBy: s.sizeBy, metrics: current.metrics })}|${s.colorBy === 'community' ? current.metrics.communityCount : ''}`;
    };
    let encoded = encoding();
    current.metrics.onChange(() => {
      if (job !== current) return;
      if (current.metrics.status === 'done' && document.body.dataset.metrics !== 'done') performance.mark('fengong:metrics-done');
      document.body.dataset.metrics = current.metrics.status;
      if (encoding() !== encoded) {
        encoded = encoding();
        encodeAll();
      }
      events.emit('metrics', current.metrics);
    });
  };

  const startPinyin = (index: SearchIndex): void => {
    pinyinAbort?.abort();
    const abort = (pinyinAbort = new AbortController());
    pinyin ??= loadPinyin();
    void pinyin
      .then((convert) => index.addPinyin(convert, abort.signal))
      .then(() => {
        if (abort.signal.aborted) return;
        document.body.dataset.pinyin = 'ready';
        events.emit('pinyin', index);
      })
      .catch((error: unknown) => console.warn('@fengong/viz: pinyin search unavailable', error));
  };

  /**
   * Shows what `filters` leave of the open table: metrics, views and their layouts start again
   * on it (from the same seeds, so the same filters always give the same picture).
   */
  const showVisible = (filters: Filters): void => {
    views?.kill();
    shown = visibleNetwork(need(network, 'table'), filters);
    startJob();
    views = new Views(shown, encode, setLayoutStatus);
  };

  const load = (next: Network): void => {
    performance.mark('fengong:load');
    network = next;
    colors = categoryColors(next.graph.getAttribute('categories'), tasksPerCategory(next.graph));
    const s = store.get();
    const known = new Set([...next.graph.getAttribute('categories'), '']);
    const hiddenCategories = new Set([...s.hiddenCategories].filter((c) => known.has(c)));
    showVisible({ hiddenCategories, hideCollective: s.hideCollective });
    search = new SearchIndex(next.graph);
    delete document.body.dataset.pinyin;
    pinyinAbort?.abort();
    pinyinWaiting = search;
    store.set({ ...carriedSelection({ selected: s.selected, hovered: null }, graphOf(s.view)), hiddenCategories });
    showView();
    events.emit('network', next);
  };

  /**
   * A change of filters: the visible table is recomputed before the state changes, so that the
   * selection and the hover are kept, or cleared, in the same update, as a change of view does.
   */
  const setFilters = (patch: Partial<State>): void => {
    const s = { ...store.get(), ...patch };
    showVisible(s);
    store.set({ ...patch, ...carriedSelection(store.get(), graphOf(s.view, s)) });
    showView();
  };

  const actions: Actions = {
    hover: (node) => store.set({ hovered: node }),
    select: (node, options = {}) => {
      const s = store.get();
      if (node !== null && views !== undefined && !graphOf(s.view).hasNode(node)) {
        // Only what the view draws can be selected: a task picked in a one-mode view (from the
        // search or the details panel) is shown in the agency–task view; a node the filters
        // removed is not selected at all.
        if (!graphOf('bipartite').hasNode(node)) return;
        store.set({ view: 'bipartite', selected: node, hovered: null });
        return;
      }
      store.set({ selected: node });
      if (node !== null && options.fly === true) fly(node);
    },
    set: (patch) => {
      const s = store.get();
      const filtering = (patch.hideCollective !== undefined && patch.hideCollective !== s.hideCollective) || (patch.hiddenCategories !== undefined && network !== undefined);
      if (filtering) {
        setFilters(patch);
        return;
      }
      // A change of view keeps the selection (and the hover) only if the new view draws it, in the same update.
      const switching = patch.view !== undefined && patch.view !== s.view && views !== undefined;
      store.set(switching ? { ...patch, ...carriedSelection(s, graphOf(patch.view ?? s.view)) } : patch);
    },
    showCategory: (category, visible) => {
      const hidden = new Set(store.get().hiddenCategories);
      if (visible) hidden.delete(category);
      else hidden.add(category);
      actions.set({ hiddenCategories: hidden });
    },
    showCategories: (categories, visible) => {
      const hidden = new Set(store.get().hiddenCategories);
      for (const category of categories) {
        if (visible) hidden.delete(category);
        else hidden.add(category);
      }
      actions.set({ hiddenCategories: hidden });
    },
    showAllCategories: (visible) => {
      const graph = need(network, 'table').graph;
      actions.set({ hiddenCategories: visible ? new Set() : new Set([...graph.getAttribute('categories'), '']) });
    },
    camera: moveCamera,
    relayout: () => need(views, 'views').relayout(graphView(), { layout: store.get().layout, excludeCollective: store.get().hideCollective }),
    ...makeOpeners({ messages, load }),
    ...makeExports({ store, network: () => need(network, 'table'), visible: () => need(shown, 'table'), metrics, renderer: () => need(renderer, 'renderer'), categoryColors: () => colors, labels: () => labels.drawn }),
  };

  store.subscribe((s, changed) => {
    const has = (...keys: (keyof State)[]): boolean => keys.some((k) => changed.has(k));
    if (has('view')) showView();
    if (has('layout')) views?.relayout('bipartite', { layout: s.layout, excludeCollective: s.hideCollective });
    if (has('lang', 'sizeBy', 'colorBy')) encodeAll();
    if (has('weight')) for (const graph of views?.graphs() ?? []) encodeEdges(graph, encodeContext());
    if (has('lang')) {
      applyPageLanguage(s.lang);
      const settings = labelSettings(s.lang);
      renderer?.setSetting('labelDensity', settings.labelDensity);
      renderer?.setSetting('labelGridCellSize', settings.labelGridCellSize);
      renderer?.setSetting('labelFont', settings.labelFont);
    }
    if (has('hovered', 'selected', 'hiddenCategories', 'leadOnly', 'hideCollective', 'weight', 'minWeight', 'backboneOnly')) refreshHighlight();
    if ([...changed].some((k) => k !== 'hovered')) history.replaceState(history.state, '', `${writeUrlState(s, location.search)}${location.hash}` || location.pathname);
  });
  applyPageLanguage(store.get().lang);

  return {
    store,
    events,
    actions,
    network: () => need(network, 'table'),
    visible: () => need(shown, 'table'),
    metrics,
    search: () => need(search, 'search index'),
    renderer: () => need(renderer, 'renderer'),
    categoryColors: () => colors,
    drawnLabels: () => labels.drawn,
    load,
    destroy: () => {
      job?.cancel();
      views?.kill();
      pinyinAbort?.abort();
      unbindLabels();
      renderer?.kill();
    },
  };
}
