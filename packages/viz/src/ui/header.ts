// The header: table title (Chinese and English), counts, legend and a line naming the hovered node.
import type { AppContext } from '../app/context.js';
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { counts } from '../network.js';
import { describeNode } from './describe.js';
import { legendModel } from './legend-model.js';
import { renderLegend } from './legend.js';

/** Category → English name, from the graph's task nodes. */
/** The counted noun of each header count ("1 task", "30 tasks"). */
const NOUN = { tasks: 'countTasks', agencies: 'countAgencies', links: 'countLinks' } as const;

/** A Chinese character (a title or number written in Chinese). */
const HAN = /[\u3400-\u9fff]/u;

export function categoryNamesEn(ctx: AppContext): Map<string, string> {
  const out = new Map<string, string>();
  ctx.network().graph.forEachNode((_node, attr) => {
    if (attr.part === 'task' && attr.category !== null && attr.categoryEn !== undefined) out.set(attr.category, attr.categoryEn);
  });
  return out;
}

export function hasCollective(ctx: AppContext): boolean {
  return ctx.network().graph.someNode((_node, attr) => attr.part === 'agency' && attr.collective);
}

export function hasResponsible(ctx: AppContext): boolean {
  return ctx.network().graph.someEdge((_edge, attr) => attr.role === 'responsible');
}

export function mountHeader(container: HTMLElement, ctx: AppContext): void {
  const title = el('h1');
  const titleEn = el('p', { className: 'title-en', attrs: { lang: 'en' } });
  const source = el('p', { className: 'source' });
  const stats = el('p', { className: 'counts' });
  const legend = el('div', { className: 'legend' });
  const info = el('p', { className: 'hover-info', attrs: { id: 'hover-info', 'aria-live': 'polite' } });
  container.replaceChildren(
    el('div', { className: 'title' }, title, titleEn, source),
    el('div', { className: 'side' }, stats, legend, info),
  );

  const renderTitle = (): void => {
    const { meta } = ctx.network();
    title.textContent = meta.title;
    titleEn.textContent = meta.titleEn ?? '';
    titleEn.hidden = meta.titleEn === undefined;
    source.textContent = meta.source ?? meta.file;
    // The document's own words (its title, its number) are Chinese whatever the interface language.
    for (const e of [title, source]) {
      if (HAN.test(e.textContent)) e.lang = 'zh-Hans';
      else e.removeAttribute('lang');
    }
  };
  /** "30 项任务", or while filters remove some, "12 / 30 项任务" ("12 of 30 tasks"). */
  const renderCounts = (): void => {
    const lang = ctx.store.get().lang;
    const all = counts(ctx.network().graph);
    const c = counts(ctx.visible().graph);
    const filtered = ctx.visible() !== ctx.network();
    const count = (key: 'tasks' | 'agencies' | 'links'): HTMLElement => {
      const n = String(c[key]);
      const text = filtered ? t(lang, 'countOf', { n, of: all[key] }) : n;
      return el('span', { className: 'count' }, el('strong', { text, attrs: { 'data-count': key, 'data-shown': n, 'data-total': String(all[key]) } }), document.createTextNode(` ${t(lang, NOUN[key], { n: filtered ? all[key] : c[key] })}`));
    };
    stats.replaceChildren(count('tasks'), count('agencies'), count('links'));
  };
  const renderLegendNow = (): void => {
    const state = ctx.store.get();
    const model = legendModel({
      state,
      metrics: ctx.metrics(),
      categoryColors: ctx.categoryColors(),
      categoryEn: categoryNamesEn(ctx),
      hasCollective: hasCollective(ctx),
      hasResponsible: hasResponsible(ctx),
    });
    renderLegend(legend, model, { colors: t(state.lang, state.colorBy === 'community' ? 'community' : 'categories'), keys: t(state.lang, 'encodings') }, (categories, visible) =>
      ctx.actions.showCategories(categories, visible),
    );
  };
  const renderInfo = (): void => {
    const { hovered, lang } = ctx.store.get();
    info.textContent = hovered === null ? t(lang, 'hoverHint') : describeNode(ctx.visible().graph, hovered, lang);
  };

  ctx.events.on('network', () => {
    renderTitle();
    renderCounts();
    renderLegendNow();
    renderInfo();
  });
  ctx.events.on('metrics', renderLegendNow);
  ctx.store.subscribe((_state, changed) => {
    if (changed.has('lang')) renderTitle();
    if (['lang', 'hiddenCategories', 'hideCollective'].some((k) => changed.has(k as never))) renderCounts();
    if (['lang', 'view', 'colorBy', 'sizeBy', 'weight', 'minWeight', 'backboneOnly', 'leadOnly', 'hideCollective', 'hiddenCategories'].some((k) => changed.has(k as never))) renderLegendNow();
    if (changed.has('hovered') || changed.has('lang')) renderInfo();
  });
}
