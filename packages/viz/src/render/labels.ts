// How labels are drawn and which are drawn: text on a halo, so a name stays readable over discs,
// squares and links; task labels only once the camera has zoomed in.
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { COLORS } from '../style.js';

/** Halo width in pixels around each glyph (the stroke is twice this, half of it under the text). */
export const LABEL_HALO = 3;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Draws node labels as sigma's default does (right of the node, vertically centred), but on a
 * white halo, and never over another label of the same frame. The halo: the text is first
 * stroked `2 × LABEL_HALO` px wide in the background colour, then filled, so dark names stay
 * legible on dark discs and crossing links (the halo of cartography). The placement: sigma's
 * label grid picks a few candidates per cell but does not measure them, so neighbouring cells'
 * labels overlap; each label's box (text plus halo) is checked against those already drawn in
 * the frame, and skipped if it would overlap one. Only the focused node's label is always drawn;
 * the frame offers it first, then the other forced labels (its neighbours), then the rest, each
 * group largest first (renderer.ts `labelOrder`), so a neighbourhood's names never cover one
 * another either. `reset()` starts a frame (sigma's `beforeRender`).
 */
export class LabelPlacer {
  private boxes: Box[] = [];
  private context: CanvasRenderingContext2D | undefined;
  /** Node keys whose label was drawn in the current (else the last) frame. */
  readonly drawn = new Set<string>();
  /** The focused node (hovered, else selected), whose label is drawn whatever it overlaps. */
  focus: string | null = null;

  reset(): void {
    this.boxes = [];
    this.drawn.clear();
  }

  /** A sigma label drawer (generic, as node programs' `drawLabel` is). */
  readonly draw = <N extends Attributes, E extends Attributes, G extends Attributes>(
    context: CanvasRenderingContext2D,
    data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
    settings: Settings<N, E, G>,
  ): void => {
    if (data.label === null || data.label === '') return;
    // Another canvas (the PNG export's renderer) starts a frame of its own.
    if (context !== this.context) {
      this.reset();
      this.context = context;
    }
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 3;
    const y = data.y + size / 3;
    const box = { x0: x - LABEL_HALO, x1: x + context.measureText(data.label).width + LABEL_HALO, y0: y - size - LABEL_HALO, y1: y + 0.25 * size + LABEL_HALO };
    const key = (data as { key?: unknown }).key;
    if (key !== this.focus && this.boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) return;
    this.boxes.push(box);
    if (typeof key === 'string') this.drawn.add(key);
    context.lineJoin = 'round';
    context.lineWidth = 2 * LABEL_HALO;
    context.strokeStyle = COLORS.background;
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? COLORS.label;
    context.fillText(data.label, x, y);
  };
}

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
