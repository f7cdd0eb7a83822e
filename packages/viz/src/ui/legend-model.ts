// What the legend says for the current view, as data: drawn in the page (legend.ts) and into
// exported images (export/png.ts) from the same items.
import { effectiveSizeMetric } from '../display/encode.js';
import { t } from '../i18n.js';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { formatMetric, metricInfo } from '../metrics/catalog.js';
import type { State } from '../state.js';
import { COLORS, EDGE_STYLE, OTHER_CATEGORY_COLOR, agencySize, communityColor, ownCommunityColors } from '../style.js';

export type Swatch = 'square' | 'circle' | 'ring' | 'line' | 'arrow';

export interface LegendItem {
  swatch: Swatch;
  color: string;
  /** Line thickness, for `line` and `arrow`. */
  width?: number;
  /** Disc radius in pixels, for the size key. */
  radius?: number;
  label: string;
  /** Secondary text (e.g. a category's English name), shown as a tooltip. */
  title?: string;
  /** A category key: the table's categories it stands for (one, or those grouped as 其他 / other); a click shows or hides them. */
  categories?: string[];
  /** A category key whose categories are all hidden (drawn struck through, left out of images). */
  off?: boolean;
}

export interface Legend {
  /** Colour keys: categories or communities. */
  colors: LegendItem[];
  /** Shapes and links. */
  keys: LegendItem[];
}

export interface LegendInput {
  state: Readonly<State>;
  metrics: AgencyMetrics;
  categoryColors: ReadonlyMap<string, string>;
  categoryEn: ReadonlyMap<string, string>;
  /** Whether the table has collective units (to key their grey). */
  hasCollective: boolean;
  /** Whether some task marks no lead (links in the `responsible` role). */
  hasResponsible?: boolean;
}

export function legendModel({ state, metrics, categoryColors, categoryEn, hasCollective, hasResponsible = false }: LegendInput): Legend {
  const lang = state.lang;
  const view = state.view === 'matrix' ? 'bipartite' : state.view;
  const colors: LegendItem[] = [];
  const byCommunity = state.colorBy === 'community' && metrics.communityCount > 0;
  if (byCommunity) {
    const own = ownCommunityColors(metrics.communityCount);
    for (let c = 0; c < own; c += 1) colors.push({ swatch: 'circle', color: communityColor(c, metrics.communityCount), label: t(lang, 'legendCommunity', { n: c + 1 }) });
    const rest = metrics.communityCount - own;
    if (rest > 0) colors.push({ swatch: 'circle', color: OTHER_CATEGORY_COLOR, label: t(lang, 'legendOtherCommunities', { n: rest }) });
  } else if (view === 'bipartite') {
    const others: string[] = [];
    for (const [category, color] of categoryColors) {
      if (color === OTHER_CATEGORY_COLOR) {
        others.push(category);
        continue;
      }
      const en = categoryEn.get(category);
      const off = state.hiddenCategories.has(category);
      colors.push({ swatch: 'square', color, label: lang === 'en' && en !== undefined ? en : category, ...(en === undefined ? {} : { title: lang === 'en' ? category : en }), categories: [category], off });
    }
    if (others.length > 0) {
      const off = others.every((c) => state.hiddenCategories.has(c));
      colors.push({ swatch: 'square', color: OTHER_CATEGORY_COLOR, label: t(lang, 'legendOther', { n: others.length }), title: others.join('\n'), categories: others, off });
    }
  }
  const metric = effectiveSizeMetric({ sizeBy: state.sizeBy, metrics });
  const info = metricInfo(metric);
  const agencyColor = byCommunity ? communityColor(0, metrics.communityCount) : COLORS.agency;
  const keys: LegendItem[] = [];
  if (view === 'bipartite') keys.push({ swatch: 'ring', color: '#5b6270', label: t(lang, 'legendTask') });
  // Sized by tasks while the chosen metric is still on its way: said so, not silently.
  const wanted = metricInfo(state.sizeBy);
  const sizeName = metric === state.sizeBy ? (lang === 'zh' ? info.zh : info.en) : t(lang, 'legendSizePending', { metric: lang === 'zh' ? info.zh : info.en, wanted: lang === 'zh' ? wanted.zh : wanted.en });
  keys.push({ swatch: 'circle', color: agencyColor, label: t(lang, 'legendAgency', { metric: sizeName }) });
  // Size key: the smallest and largest discs with the values they stand for (as encode.ts draws them).
  const [lo, hi] = metrics.range(metric);
  const base = Math.min(0, lo);
  if (hi > base) {
    keys.push({ swatch: 'circle', color: agencyColor, radius: agencySize(lo, base, hi), label: formatMetric(metric, lo) });
    keys.push({ swatch: 'circle', color: agencyColor, radius: agencySize(hi, base, hi), label: formatMetric(metric, hi) });
  }
  if (hasCollective && !state.hideCollective && !byCommunity) keys.push({ swatch: 'circle', color: COLORS.collective, label: t(lang, 'legendCollective') });
  if (view === 'bipartite') {
    keys.push({ swatch: 'line', color: EDGE_STYLE.lead.color, width: EDGE_STYLE.lead.size, label: t(lang, 'legendLead') });
    if (!state.leadOnly) keys.push({ swatch: 'line', color: EDGE_STYLE.co.color, width: EDGE_STYLE.co.size, label: t(lang, 'legendCo') });
    if (!state.leadOnly && hasResponsible) keys.push({ swatch: 'line', color: EDGE_STYLE.responsible.color, width: EDGE_STYLE.responsible.size, label: t(lang, 'legendResponsible') });
  } else if (view === 'projection') {
    keys.push({ swatch: 'line', color: COLORS.pair, width: 3, label: t(lang, 'legendPair', { weight: state.weight, min: state.minWeight }) });
    if (state.backboneOnly) keys.push({ swatch: 'line', color: COLORS.pair, width: 3, label: t(lang, 'legendBackbone') });
  } else {
    keys.push({ swatch: 'arrow', color: COLORS.leadArrow, width: 2, label: t(lang, 'legendArrow') });
  }
  return { colors, keys };
}
