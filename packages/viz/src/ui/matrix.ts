// The agency × task matrix, an analysis view and an accessible table alternative to the canvas:
// rows grouped by community, columns by category (ui/matrix-order.ts), a band naming each category
// over its columns, lead, co and responsible cells in distinct shades and letters, its own legend.
import type { Role } from '@fengong/core';
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t, type StringKey } from '../i18n.js';
import { rankAgencies } from '../metrics/ranking.js';
import { COLORS, communityColor } from '../style.js';
import { categoryNamesEn } from './header.js';
import { matrixOrder } from './matrix-order.js';

/** Columns drawn at most: beyond, a note asks to filter by category. */
export const MATRIX_MAX_TASKS = 300;

const CELL: Record<Role, StringKey> = { lead: 'matrixLead', co: 'matrixCo', responsible: 'matrixResponsible' };
const KEY: Record<Role, StringKey> = { lead: 'legendLead', co: 'legendCo', responsible: 'legendResponsible' };

export function mountMatrix(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  let stale = true;

  const legend = (lang: 'zh' | 'en', grouped: boolean, roles: Set<Role>): HTMLElement =>
    el(
      'div',
      { className: 'matrix-legend', attrs: { 'data-legend': 'matrix' } },
      ...(['lead', 'co', 'responsible'] as const)
        .filter((r) => roles.has(r))
        .map((r) => el('span', { className: 'key' }, el('span', { className: `cell-key ${r}`, text: t(lang, CELL[r]) }), document.createTextNode(` ${t(lang, KEY[r])}`))),
      el('span', { className: 'muted', text: t(lang, grouped ? 'matrixOrderCommunity' : 'matrixOrderRank') }),
    );

  const render = (): void => {
    const state = store.get();
    if (state.view !== 'matrix') {
      stale = true;
      return;
    }
    stale = false;
    const { lang, leadOnly, selected } = state;
    // The filters' tasks and agencies are already gone from the visible graph.
    const graph = ctx.visible().graph;
    const metrics = ctx.metrics();
    const taskCount = graph.filterNodes((_n, a) => a.part === 'task').length;
    const ranked = rankAgencies(graph, metrics, { sortBy: state.sortBy, ascending: state.sortAscending, hideCollective: state.hideCollective });
    const order = matrixOrder(graph, ranked, metrics.community, MATRIX_MAX_TASKS);
    const colors = ctx.categoryColors();
    const categoryEn = categoryNamesEn(ctx);
    const corner = (rowSpan: number): HTMLElement => el('th', { text: t(lang, 'agency'), attrs: { scope: 'col', rowspan: String(rowSpan), colspan: order.groups.length > 0 ? '2' : '1' } });
    const bandRow = el(
      'tr',
      { className: 'bands' },
      corner(2),
      ...order.bands.map((band) => {
        const name = band.category === null ? t(lang, 'uncategorised') : pick(lang, band.category, categoryEn.get(band.category));
        const th = el('th', { className: 'band', text: band.span >= 3 ? name : '', attrs: { scope: 'colgroup', colspan: String(band.span), title: name, 'data-category': band.category ?? '' } });
        th.style.borderTopColor = (band.category === null ? undefined : colors.get(band.category)) ?? COLORS.uncategorised;
        return th;
      }),
    );
    const head = el(
      'tr',
      {},
      ...order.columns.map((task) => {
        const a = graph.getNodeAttributes(task);
        const title = a.part === 'task' ? `#${a.id} ${pick(lang, a.title, a.titleEn)}${a.category === null ? '' : ` · ${a.category}`}` : task;
        return el('th', { text: a.part === 'task' ? a.id : task, attrs: { scope: 'col', title, 'data-task': task } });
      }),
    );
    const roles = new Set<Role>();
    let groupIndex = 0;
    let groupLeft = 0;
    const rows = order.rows.map((agency) => {
      const a = graph.getNodeAttributes(agency);
      const name = el('button', { className: 'link', text: a.part === 'agency' ? pick(lang, a.name, a.nameEn) : agency, attrs: { type: 'button' } });
      name.addEventListener('click', () => actions.select(agency));
      const cells = order.columns.map((task) => {
        const edge = graph.edge(agency, task);
        const role = edge === undefined ? undefined : graph.getEdgeAttribute(edge, 'role');
        if (role === undefined || (leadOnly && role !== 'lead')) return el('td');
        roles.add(role);
        return el('td', { className: role, text: t(lang, CELL[role]) });
      });
      let group: HTMLElement | null = null;
      if (order.groups.length > 0 && groupLeft === 0) {
        const g = order.groups[groupIndex];
        groupIndex += 1;
        groupLeft = g?.span ?? 1;
        const c = g?.community ?? -1;
        group = el('th', { className: 'group', text: c < 0 ? '' : String(c + 1), attrs: { rowspan: String(groupLeft), title: c < 0 ? t(lang, 'collective') : t(lang, 'legendCommunity', { n: c + 1 }), 'data-community': String(c) } });
        group.style.background = c < 0 ? COLORS.collective : communityColor(c);
      }
      if (order.groups.length > 0) groupLeft -= 1;
      return el('tr', { className: agency === selected ? 'selected' : '', attrs: { 'data-node': agency } }, group, el('th', { attrs: { scope: 'row' } }, name), ...cells);
    });
    const note = taskCount > order.columns.length ? el('p', { className: 'note', text: t(lang, 'matrixTruncated', { n: MATRIX_MAX_TASKS }) }) : null;
    container.replaceChildren(
      legend(lang, order.groups.length > 0, roles),
      ...(note === null ? [] : [note]),
      el('table', { className: 'matrix-table' }, el('caption', { text: t(lang, 'matrixCaption') }), el('thead', {}, bandRow, head), el('tbody', {}, ...rows)),
    );
  };

  ctx.events.on('network', () => {
    stale = true;
    render();
  });
  ctx.events.on('metrics', () => {
    // Communities arrive from the worker: the rows regroup then.
    if (store.get().view === 'matrix') render();
  });
  store.subscribe((_s, changed) => {
    const relevant = ['lang', 'hiddenCategories', 'leadOnly', 'sortBy', 'sortAscending', 'hideCollective', 'selected'];
    if (changed.has('view') ? stale || store.get().view === 'matrix' : relevant.some((k) => changed.has(k as never))) render();
  });
}
