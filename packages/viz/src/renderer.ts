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
    labelOrder(renderer, labels);
  });
  renderer.refresh();
  return renderer;
}

interface LabelGrid {
  getLabelsToDisplay(ratio: number, density: number): string[];
}
const sortedGrids = new WeakSet<LabelGrid>();

/**
 * Sigma offers label candidates cell by cell, then appends the forced ones; the placer keeps the
 * first of two that collide, so the order decides who keeps a name: the focused node first, then
 * the other forced labels (its neighbourhood), then the grid's candidates, each group largest
 * first — else a hub loses its name to a small neighbour, or a neighbourhood's names pile up.
 * Sigma has no setting for this order: its label grid (a private member, replaced when the graph
 * is) is wrapped, before each frame, to return that order (sigma then skips the forced labels it
 * appends, as already drawn). If a later sigma renames these members, labels stay in sigma's order.
 */
function labelOrder(renderer: Renderer, labels: LabelPlacer): void {
  const own = renderer as unknown as { labelGrid?: LabelGrid; nodesWithForcedLabels?: Set<string> };
  const grid = own.labelGrid;
  if (grid === undefined || typeof grid.getLabelsToDisplay !== 'function' || sortedGrids.has(grid)) return;
  const original = grid.getLabelsToDisplay.bind(grid);
  const size = (node: string): number => renderer.getNodeDisplayData(node)?.size ?? 0;
  const bySize = (a: string, b: string): number => size(b) - size(a);
  grid.getLabelsToDisplay = (ratio, density) => {
    const forced = [...(own.nodesWithForcedLabels ?? [])].sort(bySize);
    const first = labels.focus !== null && forced.includes(labels.focus) ? [labels.focus, ...forced.filter((n) => n !== labels.focus)] : forced;
    const taken = new Set(first);
    return [...first, ...original(ratio, density).filter((n) => !taken.has(n)).sort(bySize)];
  };
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
