// Colours, sizes and fonts: the visual encodings of the viewer in one place.
import type { Role } from '@fengong/core';

/**
 * Label font stack. Sigma draws labels on a canvas, so the font must hold CJK glyphs or names
 * render as boxes: WenQuanYi Micro Hei (Debian `fonts-wqy-microhei`), Noto / Source Han Sans
 * (Linux), PingFang (macOS), Microsoft YaHei (Windows).
 */
export const LABEL_FONT =
  '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Qualitative palette for task categories: Tableau 10 without its grey (grey means "collective"
 * and "faded" here). Categories beyond nine reuse colours in order.
 */
export const CATEGORY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
] as const;

export const COLORS = {
  /** A single agency. */
  agency: '#3b4252',
  /** A collective of units (各有关市州人民政府): drawn, but greyed. */
  collective: '#b4bac4',
  /** A task whose row has no category. */
  uncategorised: '#8a8f98',
  /** Anything outside the hovered neighbourhood. */
  faded: '#eceef2',
  fadedEdge: '#f1f2f5',
  /** A co link of the hovered node: darker than at rest so the whole neighbourhood reads. */
  coHighlight: '#8c94a1',
  label: '#1f2430',
  background: '#ffffff',
} as const;

/** Edge encodings by role: lead links thicker and darker than co-operation links; `responsible` (no lead marked) in between. */
export const EDGE_STYLE: Readonly<Record<Role, { size: number; color: string; zIndex: number }>> = {
  lead: { size: 2.2, color: '#4b5363', zIndex: 1 },
  co: { size: 1.2, color: '#b3bac5', zIndex: 0 },
  responsible: { size: 1.6, color: '#8c94a1', zIndex: 0 },
};

/** Node radii in pixels at the default zoom; the smallest agency stays just above the task size. */
export const TASK_SIZE = 6;
export const AGENCY_SIZE = { min: 6.5, max: 18 } as const;

/** Category → colour, in the graph's category order (the table's order). */
export function categoryColors(categories: readonly string[]): Map<string, string> {
  return new Map(categories.map((c, i) => [c, CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] ?? COLORS.uncategorised]));
}

/**
 * Agency radius by load, on a square-root scale so that the disc's area (not its radius) grows
 * with the number of tasks: min + (max − min)·√(tasks / maxTasks).
 */
export function agencySize(tasks: number, maxTasks: number): number {
  const ratio = maxTasks > 0 ? Math.sqrt(Math.max(0, tasks) / maxTasks) : 0;
  return AGENCY_SIZE.min + (AGENCY_SIZE.max - AGENCY_SIZE.min) * ratio;
}
