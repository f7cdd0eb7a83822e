// The whole report from an `analyze` report: figures drawn, tables and summary written, the page assembled.
import type { AnalysisReport } from '@fengong/core';
import { breadthDepth } from './figures/breadth-depth.js';
import { categoryMatrix, matrixOmits } from './figures/category-matrix.js';
import { heatmap } from './figures/heatmap.js';
import { loadBars } from './figures/load-bars.js';
import { networkFigure } from './figures/network-figure.js';
import { REPORT_LIMITS, reportModel, type ReportModel } from './model.js';
import { methodNotes } from './notes.js';
import { reportPage, type PageFigure } from './page.js';
import { loadPlotKit } from './plot-kit.js';
import { stringsFor, type ReportLang, type Strings } from './strings.js';
import { summaryText } from './summary.js';
import { centralityTable, holesTable, networkTable, pairsTable, singleTable } from './tables.js';

export interface ReportOptions {
  lang: ReportLang;
  /** The plan's title (the bundled dataset's, or the file name). */
  title: string;
  /** The attachment or document number, if known. */
  subtitle?: string;
  /** Where the table came from, in words. */
  source: string;
}

export interface BuiltReport {
  html: string;
  /** Each figure as standalone SVG (with Plot's own stylesheet), for `--figures`. */
  figures: PageFigure[];
}

/** The matrix's caption, saying which agencies and categories it leaves out and where they are summed. */
export function matrixCaption(model: ReportModel, s: Strings): string {
  const omits = matrixOmits(model);
  const note = s.matrixOmitted({ agencies: omits.agencies, shownAgencies: REPORT_LIMITS.matrix, categories: omits.categories, shownCategories: model.categories.length });
  return note === '' ? s.captions.matrix : `${s.captions.matrix} ${note}`;
}

/** Draws every figure and writes the page; every number comes from `report` unchanged. */
export async function buildReport(report: AnalysisReport, options: ReportOptions): Promise<BuiltReport> {
  const kit = await loadPlotKit();
  const s = stringsFor(options.lang);
  const model = reportModel(report);
  const notes = methodNotes(report, options.lang);
  const total = model.individual.length;
  // A figure showing only the most-loaded agencies says so in its caption.
  const caption = (text: string, shown: number): string => (total > shown ? `${text} ${s.figureRest(shown, total)}` : text);
  const figures: PageFigure[] = [
    { id: 'load', title: s.figures.load, caption: caption(s.captions.load, REPORT_LIMITS.bars), svg: loadBars(kit, model, s) },
    { id: 'breadth-depth', title: s.figures.breadthDepth, caption: s.captions.breadthDepth, svg: breadthDepth(kit, model, s) },
    { id: 'heatmap', title: s.figures.heatmap, caption: caption(s.captions.heatmap, REPORT_LIMITS.heatmap), svg: heatmap(kit, model, s) },
    { id: 'category-matrix', title: s.figures.matrix, caption: matrixCaption(model, s), svg: categoryMatrix(kit, model, s) },
    { id: 'network', title: s.figures.network, caption: caption(s.captions.network, REPORT_LIMITS.network), svg: networkFigure(kit, model, s) },
  ];
  const sections = [
    { id: 'network-table', title: s.tables.network, html: networkTable(model, options.lang, s), note: notes.network },
    { id: 'centralities', title: s.tables.centralities, html: centralityTable(model, s, options.lang), note: notes.centralities },
    { id: 'holes', title: s.tables.holes, html: holesTable(model, s, options.lang), note: notes.holes },
    { id: 'pairs', title: s.tables.pairs, html: pairsTable(model, s, options.lang), note: notes.pairs },
    { id: 'single', title: s.tables.single, html: singleTable(model, s, options.lang), note: notes.single },
  ];
  const html = reportPage(
    { title: options.title, subtitle: options.subtitle ?? '', source: options.source, summary: summaryText(model, options.lang), figures, sections },
    s,
  );
  return { html, figures };
}
