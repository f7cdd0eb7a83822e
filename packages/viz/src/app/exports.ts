// The exports of the current view: PNG at 1×, 2× or 4× (with legend), SVG, GEXF (for Gephi), CSV of
// the metrics; from the matrix view, PNG and SVG of the matrix.
import { metricsCsv } from '../export/csv.js';
import { t } from '../i18n.js';
import { download, exportName } from '../export/download.js';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { rankAgencies } from '../metrics/ranking.js';
import type { Network } from '../network.js';
import type { Renderer } from '../renderer.js';
import type { State } from '../state.js';
import type { Store } from '../store.js';
import { legendModel } from '../ui/legend-model.js';
import type { Actions } from './actions.js';

export interface ExportSources {
  store: Store<State>;
  network(): Network;
  /** What the filters leave of it (the CSV lists these agencies). */
  visible(): Network;
  metrics(): AgencyMetrics;
  renderer(): Renderer;
  categoryColors(): ReadonlyMap<string, string>;
  /** Nodes whose label the last frame drew (the SVG labels the same). */
  labels(): ReadonlySet<string>;
}

/** The matrix image's legend: the three roles in the interface language. */
function matrixKeys(lang: 'zh' | 'en'): { role: string; label: string }[] {
  return [
    { role: 'lead', label: t(lang, 'legendLead') },
    { role: 'co', label: t(lang, 'legendCo') },
    { role: 'responsible', label: t(lang, 'legendResponsible') },
  ];
}

/**
 * The matrix table the matrix view shows, once all its rows are drawn (ui/matrix.ts draws large
 * ones in slices and sets `#matrix[data-drawn]` at the end), or undefined when the view is another.
 */
async function matrixTable(): Promise<HTMLTableElement | undefined> {
  const box = document.getElementById('matrix');
  const matrixShown = (): boolean => document.body.dataset.view === 'matrix';
  if (box !== null && matrixShown() && box.dataset.drawn !== 'true') {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (box.dataset.drawn === 'true' || !matrixShown()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(box, { attributes: true, attributeFilter: ['data-drawn'] });
      observer.observe(document.body, { attributes: true, attributeFilter: ['data-view'] });
    });
  }
  return matrixShown() ? (document.querySelector<HTMLTableElement>('#matrix table.matrix-table') ?? undefined) : undefined;
}

export function makeExports(src: ExportSources): Pick<Actions, 'exportPng' | 'exportSvg' | 'exportGexf' | 'exportCsv' | 'exportXlsx'> {
  const view = (): string => (src.store.get().view === 'matrix' ? 'bipartite' : src.store.get().view);
  return {
    exportPng: async (scale = 1) => {
      const { graph, meta } = src.network();
      const table = src.store.get().view === 'matrix' ? await matrixTable() : undefined;
      if (table !== undefined) {
        const { matrixSvg, svgToPng } = await import('../export/matrix-image.js');
        download(await svgToPng(matrixSvg(table, meta.title, matrixKeys(src.store.get().lang)), scale), exportName(meta.file, scale === 1 ? 'matrix' : `matrix@${scale}x`, 'png'));
        return;
      }
      const categoryEn = new Map<string, string>();
      graph.forEachNode((_n, a) => {
        if (a.part === 'task' && a.category !== null && a.categoryEn !== undefined) categoryEn.set(a.category, a.categoryEn);
      });
      const legend = legendModel({
        state: src.store.get(),
        metrics: src.metrics(),
        categoryColors: src.categoryColors(),
        categoryEn,
        hasCollective: graph.someNode((_n, a) => a.part === 'agency' && a.collective),
        hasResponsible: graph.someEdge((_e, a) => a.role === 'responsible'),
      });
      // The exporters load on first use: most visits never export.
      const { viewPng } = await import('../export/png.js');
      const blob = await viewPng(src.renderer(), legend, meta.title, scale);
      download(blob, exportName(meta.file, scale === 1 ? view() : `${view()}@${scale}x`, 'png'));
    },
    exportSvg: async () => {
      const { meta } = src.network();
      const table = src.store.get().view === 'matrix' ? await matrixTable() : undefined;
      if (table !== undefined) {
        const { matrixSvg } = await import('../export/matrix-image.js');
        download(new Blob([matrixSvg(table, meta.title, matrixKeys(src.store.get().lang))], { type: 'image/svg+xml' }), exportName(meta.file, 'matrix', 'svg'));
        return;
      }
      const { viewSvg } = await import('../export/svg.js');
      download(new Blob([viewSvg(src.renderer(), meta.title, src.labels())], { type: 'image/svg+xml' }), exportName(meta.file, view(), 'svg'));
    },
    exportGexf: async () => {
      const { meta } = src.network();
      const { viewGexf } = await import('../export/gexf.js');
      const text = viewGexf(src.renderer().getGraph(), src.store.get(), src.metrics(), meta.title);
      download(new Blob([text], { type: 'application/gexf+xml' }), exportName(meta.file, view(), 'gexf'));
    },
    exportCsv: () => {
      const { graph, meta } = src.visible();
      const s = src.store.get();
      const order = rankAgencies(graph, src.metrics(), { sortBy: s.sortBy, ascending: s.sortAscending, hideCollective: s.hideCollective });
      download(new Blob([metricsCsv(graph, src.metrics(), order)], { type: 'text/csv;charset=utf-8' }), exportName(meta.file, 'metrics', 'csv'));
    },
    exportXlsx: async () => {
      const { graph, meta } = src.visible();
      const s = src.store.get();
      const order = rankAgencies(graph, src.metrics(), { sortBy: s.sortBy, ascending: s.sortAscending, hideCollective: s.hideCollective });
      const { metricsXlsx } = await import('../export/xlsx.js');
      download(await metricsXlsx(graph, src.metrics(), order), exportName(meta.file, 'metrics', 'xlsx'));
    },
  };
}
