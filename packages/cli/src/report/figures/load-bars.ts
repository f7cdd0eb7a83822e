// The ranked bar chart of load: tasks led and co-operated on, collective units set apart below.
import type { AgencyReport } from '@fengong/core';
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { ReportModel } from '../model.js';
import { REPORT_LIMITS } from '../model.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { COLOURS } from './palette.js';
import { legendMarks } from './legend.js';
import { largest } from '@fengong/core';

const FONT = 12;
const MAX_LABEL = 200;

/** The bar chart of the `REPORT_LIMITS.bars` most-loaded agencies (stacked lead + co), then the collective units. */
export function loadBars(kit: PlotKit, model: ReportModel, s: Strings): string {
  const { Plot, document } = kit;
  const shown = model.individual.slice(0, REPORT_LIMITS.bars);
  const separator = `— ${s.collective} —`;
  const keys = [...shown.map((a) => a.agency), ...(model.collective.length > 0 ? [separator, ...model.collective.map((a) => a.agency)] : [])];
  const label = new Map(keys.map((k) => [k, k === separator ? separator : clip(k, FONT, MAX_LABEL)]));
  const bars = (a: AgencyReport) => {
    const group = a.collective ? 'collective' : 'individual';
    // Tasks with no lead marked count with the co-operations: the agency is listed, not leading.
    return [
      { key: a.agency, role: `${group}-lead`, n: a.lead },
      { key: a.agency, role: `${group}-co`, n: a.co + a.responsible },
    ];
  };
  const rows = [...shown, ...model.collective].flatMap(bars);
  const totals = [...shown, ...model.collective].map((a) => ({ key: a.agency, n: a.tasks }));
  const marginLeft = Math.ceil(largest([...label.values()].map((l) => textWidth(l, FONT)), 60)) + 20;
  const max = largest(totals.map((t) => t.n), 1);
  const svg = Plot.plot({
    document,
    width: 720,
    height: 40 + keys.length * 20,
    marginLeft,
    marginRight: 40,
    marginTop: 50,
    x: { label: s.tasks, domain: [0, max], grid: true, axis: 'top', labelAnchor: 'right', ticks: Math.min(10, max), tickFormat: 'd' },
    y: { domain: keys, label: null, tickFormat: (k: string) => label.get(k) ?? k, tickSize: 0 },
    color: {
      domain: ['individual-lead', 'individual-co', 'collective-lead', 'collective-co'],
      range: [COLOURS.lead, COLOURS.co, COLOURS.collectiveLead, COLOURS.collectiveCo],
    },
    marks: [
      Plot.barX(rows, { y: 'key', x: 'n', fill: 'role', order: ['individual-lead', 'individual-co', 'collective-lead', 'collective-co'] }),
      Plot.text(totals, { y: 'key', x: 'n', text: (d: { n: number }) => String(d.n), textAnchor: 'start', dx: 4, fontSize: 11, fill: COLOURS.ink }),
      Plot.ruleX([0]),
      ...legendMarks(kit, [
        { label: s.lead, colour: COLOURS.lead },
        { label: s.co, colour: COLOURS.co },
        ...(model.collective.length > 0 ? [{ label: s.collective, colour: COLOURS.collectiveCo }] : []),
      ], -40),
    ],
  });
  return svgText(svg, s.figures.load);
}
