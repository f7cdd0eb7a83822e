// The co-responsibility heatmap: shared tasks of the top agencies, in spectral seriation order
// (model.ts), so that blocks of co-operation show along the diagonal.
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { ReportModel } from '../model.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { COLOURS } from './palette.js';
import { largest } from '@fengong/core';

const FONT = 11;
const CELL = 24;
const MAX_LABEL = 150;

/** Shared tasks of every pair of the heatmap's agencies (the diagonal is each agency's own tasks, left blank). */
export function sharedMatrix(model: ReportModel): { a: string; b: string; shared: number }[] {
  const names = model.heatmapOrder.map((a) => a.agency);
  const index = new Set(names);
  const shared = new Map<string, number>();
  for (const p of model.report.pairs) {
    if (index.has(p.a) && index.has(p.b)) {
      shared.set(`${p.a}\u0000${p.b}`, p.shared);
      shared.set(`${p.b}\u0000${p.a}`, p.shared);
    }
  }
  return names.flatMap((a) => names.filter((b) => b !== a).map((b) => ({ a, b, shared: shared.get(`${a}\u0000${b}`) ?? 0 })));
}

/** The heatmap figure; cells show their count where it is not 0. */
export function heatmap({ Plot, document }: PlotKit, model: ReportModel, s: Strings): string {
  const names = model.heatmapOrder.map((a) => a.agency);
  const label = new Map(names.map((n) => [n, clip(n, FONT, MAX_LABEL)]));
  const margin = Math.ceil(largest([...label.values()].map((l) => textWidth(l, FONT)), 40)) + 18;
  const cells = sharedMatrix(model);
  const max = largest(cells.map((c) => c.shared), 1);
  const svg = Plot.plot({
    document,
    width: margin + names.length * CELL + 20,
    height: margin + names.length * CELL + 20,
    marginLeft: margin,
    marginTop: margin,
    marginRight: 20,
    marginBottom: 20,
    x: { domain: names, axis: 'top', label: null, tickRotate: -90, tickFormat: (n: string) => label.get(n) ?? n, tickSize: 0 },
    y: { domain: names, label: null, tickFormat: (n: string) => label.get(n) ?? n, tickSize: 0 },
    color: { type: 'sqrt', scheme: COLOURS.ramp, domain: [0, max] },
    marks: [
      Plot.cell(cells, { x: 'b', y: 'a', fill: 'shared', inset: 0.5 }),
      Plot.text(
        cells.filter((c) => c.shared > 0),
        { x: 'b', y: 'a', text: (c: { shared: number }) => String(c.shared), fontSize: 9, fill: (c: { shared: number }) => (c.shared > max / 2 ? 'white' : COLOURS.ink) },
      ),
    ],
  });
  return svgText(svg, s.figures.heatmap);
}
