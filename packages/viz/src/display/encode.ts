// Lasting encodings written onto a display graph: size by the chosen metric, colour by category
// or community, labels in the chosen language, link widths by weight. Reducers only add the
// passing states (hover, selection, filters) on top.
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import type { MetricKey } from '../metrics/catalog.js';
import { pick } from '../i18n.js';
import type { ColorBy, Lang, PairWeight } from '../state.js';
import { COLORS, EDGE_STYLE, agencySize, communityColor, linkOpacity, linkWidth, taskSize, withOpacity } from '../style.js';
import type { DisplayGraph, DisplayNodeAttributes } from '../types.js';

export interface EncodeContext {
  lang: Lang;
  sizeBy: MetricKey;
  colorBy: ColorBy;
  weight: PairWeight;
  metrics: AgencyMetrics;
  categoryColors: ReadonlyMap<string, string>;
  /** Tasks in the table (task squares shrink on large tables). */
  taskCount: number;
}

/** The metric sizes are drawn by: the chosen one once computed, else the task count. */
export function effectiveSizeMetric(ctx: Pick<EncodeContext, 'sizeBy' | 'metrics'>): MetricKey {
  return ctx.metrics.has(ctx.sizeBy) ? ctx.sizeBy : 'tasks';
}

function nodeEncoding(node: string, attr: DisplayNodeAttributes, ctx: EncodeContext, range: [number, number], metric: MetricKey): Pick<DisplayNodeAttributes, 'size' | 'color' | 'label'> {
  const community = ctx.colorBy === 'community' ? ctx.metrics.community.get(node) : undefined;
  if (attr.part === 'agency') {
    const value = ctx.metrics.get(metric, node) ?? range[0];
    const color = community !== undefined ? communityColor(community, ctx.metrics.communityCount) : attr.collective ? COLORS.collective : COLORS.agency;
    return { size: agencySize(value, range[0], range[1]), color, label: pick(ctx.lang, attr.name, attr.nameEn) };
  }
  const categoryColor = attr.category === null ? undefined : ctx.categoryColors.get(attr.category);
  const color = community !== undefined ? communityColor(community, ctx.metrics.communityCount) : (categoryColor ?? COLORS.uncategorised);
  return { size: taskSize(ctx.taskCount), color, label: pick(ctx.lang, attr.title, attr.titleEn) };
}

/** Writes size, colour and label onto every node (one graph event, so sigma refreshes once). */
export function encodeNodes(graph: DisplayGraph, ctx: EncodeContext): void {
  const metric = effectiveSizeMetric(ctx);
  const range = ctx.metrics.range(metric);
  // Sizes start from 0 for counts, so an agency on one task is not drawn as small as one on none.
  const lo = Math.min(0, range[0]);
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, ...nodeEncoding(node, attr, ctx, [lo, range[1]], metric) }), {
    attributes: ['size', 'color', 'label'],
  });
}

/** Largest value of a link weight in the graph (projection: the chosen weight; lead: tasks). */
export function maxLinkWeight(graph: DisplayGraph, weight: PairWeight): number {
  let max = 0;
  graph.forEachEdge((_e, attr) => {
    const w = attr.kind === 'pair' ? attr[weight] : attr.kind === 'lead' ? attr.tasks : 0;
    if (w > max) max = w;
  });
  return max;
}

/**
 * Writes link widths (by role in the bipartite view, by weight in the one-mode views) and link
 * colours, lighter the more links there are ({@link linkOpacity}).
 */
export function encodeEdges(graph: DisplayGraph, ctx: Pick<EncodeContext, 'weight'>): void {
  const max = maxLinkWeight(graph, ctx.weight);
  const opacity = linkOpacity(graph.size);
  graph.updateEachEdgeAttributes(
    (_e, attr) => {
      if (attr.kind === 'pair') return { ...attr, size: linkWidth(attr[ctx.weight], max), color: withOpacity(COLORS.pair, opacity) };
      if (attr.kind === 'lead') return { ...attr, size: linkWidth(attr.tasks, max), color: withOpacity(COLORS.leadArrow, opacity) };
      return { ...attr, size: EDGE_STYLE[attr.role].size, color: withOpacity(EDGE_STYLE[attr.role].color, opacity) };
    },
    { attributes: ['size', 'color'] },
  );
}
