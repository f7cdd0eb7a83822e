// The ranking table beside the graph: agencies sorted by any metric, synced both ways with the
// selection (a click selects and flies to the agency; selecting elsewhere highlights its row).
// It answers "who carries the load" on the first screen: a bar of each agency's lead and co tasks,
// collective units listed after the agencies and not ranked, and the sort metric explained.
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t } from '../i18n.js';
import { METRICS, formatMetric, metricInfo, type MetricKey } from '../metrics/catalog.js';
import { metricHelp } from '../metrics/help.js';
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
  const help = el('p', { className: 'metric-help', attrs: { 'data-help': 'sort' } });
  const note = el('p', { className: 'note collective-note' });
  // While the sort metric is still on its way the rows are in table order: said above the table.
  const pendingNote = el('p', { className: 'note pending-note', attrs: { 'data-pending': 'sort', role: 'status' } });
  const thead = el('thead');
  const tbody = el('tbody');
  const table = el('table', { className: 'ranking-table', attrs: { 'aria-labelledby': 'ranking-heading' } }, thead, tbody);
  container.replaceChildren(el('div', { className: 'ranking-head' }, heading, sort.element, direction), help, pendingNote, el('div', { className: 'table-scroll' }, table, note));

  const columns = (): MetricKey[] => {
    const { sortBy } = store.get();
    return FIXED.includes(sortBy) ? [...FIXED] : [...FIXED, sortBy];
  };

  const headerCell = (key: MetricKey | 'agency' | 'rank' | 'bars'): HTMLElement => {
    const { lang, sortBy, sortAscending } = store.get();
    if (key === 'rank') return el('th', { text: t(lang, 'rank'), attrs: { scope: 'col' } });
    if (key === 'agency') return el('th', { text: t(lang, 'agency'), attrs: { scope: 'col' } });
    if (key === 'bars') return el('th', { className: 'bars', text: t(lang, 'leadCoBars'), attrs: { scope: 'col', title: t(lang, 'leadCoBarsHelp') } });
    const info = metricInfo(key);
    const b = el('button', { className: 'sort', text: lang === 'zh' ? info.zh : info.en, attrs: { type: 'button', title: metricHelp(key, lang) } });
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
    direction.setAttribute('aria-label', t(lang, state.sortAscending ? 'sortAscending' : 'sortDescending'));
    const cols = columns();
    help.textContent = `${lang === 'zh' ? `${metricInfo(state.sortBy).zh}：` : `${metricInfo(state.sortBy).en}: `}${metricHelp(state.sortBy, lang)}`;
    thead.replaceChildren(el('tr', {}, headerCell('rank'), headerCell('agency'), headerCell('bars'), ...cols.map(headerCell)));
    const sortName = lang === 'zh' ? metricInfo(state.sortBy).zh : metricInfo(state.sortBy).en;
    pendingNote.hidden = !metrics.isPending(state.sortBy);
    pendingNote.textContent = pendingNote.hidden ? '' : t(lang, metrics.waitsForLayout(state.sortBy) ? 'sortAfterLayout' : 'sortPending', { metric: sortName });
    const order = rankAgencies(graph, metrics, { sortBy: state.sortBy, ascending: state.sortAscending, hideCollective: state.hideCollective });
    // Collective units (各有关市州人民政府 …: a group of bodies, not one agency) come after the
    // agencies, unranked, so the first rows name agencies.
    const isCollective = (node: string): boolean => {
      const a = graph.getNodeAttributes(node);
      return a.part === 'agency' && a.collective;
    };
    const agencies = order.filter((n) => !isCollective(n));
    const collectives = order.filter(isCollective);
    let most = 1;
    for (const node of order) most = Math.max(most, metrics.get('tasks', node) ?? 0);
    const bars = (node: string): HTMLElement => {
      const lead = metrics.get('lead', node) ?? 0;
      const co = (metrics.get('tasks', node) ?? 0) - lead;
      const bar = (kind: 'lead' | 'co', n: number): HTMLElement => {
        const span = el('span', { className: `bar bar-${kind}`, attrs: { 'data-value': String(n) } });
        span.style.width = `${(100 * n) / most}%`;
        return span;
      };
      return el('td', { className: 'bars', attrs: { title: t(lang, 'leadCoTitle', { lead, co }) } }, el('span', { className: 'bar-track' }, bar('lead', lead), bar('co', co)));
    };
    const row = (node: string, rank: string, collective: boolean, first: boolean): HTMLElement => {
      const attr = graph.getNodeAttributes(node);
      const name = attr.part === 'agency' ? pick(lang, attr.name, attr.nameEn) : node;
      const b = el('button', { className: 'link', text: name, attrs: { type: 'button' } });
      const tr = el(
        'tr',
        { className: [collective ? 'collective' : '', first ? 'first-collective' : ''].filter(Boolean).join(' '), attrs: { 'data-node': node, ...(collective ? { 'data-collective': 'true' } : {}) } },
        el('td', { className: 'num', text: rank, attrs: collective ? { title: t(lang, 'collectiveUnranked') } : {} }),
        el('th', { attrs: { scope: 'row' } }, b, collective ? el('span', { className: 'badge small', text: t(lang, 'collectiveShort') }) : null),
        bars(node),
        ...cols.map((key) =>
          metrics.isPending(key)
            ? el('td', { className: 'num pending', text: '…', attrs: { title: t(lang, metrics.waitsForLayout(key) ? 'afterLayout' : 'computing') } })
            : el('td', { className: 'num', text: formatMetric(key, metrics.get(key, node)) }),
        ),
      );
      tr.addEventListener('click', () => actions.select(node, { fly: true }));
      return tr;
    };
    tbody.replaceChildren(...agencies.map((node, i) => row(node, String(i + 1), false, false)), ...collectives.map((node, i) => row(node, '—', true, i === 0)));
    note.textContent = collectives.length > 0 ? t(lang, 'collectiveNote') : '';
    note.hidden = collectives.length === 0;
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
