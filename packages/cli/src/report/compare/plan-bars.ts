// Small multiples of load: one bar chart per plan, side by side on one x scale (share of the plan's
// tasks, split into led and co-operated), the agencies in one order down all of them.
import type { AgencyAcross, PlanComparison } from '@fengong/core';
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { COLOURS } from '../figures/palette.js';
import { legendMarks } from '../figures/legend.js';
import type { CompareStrings } from './strings.js';
import { largest } from '@fengong/core';

const FONT = 12;
const MAX_LABEL = 170;
const WIDTH = 720;

/** One bar segment: an agency's led or other share of one plan's tasks. */
export interface PlanBar {
  plan: string;
  agency: string;
  role: 'individual-lead' | 'individual-co' | 'collective-lead' | 'collective-co';
  /** Share of the plan's tasks: lead ÷ tasks of the plan, or (co + responsible) ÷ tasks of the plan. */
  share: number;
}

/** The segments of the chart, for `agencies` (an agency absent from a plan has none there). */
export function planBars(comparison: PlanComparison, agencies: readonly AgencyAcross[]): PlanBar[] {
  return agencies.flatMap((a) =>
    a.plans.flatMap((p, i) => {
      if (p === null) return [];
      const plan = comparison.plans[i];
      if (plan === undefined || plan.tasks === 0) return [];
      const group = a.collective ? 'collective' : 'individual';
      return [
        { plan: plan.label, agency: a.agency, role: `${group}-lead` as const, share: p.lead / plan.tasks },
        { plan: plan.label, agency: a.agency, role: `${group}-co` as const, share: (p.co + p.responsible) / plan.tasks },
      ];
    }),
  );
}

/** The small multiples of the `agencies` given (in their order), one column per plan. */
export function planBarsFigure(kit: PlotKit, comparison: PlanComparison, agencies: readonly AgencyAcross[], s: Strings, c: CompareStrings): string {
  const { Plot, document } = kit;
  const keys = agencies.map((a) => a.agency);
  const label = new Map(keys.map((k) => [k, clip(k, FONT, MAX_LABEL)]));
  const rows = planBars(comparison, agencies);
  const marginLeft = Math.ceil(largest([...label.values()].map((l) => textWidth(l, FONT)), 60)) + 16;
  const max = largest(agencies.flatMap((a) => a.plans.map((p, i) => (p === null ? 0 : p.tasks / Math.max(1, comparison.plans[i]?.tasks ?? 1)))), 0.05);
  const labels = comparison.plans.map((p) => p.label);
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: 90 + keys.length * 18,
    marginLeft,
    marginRight: 14,
    marginTop: 70,
    fx: { domain: labels, label: null, axis: 'top', tickFormat: (l: string) => clip(l, FONT, (WIDTH - marginLeft) / labels.length - 10) },
    x: { label: `${c.share} →`, domain: [0, max], grid: true, axis: 'bottom', tickFormat: '.0%', ticks: 3, labelAnchor: 'right' },
    y: { domain: keys, label: null, tickFormat: (k: string) => label.get(k) ?? k, tickSize: 0 },
    color: {
      domain: ['individual-lead', 'individual-co', 'collective-lead', 'collective-co'],
      range: [COLOURS.lead, COLOURS.co, COLOURS.collectiveLead, COLOURS.collectiveCo],
    },
    marks: [
      Plot.frame({ stroke: COLOURS.rule, strokeOpacity: 0.4 }),
      Plot.barX(rows, { fx: 'plan', y: 'agency', x: 'share', fill: 'role', order: ['individual-lead', 'individual-co', 'collective-lead', 'collective-co'] }),
      Plot.ruleX([0]),
      ...legendMarks(
        kit,
        [
          { label: s.lead, colour: COLOURS.lead },
          { label: s.co, colour: COLOURS.co },
          ...(agencies.some((a) => a.collective) ? [{ label: s.collective, colour: COLOURS.collectiveCo }] : []),
        ],
        -52,
        'super',
      ),
    ],
  });
  return svgText(svg, c.figures.bars);
}
