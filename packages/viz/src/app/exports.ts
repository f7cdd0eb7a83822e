// The three exports of the current view: PNG (with legend), GEXF (for Gephi), CSV of the metrics.
import { metricsCsv } from '../export/csv.js';
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
}

export function makeExports(src: ExportSources): Pick<Actions, 'exportPng' | 'exportGexf' | 'exportCsv'> {
  const view = (): string => (src.store.get().view === 'matrix' ? 'bipartite' : src.store.get().view);
  return {
    exportPng: async () => {
      const { graph, meta } = src.network();
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
      const blob = await viewPng(src.renderer(), legend, meta.title);
      download(blob, exportName(meta.file, view(), 'png'));
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
  };
}
