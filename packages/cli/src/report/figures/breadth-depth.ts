// The breadth–depth chart: tasks an agency is on (breadth) against the share of them it leads
// (depth), divided at the median of tasks and at 50 % led into four named quadrants.
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { ReportModel } from '../model.js';
import { REPORT_LIMITS } from '../model.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { placeLabels } from '../label-collisions.js';
import { COLOURS } from './palette.js';
import { largest } from '@fengong/core';

const W = 720;
const H = 460;
const M = { top: 30, right: 30, bottom: 44, left: 50 };
const FONT = 11;

/** Share of an agency's tasks it leads: lead ÷ tasks (0 for an agency on no task). */
export const shareLed = (a: { lead: number; tasks: number }): number => (a.tasks === 0 ? 0 : a.lead / a.tasks);

/** The scatter of every agency that is not a collective unit, the most-loaded labelled where labels do not collide. */
export function breadthDepth(kit: PlotKit, model: ReportModel, s: Strings): string {
  const { Plot, document } = kit;
  const agencies = model.individual;
  const maxTasks = largest(agencies.map((a) => a.tasks), 1);
  const x = (v: number): number => M.left + (v / maxTasks) * (W - M.left - M.right);
  const y = (v: number): number => H - M.bottom - v * (H - M.top - M.bottom);
  const r = 4;
  const labelled = agencies.slice(0, REPORT_LIMITS.bars);
  const candidates = labelled.map((a) => {
    const text = clip(a.agency, FONT, 150);
    const px = x(a.tasks);
    // Right of the dot, or left of it near the right edge.
    const anchor = px > W - M.right - 160 ? ('end' as const) : ('start' as const);
    return { a, text, x: px, y: y(shareLed(a)), width: textWidth(text, FONT), height: FONT + 2, anchor, dx: r + 3 };
  });
  // Quadrant names sit in the corners; labels keep off them.
  const q = [
    { text: s.quadrants.leading, frameAnchor: 'top-right' as const },
    { text: s.quadrants.key, frameAnchor: 'bottom-right' as const },
    { text: s.quadrants.specialist, frameAnchor: 'top-left' as const },
    { text: s.quadrants.auxiliary, frameAnchor: 'bottom-left' as const },
  ];
  const qw = (t: string): number => textWidth(t, 12) + 12;
  const reserved = q.map(({ text, frameAnchor }) => {
    const right = frameAnchor.endsWith('right');
    const top = frameAnchor.startsWith('top');
    const x0 = right ? W - M.right - qw(text) : M.left;
    const y0 = top ? M.top : H - M.bottom - 20;
    return { x0, y0, x1: x0 + qw(text), y1: y0 + 20 };
  });
  type Kept = (typeof candidates)[number];
  const kept = placeLabels(candidates, { x0: 0, y0: 0, x1: W, y1: H }, reserved).map((i) => candidates[i] as Kept);
  const svg = Plot.plot({
    document,
    width: W,
    height: H,
    marginTop: M.top,
    marginRight: M.right,
    marginBottom: M.bottom,
    marginLeft: M.left,
    x: { domain: [0, maxTasks], range: [M.left, W - M.right], label: s.tasks, grid: true, labelAnchor: 'center', labelArrow: 'none', ticks: Math.min(10, maxTasks), tickFormat: 'd' },
    y: { domain: [0, 1], range: [H - M.bottom, M.top], label: s.shareLed, tickFormat: '.0%', grid: true, labelArrow: 'none' },
    marks: [
      Plot.ruleX([model.medianTasks], { stroke: COLOURS.rule, strokeDasharray: '4,3' }),
      Plot.ruleY([0.5], { stroke: COLOURS.rule, strokeDasharray: '4,3' }),
      ...q.map(({ text, frameAnchor }) =>
        Plot.text([text], { text: (d: string) => d, frameAnchor, dx: frameAnchor.endsWith('right') ? -6 : 6, dy: frameAnchor.startsWith('top') ? 8 : -8, fontSize: 12, fill: '#555', fontWeight: 'bold' }),
      ),
      Plot.dot(agencies, { x: 'tasks', y: shareLed, r, fill: COLOURS.lead, fillOpacity: 0.75, stroke: 'white', strokeWidth: 0.8 }),
      ...(['start', 'end'] as const).map((anchor) =>
        Plot.text(
          kept.filter((c) => c.anchor === anchor),
          { x: (c: Kept) => c.a.tasks, y: (c: Kept) => shareLed(c.a), text: 'text', textAnchor: anchor, dx: anchor === 'start' ? r + 3 : -(r + 3), fontSize: FONT, fill: COLOURS.ink },
        ),
      ),
    ],
  });
  return svgText(svg, s.figures.breadthDepth);
}
