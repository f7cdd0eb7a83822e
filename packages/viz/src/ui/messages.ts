// The message area under the toolbar: parse errors (with their lines) and notices, written in the
// interface's language and written again when the language is switched.
import { el } from '../dom.js';
import type { Lang } from '../state.js';

/** A text in the interface's language: fixed, or made for the language shown (so a switch rewrites it). */
export type Localised<T> = T | ((lang: Lang) => T);

export interface Messages {
  /** Shows an error: a heading and one line per problem. */
  error(heading: Localised<string>, lines: Localised<readonly string[]>): void;
  /** Shows a short notice (e.g. "Opened plan.txt: …"), replacing any error. */
  notice(text: Localised<string>, lines?: Localised<readonly string[]>): void;
  /** Writes the message shown again in the current language (after a switch). */
  relocalise(): void;
  clear(): void;
}

const inLang = <T>(text: Localised<T>, lang: Lang): T => (typeof text === 'function' ? (text as (lang: Lang) => T)(lang) : text);

export function mountMessages(container: HTMLElement, lang: () => Lang, dismissLabel: (lang: Lang) => string): Messages {
  container.hidden = true;
  let shown: { kind: 'error' | 'notice'; heading: Localised<string>; lines: Localised<readonly string[]> } | undefined;
  const render = (): void => {
    if (shown === undefined) return;
    const l = lang();
    const lines = inLang(shown.lines, l);
    const close = el('button', { className: 'dismiss', text: '×', attrs: { type: 'button', 'aria-label': dismissLabel(l) } });
    close.addEventListener('click', () => api.clear());
    container.className = `messages ${shown.kind}`;
    container.setAttribute('role', shown.kind === 'error' ? 'alert' : 'status');
    container.replaceChildren(
      close,
      el('p', { className: 'message-heading', text: inLang(shown.heading, l) }),
      ...(lines.length === 0 ? [] : [el('ul', {}, ...lines.map((line) => el('li', { text: line })))]),
    );
    container.hidden = false;
  };
  const show = (kind: 'error' | 'notice', heading: Localised<string>, lines: Localised<readonly string[]>): void => {
    shown = { kind, heading, lines };
    render();
  };
  const api: Messages = {
    error: (heading, lines) => show('error', heading, lines),
    notice: (text, lines = []) => show('notice', text, lines),
    relocalise: render,
    clear: () => {
      shown = undefined;
      container.hidden = true;
      container.replaceChildren();
    },
  };
  return api;
}
