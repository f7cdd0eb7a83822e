// The agency × category matrix: tasks each of the top agencies is listed on, per task category;
// when agencies or categories are left out, a last row and a last column sum what is not shown.
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { ReportModel } from '../model.js';
import { REPORT_LIMITS } from '../model.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { COLOURS } from './palette.js';
import { largest } from '@fengong/core';

const FONT = 11;
const CELL_W = 46;
const CELL_H = 20;
/** Keys of the summary row and column (no agency or category name holds a NUL). */
export const REST_ROW = '\u0000rest-agencies';
export const REST_COLUMN = '\u0000rest-categories';

export interface MatrixCell {
  agency: string;
  category: string;
  tasks: number;
  /** A cell of the summary row or column: drawn in grey, off the colour scale. */
  rest: boolean;
}

/** What the matrix leaves out: agencies that are not collective units beyond the top, and categories beyond the largest. */
export function matrixOmits(model: ReportModel): { agencies: number; categories: number } {
  return { agencies: Math.max(0, model.individual.length - REPORT_LIMITS.matrix), categories: model.allCategories.length - model.categories.length };
}

/**
 * One cell per shown agency and shown category (agencies by load, collective units last); then, when
 * agencies are left out, a row summing their listings per category, and when categories are left
 * out, a column summing each row's listings in them.
 */
export function categoryCells(model: ReportModel): MatrixCell[] {
  const shown = [...model.individual.slice(0, REPORT_LIMITS.matrix), ...model.collective];
  const hidden = model.individual.slice(REPORT_LIMITS.matrix);
  const restCategories = model.allCategories.slice(model.categories.length);
  const count = (agency: string, c: string | null): number => model.categoryCounts.get(agency)?.get(c) ?? 0;
  const rows: { key: string; count: (c: string | null) => number }[] = shown.map((a) => ({ key: a.agency, count: (c) => count(a.agency, c) }));
  if (hidden.length > 0) rows.push({ key: REST_ROW, count: (c) => hidden.reduce((n, a) => n + count(a.agency, c), 0) });
  return rows.flatMap((row) => [
    ...model.categories.map((c) => ({ agency: row.key, category: c ?? '', tasks: row.count(c), rest: row.key === REST_ROW })),
    ...(restCategories.length > 0 ? [{ agency: row.key, category: REST_COLUMN, tasks: restCategories.reduce((n, c) => n + row.count(c), 0), rest: true }] : []),
  ]);
}

/** The matrix figure. */
export function categoryMatrix({ Plot, document }: PlotKit, model: ReportModel, s: Strings): string {
  const cells = categoryCells(model);
  const omits = matrixOmits(model);
  const max = largest(cells.filter((c) => !c.rest).map((c) => c.tasks), 1);
  const agencies = [...new Set(cells.map((c) => c.agency))];
  const categories = [...model.categories.map((c) => c ?? ''), ...(omits.categories > 0 ? [REST_COLUMN] : [])];
  const catName = (c: string): string => (c === REST_COLUMN ? s.matrixRestColumn(omits.categories) : c === '' ? s.uncategorised : c);
  const catLabel = new Map(categories.map((c) => [c, clip(catName(c), FONT, 110)]));
  const agLabel = new Map(agencies.map((a) => [a, clip(a === REST_ROW ? s.matrixRestRow(omits.agencies) : a, FONT, 170)]));
  const marginLeft = Math.ceil(largest([...agLabel.values()].map((l) => textWidth(l, FONT)), 40)) + 18;
  const marginTop = Math.ceil(largest([...catLabel.values()].map((l) => textWidth(l, FONT)), 30)) + 18;
  const plain = cells.filter((c) => !c.rest);
  const rest = cells.filter((c) => c.rest);
  const svg = Plot.plot({
    document,
    width: marginLeft + categories.length * CELL_W + 20,
    height: marginTop + agencies.length * CELL_H + 20,
    marginLeft,
    marginTop,
    marginRight: 20,
    marginBottom: 20,
    x: { domain: categories, axis: 'top', label: null, tickRotate: -90, tickFormat: (c: string) => catLabel.get(c) ?? c, tickSize: 0 },
    y: { domain: agencies, label: null, tickFormat: (a: string) => agLabel.get(a) ?? a, tickSize: 0 },
    color: { type: 'sqrt', scheme: COLOURS.ramp, domain: [0, max] },
    marks: [
      Plot.cell(plain, { x: 'category', y: 'agency', fill: 'tasks', inset: 0.5 }),
      Plot.cell(rest, { x: 'category', y: 'agency', fill: COLOURS.collectiveCo, fillOpacity: 0.6, inset: 0.5 }),
      Plot.text(
        cells.filter((c) => c.tasks > 0),
        { x: 'category', y: 'agency', text: (c: MatrixCell) => String(c.tasks), fontSize: 10, fill: (c: MatrixCell) => (!c.rest && c.tasks > max / 2 ? 'white' : COLOURS.ink) },
      ),
    ],
  });
  return svgText(svg, s.figures.matrix);
}
