// The agency × category matrix: tasks each of the top agencies is listed on, per task category.
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { ReportModel } from '../model.js';
import { REPORT_LIMITS } from '../model.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { COLOURS } from './palette.js';

const FONT = 11;
const CELL_W = 46;
const CELL_H = 20;

/** One cell per shown agency and shown category (agencies by load, collective units last). */
export function categoryCells(model: ReportModel): { agency: string; category: string; tasks: number }[] {
  const agencies = [...model.individual.slice(0, REPORT_LIMITS.matrix), ...model.collective];
  return agencies.flatMap((a) =>
    model.categories.map((c) => ({ agency: a.agency, category: c ?? '', tasks: model.categoryCounts.get(a.agency)?.get(c) ?? 0 })),
  );
}

/** The matrix figure. */
export function categoryMatrix({ Plot, document }: PlotKit, model: ReportModel, s: Strings): string {
  const cells = categoryCells(model);
  const max = Math.max(1, ...cells.map((c) => c.tasks));
  const agencies = [...new Set(cells.map((c) => c.agency))];
  const categories = model.categories.map((c) => c ?? '');
  const catLabel = new Map(categories.map((c) => [c, clip(c === '' ? s.uncategorised : c, FONT, 110)]));
  const agLabel = new Map(agencies.map((a) => [a, clip(a, FONT, 170)]));
  const marginLeft = Math.ceil(Math.max(40, ...[...agLabel.values()].map((l) => textWidth(l, FONT)))) + 18;
  const marginTop = Math.ceil(Math.max(30, ...[...catLabel.values()].map((l) => textWidth(l, FONT)))) + 18;
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
      Plot.cell(cells, { x: 'category', y: 'agency', fill: 'tasks', inset: 0.5 }),
      Plot.text(
        cells.filter((c) => c.tasks > 0),
        { x: 'category', y: 'agency', text: (c: { tasks: number }) => String(c.tasks), fontSize: 10, fill: (c: { tasks: number }) => (c.tasks > max / 2 ? 'white' : COLOURS.ink) },
      ),
    ],
  });
  return svgText(svg, s.figures.matrix);
}
