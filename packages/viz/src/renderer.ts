// The sigma renderer: node and edge programs, label font and drawing settings.
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import { labelThreshold, zoomToSizeRatio, type LabelPlacer } from './render/labels.js';
import type { Lang } from './state.js';
import { COLORS, labelFontFor } from './style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayGraphAttributes, DisplayNodeAttributes } from './types.js';

export type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>;

/**
 * Label density and font by language (a Latin font first in English, see style.ts). Sigma's label grid offers a few candidates per grid cell without
 * measuring them; the label placer (render/labels.ts) then drops any that would cover another.
 * So the grid may offer generously: short Chinese names 3 per 100 px cell, English names (four
 * times as long) 1.6 per 160 px cell.
 */
export function labelSettings(lang: Lang): { labelDensity: number; labelGridCellSize: number; labelFont: string } {
  return lang === 'zh' ? { labelDensity: 3, labelGridCellSize: 100, labelFont: labelFontFor(lang) } : { labelDensity: 1.6, labelGridCellSize: 160, labelFont: labelFontFor(lang) };
}

/**
 * Draws `graph` into `container`. Node `type` picks the program: `circle` for agencies, `square`
 * (from `@sigma/node-square`) for tasks; edge `type` is `line`, or `arrow` in the lead network.
 * Labels are drawn by `labels` (halo, no overlaps). Sigma renders once, synchronously, in its
 * constructor, with `reducers` already.
 */
export function createRenderer(graph: DisplayGraph, container: HTMLElement, lang: Lang, labels: LabelPlacer, reducers: Partial<Pick<Settings<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>, 'nodeReducer' | 'edgeReducer'>> = {}): Renderer {
  // @sigma/node-square brings its own label drawer (sigma's plain one): tasks get the placer's too.
  class TaskSquareProgram extends NodeSquareProgram<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes> {
    override drawLabel = labels.draw;
  }
  const renderer = new Sigma<DisplayNodeAttributes, DisplayEdgeAttributes, DisplayGraphAttributes>(graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, square: TaskSquareProgram },
    edgeProgramClasses: { line: EdgeRectangleProgram, arrow: EdgeArrowProgram },
    defaultNodeType: 'circle',
    defaultEdgeType: 'line',
    labelSize: 13,
    labelWeight: 'normal',
    labelColor: { color: COLORS.label },
    defaultDrawNodeLabel: labels.draw,
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
    // Given here, not set afterwards: the frame the constructor draws uses them too.
    ...reducers,
  });
  // The constructor has drawn one frame already; every later frame places its labels afresh.
  renderer.on('beforeRender', () => {
    labels.reset();
    largestLabelsFirst(renderer);
  });
  renderer.refresh();
  return renderer;
}

interface LabelGrid {
  getLabelsToDisplay(ratio: number, density: number): string[];
}
const sortedGrids = new WeakSet<LabelGrid>();

/**
 * Sigma offers label candidates cell by cell; the placer keeps the first of two that collide,
 * so the largest nodes must come first or a hub can lose its name to a small neighbour. Sigma has
 * no setting for this order: its label grid (a private member, replaced when the graph is) is
 * wrapped, before each frame, to sort what it returns by size, largest first. If a later sigma
 * renames it, labels stay in sigma's order.
 */
function largestLabelsFirst(renderer: Renderer): void {
  const grid = (renderer as unknown as { labelGrid?: LabelGrid }).labelGrid;
  if (grid === undefined || typeof grid.getLabelsToDisplay !== 'function' || sortedGrids.has(grid)) return;
  const original = grid.getLabelsToDisplay.bind(grid);
  const size = (node: string): number => renderer.getNodeDisplayData(node)?.size ?? 0;
  grid.getLabelsToDisplay = (ratio, density) => original(ratio, density).sort((a, b) => size(b) - size(a));
  sortedGrids.add(grid);
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
