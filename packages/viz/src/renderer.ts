// The sigma renderer: node programs, label font and drawing settings.
import { NodeSquareProgram } from '@sigma/node-square';
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { Renderer } from './interactions.js';
import { COLORS, LABEL_FONT } from './style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './types.js';

/**
 * Draws `graph` into `container`. Node `type` picks the program: `circle` for agencies, `square`
 * (from `@sigma/node-square`) for tasks. Sigma renders once, synchronously, in its constructor.
 */
export function createRenderer(graph: DisplayGraph, container: HTMLElement): Renderer {
  return new Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>(graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, square: NodeSquareProgram },
    defaultNodeType: 'circle',
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: 'normal',
    labelColor: { color: COLORS.label },
    // Agencies (size ≥ 6.5) are labelled at the default zoom; tasks (size 6) once zoomed in a
    // little, or while they neighbour the hovered node.
    labelRenderedSizeThreshold: 6.2,
    // Up to 1.5 labels per 100 px grid cell (sigma's default is 1): most agencies named, few overlaps.
    labelDensity: 1.5,
    minEdgeThickness: 1,
    // Lead links above co links, hovered neighbourhood above the rest.
    zIndex: true,
    stagePadding: 40,
  });
}
