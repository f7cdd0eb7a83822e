// The details panel of the selected node. Agency: its tasks split by role, its strongest partners,
// its metrics. Task: its lead, its co-agencies, its category. Every name goes in as text.
import type { ResponsibilityGraph, Role } from '@fengong/core';
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { pick, t, type StringKey } from '../i18n.js';
import { METRICS, formatMetric } from '../metrics/catalog.js';
import { metricHelp } from '../metrics/help.js';
import { acrossPlansSection } from './across-plans.js';
import type { Lang } from '../state.js';
import { COLORS, communityColor } from '../style.js';
import { roleCounts } from './describe.js';
import { strongestPartners } from './partners.js';

/** Longest list drawn in full; beyond it, "… and N more". */
const LIST_LIMIT = 200;

export function mountDetails(container: HTMLElement, ctx: AppContext): void {
  const { store, actions } = ctx;
  // What is visible: an agency's tasks and partners are those the filters leave.
  const graph = (): ResponsibilityGraph => ctx.visible().graph;

  const nodeButton = (node: string, lang: Lang): HTMLElement => {
    const attr = graph().getNodeAttributes(node);
    const text = attr.part === 'agency' ? pick(lang, attr.name, attr.nameEn) : `#${attr.id} ${pick(lang, attr.title, attr.titleEn)}`;
    const b = el('button', { className: 'link', text, attrs: { type: 'button', 'data-node': node } });
    b.addEventListener('click', () => actions.select(node, { fly: true }));
    return b;
  };
  const section = (lang: Lang, key: StringKey, items: HTMLElement[], role?: string): HTMLElement => {
    const shown = items.slice(0, LIST_LIMIT);
    const more = items.length - shown.length;
    return el(
      'section',
      role === undefined ? {} : { attrs: { 'data-section': role } },
      el('h3', { text: `${t(lang, key)} (${items.length})` }),
      el('ol', {}, ...shown.map((item) => el('li', {}, item)), more > 0 ? el('li', { className: 'more', text: `… +${more}` }) : null),
    );
  };
  const stat = (key: string, n: number, label: string): HTMLElement =>
    el('span', { className: 'stat', attrs: { 'data-stat': key } }, el('strong', { text: String(n) }), document.createTextNode(` ${label}`));

  const byRole = (node: string): Record<Role, string[]> => {
    const out: Record<Role, string[]> = { lead: [], co: [], responsible: [] };
    graph().forEachEdge(node, (_e, attr, a, b) => out[attr.role].push(a === node ? b : a));
    return out;
  };

  const agency = (node: string, lang: Lang): HTMLElement[] => {
    const attr = graph().getNodeAttributes(node);
    if (attr.part !== 'agency') return [];
    const c = roleCounts(graph(), node);
    const roles = byRole(node);
    const metrics = ctx.metrics();
    const community = metrics.community.get(node);
    const head = [
      el('h2', { text: attr.name, attrs: { lang: 'zh-Hans' } }),
      attr.nameEn === undefined ? null : el('p', { className: 'name-en', text: attr.nameEn, attrs: { lang: 'en' } }),
      attr.fullName === undefined || attr.fullName === attr.name ? null : el('p', { className: 'full-name', text: attr.fullName, attrs: { lang: 'zh-Hans' } }),
      attr.collective ? el('p', { className: 'badge', text: t(lang, 'collective') }) : null,
    ];
    const stats = el(
      'p',
      { className: 'stats' },
      stat('tasks', c.tasks, t(lang, 'statTasks')),
      stat('lead', c.lead, t(lang, 'statLead')),
      stat('co', c.co, t(lang, 'statCo')),
      c.responsible > 0 ? stat('responsible', c.responsible, t(lang, 'statResponsible')) : null,
    );
    const partners = strongestPartners(graph(), node, { limit: 8, excludeCollective: store.get().hideCollective }).map((p) =>
      el('span', {}, nodeButton(p.node, lang), el('span', { className: 'muted', text: ` ${p.shared} ${t(lang, 'sharedTasks')} · J ${p.jaccard.toFixed(2)}` })),
    );
    const rows = METRICS.flatMap(({ key, zh, en }) => {
      const value = metrics.get(key, node);
      const rank = metrics.rank(key, node);
      const shown = value !== undefined ? formatMetric(key, value) : metrics.failed.has(key) ? t(lang, 'failed') : metrics.waitsForLayout(key) ? t(lang, 'afterLayout') : metrics.isPending(key) ? t(lang, 'computing') : '—';
      return [
        el('dt', { text: lang === 'zh' ? zh : en, attrs: { title: metricHelp(key, lang) } }),
        el('dd', { attrs: { 'data-metric': key } }, document.createTextNode(shown), rank === undefined ? null : el('span', { className: 'muted', text: ` ${t(lang, 'rankOf', rank)}` })),
      ];
    });
    if (community !== undefined) {
      const swatch = el('span', { className: 'swatch circle' });
      swatch.style.background = communityColor(community, metrics.communityCount);
      rows.unshift(el('dt', { text: t(lang, 'community') }), el('dd', {}, swatch, document.createTextNode(` ${community + 1}`)));
    }
    const sections = [
      acrossPlansSection(attr.name, lang),
      section(lang, 'ledTasks', roles.lead.map((n) => nodeButton(n, lang)), 'lead'),
      section(lang, 'coTasks', roles.co.map((n) => nodeButton(n, lang)), 'co'),
      roles.responsible.length > 0 ? section(lang, 'responsibleTasks', roles.responsible.map((n) => nodeButton(n, lang)), 'responsible') : null,
      section(lang, 'partners', partners, 'partners'),
      el('section', { attrs: { 'data-section': 'metrics' } }, el('h3', { text: t(lang, 'metrics') }), el('dl', { className: 'metrics' }, ...rows)),
    ];
    return [...head, stats, ...sections].filter((x): x is HTMLElement => x !== null);
  };

  const task = (node: string, lang: Lang): HTMLElement[] => {
    const attr = graph().getNodeAttributes(node);
    if (attr.part !== 'task') return [];
    const roles = byRole(node);
    const swatch = el('span', { className: 'swatch square' });
    swatch.style.background = (attr.category === null ? undefined : ctx.categoryColors().get(attr.category)) ?? COLORS.uncategorised;
    const category = attr.category === null ? t(lang, 'uncategorised') : pick(lang, attr.category, attr.categoryEn);
    return [
      el('h2', { text: `#${attr.id} ${attr.title}`, attrs: { lang: 'zh-Hans' } }),
      attr.titleEn === undefined ? null : el('p', { className: 'name-en', text: attr.titleEn, attrs: { lang: 'en' } }),
      el('p', { className: 'category', attrs: { 'data-stat': 'category' } }, el('span', { className: 'muted', text: `${t(lang, 'category')}: ` }), swatch, document.createTextNode(` ${category}`)),
      section(lang, 'leadAgency', roles.lead.map((n) => nodeButton(n, lang)), 'lead'),
      section(lang, 'coAgencies', roles.co.map((n) => nodeButton(n, lang)), 'co'),
      roles.responsible.length > 0 ? section(lang, 'responsibleAgencies', roles.responsible.map((n) => nodeButton(n, lang)), 'responsible') : null,
    ].filter((x): x is HTMLElement => x !== null);
  };

  const render = (): void => {
    const { selected, lang } = store.get();
    const close = el('button', { className: 'dismiss', text: '×', attrs: { type: 'button', 'aria-label': t(lang, 'clear') } });
    close.addEventListener('click', () => actions.select(null));
    if (selected === null || !graph().hasNode(selected)) {
      container.dataset.node = '';
      container.replaceChildren(el('p', { className: 'hint', text: t(lang, 'nothingSelected') }));
      return;
    }
    container.dataset.node = selected;
    const body = graph().getNodeAttribute(selected, 'part') === 'agency' ? agency(selected, lang) : task(selected, lang);
    container.replaceChildren(close, ...body);
  };

  ctx.events.on('network', render);
  let pending = false;
  ctx.events.on('metrics', () => {
    // Metrics arrive in bursts: redraw once per frame at most.
    if (pending || store.get().selected === null) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  });
  store.subscribe((_s, changed) => {
    if (changed.has('selected') || changed.has('lang') || changed.has('hideCollective') || changed.has('hiddenCategories')) render();
  });
}
