// A small chart of one agency's load in each opened plan (issue 15), for the details panel:
// a stacked bar per plan, dark for tasks led and light for tasks co-operated on.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import type { Plans } from '../plans/plans.js';
import type { Lang } from '../state.js';
import { svg } from './svg.js';

let source: Plans | undefined;

/** Gives the details panel the opened plans to chart. */
export function useAcrossPlans(plans: Plans): void {
  source = plans;
}

/**
 * The section for agency `name` of the shown plan, or null when fewer than two plans are open.
 * Filled when core's comparison is ready (the name is looked up as compared: after renames and mergers).
 */
export function acrossPlansSection(name: string, lang: Lang): HTMLElement | null {
  const plans = source;
  if (plans === undefined || plans.plans.length < 2) return null;
  const section = el('section', { attrs: { 'data-section': 'across-plans' } }, el('h3', { text: t(lang, 'acrossPlans') }));
  void plans.compare().then((comparison) => {
    const label = plans.plans[plans.current]?.label;
    const compared = comparison.identity.find((c) => c.plan === label && c.from === name)?.to ?? name;
    const row = comparison.agencies.find((a) => a.agency === compared);
    if (row === undefined) return;
    const W = 300;
    const H = 110;
    const most = Math.max(1, ...row.plans.map((p) => p?.tasks ?? 0));
    const slot = W / row.plans.length;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': t(lang, 'acrossPlans'), 'data-role': 'across-plans' });
    row.plans.forEach((p, i) => {
      const x = i * slot + slot * 0.25;
      const w = slot * 0.5;
      const scale = (n: number): number => (70 * n) / most;
      const lead = p?.lead ?? 0;
      const co = (p?.tasks ?? 0) - lead;
      const base = 84;
      chart.append(
        svg('rect', { x: x.toFixed(1), y: (base - scale(lead)).toFixed(1), width: w.toFixed(1), height: scale(lead).toFixed(1), fill: '#374151', 'data-plan': comparison.plans[i]?.label ?? '', 'data-lead': lead }),
        svg('rect', { x: x.toFixed(1), y: (base - scale(lead) - scale(co)).toFixed(1), width: w.toFixed(1), height: scale(co).toFixed(1), fill: '#a9b2c1', 'data-plan': comparison.plans[i]?.label ?? '', 'data-co': co }),
        svg('text', { x: (x + w / 2).toFixed(1), y: (base - scale(lead + co) - 3).toFixed(1), 'text-anchor': 'middle', 'font-size': 11 }, p === null ? '—' : String(p.tasks)),
        svg('text', { x: (x + w / 2).toFixed(1), y: 100, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b6270' }, comparison.plans[i]?.label ?? ''),
      );
    });
    section.append(chart, el('p', { className: 'muted', text: t(lang, 'acrossPlansNote', { name: compared }) }));
  });
  return section;
}
