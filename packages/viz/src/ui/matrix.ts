// The agency × task matrix: an accessible table alternative to the canvas. Rows are agencies in
// ranking order, columns tasks in table order (grouped by category), cells the role.
import type { Role } from '@fengong/core';
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t, type StringKey } from '../i18n.js';
import { rankAgencies } from '../metrics/ranking.js';

/** Columns drawn at most: beyond, a note asks to filter by category. */
export const MATRIX_MAX_TASKS = 300;

const CELL: Record<Role, StringKey> = { lead: 'matrixLead', co: 'matrixCo', responsible: 'matrixResponsible' };

export function mountMatrix(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  let stale = true;

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
    const tasks = graph.filterNodes((_n, a) => a.part === 'task');
    const shown = tasks.slice(0, MATRIX_MAX_TASKS);
    const head = el(
      'tr',
      {},
      el('th', { text: t(lang, 'agency'), attrs: { scope: 'col' } }),
      ...shown.map((task) => {
        const a = graph.getNodeAttributes(task);
        const title = a.part === 'task' ? `${pick(lang, a.title, a.titleEn)}${a.category === null ? '' : ` · ${a.category}`}` : task;
        return el('th', { text: a.part === 'task' ? a.id : task, attrs: { scope: 'col', title } });
      }),
    );
    const order = rankAgencies(graph, ctx.metrics(), { sortBy: state.sortBy, ascending: state.sortAscending, hideCollective: state.hideCollective });
    const rows = order.map((agency) => {
      const a = graph.getNodeAttributes(agency);
      const name = el('button', { className: 'link', text: a.part === 'agency' ? pick(lang, a.name, a.nameEn) : agency, attrs: { type: 'button' } });
      name.addEventListener('click', () => actions.select(agency));
      const cells = shown.map((task) => {
        const edge = graph.edge(agency, task);
        const role = edge === undefined ? undefined : graph.getEdgeAttribute(edge, 'role');
        if (role === undefined || (leadOnly && role !== 'lead')) return el('td');
        return el('td', { className: role, text: t(lang, CELL[role]) });
      });
      return el('tr', { className: agency === selected ? 'selected' : '', attrs: { 'data-node': agency } }, el('th', { attrs: { scope: 'row' } }, name), ...cells);
    });
    const note = tasks.length > shown.length ? el('p', { className: 'note', text: t(lang, 'matrixTruncated', { n: MATRIX_MAX_TASKS }) }) : null;
    container.replaceChildren(
      ...(note === null ? [] : [note]),
      el('table', { className: 'matrix-table' }, el('caption', { text: t(lang, 'matrixCaption') }), el('thead', {}, head), el('tbody', {}, ...rows)),
    );
  };

  ctx.events.on('network', () => {
    stale = true;
    render();
  });
  ctx.events.on('metrics', () => {
    if (store.get().view === 'matrix' && store.get().sortBy !== 'tasks') render();
  });
  store.subscribe((_s, changed) => {
    const relevant = ['lang', 'hiddenCategories', 'leadOnly', 'sortBy', 'sortAscending', 'hideCollective', 'selected'];
    if (changed.has('view') ? stale || store.get().view === 'matrix' : relevant.some((k) => changed.has(k as never))) render();
  });
}
