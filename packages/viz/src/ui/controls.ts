// Labelled form controls whose texts follow the interface language.
import { el } from '../dom.js';
import type { Lang } from '../state.js';

export interface Option<V extends string> {
  value: V;
  label: (lang: Lang) => string;
}

export interface Control {
  readonly element: HTMLElement;
  /** Re-labels (language) and shows the current value. */
  update(lang: Lang): void;
}

/** `<label>text <select></label>`; `onChange` gets the chosen value. */
export function labelledSelect<V extends string>(
  name: string,
  label: (lang: Lang) => string,
  options: () => readonly Option<V>[],
  value: () => V,
  onChange: (value: V) => void,
): Control & { select: HTMLSelectElement } {
  const text = el('span', { className: 'control-label' });
  const select = el('select', { attrs: { name } });
  const element = el('label', { className: 'control' }, text, select);
  select.addEventListener('change', () => onChange(select.value as V));
  return {
    element,
    select,
    update(lang) {
      text.textContent = label(lang);
      const current = value();
      select.replaceChildren(...options().map((o) => el('option', { text: o.label(lang), attrs: { value: o.value } })));
      select.value = current;
    },
  };
}

/** `<label><input type=checkbox> text</label>`. */
export function labelledCheckbox(name: string, label: (lang: Lang) => string, value: () => boolean, onChange: (checked: boolean) => void): Control & { input: HTMLInputElement } {
  const input = el('input', { attrs: { type: 'checkbox', name } });
  const text = el('span');
  const element = el('label', { className: 'control check' }, input, text);
  input.addEventListener('change', () => onChange(input.checked));
  return {
    element,
    input,
    update(lang) {
      text.textContent = label(lang);
      input.checked = value();
    },
  };
}

/** A button whose text (and optional accessible label) follow the language. */
export function button(className: string, text: (lang: Lang) => string, onClick: () => void, aria?: (lang: Lang) => string): Control & { button: HTMLButtonElement } {
  const b = el('button', { className, attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return {
    element: b,
    button: b,
    update(lang) {
      b.textContent = text(lang);
      if (aria !== undefined) b.setAttribute('aria-label', aria(lang));
    },
  };
}
