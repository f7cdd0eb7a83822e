// How labels are drawn and which are drawn: text on a halo, so a name stays readable over discs,
// squares and links; task labels only once the camera has zoomed in.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { COLORS } from '../style.js';
import type { DisplayEdgeAttributes, DisplayGraphAttributes, DisplayNodeAttributes } from '../types.js';

/** Halo width in pixels around each glyph (the stroke is twice this, half of it under the text). */
export const LABEL_HALO = 3;

/**
 * Draws a node label as sigma's default does (right of the node, vertically centred), but on a
 * white halo: the text is first stroked `2 × LABEL_HALO` px wide in the background colour, then
 * filled, so dark names stay legible on dark discs and crossing links (the "halo" of cartography).
 */
export const drawLabelWithHalo: NodeLabelDrawingFunction<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes> = (context, data, settings) => {
  if (data.label === null || data.label === '') return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 2 * LABEL_HALO;
  context.strokeStyle = COLORS.background;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? COLORS.label;
  context.fillText(data.label, x, y);
};

/**
 * Rendered node size (px) from which sigma may label a node, by camera ratio (1 = the whole graph
 * fits). At the overview only agencies (radius ≥ 6.5 px) qualify; tasks (≤ 6 px) from a zoom of
 * 2× on (ratio ≤ 0.5), where there is room for their titles; sigma's label grid
 * (`labelDensity` labels per `labelGridCellSize` cell, scaled by the zoom) still keeps them apart.
 * Two steps rather than a continuous function: changing the setting redraws everything.
 */
export function labelThreshold(ratio: number): number {
  return ratio <= 0.5 ? 0 : 6.2;
}

/**
 * Sizes in screen pixels when zooming in (ratio < 1): links and discs keep their width instead of
 * thickening into bands; when zooming out they shrink as sigma's default does (√ratio).
 */
export function zoomToSizeRatio(ratio: number): number {
  return Math.max(1, Math.sqrt(ratio));
}
