// The plan selector and the difference toggle, shown when several plans are open (issue 15).
import type { App } from '../app/app.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import type { Network } from '../network.js';
import type { Plans } from '../plans/plans.js';

export interface PlansBar {
  /** Whether the difference view is open. */
  readonly differenceOpen: boolean;
  onDifference(listener: (open: boolean) => void): void;
}

export function mountPlansBar(container: HTMLElement, ctx: App, plans: Plans): PlansBar {
  const { store } = ctx;
  const label = el('label', { className: 'control-label', attrs: { for: 'plan-select' } });
  const select = el('select', { attrs: { id: 'plan-select', name: 'plan' } });
  const toggle = el('button', { className: 'small', attrs: { type: 'button', 'aria-pressed': 'false', 'data-role': 'difference' } });
  container.replaceChildren(label, select, toggle);
  container.hidden = true;
  let open = false;
  let loaded: Network | undefined;
  const listeners: ((open: boolean) => void)[] = [];
  const setOpen = (next: boolean): void => {
    open = next && plans.plans.length >= 2;
    toggle.setAttribute('aria-pressed', String(open));
    for (const l of listeners) l(open);
  };
  toggle.addEventListener('click', () => setOpen(!open));
  select.addEventListener('change', () => plans.show(Number(select.value)));

  const render = (): void => {
    const lang = store.get().lang;
    label.textContent = t(lang, 'plan');
    const list = plans.plans;
    container.hidden = list.length < 2;
    select.replaceChildren(...list.map((p, i) => el('option', { text: p.label, attrs: { value: String(i), title: p.file } })));
    select.value = String(plans.current);
    const step = Math.max(0, plans.current - 1);
    toggle.textContent = list.length >= 2 ? t(lang, 'difference', { from: list[step]?.label ?? '', to: list[step + 1]?.label ?? '' }) : '';
  };
  plans.on(() => {
    const shown = plans.plans[plans.current];
    if (shown !== undefined && shown.network !== loaded) {
      loaded = shown.network;
      ctx.load(shown.network);
    }
    if (plans.plans.length < 2) setOpen(false);
    render();
    if (open) setOpen(true);
  });
  store.subscribe((_s, changed) => {
    if (changed.has('lang')) render();
  });
  return {
    get differenceOpen() {
      return open;
    },
    onDifference: (l) => listeners.push(l),
  };
}
