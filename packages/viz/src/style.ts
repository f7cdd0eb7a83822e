// Colours, sizes and fonts: the visual encodings of the viewer in one place.
import type { Role } from '@fengong/core';

/**
 * Label font stack. Sigma draws labels on a canvas, so the font must hold CJK glyphs or names
 * render as boxes: WenQuanYi Micro Hei (Debian `fonts-wqy-microhei`), Noto / Source Han Sans
 * (Linux), PingFang (macOS), Microsoft YaHei (Windows). This is the Chinese interface's stack.
 */
export const LABEL_FONT =
  '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The English interface's stack: Latin text in a Latin sans-serif (Segoe UI on Windows, Helvetica
 * Neue on macOS, Roboto, Liberation Sans or DejaVu Sans on Linux), the CJK fonts after it for the
 * Chinese names a table has no English for (a font lacking a glyph passes it to the next one).
 * The same list as `page.css` gives `:lang(en)`.
 */
export const LATIN_FONT = `"Segoe UI", "Helvetica Neue", Roboto, "Liberation Sans", "DejaVu Sans", Arial, ${LABEL_FONT}`;

/** The label font of an interface language: {@link LATIN_FONT} in English, {@link LABEL_FONT} in Chinese. */
export function labelFontFor(lang: 'zh' | 'en'): string {
  return lang === 'en' ? LATIN_FONT : LABEL_FONT;
}

/**
 * Qualitative palette for task categories: Tableau 10 without its grey (grey means "collective"
 * and "faded" here). Nine hues is about as many as stay apart on screen, so a table with more
 * categories gives its eight largest their own colour and groups the rest as 其他 / other
 * ({@link OTHER_CATEGORY_COLOR}), instead of reusing colours.
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

/** The colour of the categories grouped as 其他 / other: a warm sand, apart from the greys and the nine hues. */
export const OTHER_CATEGORY_COLOR = '#d2c3a3';

/**
 * Communities: Paul Tol's "muted" scheme (colour-blind safe, distinct from the category
 * palette so the two colourings are never confused). Beyond nine communities the eight largest
 * keep a colour and the rest share {@link OTHER_CATEGORY_COLOR} (see {@link communityColor}).
 */
export const COMMUNITY_PALETTE = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
] as const;

export const COLORS = {
  /** A single agency. */
  agency: '#3b4252',
  /** A collective of units (各有关市州人民政府): drawn, but greyed. */
  collective: '#b4bac4',
  /** A task whose row has no category. */
  uncategorised: '#8a8f98',
  /** Anything outside the hovered or selected neighbourhood. */
  faded: '#eceef2',
  fadedEdge: '#f1f2f5',
  /** A co link of the focused node: darker than at rest so the whole neighbourhood reads. */
  coHighlight: '#8c94a1',
  /** Links of the agency projection and of the lead network. */
  pair: '#9aa3b2',
  leadArrow: '#6b7383',
  label: '#1f2430',
  background: '#ffffff',
} as const;

/**
 * Edge encodings by role: lead links thicker and darker than co-operation links; `responsible`
 * (a unit on a task that marks no lead) in between.
 */
export const EDGE_STYLE: Readonly<Record<Role, { size: number; color: string; zIndex: number }>> = {
  lead: { size: 2.2, color: '#4b5363', zIndex: 1 },
  responsible: { size: 1.6, color: '#8c94a1', zIndex: 0 },
  co: { size: 1.2, color: '#b3bac5', zIndex: 0 },
};

/** Node radii in pixels at the default zoom; the smallest agency stays just above the task size. */
export const TASK_SIZE = 6;
export const AGENCY_SIZE = { min: 6.5, max: 18 } as const;
/** Link widths (pixels) of the one-mode views, from the weakest to the strongest link shown. */
export const LINK_WIDTH = { min: 0.6, max: 7 } as const;

/**
 * Category → colour. Up to nine categories: each its own, in table order. More: the eight with
 * the most tasks (`tasksOf`; ties in table order) get the palette in table order, every other
 * one {@link OTHER_CATEGORY_COLOR}.
 */
export function categoryColors(categories: readonly string[], tasksOf: ReadonlyMap<string, number> = new Map()): Map<string, string> {
  const n = CATEGORY_PALETTE.length;
  const own =
    categories.length <= n
      ? new Set(categories)
      : new Set(
          categories
            .map((category, i) => ({ category, i, tasks: tasksOf.get(category) ?? 0 }))
            .sort((a, b) => b.tasks - a.tasks || a.i - b.i)
            .slice(0, n - 1)
            .map((c) => c.category),
        );
  let k = 0;
  return new Map(categories.map((c) => [c, own.has(c) ? (CATEGORY_PALETTE[k++] ?? OTHER_CATEGORY_COLOR) : OTHER_CATEGORY_COLOR]));
}

/**
 * Colour of community `c` (0-based, numbered largest first: `metrics/communities.ts`) of `count`.
 * Up to nine communities each have their own colour; beyond, the eight largest do and the rest
 * share one "other" colour (as categories do), so that no two colours stand for different groups.
 */
export function communityColor(c: number, count: number): string {
  const own = count <= COMMUNITY_PALETTE.length ? COMMUNITY_PALETTE.length : COMMUNITY_PALETTE.length - 1;
  return c < own ? (COMMUNITY_PALETTE[c] ?? OTHER_CATEGORY_COLOR) : OTHER_CATEGORY_COLOR;
}

/** How many communities have a colour of their own when there are `count`. */
export function ownCommunityColors(count: number): number {
  return count <= COMMUNITY_PALETTE.length ? count : COMMUNITY_PALETTE.length - 1;
}

/**
 * Agency radius on a square-root scale, so that the disc's area (not its radius) grows with the
 * value: min + (max − min)·√((v − lo) / (hi − lo)). Values outside [lo, hi] are clamped.
 */
export function agencySize(value: number, lo: number, hi: number): number {
  const ratio = hi > lo ? Math.sqrt(Math.min(1, Math.max(0, (value - lo) / (hi - lo)))) : 0;
  return AGENCY_SIZE.min + (AGENCY_SIZE.max - AGENCY_SIZE.min) * ratio;
}

/** Task squares shrink on large tables so thousands of them do not cover the screen. */
export function taskSize(tasks: number): number {
  return Math.max(2, Math.min(TASK_SIZE, TASK_SIZE * Math.sqrt(200 / Math.max(1, tasks))));
}

/** Link width proportional to the weight, between LINK_WIDTH.min and LINK_WIDTH.max. */
export function linkWidth(weight: number, max: number): number {
  return LINK_WIDTH.min + (LINK_WIDTH.max - LINK_WIDTH.min) * (max > 0 ? Math.min(1, weight / max) : 0);
}

/**
 * Opacity of links at rest: 1 up to 2,000 links, then √(2000 / m), never under 0.12, so that tens
 * of thousands of links read as a light web instead of a dark mass (the focused neighbourhood's
 * links are drawn opaque by the reducers).
 */
export function linkOpacity(links: number): number {
  return Math.max(0.12, Math.min(1, Math.sqrt(2000 / Math.max(1, links))));
}

/** `#rrggbb` with an opacity in [0, 1] as `#rrggbbaa` (sigma reads both); opaque colours stay as they are. */
export function withOpacity(color: string, opacity: number): string {
  if (opacity >= 1) return color;
  const alpha = Math.round(Math.max(0, opacity) * 255).toString(16).padStart(2, '0');
  return `${color.slice(0, 7)}${alpha}`;
}
