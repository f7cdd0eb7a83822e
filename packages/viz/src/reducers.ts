// Passing states drawn through sigma's reducers: link filters hide (node filters remove nodes from
// the graph itself, see filter/visible.ts), the focused node (hovered, else
// selected) and its neighbours stand out while the rest fades. Lasting encodings stay on the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { State } from './state.js';
import { COLORS, EDGE_STYLE } from './style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './types.js';

/** Most neighbours of the focused node whose labels are forced on; beyond, only the focus's is. */
export const FORCED_LABELS = 24;

/** What the reducers read: the state, plus the focused neighbourhood computed once per change. */
export interface ReducerContext {
  state: Readonly<State>;
  graph: DisplayGraph;
  /** Hovered node, else the selected one, if it is in the graph. */
  focus: string | null;
  /** The focus and its neighbours. */
  around: ReadonlySet<string>;
  /**
   * Links are not drawn: a large graph is being laid out. Its positions are only copied back at
   * the end (layout/force.ts `copyInterval`), so the frame shows the seeds, and drawing their
   * thousands of links without a GPU took seconds of a core ForceAtlas2 needed (2–3.5 s at 5,000
   * tasks, 21,036 links).
   */
  edgesHidden?: boolean;
}

/** The focus of a state in a graph, and its neighbourhood. */
export function focusOf(state: Readonly<State>, graph: DisplayGraph): Pick<ReducerContext, 'focus' | 'around'> {
  const focus = [state.hovered, state.selected].find((n): n is string => n !== null && graph.hasNode(n)) ?? null;
  return { focus, around: focus === null ? new Set() : new Set([focus, ...graph.neighbors(focus)]) };
}

/** Whether a link is filtered out (co links in "lead only", projection links under the minimum or, in "backbone only", outside the SDSM backbone). */
export function isEdgeHidden(state: Readonly<State>, attr: DisplayEdgeAttributes): boolean {
  if (attr.kind === 'role') return state.leadOnly && attr.role !== 'lead';
  if (attr.kind === 'pair') return attr[state.weight] < state.minWeight || (state.backboneOnly && !attr.backbone);
  return false;
}

export function nodeReducer(ctx: ReducerContext, node: string, data: DisplayNodeAttributes): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (ctx.focus === null) return res;
  if (ctx.around.has(node)) {
    res.zIndex = 2;
    // A small neighbourhood is labelled in full; a hub's is not (hundreds of forced labels are a
    // black mass): its neighbours compete for sigma's label grid like any node, the focus is forced.
    res.forceLabel = node === ctx.focus || ctx.around.size <= FORCED_LABELS + 1;
    if (node === ctx.state.selected) res.highlighted = true;
  } else {
    res.color = COLORS.faded;
    res.label = '';
    res.zIndex = 0;
  }
  return res;
}

export function edgeReducer(ctx: ReducerContext, edge: string, data: DisplayEdgeAttributes): Partial<EdgeDisplayData> {
  const res: Partial<EdgeDisplayData> = { ...data };
  if (ctx.edgesHidden === true || isEdgeHidden(ctx.state, data)) {
    res.hidden = true;
    return res;
  }
  if (ctx.focus === null || !ctx.graph.hasEdge(edge)) return res;
  if (ctx.graph.hasExtremity(edge, ctx.focus)) {
    // The focused neighbourhood's links are opaque, whatever the opacity of links at rest.
    if (data.kind === 'role' && data.role !== 'lead') {
      res.color = COLORS.coHighlight;
      res.size = Math.max(data.size, 1.5);
    } else if (data.kind === 'role') res.color = EDGE_STYLE.lead.color;
    else res.color = data.kind === 'pair' ? COLORS.pair : COLORS.leadArrow;
    res.zIndex = 2;
  } else {
    res.color = COLORS.fadedEdge;
    res.zIndex = -1;
  }
  return res;
}
