// Opening a table (file picker, or a file dropped anywhere on the page) and exporting the view.
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { button } from './controls.js';

/** Accepted file types: every format core's parseFile reads (it tells them apart by content). */
const ACCEPT = '.txt,.csv,.tsv,.md,.json,.docx,.doc,.wps,.odt,.rtf,.html,.htm,.mht,.mhtml,.pdf,.xlsx,.xls,.ods,text/plain,text/csv,text/html,application/pdf';

/**
 * @param openMany opens several files at once (a multiple selection, a folder, several dropped):
 *   the plans to compare; one file goes to `actions.openFile` as before.
 */
export function mountFileMenu(container: HTMLElement, overlay: HTMLElement, ctx: AppContext, openMany?: (files: File[]) => void): () => void {
  const { store, actions } = ctx;
  const openFiles = (files: File[]): void => {
    if (files.length > 1 && openMany !== undefined) openMany(files);
    else if (files[0] !== undefined) {
      if (openMany !== undefined) openMany([files[0]]);
      else void actions.openFile(files[0]);
    }
  };
  const input = el('input', { attrs: { type: 'file', accept: ACCEPT, hidden: '', multiple: '', 'data-role': 'file-input' } });
  input.addEventListener('change', () => {
    openFiles(Array.from(input.files ?? []));
    input.value = '';
  });
  // A folder of plans: every file in it a table could be read from (by extension).
  const folderInput = el('input', { attrs: { type: 'file', hidden: '', webkitdirectory: '', 'data-role': 'folder-input' } });
  const readable = new Set(ACCEPT.split(',').filter((x) => x.startsWith('.')));
  folderInput.addEventListener('change', () => {
    openFiles(Array.from(folderInput.files ?? []).filter((f) => readable.has(f.name.slice(f.name.lastIndexOf('.')).toLowerCase())));
    folderInput.value = '';
  });
  const folder = button('small', (l) => t(l, 'openFolder'), () => folderInput.click());
  const open = button('open', (l) => t(l, 'open'), () => input.click(), (l) => `${t(l, 'open')} ${t(l, 'openHint')}`);
  const exportLabel = el('span', { className: 'control-label' });
  const scale = el('select', { attrs: { name: 'png-scale' } }, ...[1, 2, 4].map((n) => el('option', { text: `${n}×`, attrs: { value: String(n) } })));
  const png = button('small', (l) => t(l, 'exportPng'), () => void actions.exportPng(Number(scale.value)));
  const svgButton = button('small', () => 'SVG', () => void actions.exportSvg(), (l) => t(l, 'exportSvg'));
  const gexf = button('small', (l) => t(l, 'exportGexf'), () => void actions.exportGexf());
  const csv = button('small', (l) => t(l, 'exportCsv'), () => actions.exportCsv());
  const xlsx = button('small', (l) => t(l, 'exportXlsx'), () => void actions.exportXlsx());
  const group = el('span', { className: 'control export', attrs: { role: 'group' } }, exportLabel, scale, png.element, svgButton.element, gexf.element, csv.element, xlsx.element);
  container.replaceChildren(open.element, input, ...(openMany === undefined ? [] : [folder.element, folderInput]), group);

  const update = (): void => {
    const lang = store.get().lang;
    for (const c of [open, folder, png, svgButton, gexf, csv, xlsx]) c.update(lang);
    scale.setAttribute('aria-label', t(lang, 'pngScale'));
    exportLabel.textContent = t(lang, 'export');
    group.setAttribute('aria-label', t(lang, 'export'));
    overlay.textContent = t(lang, 'dropHere');
  };
  ctx.events.on('network', update);
  store.subscribe((_s, changed) => {
    if (changed.has('lang')) update();
  });

  // Drag and drop anywhere on the page.
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
  const enter = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    depth += 1;
    overlay.hidden = false;
  };
  const leave = (): void => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const over = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
  };
  const drop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    openFiles(Array.from(event.dataTransfer?.files ?? []));
  };
  // Paste (Ctrl+V) anywhere but in a text field: a table copied from a web page, Word or WPS.
  const paste = (event: ClipboardEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, [contenteditable]') != null) return;
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (html.trim() === '' && text.trim() === '') return;
    event.preventDefault();
    void actions.openPaste(html, text);
  };
  document.addEventListener('paste', paste);
  window.addEventListener('dragenter', enter);
  window.addEventListener('dragleave', leave);
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragenter', enter);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
    document.removeEventListener('paste', paste);
  };
}
