// The search box: an <input type="search"> combobox with suggestions (ARIA 1.2 pattern). Arrows
// move, Enter picks (the top suggestion if none is active), Esc clears, `/` focuses it from anywhere.
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t } from '../i18n.js';
import type { SearchHit } from '../search/search-index.js';

export function mountSearch(container: HTMLElement, ctx: AppContext): { focus(): void } {
  const { store, actions } = ctx;
  const input = el('input', {
    attrs: { type: 'search', id: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-results', autocomplete: 'off', spellcheck: 'false' },
  });
  const list = el('ul', { attrs: { id: 'search-results', role: 'listbox' } });
  list.hidden = true;
  container.replaceChildren(el('div', { className: 'search' }, input, list));

  let hits: SearchHit[] = [];
  let active = -1;

  const secondary = (hit: SearchHit): string => {
    const { entry } = hit;
    const lang = store.get().lang;
    const attr = ctx.network().graph.getNodeAttributes(entry.key);
    if (attr.part === 'agency') return `${pick(lang === 'zh' ? 'en' : 'zh', attr.name, attr.nameEn)} · ${entry.weight} ${t(lang, 'statTasks')}`;
    return `#${attr.id}${attr.category === null ? '' : ` · ${attr.category}`}`;
  };
  const render = (): void => {
    const lang = store.get().lang;
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const attr = ctx.network().graph.getNodeAttributes(hit.entry.key);
        const name = attr.part === 'agency' ? pick(lang, attr.name, attr.nameEn) : pick(lang, attr.title, attr.titleEn);
        const option = el(
          'li',
          { className: `option ${hit.entry.part}`, attrs: { id: `search-option-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-node': hit.entry.key } },
          el('span', { className: 'option-name', text: name }),
          el('span', { className: 'option-detail', text: secondary(hit) }),
        );
        // mousedown, not click: the input must not lose focus (and close the list) first.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(i);
        });
        return option;
      }),
    );
    if (hits.length === 0 && input.value.trim() !== '') list.append(el('li', { className: 'empty', text: t(lang, 'noResults'), attrs: { role: 'presentation' } }));
    const open = input.value.trim() !== '' && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
    list.querySelector(`#search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  };
  const runQuery = (): void => {
    // The index holds the whole table; only what the filters leave can be picked.
    const visible = ctx.visible().graph;
    hits = ctx.search().query(input.value, 60).filter((hit) => visible.hasNode(hit.entry.key)).slice(0, 12);
    active = -1;
    render();
  };
  const choose = (i: number): void => {
    const hit = hits[i] ?? hits[0];
    if (hit === undefined) return;
    actions.select(hit.entry.key, { fly: true });
    hits = [];
    active = -1;
    input.value = '';
    render();
  };

  input.addEventListener('input', runQuery);
  input.addEventListener('focus', render);
  input.addEventListener('blur', () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      // Handled here (not by the input's native clearing, nor by the page's Esc).
      event.preventDefault();
      event.stopPropagation();
      if (input.value !== '') {
        input.value = '';
        runQuery();
      } else {
        actions.select(null);
        input.blur();
      }
    }
  });

  const relabel = (): void => {
    const lang = store.get().lang;
    input.placeholder = t(lang, 'searchPlaceholder');
    input.setAttribute('aria-label', t(lang, 'search'));
    render();
  };
  ctx.events.on('network', () => {
    relabel();
    runQuery();
  });
  // Pinyin arrives after the first render: answer the query again with it.
  ctx.events.on('pinyin', () => {
    if (input.value.trim() !== '') runQuery();
  });
  store.subscribe((_s, changed) => {
    if (changed.has('lang')) relabel();
  });
  return { focus: () => input.focus() };
}
