// The difference view between two plans (issue 15): agencies on a circle, coloured by the tasks
// they gained or lost, co-responsibility links new, gone or kept; a table of the changes beside.
import type { App } from '../app/app.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { differenceModel, type DiffAgency, type DiffLink, type DifferenceModel } from '../plans/difference-model.js';
import type { Plans } from '../plans/plans.js';
import type { Lang } from '../state.js';
import { comparedStep, type PlansBar } from './plans-bar.js';
import { svg } from './svg.js';

/** Gain / loss colours (ColorBrewer RdYlGn ends, distinct for colour-blind readers with the dashes and rings). */
export const DIFF_COLORS = { gained: '#1a9850', entered: '#1a9850', lost: '#d73027', left: '#d73027', same: '#9aa3b0', new: '#1a9850', gone: '#d73027', kept: '#c5cad3' } as const;

const SIZE = 720;
const RADIUS = 250;

function draw(model: DifferenceModel, lang: Lang): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': t(lang, 'difference', { from: model.from, to: model.to }), 'data-role': 'difference-graph' });
  const at = new Map<string, { x: number; y: number; angle: number }>();
  model.agencies.forEach((a, i) => {
    const angle = (2 * Math.PI * i) / model.agencies.length - Math.PI / 2;
    at.set(a.agency, { x: SIZE / 2 + RADIUS * Math.cos(angle), y: SIZE / 2 + RADIUS * Math.sin(angle), angle });
  });
  const links = svg('g', { 'data-layer': 'links' });
  const order: DiffLink['status'][] = ['kept', 'gone', 'new'];
  for (const status of order) {
    for (const link of model.links.filter((l) => l.status === status)) {
      const p = at.get(link.a);
      const q = at.get(link.b);
      if (p === undefined || q === undefined) continue;
      const width = 1 + Math.min(4, Math.max(link.before, link.after) - 1);
      links.append(
        svg('line', {
          x1: p.x.toFixed(1),
          y1: p.y.toFixed(1),
          x2: q.x.toFixed(1),
          y2: q.y.toFixed(1),
          stroke: DIFF_COLORS[status],
          'stroke-width': width,
          'stroke-dasharray': status === 'gone' ? '5 4' : 'none',
          'stroke-opacity': status === 'kept' ? 0.7 : 0.9,
          'data-status': status,
          'data-pair': `${link.a}|${link.b}`,
        }),
      );
    }
  }
  const nodes = svg('g', { 'data-layer': 'agencies' });
  for (const a of model.agencies) {
    const p = at.get(a.agency);
    if (p === undefined) continue;
    const r = 4 + 2.2 * Math.sqrt(Math.max(a.before ?? 0, a.after ?? 0));
    const ring = a.status === 'entered' || a.status === 'left';
    const circle = svg('circle', {
      cx: p.x.toFixed(1),
      cy: p.y.toFixed(1),
      r: r.toFixed(1),
      fill: a.status === 'left' ? '#fff' : DIFF_COLORS[a.status],
      stroke: ring ? DIFF_COLORS[a.status] : '#fff',
      'stroke-width': ring ? 3 : 1,
      'data-agency': a.agency,
      'data-status': a.status,
      'data-change': a.change,
    });
    circle.append(svg('title', {}, `${a.agency}: ${a.before ?? '—'} → ${a.after ?? '—'}`));
    const right = Math.cos(p.angle) >= 0;
    const label = svg('text', { x: (p.x + (right ? 1 : -1) * (r + 4)).toFixed(1), y: (p.y + 4).toFixed(1), 'text-anchor': right ? 'start' : 'end', 'font-size': 12, fill: '#1f2937' }, `${a.agency} ${a.change > 0 ? '+' : ''}${a.change === 0 ? '' : a.change}`);
    nodes.append(circle, label);
  }
  root.append(links, nodes);
  return root;
}

function legend(lang: Lang): HTMLElement {
  const key = (color: string, text: string, shape: 'dot' | 'line' | 'dash' | 'ring'): HTMLElement => {
    const s = el('span', { className: `diff-key ${shape}` });
    s.style.setProperty('--c', color);
    return el('span', { className: 'key' }, s, document.createTextNode(` ${text}`));
  };
  return el(
    'div',
    { className: 'matrix-legend', attrs: { 'data-legend': 'difference' } },
    key(DIFF_COLORS.gained, t(lang, 'diffGained'), 'dot'),
    key(DIFF_COLORS.lost, t(lang, 'diffLost'), 'dot'),
    key(DIFF_COLORS.same, t(lang, 'diffSame'), 'dot'),
    key(DIFF_COLORS.entered, t(lang, 'diffEntered'), 'ring'),
    key(DIFF_COLORS.left, t(lang, 'diffLeft'), 'ring'),
    key(DIFF_COLORS.new, t(lang, 'diffNew'), 'line'),
    key(DIFF_COLORS.gone, t(lang, 'diffGone'), 'dash'),
    key(DIFF_COLORS.kept, t(lang, 'diffKept'), 'line'),
  );
}

function changes(model: DifferenceModel, lang: Lang): HTMLElement {
  const rows = [...model.agencies].sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || b.change - a.change);
  const cell = (a: DiffAgency): HTMLElement =>
    el(
      'tr',
      { attrs: { 'data-agency': a.agency, 'data-status': a.status } },
      el('th', { text: a.agency, attrs: { scope: 'row' } }),
      el('td', { className: 'num', text: a.before === null ? '—' : String(a.before) }),
      el('td', { className: 'num', text: a.after === null ? '—' : String(a.after) }),
      el('td', { className: `num ${a.change > 0 ? 'gain' : a.change < 0 ? 'loss' : ''}`, text: a.change > 0 ? `+${a.change}` : String(a.change) }),
    );
  return el(
    'table',
    { className: 'ranking-table diff-table' },
    el('caption', { text: t(lang, 'diffTableCaption', { from: model.from, to: model.to }) }),
    el('thead', {}, el('tr', {}, el('th', { text: t(lang, 'agency'), attrs: { scope: 'col' } }), el('th', { className: 'num', text: model.from, attrs: { scope: 'col' } }), el('th', { className: 'num', text: model.to, attrs: { scope: 'col' } }), el('th', { className: 'num', text: 'Δ', attrs: { scope: 'col' } }))),
    el('tbody', {}, ...rows.map(cell)),
  );
}

export function mountDifference(container: HTMLElement, app: App, plans: Plans, bar: PlansBar): void {
  container.hidden = true;
  let token = 0;
  const render = async (): Promise<void> => {
    const mine = (token += 1);
    if (!bar.differenceOpen) {
      container.hidden = true;
      document.body.dataset.difference = 'closed';
      return;
    }
    const lang = app.store.get().lang;
    container.hidden = false;
    container.replaceChildren(el('p', { className: 'note', text: t(lang, 'computing') }));
    const comparison = await plans.compare();
    if (mine !== token) return;
    const step = comparedStep(plans.current);
    const model = differenceModel(comparison, plans.plans.map((p) => p.network), step);
    container.replaceChildren(
      el('h2', { text: t(lang, 'difference', { from: model.from, to: model.to }) }),
      legend(lang),
      el('div', { className: 'diff-body' }, draw(model, lang), changes(model, lang)),
    );
    document.body.dataset.difference = 'open';
  };
  bar.onDifference(() => void render());
  app.store.subscribe((_s, changed) => {
    if (changed.has('lang') && bar.differenceOpen) void render();
  });
}
