// Zoom in, zoom out, fit and reset buttons over the canvas (as Gephi Lite and Retina have).
import type { AppContext } from '../app/context.js';
import type { CameraMove } from '../app/actions.js';
import { el } from '../dom.js';
import { t, type StringKey } from '../i18n.js';

const BUTTONS: readonly { move: CameraMove; text: string; label: StringKey }[] = [
  { move: 'zoomIn', text: '+', label: 'zoomIn' },
  { move: 'zoomOut', text: '−', label: 'zoomOut' },
  { move: 'fit', text: '⤢', label: 'fitView' },
  { move: 'reset', text: '⟲', label: 'resetView' },
];

/**
 * Adds the camera buttons to the canvas container. Pointer and wheel events stop at them, so
 * sigma (listening on the container) never reads a button click as a click on the stage.
 */
export function mountCameraControls(container: HTMLElement, ctx: AppContext): void {
  const buttons = BUTTONS.map(({ move, text }) => {
    const b = el('button', { className: 'camera-button', text, attrs: { type: 'button', 'data-camera': move } });
    b.addEventListener('click', () => ctx.actions.camera(move));
    return b;
  });
  const group = el('div', { className: 'camera-controls', attrs: { role: 'group' } }, ...buttons);
  for (const type of ['mousedown', 'mouseup', 'click', 'dblclick', 'wheel', 'touchstart', 'touchend', 'mousemove']) {
    group.addEventListener(type, (event) => event.stopPropagation());
  }
  container.append(group);
  const relabel = (): void => {
    const lang = ctx.store.get().lang;
    group.setAttribute('aria-label', t(lang, 'camera'));
    BUTTONS.forEach(({ label }, i) => {
      buttons[i]?.setAttribute('aria-label', t(lang, label));
      buttons[i]?.setAttribute('title', t(lang, label));
    });
  };
  relabel();
  ctx.store.subscribe((_s, changed) => {
    if (changed.has('lang')) relabel();
  });
}
