// The ranking table beside the graph: agencies sorted by any metric, synced both ways with the
// selection (a click selects and flies to the agency; selecting elsewhere highlights its row).
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t } from '../i18n.js';
import { METRICS, formatMetric, metricInfo, type MetricKey } from '../metrics/catalog.js';
import { rankAgencies } from '../metrics/ranking.js';
import { labelledSelect } from './controls.js';

/** Columns always shown; the sort metric is added when it is another one. */
const FIXED: readonly MetricKey[] = ['tasks', 'lead'];

export function mountRanking(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  const heading = el('h2', { attrs: { id: 'ranking-heading' } });
  const sort = labelledSelect(
    'sort',
    (l) => t(l, 'sortBy'),
    () => METRICS.map((m) => ({ value: m.key, label: (l) => (l === 'zh' ? m.zh : m.en) })),
    () => store.get().sortBy,
    (v: MetricKey) => actions.set({ sortBy: v }),
  );
  const direction = el('button', { className: 'small', attrs: { type: 'button' } });
  direction.addEventListener('click', () => actions.set({ sortAscending: !store.get().sortAscending }));
  const thead = el('thead');
  const tbody = el('tbody');
  const table = el('table', { className: 'ranking-table', attrs: { 'aria-labelledby': 'ranking-heading' } }, thead, tbody);
  container.replaceChildren(el('div', { className: 'ranking-head' }, heading, sort.element, direction), el('div', { className: 'table-scroll' }, table));

  const columns = (): MetricKey[] => {
    const { sortBy } = store.get();
    return FIXED.includes(sortBy) ? [...FIXED] : [...FIXED, sortBy];
  };

  const headerCell = (key: MetricKey | 'agency' | 'rank'): HTMLElement => {
    const { lang, sortBy, sortAscending } = store.get();
    if (key === 'rank') return el('th', { text: t(lang, 'rank'), attrs: { scope: 'col' } });
    if (key === 'agency') return el('th', { text: t(lang, 'agency'), attrs: { scope: 'col' } });
    const info = metricInfo(key);
    const b = el('button', { className: 'sort', text: lang === 'zh' ? info.zh : info.en, attrs: { type: 'button' } });
    b.addEventListener('click', () => actions.set(sortBy === key ? { sortAscending: !sortAscending } : { sortBy: key, sortAscending: false }));
    const th = el('th', { className: 'num', attrs: { scope: 'col' } }, b);
    if (key === sortBy) th.setAttribute('aria-sort', sortAscending ? 'ascending' : 'descending');
    return th;
  };

  const render = (): void => {
    const state = store.get();
    const { lang } = state;
    const graph = ctx.visible().graph;
    const metrics = ctx.metrics();
    heading.textContent = t(lang, 'ranking');
    sort.update(lang);
    direction.textContent = state.sortAscending ? '↑' : '↓';
    direction.setAttribute('aria-label', state.sortAscending ? 'ascending' : 'descending');
    const cols = columns();
    thead.replaceChildren(el('tr', {}, headerCell('rank'), headerCell('agency'), ...cols.map(headerCell)));
    const order = rankAgencies(graph, metrics, { sortBy: state.sortBy, ascending: state.sortAscending, hideCollective: state.hideCollective });
    tbody.replaceChildren(
      ...order.map((node, i) => {
        const attr = graph.getNodeAttributes(node);
        const name = attr.part === 'agency' ? pick(lang, attr.name, attr.nameEn) : node;
        const b = el('button', { className: 'link', text: name, attrs: { type: 'button' } });
        const row = el(
          'tr',
          { attrs: { 'data-node': node } },
          el('td', { className: 'num', text: String(i + 1) }),
          el('th', { attrs: { scope: 'row' } }, b),
          ...cols.map((key) => el('td', { className: 'num', text: metrics.isPending(key) ? '…' : formatMetric(key, metrics.get(key, node)) })),
        );
        row.addEventListener('click', () => actions.select(node, { fly: true }));
        return row;
      }),
    );
    markSelected();
  };
  const markSelected = (): void => {
    const { selected } = store.get();
    for (const row of tbody.querySelectorAll<HTMLElement>('tr.selected')) {
      row.classList.remove('selected');
      row.removeAttribute('aria-current');
    }
    if (selected === null) return;
    const row = tbody.querySelector<HTMLElement>(`tr[data-node="${CSS.escape(selected)}"]`);
    if (row === null) return;
    row.classList.add('selected');
    row.setAttribute('aria-current', 'true');
    row.scrollIntoView({ block: 'nearest' });
  };

  ctx.events.on('network', render);
  let pending = false;
  ctx.events.on('metrics', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  });
  store.subscribe((_s, changed) => {
    if (['lang', 'sortBy', 'sortAscending', 'hideCollective', 'hiddenCategories'].some((k) => changed.has(k as never))) render();
    else if (changed.has('selected')) markSelected();
  });
}
