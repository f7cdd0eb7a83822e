// The legend in the page: colour keys (categories or communities), then shapes and links.
import { el } from '../dom.js';
import type { Legend, LegendItem } from './legend-model.js';

function swatch(item: LegendItem): HTMLElement {
  if (item.swatch === 'line' || item.swatch === 'arrow') {
    const line = el('span', { className: `line ${item.swatch}` });
    line.style.height = `${Math.max(1, item.width ?? 1)}px`;
    line.style.background = item.color;
    return line;
  }
  const s = el('span', { className: `swatch ${item.swatch === 'ring' ? 'square outline' : item.swatch}` });
  if (item.swatch !== 'ring') s.style.background = item.color;
  if (item.radius !== undefined) {
    s.style.width = `${2 * item.radius}px`;
    s.style.height = `${2 * item.radius}px`;
  }
  return s;
}

/** Shows (`visible`) or hides the tasks of these categories: what a click on a category key does. */
export type ToggleCategories = (categories: readonly string[], visible: boolean) => void;

function entry(item: LegendItem, toggle?: ToggleCategories): HTMLElement {
  const attrs = item.title === undefined ? {} : { attrs: { title: item.title } };
  const categories = item.categories;
  if (categories === undefined || toggle === undefined) return el('li', attrs, swatch(item), document.createTextNode(item.label));
  // A category key is a toggle button: pressed while its tasks are shown.
  const b = el(
    'button',
    { className: `legend-toggle${item.off === true ? ' off' : ''}`, attrs: { type: 'button', 'aria-pressed': String(item.off !== true), 'data-categories': categories.join('\n') } },
    swatch(item),
    document.createTextNode(item.label),
  );
  b.addEventListener('click', () => toggle(categories, item.off === true));
  return el('li', attrs, b);
}

/**
 * Fills `container` with the legend (all text through `textContent`). With `toggle`, category
 * keys are buttons that show or hide their categories.
 */
export function renderLegend(container: HTMLElement, legend: Legend, labels: { colors: string; keys: string }, toggle?: ToggleCategories): void {
  container.replaceChildren(
    el('ul', { className: 'categories', attrs: { 'aria-label': labels.colors } }, ...legend.colors.map((item) => entry(item, toggle))),
    el('ul', { className: 'keys', attrs: { 'aria-label': labels.keys } }, ...legend.keys.map((item) => entry(item))),
  );
}
