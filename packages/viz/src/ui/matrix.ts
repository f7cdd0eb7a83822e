// The agency × task matrix, an analysis view and an accessible table alternative to the canvas:
// rows grouped by community, columns by category (ui/matrix-order.ts), or both by two-mode coreness
// (core–periphery order, chosen above the table), a band naming each category
// over its columns, lead, co and responsible cells in distinct shades and letters, its own legend.
import type { Role } from '@fengong/core';
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t, type StringKey } from '../i18n.js';
import { rankAgencies } from '../metrics/ranking.js';
import { COLORS, communityColor } from '../style.js';
import { categoryNamesEn } from './header.js';
import { labelledSelect } from './controls.js';
import { corePeripheryOrder, matrixOrder } from './matrix-order.js';
import type { MatrixOrderName } from '../state.js';

/** Columns drawn at most: beyond, a note asks to filter by category. */
export const MATRIX_MAX_TASKS = 300;

const CELL: Record<Role, StringKey> = { lead: 'matrixLead', co: 'matrixCo', responsible: 'matrixResponsible' };
const KEY: Record<Role, StringKey> = { lead: 'legendLead', co: 'legendCo', responsible: 'legendResponsible' };

/** Cells built per slice of the matrix (one task of the page each): tens of milliseconds on this project's machine. */
const SLICE_CELLS = 3000;

/** Column widths (px) of the matrix: the community band, the agency names, each task. */
const WIDTH = { group: 24, name: 190, task: 22 } as const;

/**
 * The matrix's table with its column widths fixed (`table-layout: fixed`): the browser then lays
 * out tens of thousands of cells without measuring each (at 1,000 tasks, automatic layout took
 * a second or more of the page's time at every drawing). Names too long for their column end in
 * an ellipsis, with the whole name as the button's title.
 */
function matrixTable(grouped: boolean, columns: number, ...children: HTMLElement[]): HTMLTableElement {
  const widths = [...(grouped ? [WIDTH.group] : []), WIDTH.name, ...Array.from({ length: columns }, () => WIDTH.task)];
  const colgroup = el('colgroup', {}, ...widths.map((w) => {
    const col = el('col');
    col.style.width = `${w}px`;
    return col;
  }));
  const table = el('table', { className: 'matrix-table' }, children[0] ?? null, colgroup, ...children.slice(1));
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
  return table;
}

export function mountMatrix(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  let stale = true;
  /** Increased at each drawing: a slice of an older one stops. */
  let drawing = 0;
  // The metrics the matrix is ordered by: the communities, and the ranking's sort metric. Every
  // other metric's arrival would draw a table of tens of thousands of cells again for nothing.
  const ordering = (): string =>
    `${ctx.metrics().communityCount}|${ctx.metrics().has(store.get().sortBy)}|${ctx.metrics().taskCoreness.size}|${ctx.metrics().has('continuousCorenessTwoMode')}`;
  let ordered = '';
  const orderSelect = labelledSelect<MatrixOrderName>(
    'matrix-order',
    (l) => t(l, 'matrixOrder'),
    () => [
      { value: 'blocks', label: (l) => t(l, 'matrixOrderBlocks') },
      { value: 'core', label: (l) => t(l, 'matrixOrderCoreOption') },
    ],
    () => store.get().matrixOrder,
    (v) => actions.set({ matrixOrder: v }),
  );

  const legend = (lang: 'zh' | 'en', how: StringKey, roles: Set<Role>): HTMLElement =>
    el(
      'div',
      { className: 'matrix-legend', attrs: { 'data-legend': 'matrix' } },
      ...(['lead', 'co', 'responsible'] as const)
        .filter((r) => roles.has(r))
        .map((r) => el('span', { className: 'key' }, el('span', { className: `cell-key ${r}`, text: t(lang, CELL[r]) }), document.createTextNode(` ${t(lang, KEY[r])}`))),
      el('span', { className: 'muted', text: t(lang, how), attrs: { 'data-order': how } }),
    );

  const render = (): void => {
    const state = store.get();
    if (state.view !== 'matrix') {
      stale = true;
      drawing += 1;
      return;
    }
    stale = false;
    ordered = ordering();
    const { lang, leadOnly } = state;
    // The filters' tasks and agencies are already gone from the visible graph.
    const graph = ctx.visible().graph;
    const metrics = ctx.metrics();
    const taskCount = graph.filterNodes((_n, a) => a.part === 'task').length;
    const ranked = rankAgencies(graph, metrics, { sortBy: state.sortBy, ascending: state.sortAscending, hideCollective: state.hideCollective });
    const byCore = state.matrixOrder === 'core';
    const coreReady = metrics.has('continuousCorenessTwoMode') && metrics.taskCoreness.size > 0;
    const order = byCore
      ? corePeripheryOrder(graph, ranked, (n) => metrics.get('continuousCorenessTwoMode', n), metrics.taskCoreness, MATRIX_MAX_TASKS)
      : matrixOrder(graph, ranked, metrics.community, MATRIX_MAX_TASKS);
    const how: StringKey = byCore ? (coreReady ? 'matrixOrderCore' : 'matrixOrderCorePending') : order.groups.length > 0 ? 'matrixOrderCommunity' : 'matrixOrderRank';
    orderSelect.update(lang);
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
        const name = a.part === 'task' ? `#${a.id} ${pick(lang, a.title, a.titleEn)}` : task;
        const title = a.part === 'task' && a.category !== null ? `${name} · ${a.category}` : name;
        // The task's number, its whole title on hover; a click selects it (the details panel shows the title).
        const pickTask = el('button', { className: 'link', text: a.part === 'task' ? a.id : task, attrs: { type: 'button', title, 'aria-label': name } });
        pickTask.addEventListener('click', () => actions.select(task));
        return el('th', { className: task === store.get().selected ? 'selected' : '', attrs: { scope: 'col', title, 'data-task': task } }, pickTask);
      }),
    );
    // The roles present, for the legend (before the rows, which are drawn in slices).
    const columnSet = new Set(order.columns);
    const roles = new Set<Role>();
    graph.forEachEdge((_e, attr, a, b) => {
      if ((columnSet.has(a) || columnSet.has(b)) && (!leadOnly || attr.role === 'lead')) roles.add(attr.role);
    });
    let groupIndex = 0;
    let groupLeft = 0;
    const row = (agency: string): HTMLElement => {
      const a = graph.getNodeAttributes(agency);
      const label = a.part === 'agency' ? pick(lang, a.name, a.nameEn) : agency;
      const name = el('button', { className: 'link', text: label, attrs: { type: 'button', title: label } });
      name.addEventListener('click', () => actions.select(agency));
      const cells = order.columns.map((task) => {
        const edge = graph.edge(agency, task);
        const role = edge === undefined ? undefined : graph.getEdgeAttribute(edge, 'role');
        if (role === undefined || (leadOnly && role !== 'lead')) return el('td');
        return el('td', { className: role, text: t(lang, CELL[role]) });
      });
      let group: HTMLElement | null = null;
      if (order.groups.length > 0 && groupLeft === 0) {
        const g = order.groups[groupIndex];
        groupIndex += 1;
        groupLeft = g?.span ?? 1;
        const c = g?.community ?? -1;
        group = el('th', { className: 'group', text: c < 0 ? '' : String(c + 1), attrs: { rowspan: String(groupLeft), title: c < 0 ? t(lang, 'collective') : t(lang, 'legendCommunity', { n: c + 1 }), 'data-community': String(c) } });
        group.style.background = c < 0 ? COLORS.collective : communityColor(c, ctx.metrics().communityCount);
      }
      if (order.groups.length > 0) groupLeft -= 1;
      return el('tr', { className: agency === store.get().selected ? 'selected' : '', attrs: { 'data-node': agency } }, group, el('th', { attrs: { scope: 'row' } }, name), ...cells);
    };
    const note = taskCount > order.columns.length ? el('p', { className: 'note', text: t(lang, 'matrixTruncated', { n: MATRIX_MAX_TASKS }) }) : null;
    const tbody = el('tbody');
    container.replaceChildren(
      orderSelect.element,
      legend(lang, how, roles),
      ...(note === null ? [] : [note]),
      matrixTable(order.groups.length > 0, order.columns.length, el('caption', { text: t(lang, 'matrixCaption') }), el('thead', {}, bandRow, head), tbody),
    );
    // The rows are built in slices of about SLICE_CELLS cells, one task each, into a detached
    // body put in place at the end: the page never stops for the whole table's construction (at
    // 1,000 tasks, 214 rows × 300 columns, built and laid out in one task of 0.6–4.6 s), and the
    // browser lays the table out once (appending slice by slice laid it out again each time). A
    // newer drawing abandons this one.
    const generation = (drawing += 1);
    const perSlice = Math.max(1, Math.floor(SLICE_CELLS / Math.max(1, order.columns.length)));
    const body = el('tbody');
    let next = 0;
    const slice = (): void => {
      if (generation !== drawing) return;
      const end = Math.min(order.rows.length, next + perSlice);
      for (; next < end; next += 1) body.append(row(order.rows[next] as string));
      if (next < order.rows.length) {
        setTimeout(slice, 0);
        return;
      }
      tbody.replaceWith(body);
      container.dataset.drawn = 'true';
      // Drawn in its final order (communities known): what `measure-views.mjs` waits for.
      if (order.groups.length > 0 || (byCore && coreReady)) performance.mark('fengong:matrix-ready');
    };
    delete container.dataset.drawn;
    slice();
  };

  // Several changes in one turn (a table opened: its network, the state carried over, the first
  // metrics) draw the table once: at 1,000 tasks one drawing of its 64,000 cells takes a second or two.
  let pending = false;
  const requestRender = (): void => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      render();
    }, 0);
  };
  ctx.events.on('network', () => {
    stale = true;
    requestRender();
  });
  ctx.events.on('metrics', () => {
    if (store.get().view !== 'matrix' || (ordering() === ordered && !stale)) return;
    requestRender();
  });
  store.subscribe((s, changed) => {
    const relevant = ['lang', 'hiddenCategories', 'leadOnly', 'sortBy', 'sortAscending', 'hideCollective', 'matrixOrder'];
    if (changed.has('view') ? stale || s.view === 'matrix' : relevant.some((k) => changed.has(k as never))) requestRender();
    else if (changed.has('selected') && s.view === 'matrix' && !pending) {
      // A new selection only moves the highlighted row or column.
      for (const row of container.querySelectorAll<HTMLTableRowElement>('tbody tr')) row.classList.toggle('selected', row.dataset.node === s.selected);
      for (const th of container.querySelectorAll<HTMLTableCellElement>('thead th[data-task]')) th.classList.toggle('selected', th.dataset.task === s.selected);
    }
  });
}
