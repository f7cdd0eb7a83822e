// The sigma renderer: node and edge programs, label font and drawing settings.
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import { drawLabelWithHalo, labelThreshold, zoomToSizeRatio } from './render/labels.js';
import type { Lang } from './state.js';
import { COLORS, LABEL_FONT } from './style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayGraphAttributes, DisplayNodeAttributes } from './types.js';

export type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;

/**
 * Label density by language. Sigma keeps a few labels per grid cell without measuring them: short
 * Chinese names fit 1.5 per 100 px cell (most agencies named, few overlaps); English names are
 * four times as long, so fewer, on larger cells.
 */
export function labelSettings(lang: Lang): { labelDensity: number; labelGridCellSize: number } {
  return lang === 'zh' ? { labelDensity: 1.5, labelGridCellSize: 100 } : { labelDensity: 0.8, labelGridCellSize: 160 };
}

/**
 * Draws `graph` into `container`. Node `type` picks the program: `circle` for agencies, `square`
 * (from `@sigma/node-square`) for tasks; edge `type` is `line`, or `arrow` in the lead network.
 * Sigma renders once, synchronously, in its constructor.
 */
export function createRenderer(graph: DisplayGraph, container: HTMLElement, lang: Lang): Renderer {
  return new Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>(graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: 'normal',
    labelColor: { color: COLORS.label },
    defaultDrawNodeLabel: drawLabelWithHalo,
    // Agencies (size ≥ 6.5) are labelled at the default zoom; tasks (size ≤ 6) once zoomed in
    // (see bindLabelThreshold), or while they neighbour the focused node.
    labelRenderedSizeThreshold: labelThreshold(1),
    zoomToSizeRatioFunction: zoomToSizeRatio,
    ...labelSettings(lang),
    minEdgeThickness: 1,
    // Lead links above co links, the focused neighbourhood above the rest.
    zIndex: true,
    stagePadding: 40,
    // Large tables: drawing 40,000 links while panning is what makes it stutter.
    hideEdgesOnMove: graph.size > 20_000,
    // The container is hidden while the matrix view is shown.
    allowInvalidContainer: true,
  });
}

/**
 * Keeps `labelRenderedSizeThreshold` in step with the zoom ({@link labelThreshold}); the setting
 * changes (and sigma redraws) only when the camera crosses a step. Returns the unbinding.
 */
export function bindLabelThreshold(renderer: Renderer): () => void {
  const camera = renderer.getCamera();
  const update = (): void => {
    const threshold = labelThreshold(camera.ratio);
    if (renderer.getSetting('labelRenderedSizeThreshold') !== threshold) renderer.setSetting('labelRenderedSizeThreshold', threshold);
  };
  camera.on('updated', update);
  return () => camera.removeListener('updated', update);
}
