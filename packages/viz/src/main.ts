// Entry point: reads the URL, mounts the interface, opens the bundled table (or `?src=`).
import { defaultDataset } from '@fengong/core/datasets';
import { createApp } from './app/app.js';
import { keptTable } from './app/persist.js';
import { bindKeyboard } from './app/keyboard.js';
import { t } from './i18n.js';
import { networkFromDataset } from './network.js';
import './page.css';
import { exposeTestHook } from './test-hook.js';
import { mountCameraControls } from './ui/camera-controls.js';
import { mountDetails } from './ui/details.js';
import { mountFileMenu } from './ui/file-menu.js';
import { openPlans } from './plans/open-plans.js';
import { Plans } from './plans/plans.js';
import { useAcrossPlans } from './ui/across-plans.js';
import { mountDifference } from './ui/difference.js';
import type { SideBySideHook } from './ui/side-by-side.js';
import { mountPlansBar } from './ui/plans-bar.js';
import { mountFilters } from './ui/filters.js';
import { mountHeader } from './ui/header.js';
import { mountMatrix } from './ui/matrix.js';
import { mountMessages } from './ui/messages.js';
import type { Lang } from './state.js';
import { mountRanking } from './ui/ranking.js';
import { mountSearch } from './ui/search-box.js';
import { mountToolbar } from './ui/toolbar.js';
import { FILE_PARAM, SRC_PARAM, readUrlState, withLocalFile } from './url-state.js';

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`@fengong/viz: index.html has no #${id} element`);
  return found;
}

/** Mounts the explorer and opens its first table; resolves to a cleanup that kills the renderer. */
export async function mount(): Promise<() => void> {
  performance.mark('fengong:start');
  // The message area and the app need each other: the app reports into it, it speaks the app's language.
  const lang = (): Lang => app.store.get().lang;
  const messages = mountMessages(byId('messages'), lang, (l) => t(l, 'dismiss'));
  const app = createApp({ graph: byId('graph'), matrix: byId('matrix') }, readUrlState(location.search), messages);
  // Notices and errors shown are written again in the language switched to.
  app.store.subscribe((_s, changed) => {
    if (changed.has('lang')) messages.relocalise();
  });
  mountHeader(byId('header'), app);
  const search = mountSearch(byId('search-slot'), app);
  mountToolbar(byId('view-controls'), app);
  mountFilters(byId('filters'), app);
  // Several plans (issue 15): a plan selector, a difference view, a chart in the details panel.
  const plans = new Plans();
  useAcrossPlans(plans);
  const bar = mountPlansBar(byId('plans'), app, plans);
  mountDifference(byId('difference'), app, plans, bar);
  // The side-by-side view (two renderers on one layout) loads on its first use.
  let sideBySide = (): SideBySideHook | undefined => undefined;
  let sideBySideLoading: Promise<void> | undefined;
  bar.onSideBySide((open) => {
    if (!open || sideBySideLoading !== undefined) return;
    sideBySideLoading = import('./ui/side-by-side.js').then(
      (m) => {
        sideBySide = m.mountSideBySide(byId('side-by-side'), app, plans, bar);
      },
      () => {
        sideBySideLoading = undefined;
        messages.error((l) => t(l, 'viewLoadFailed'), []);
      },
    );
  });
  const unbindDrop = mountFileMenu(byId('file-menu'), byId('drop-overlay'), app, (files) => void openPlans(files, plans, messages, (file) => app.actions.openFile(file)));
  mountDetails(byId('details'), app);
  mountRanking(byId('ranking'), app);
  mountMatrix(byId('matrix'), app);
  const unbindKeys = bindKeyboard(() => search.focus(), () => app.actions.select(null));

  const params = new URLSearchParams(location.search);
  const src = params.get(SRC_PARAM);
  // A link naming a table read on someone's machine (`file=`): only this browser's kept copy can show it.
  const linked = params.get(FILE_PARAM);
  let opened = src !== null && src !== '' && (await app.actions.openUrl(src));
  if (!opened && (src === null || src === '')) {
    // The table opened before the reload, kept in this browser (app/persist.ts).
    const kept = await keptTable();
    if (linked !== null && linked !== '' && kept.table?.name !== linked && kept.lost !== linked) {
      messages.error((l) => t(l, 'linkedLocalFile', { file: linked }), []);
    } else if (kept.table !== undefined) {
      opened = await app.actions.openFile(new File([kept.table.bytes], kept.table.name));
      const file = kept.table.name;
      if (opened) messages.notice((l) => t(l, 'reopened', { file }));
      else messages.error((l) => t(l, 'reopenFailed', { file }), []);
    } else if (kept.lost !== undefined) {
      const file = kept.lost;
      messages.error((l) => t(l, 'reopenFailed', { file }), []);
    }
  }
  if (!opened) {
    app.load(networkFromDataset(defaultDataset));
    history.replaceState(history.state, '', `${withLocalFile(location.search, null) || location.pathname}${location.hash}`);
  }
  // After the first render: sigma's canvases are in the container, the buttons go above them.
  mountCameraControls(byId('graph'), app);
  exposeTestHook(app, { sideBySide: () => sideBySide() });
  return () => {
    unbindKeys();
    unbindDrop();
    app.destroy();
  };
}

const cleanup = mount();
import.meta.hot?.dispose(() => void cleanup.then((c) => c()));
