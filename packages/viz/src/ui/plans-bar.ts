// The plan selector and the two comparison toggles (difference, side by side), shown when several
// plans are open (issue 15). At most one of the comparisons is open at a time.
import type { App } from '../app/app.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import type { Network } from '../network.js';
import type { Plans } from '../plans/plans.js';

/** What is drawn over the graph area when several plans are open. */
export type PlansMode = 'none' | 'difference' | 'side-by-side';

export interface PlansBar {
  /** Whether the difference view is open. */
  readonly differenceOpen: boolean;
  /** Whether the side-by-side view is open. */
  readonly sideBySideOpen: boolean;
  onDifference(listener: (open: boolean) => void): void;
  onSideBySide(listener: (open: boolean) => void): void;
}

/** The two plans a comparison shows when plan `current` is selected: that one and the one before (the first two for the first). */
export function comparedStep(current: number): number {
  return Math.max(0, current - 1);
}

export function mountPlansBar(container: HTMLElement, ctx: App, plans: Plans): PlansBar {
  const { store } = ctx;
  const label = el('label', { className: 'control-label', attrs: { for: 'plan-select' } });
  const select = el('select', { attrs: { id: 'plan-select', name: 'plan' } });
  const toggles = {
    difference: el('button', { className: 'small', attrs: { type: 'button', 'aria-pressed': 'false', 'data-role': 'difference' } }),
    'side-by-side': el('button', { className: 'small', attrs: { type: 'button', 'aria-pressed': 'false', 'data-role': 'side-by-side' } }),
  };
  container.replaceChildren(label, select, toggles.difference, toggles['side-by-side']);
  container.hidden = true;
  let mode: PlansMode = 'none';
  let loaded: Network | undefined;
  const listeners = { difference: [] as ((open: boolean) => void)[], 'side-by-side': [] as ((open: boolean) => void)[] };
  /** Opens `next` (closing the other comparison), telling the listeners of both. */
  const setMode = (next: PlansMode): void => {
    mode = plans.plans.length >= 2 ? next : 'none';
    for (const key of ['difference', 'side-by-side'] as const) {
      toggles[key].setAttribute('aria-pressed', String(mode === key));
      for (const l of listeners[key]) l(mode === key);
    }
  };
  for (const key of ['difference', 'side-by-side'] as const) toggles[key].addEventListener('click', () => setMode(mode === key ? 'none' : key));
  select.addEventListener('change', () => plans.show(Number(select.value)));

  const render = (): void => {
    const lang = store.get().lang;
    label.textContent = t(lang, 'plan');
    const list = plans.plans;
    container.hidden = list.length < 2;
    select.replaceChildren(...list.map((p, i) => el('option', { text: p.label, attrs: { value: String(i), title: p.date === undefined ? p.file : `${p.file} · ${p.date.date}` } })));
    select.value = String(plans.current);
    const step = comparedStep(plans.current);
    const pair = { from: list[step]?.label ?? '', to: list[step + 1]?.label ?? '' };
    toggles.difference.textContent = list.length >= 2 ? t(lang, 'difference', pair) : '';
    toggles['side-by-side'].textContent = list.length >= 2 ? t(lang, 'sideBySide', pair) : '';
  };
  plans.on(() => {
    const shown = plans.plans[plans.current];
    if (shown !== undefined && shown.network !== loaded) {
      loaded = shown.network;
      ctx.load(shown.network);
    }
    render();
    // Open comparisons follow the plan picked (or close when fewer than two plans are left).
    setMode(mode);
  });
  store.subscribe((_s, changed) => {
    if (changed.has('lang')) render();
  });
  return {
    get differenceOpen() {
      return mode === 'difference';
    },
    get sideBySideOpen() {
      return mode === 'side-by-side';
    },
    onDifference: (l) => listeners.difference.push(l),
    onSideBySide: (l) => listeners['side-by-side'].push(l),
  };
}
