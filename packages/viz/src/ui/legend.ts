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

function entry(item: LegendItem): HTMLElement {
  return el('li', item.title === undefined ? {} : { attrs: { title: item.title } }, swatch(item), document.createTextNode(item.label));
}

/** Fills `container` with the legend (all text through `textContent`). */
export function renderLegend(container: HTMLElement, legend: Legend, labels: { colors: string; keys: string }): void {
  container.replaceChildren(
    el('ul', { className: 'categories', attrs: { 'aria-label': labels.colors } }, ...legend.colors.map(entry)),
    el('ul', { className: 'keys', attrs: { 'aria-label': labels.keys } }, ...legend.keys.map(entry)),
  );
}
