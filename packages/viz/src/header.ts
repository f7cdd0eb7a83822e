// The header: dataset title (Chinese and English), counts, legend and a line describing the hovered node.
import type { Dataset } from '@fengong/core/datasets';
import { el } from './dom.js';
import { COLORS, EDGE_STYLE, categoryColors } from './style.js';
import type { DisplayGraph } from './types.js';

/** Node and link counts of the display graph. */
export function counts(graph: DisplayGraph): { tasks: number; agencies: number; links: number } {
  let tasks = 0;
  graph.forEachNode((_node, attr) => {
    if (attr.part === 'task') tasks += 1;
  });
  return { tasks, agencies: graph.order - tasks, links: graph.size };
}

/** Fills `container` with the header and returns the element that shows hover details. */
export function renderHeader(container: HTMLElement, dataset: Dataset, graph: DisplayGraph): HTMLElement {
  const { tasks, agencies, links } = counts(graph);
  const count = (key: string, n: number, zh: string, en: string): HTMLElement =>
    el(
      'span',
      { className: 'count' },
      el('strong', { text: String(n), attrs: { 'data-count': key } }),
      document.createTextNode(` ${zh} ${en}`),
    );

  const title = el(
    'div',
    { className: 'title' },
    el('h1', { text: `${dataset.title} · ${dataset.attachment}`, attrs: { lang: 'zh-Hans' } }),
    el('p', { className: 'title-en', text: `${dataset.titleEn} — ${dataset.attachmentEn}`, attrs: { lang: 'en' } }),
    el('p', { className: 'source', text: `${dataset.document} · ${dataset.issued}` }),
  );
  const stats = el(
    'p',
    { className: 'counts' },
    count('tasks', tasks, '项任务', 'tasks'),
    count('agencies', agencies, '个单位', 'agencies'),
    count('links', links, '条分工', 'links'),
  );
  const info = el('p', {
    className: 'hover-info',
    text: 'Hover a node to see its links.',
    attrs: { id: 'hover-info', 'aria-live': 'polite' },
  });
  container.replaceChildren(title, el('div', { className: 'side' }, stats, renderLegend(graph), info));
  return info;
}

/** Legend: one swatch per category, then the shape and line encodings. */
function renderLegend(graph: DisplayGraph): HTMLElement {
  const items: HTMLElement[] = [];
  const categoryEn = new Map<string, string>();
  graph.forEachNode((_node, attr) => {
    if (attr.part === 'task' && attr.category !== null && attr.categoryEn !== undefined) {
      categoryEn.set(attr.category, attr.categoryEn);
    }
  });
  for (const [category, color] of categoryColors(graph.getAttribute('categories'))) {
    const swatch = el('span', { className: 'swatch square' });
    swatch.style.background = color;
    const en = categoryEn.get(category);
    items.push(el('li', en === undefined ? {} : { attrs: { title: en } }, swatch, document.createTextNode(category)));
  }
  const agency = el('span', { className: 'swatch circle' });
  agency.style.background = COLORS.agency;
  const collective = el('span', { className: 'swatch circle' });
  collective.style.background = COLORS.collective;
  const line = (role: 'lead' | 'co'): HTMLElement => {
    const l = el('span', { className: 'line' });
    l.style.height = `${Math.max(1, EDGE_STYLE[role].size)}px`;
    l.style.background = EDGE_STYLE[role].color;
    return l;
  };
  const keys = [
    el('li', {}, el('span', { className: 'swatch square outline' }), document.createTextNode('任务 task')),
    el('li', {}, agency, document.createTextNode('单位 agency (size = tasks)')),
    el('li', {}, collective, document.createTextNode('集体 collective')),
    el('li', {}, line('lead'), document.createTextNode('牵头 lead')),
    el('li', {}, line('co'), document.createTextNode('配合 co')),
  ];
  return el(
    'div',
    { className: 'legend' },
    el('ul', { className: 'categories', attrs: { 'aria-label': 'Task categories' } }, ...items),
    el('ul', { className: 'keys', attrs: { 'aria-label': 'Encodings' } }, ...keys),
  );
}
