// View controls: view, layout, colour, size, link weight and its minimum, language.
import type { AppContext } from '../app/context.js';
import { maxLinkWeight } from '../display/encode.js';
import { el } from '../dom.js';
import { t, type StringKey } from '../i18n.js';
import { METRICS, type MetricKey } from '../metrics/catalog.js';
import { PAIR_WEIGHTS, type ColorBy, type LayoutName, type PairWeight } from '../state.js';
import type { ViewName } from '../types.js';
import { button, labelledSelect, type Control, type Option } from './controls.js';

const option = <V extends string>(value: V, key: StringKey): Option<V> => ({ value, label: (lang) => t(lang, key) });

const VIEW_OPTIONS: Option<ViewName>[] = [
  option('bipartite', 'viewBipartite'),
  option('projection', 'viewProjection'),
  option('lead', 'viewLead'),
  option('matrix', 'viewMatrix'),
];
const LAYOUT_OPTIONS: Option<LayoutName>[] = [option('force', 'layoutForce'), option('columns', 'layoutColumns')];
const COLOR_OPTIONS: Option<ColorBy>[] = [option('category', 'colorCategory'), option('community', 'colorCommunity')];
const WEIGHT_LABELS: Record<PairWeight, string> = { shared: 'shared', jaccard: 'Jaccard', newman: 'Newman', overlap: 'overlap', cosine: 'cosine', dice: 'Dice' };

export function mountToolbar(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  const view = labelledSelect('view', (l) => t(l, 'view'), () => VIEW_OPTIONS, () => store.get().view, (v) => actions.set({ view: v }));
  const layout = labelledSelect('layout', (l) => t(l, 'layout'), () => LAYOUT_OPTIONS, () => store.get().layout, (v) => actions.set({ layout: v }));
  const relayout = button('relayout', (l) => t(l, 'relayout'), () => actions.relayout());
  const status = el('span', { className: 'layout-status', attrs: { role: 'status' } });
  const color = labelledSelect('color', (l) => t(l, 'colorBy'), () => COLOR_OPTIONS, () => store.get().colorBy, (v) => actions.set({ colorBy: v }));
  const size = labelledSelect(
    'size',
    (l) => t(l, 'sizeBy'),
    () => METRICS.map((m) => ({ value: m.key, label: (l) => (l === 'zh' ? m.zh : m.en) })),
    () => store.get().sizeBy,
    (v: MetricKey) => actions.set({ sizeBy: v }),
  );
  const weight = labelledSelect(
    'weight',
    (l) => t(l, 'weight'),
    () => PAIR_WEIGHTS.map((w) => ({ value: w, label: () => WEIGHT_LABELS[w] })),
    () => store.get().weight,
    (v) => actions.set({ weight: v, minWeight: 0 }),
  );
  const minText = el('span', { className: 'control-label' });
  const minValue = el('output', { className: 'min-value' });
  const min = el('input', { attrs: { type: 'range', name: 'min', min: '0', step: '1' } });
  min.addEventListener('input', () => actions.set({ minWeight: Number(min.value) }));
  const minControl = el('label', { className: 'control' }, minText, min, minValue);
  const lang = button('lang', (l) => (l === 'zh' ? 'English' : '中文'), () => actions.set({ lang: store.get().lang === 'zh' ? 'en' : 'zh' }), (l) => t(l, 'switchLanguage'));

  const controls: Control[] = [view, layout, relayout, color, size, weight, lang];
  container.replaceChildren(view.element, layout.element, relayout.element, status, color.element, size.element, weight.element, minControl, lang.element);

  const updateMin = (): void => {
    const state = store.get();
    const graph = ctx.renderer().getGraph();
    const max = state.view === 'projection' ? maxLinkWeight(graph, state.weight) : 0;
    const integer = state.weight === 'shared';
    min.max = String(max);
    min.step = integer ? '1' : String(max / 100 || 0.01);
    min.value = String(state.minWeight);
    minValue.textContent = integer ? String(state.minWeight) : state.minWeight.toFixed(2);
    minText.textContent = t(state.lang, 'minWeight');
  };
  const updateVisibility = (): void => {
    const { view: v } = store.get();
    const oneMode = v === 'projection';
    weight.element.hidden = !oneMode;
    minControl.hidden = !oneMode;
    layout.element.hidden = v !== 'bipartite';
    relayout.element.hidden = v === 'matrix';
  };
  const updateStatus = (running: boolean): void => {
    status.textContent = running ? t(store.get().lang, 'layingOut') : '';
  };
  const updateAll = (): void => {
    for (const c of controls) c.update(store.get().lang);
    // The switch names the other language in its own words (English, 中文), marked as that language.
    lang.button.lang = store.get().lang === 'zh' ? 'en' : 'zh-Hans';
    updateMin();
    updateVisibility();
  };

  ctx.events.on('network', updateAll);
  ctx.events.on('layout', (s) => updateStatus(s === 'running'));
  store.subscribe((state, changed) => {
    if (changed.has('lang')) updateAll();
    else {
      if (changed.has('view')) view.update(state.lang);
      if (changed.has('layout')) layout.update(state.lang);
      if (changed.has('colorBy')) color.update(state.lang);
      if (changed.has('sizeBy')) size.update(state.lang);
      if (changed.has('weight')) weight.update(state.lang);
    }
    if (changed.has('view') || changed.has('weight') || changed.has('minWeight') || changed.has('hideCollective')) updateMin();
    if (changed.has('view')) updateVisibility();
  });
}
