// The slope chart: the share of each plan's tasks the main agencies are listed on, plan by plan,
// each line labelled at its last plan, labels pushed apart so that none overlaps another.
import type { AgencyAcross, PlanComparison } from '@fengong/core';
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import { clip, textWidth } from '../text-width.js';
import { COLOURS } from '../figures/palette.js';
import type { CompareStrings } from './strings.js';
import { largest } from '@fengong/core';

const FONT = 11;
const MAX_LABEL = 150;
const WIDTH = 720;
const HEIGHT = 380;
const MARGIN = { top: 30, bottom: 36, left: 50 } as const;
/** Least vertical distance between two labels, in pixels (the text's height and a little air). */
const GAP = FONT + 3;

/** One point of a line: an agency's share of a plan's tasks. */
export interface SlopePoint {
  agency: string;
  plan: string;
  share: number;
}

/** The points of `agencies` in every plan they appear in. */
export function slopePoints(comparison: PlanComparison, agencies: readonly AgencyAcross[]): SlopePoint[] {
  return agencies.flatMap((a) =>
    a.plans.flatMap((p, i) => (p === null ? [] : [{ agency: a.agency, plan: comparison.plans[i]?.label ?? '', share: p.share }])),
  );
}

/**
 * Positions of labels wanted at `wanted` (pixels, any order) in [lo, hi], at least `gap` apart and
 * each as near its wish as that allows: sorted, pushed down from the top, then back up from the bottom.
 */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(hi, Math.max(lo, o.y)));
  for (let k = 1; k < placed.length; k += 1) placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  if (placed.length > 0 && (placed[placed.length - 1] as number) > hi) placed[placed.length - 1] = hi;
  for (let k = placed.length - 2; k >= 0; k -= 1) placed[k] = Math.min(placed[k] as number, (placed[k + 1] as number) - gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k] as number));
  return out;
}

/** The slope chart of `agencies` (at most ten read well), coloured in turn. */
export function slopeFigure({ Plot, document }: PlotKit, comparison: PlanComparison, agencies: readonly AgencyAcross[], c: CompareStrings): string {
  const points = slopePoints(comparison, agencies);
  const labels = comparison.plans.map((p) => p.label);
  const max = largest(points.map((p) => p.share), 0.05);
  const colour = new Map(agencies.map((a, i) => [a.agency, COLOURS.communities[i % COLOURS.communities.length] as string]));
  const names = new Map(agencies.map((a) => [a.agency, clip(a.agency, FONT, MAX_LABEL)]));
  const marginRight = Math.ceil(largest([...names.values()].map((n) => textWidth(n, FONT)), 40)) + 24;
  // Each line's label sits at its last point, in pixels of the y scale [0, max] → [HEIGHT − bottom, top].
  const toPixel = (v: number): number => MARGIN.top + (1 - v / max) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const fromPixel = (y: number): number => (1 - (y - MARGIN.top) / (HEIGHT - MARGIN.top - MARGIN.bottom)) * max;
  const last = agencies.map((a) => {
    const i = a.plans.reduce((at, p, k) => (p === null ? at : k), -1);
    return { agency: a.agency, plan: labels[i] ?? '', share: a.plans[i]?.share ?? 0 };
  });
  const spread = spreadLabels(last.map((l) => toPixel(l.share)), GAP, MARGIN.top, HEIGHT - MARGIN.bottom);
  const tags = last.map((l, i) => ({ ...l, y: fromPixel(spread[i] as number) }));
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: HEIGHT,
    marginLeft: MARGIN.left,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    marginRight,
    x: { type: 'point', domain: labels, label: null, padding: 0.3, tickFormat: (l: string) => clip(l, FONT, (WIDTH - MARGIN.left - marginRight) / labels.length) },
    y: { domain: [0, max], label: `↑ ${c.share}`, tickFormat: '.0%', grid: true, ticks: 5 },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: 'plan', y: 'share', z: 'agency', stroke: (d: SlopePoint) => colour.get(d.agency), strokeWidth: 2 }),
      Plot.dot(points, { x: 'plan', y: 'share', fill: (d: SlopePoint) => colour.get(d.agency), r: 3.5 }),
      Plot.text(tags, {
        x: 'plan',
        y: 'y',
        text: (d: { agency: string }) => names.get(d.agency) ?? d.agency,
        textAnchor: 'start',
        dx: 8,
        fontSize: FONT,
        fill: (d: { agency: string }) => colour.get(d.agency),
      }),
    ],
  });
  return svgText(svg, c.figures.slope);
}
