// The compare report: several plans in one self-contained page — small multiples of load, the main
// agencies across plans, turnover, rank stability, network measures side by side, the pairs that
// changed most, QAP and MRQAP — every number from `comparePlans` unchanged.
import type { PlanComparison } from '@fengong/core';
import { fixed } from '../../format/number.js';
import { reportPage, type PageFigure, type PageSection } from '../page.js';
import { loadPlotKit } from '../plot-kit.js';
import { stringsFor, type ReportLang } from '../strings.js';
import { planBarsFigure } from './plan-bars.js';
import { slopeFigure } from './slope.js';
import { compareStringsFor } from './strings.js';
import { agenciesTable, identityTable, networkCompareTable, pairChangeTable, plansTable, stabilityTable, turnoverTable } from './tables.js';

/** How many agencies each part shows: the small multiples, the slope chart, the table. */
export const COMPARE_LIMITS = { bars: 20, slope: 8, table: 40 } as const;

export interface CompareReportOptions {
  lang: ReportLang;
  /** The page's title; default "Comparison of N plans" in the report's language. */
  title?: string;
  /** Where the tables came from, in words (default: the plans' files). */
  source?: string;
}

export interface BuiltCompareReport {
  html: string;
  /** Each figure as standalone SVG, for `--figures`. */
  figures: PageFigure[];
}

/** The summary in words: plans, agencies entering and leaving over all steps, the first step's Spearman ρ (or each step's), the top agencies. */
export function compareSummary(c: PlanComparison, lang: ReportLang): string {
  const cs = compareStringsFor(lang);
  const rhos = c.steps.map((s) => (s.spearman === null ? '—' : fixed(s.spearman)));
  const top = c.agencies
    .filter((a) => !a.collective)
    .slice(0, 3)
    .map((a) => a.agency)
    .join(lang === 'zh' ? '、' : ', ');
  return cs.summary({
    plans: c.plans.length,
    labels: c.plans.map((p) => p.label),
    entered: c.steps.reduce((n, s) => n + s.entered.length, 0),
    left: c.steps.reduce((n, s) => n + s.left.length, 0),
    spearman: rhos.join(lang === 'zh' ? '、' : ', '),
    top: top === '' ? '—' : top,
  });
}

/** Draws the figures and writes the page of a comparison of plans. */
export async function buildCompareReport(c: PlanComparison, options: CompareReportOptions): Promise<BuiltCompareReport> {
  const kit = await loadPlotKit();
  const s = stringsFor(options.lang);
  const cs = compareStringsFor(options.lang);
  const lang = options.lang;
  const individual = c.agencies.filter((a) => !a.collective);
  const barAgencies = [...individual.slice(0, COMPARE_LIMITS.bars), ...c.agencies.filter((a) => a.collective)];
  const slopeAgencies = individual.slice(0, COMPARE_LIMITS.slope);
  const rest = (shown: number): string => (individual.length > shown ? ` ${s.figureRest(shown, individual.length)}` : '');
  const figures: PageFigure[] = [
    { id: 'plan-bars', title: cs.figures.bars, caption: cs.captions.bars + rest(COMPARE_LIMITS.bars), svg: planBarsFigure(kit, c, barAgencies, s, cs) },
    { id: 'slope', title: cs.figures.slope, caption: cs.captions.slope + rest(COMPARE_LIMITS.slope), svg: slopeFigure(kit, c, slopeAgencies, cs) },
  ];
  const sections: PageSection[] = [
    { id: 'plans', title: cs.tables.plans, html: plansTable(c, s, cs) },
    { id: 'agencies', title: cs.tables.agencies, html: agenciesTable(c, COMPARE_LIMITS.table, s, cs), note: cs.notes.agencies },
    { id: 'turnover', title: cs.tables.turnover, html: turnoverTable(c, cs, lang) },
    { id: 'stability', title: cs.tables.stability, html: stabilityTable(c, cs, lang), note: `${cs.notes.stability} ${cs.notes.qap}` },
    { id: 'network-compare', title: cs.tables.network, html: networkCompareTable(c, lang), note: cs.notes.network },
    ...c.steps.flatMap((step, i): PageSection[] => [
      { id: `grew-${i}`, title: cs.tables.grew(step.from, step.to), html: pairChangeTable(step, 'grew', cs, lang) },
      { id: `fell-${i}`, title: cs.tables.fell(step.from, step.to), html: pairChangeTable(step, 'fell', cs, lang), note: cs.notes.pairs },
    ]),
    { id: 'identity', title: cs.tables.identity, html: identityTable(c, cs, lang), note: cs.notes.identity(c.settings.reforms) },
  ];
  const title = options.title ?? cs.title(c.plans.length);
  const source = options.source ?? c.plans.map((p) => p.file ?? p.label).join(' · ');
  const html = reportPage({ title, subtitle: c.plans.map((p) => p.label).join(' · '), source, summary: compareSummary(c, lang), figures, sections }, s);
  return { html, figures };
}
