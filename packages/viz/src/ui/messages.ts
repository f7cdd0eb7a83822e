// The message area under the toolbar: parse errors (with their lines) and notices.
import { el } from '../dom.js';

export interface Messages {
  /** Shows an error: a heading and one line per problem. */
  error(heading: string, lines: readonly string[]): void;
  /** Shows a short notice (e.g. "Opened plan.txt: …"), replacing any error. */
  notice(text: string, lines?: readonly string[]): void;
  clear(): void;
}

export function mountMessages(container: HTMLElement, dismissLabel: () => string): Messages {
  container.hidden = true;
  const show = (kind: 'error' | 'notice', heading: string, lines: readonly string[]): void => {
    const close = el('button', { className: 'dismiss', text: '×', attrs: { type: 'button', 'aria-label': dismissLabel() } });
    close.addEventListener('click', () => api.clear());
    container.className = `messages ${kind}`;
    container.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    container.replaceChildren(
      close,
      el('p', { className: 'message-heading', text: heading }),
      ...(lines.length === 0 ? [] : [el('ul', {}, ...lines.map((line) => el('li', { text: line })))]),
    );
    container.hidden = false;
  };
  const api: Messages = {
    error: (heading, lines) => show('error', heading, lines),
    notice: (text, lines = []) => show('notice', text, lines),
    clear: () => {
      container.hidden = true;
      container.replaceChildren();
    },
  };
  return api;
}
