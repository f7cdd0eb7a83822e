// The static network figure: the top agencies tied by shared tasks, laid out by ForceAtlas2 from a
// circle (no randomness: the same report always gives the same picture), labels that would collide dropped.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { PlotKit } from '../plot-kit.js';
import { svgText } from '../plot-kit.js';
import type { ReportModel } from '../model.js';
import { REPORT_LIMITS } from '../model.js';
import type { Strings } from '../strings.js';
import { clip, textWidth } from '../text-width.js';
import { placeLabels } from '../label-collisions.js';
import { COLOURS } from './palette.js';
import { largest, smallest } from '@fengong/core';

const W = 720;
const H = 560;
const PAD = 30;
const FONT = 11;

export interface LaidOutNode {
  agency: string;
  tasks: number;
  community: number;
  x: number;
  y: number;
  r: number;
}

/**
 * Positions of the `REPORT_LIMITS.network` most-loaded agencies that are not collective units, in
 * pixels of a W × H figure: ForceAtlas2 (Jacomy et al. 2014; edge weight = shared tasks, 300
 * iterations, settings inferred from the graph) started from a circle in rank order — deterministic.
 */
export function layoutNetwork(model: ReportModel): { nodes: LaidOutNode[]; edges: { a: LaidOutNode; b: LaidOutNode; shared: number }[] } {
  const shown = model.individual.slice(0, REPORT_LIMITS.network);
  const graph = new Graph({ type: 'undirected' });
  shown.forEach((a, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, shown.length);
    graph.addNode(a.agency, { x: Math.cos(angle) * 100, y: Math.sin(angle) * 100, size: a.tasks });
  });
  for (const p of model.report.pairs) if (graph.hasNode(p.a) && graph.hasNode(p.b)) graph.addEdge(p.a, p.b, { weight: p.shared });
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 300, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(graph), outboundAttractionDistribution: true } });
  const xs = graph.mapNodes((_n, a) => a.x as number);
  const ys = graph.mapNodes((_n, a) => a.y as number);
  const [x0, x1, y0, y1] = [smallest(xs), largest(xs), smallest(ys), largest(ys)];
  const scale = Math.min((W - 2 * PAD - 120) / Math.max(1e-9, x1 - x0), (H - 2 * PAD) / Math.max(1e-9, y1 - y0));
  const maxTasks = largest(shown.map((a) => a.tasks), 1);
  const nodes = shown.map((a) => {
    const at = graph.getNodeAttributes(a.agency);
    return {
      agency: a.agency,
      tasks: a.tasks,
      community: a.community,
      x: x1 === x0 ? W / 2 : PAD + 60 + ((at.x as number) - x0) * scale,
      y: y1 === y0 ? H / 2 : PAD + ((at.y as number) - y0) * scale,
      r: 3 + 9 * Math.sqrt(a.tasks / maxTasks),
    };
  });
  const byName = new Map(nodes.map((n) => [n.agency, n]));
  const edges = graph.mapEdges((_e, attr, s, t) => ({ a: byName.get(s) as LaidOutNode, b: byName.get(t) as LaidOutNode, shared: attr.weight as number }));
  return { nodes, edges };
}

/** The network figure: dots by tasks, lines by shared tasks, colours by community; labels of the most-loaded first, kept where they collide with none. */
export function networkFigure({ Plot, document }: PlotKit, model: ReportModel, s: Strings): string {
  const { nodes, edges } = layoutNetwork(model);
  const maxShared = largest(edges.map((e) => e.shared), 1);
  const candidates = nodes.map((n) => {
    const text = clip(n.agency, FONT, 140);
    return { n, text, x: n.x, y: n.y, width: textWidth(text, FONT), height: FONT + 2, anchor: 'start' as const, dx: n.r + 2 };
  });
  // Labels keep off every dot, and off each other.
  const dots = nodes.map((n) => ({ x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r }));
  const kept = placeLabels(candidates, { x0: 0, y0: 0, x1: W, y1: H }, dots).map((i) => candidates[i] as (typeof candidates)[number]);
  const colour = (c: number): string => COLOURS.communities[c % COLOURS.communities.length] as string;
  type Edge = (typeof edges)[number];
  const svg = Plot.plot({
    document,
    width: W,
    height: H,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.link(edges, {
        x1: (e: Edge) => e.a.x,
        y1: (e: Edge) => e.a.y,
        x2: (e: Edge) => e.b.x,
        y2: (e: Edge) => e.b.y,
        strokeWidth: (e: Edge) => 0.5 + 3.5 * (e.shared / maxShared),
        stroke: '#9aa5b1',
        strokeOpacity: 0.5,
      }),
      Plot.dot(nodes, { x: 'x', y: 'y', r: (n: LaidOutNode) => n.r, fill: (n: LaidOutNode) => colour(n.community), stroke: 'white', strokeWidth: 1 }),
      Plot.text(kept, { x: (c: (typeof kept)[number]) => c.x + c.dx, y: 'y', text: 'text', textAnchor: 'start', fontSize: FONT, fill: COLOURS.ink, stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
    ],
  });
  return svgText(svg, s.figures.network);
}
