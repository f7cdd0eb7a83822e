// SVG of the current canvas view, for reports: what sigma shows (positions, colours, sizes after
// the reducers, hidden links left out), drawn as vector shapes under the title, with the labels of
// the last frame. Every name is text content, escaped by the serializer.
import type { Renderer } from '../renderer.js';
import { COLORS } from '../style.js';
import { svg } from '../ui/svg.js';

/** sigma's members read here (display data after reducers, viewport conversion, pixel sizes). */
interface SigmaView {
  getNodeDisplayData(node: string): { x: number; y: number; size: number; color: string; hidden?: boolean; label?: string | null; type?: string } | undefined;
  getEdgeDisplayData(edge: string): { size: number; color: string; hidden?: boolean } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
  getDimensions(): { width: number; height: number };
}

const TOP = 36;

/**
 * The view as an SVG document (width × height of the canvas, plus a title band): links as lines,
 * agencies as circles, tasks as squares, and the labels in `labels` (those sigma drew in its last
 * frame) beside their nodes, on a white halo as on screen.
 */
export function viewSvg(renderer: Renderer, title: string, labels: ReadonlySet<string>): string {
  const r = renderer as unknown as SigmaView;
  const graph = renderer.getGraph();
  const { width, height } = r.getDimensions();
  const root = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height: height + TOP, viewBox: `0 0 ${width} ${height + TOP}`, 'font-family': renderer.getSetting('labelFont') });
  root.append(svg('rect', { width, height: height + TOP, fill: COLORS.background }));
  root.append(svg('text', { x: 16, y: 24, 'font-size': 15, 'font-weight': 600, fill: COLORS.label }, title));
  const stage = svg('g', { transform: `translate(0 ${TOP})` });
  const at = (node: string): { x: number; y: number; size: number } | undefined => {
    const d = r.getNodeDisplayData(node);
    if (d === undefined || d.hidden === true) return undefined;
    const p = r.framedGraphToViewport(d);
    return { x: p.x, y: p.y, size: r.scaleSize(d.size) };
  };
  const links = svg('g', { 'data-layer': 'links' });
  graph.forEachEdge((edge, _attr, source, target) => {
    const d = r.getEdgeDisplayData(edge);
    const p = at(source);
    const q = at(target);
    if (d === undefined || d.hidden === true || p === undefined || q === undefined) return;
    links.append(svg('line', { x1: p.x.toFixed(1), y1: p.y.toFixed(1), x2: q.x.toFixed(1), y2: q.y.toFixed(1), stroke: d.color, 'stroke-width': Math.max(0.5, r.scaleSize(d.size)).toFixed(2) }));
  });
  const nodes = svg('g', { 'data-layer': 'nodes' });
  const texts = svg('g', { 'data-layer': 'labels', 'font-size': 12, fill: COLORS.label, stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke' });
  graph.forEachNode((node, attr) => {
    const d = r.getNodeDisplayData(node);
    const p = at(node);
    if (d === undefined || p === undefined) return;
    const square = attr.part === 'task';
    nodes.append(
      square
        ? svg('rect', { x: (p.x - p.size).toFixed(1), y: (p.y - p.size).toFixed(1), width: (2 * p.size).toFixed(1), height: (2 * p.size).toFixed(1), fill: d.color, 'data-node': node })
        : svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: p.size.toFixed(1), fill: d.color, 'data-node': node }),
    );
    if (labels.has(node) && d.label != null && d.label !== '') texts.append(svg('text', { x: (p.x + p.size + 3).toFixed(1), y: (p.y + 4).toFixed(1) }, d.label));
  });
  stage.append(links, nodes, texts);
  root.append(stage);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
