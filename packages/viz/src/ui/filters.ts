// Filters: which categories' tasks are shown, lead links only, collective units hidden.
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { COLORS } from '../style.js';
import { button, labelledCheckbox } from './controls.js';
import { categoryNamesEn } from './header.js';

export function mountFilters(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  const summary = el('summary');
  const list = el('ul', { className: 'category-list' });
  const all = button('small', (l) => t(l, 'all'), () => actions.showAllCategories(true));
  const none = button('small', (l) => t(l, 'none'), () => actions.showAllCategories(false));
  const menu = el('details', { className: 'categories-filter' }, summary, el('div', { className: 'menu' }, el('div', { className: 'menu-buttons' }, all.element, none.element), list));
  const leadOnly = labelledCheckbox('lead-only', (l) => t(l, 'leadOnly'), () => store.get().leadOnly, (v) => actions.set({ leadOnly: v }));
  const backbone = labelledCheckbox('backbone-only', (l) => t(l, 'backboneOnly'), () => store.get().backboneOnly, (v) => actions.set({ backboneOnly: v }));
  const collective = labelledCheckbox('hide-collective', (l) => t(l, 'hideCollective'), () => store.get().hideCollective, (v) => actions.set({ hideCollective: v }));
  container.replaceChildren(menu, leadOnly.element, backbone.element, collective.element);

  /** The table's categories, with '' standing for tasks without one. */
  const categories = (): string[] => {
    const graph = ctx.network().graph;
    const out = [...graph.getAttribute('categories')];
    if (graph.someNode((_n, a) => a.part === 'task' && a.category === null)) out.push('');
    return out;
  };

  const renderList = (): void => {
    const { lang, hiddenCategories } = store.get();
    const colors = ctx.categoryColors();
    const en = categoryNamesEn(ctx);
    const items = categories().map((category) => {
      const input = el('input', { attrs: { type: 'checkbox', 'data-category': category } });
      input.checked = !hiddenCategories.has(category);
      input.addEventListener('change', () => actions.showCategory(category, input.checked));
      const swatch = el('span', { className: 'swatch square' });
      swatch.style.background = colors.get(category) ?? COLORS.uncategorised;
      const name = category === '' ? t(lang, 'uncategorised') : lang === 'en' ? (en.get(category) ?? category) : category;
      return el('li', {}, el('label', {}, input, swatch, document.createTextNode(name)));
    });
    list.replaceChildren(...items);
  };
  const renderSummary = (): void => {
    const { lang, hiddenCategories } = store.get();
    const total = categories().length;
    const shown = total - [...hiddenCategories].filter((c) => categories().includes(c)).length;
    summary.textContent = `${t(lang, 'categories')} (${shown}/${total})`;
  };
  const updateControls = (): void => {
    const lang = store.get().lang;
    for (const c of [all, none, leadOnly, backbone, collective]) c.update(lang);
    leadOnly.input.disabled = store.get().view !== 'bipartite' && store.get().view !== 'matrix';
    backbone.input.disabled = store.get().view !== 'projection';
  };

  ctx.events.on('network', () => {
    renderList();
    renderSummary();
    updateControls();
  });
  store.subscribe((_state, changed) => {
    if (changed.has('lang')) renderList();
    else if (changed.has('hiddenCategories')) {
      const hidden = store.get().hiddenCategories;
      for (const input of list.querySelectorAll<HTMLInputElement>('input[data-category]')) input.checked = !hidden.has(input.dataset.category ?? '');
    }
    if (changed.has('lang') || changed.has('hiddenCategories')) renderSummary();
    if (changed.has('lang') || changed.has('leadOnly') || changed.has('backboneOnly') || changed.has('hideCollective') || changed.has('view')) updateControls();
  });
}
