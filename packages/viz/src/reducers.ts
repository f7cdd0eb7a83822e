// Passing states drawn through sigma's reducers: link filters hide (node filters remove nodes from
// the graph itself, see filter/visible.ts), the focused node (hovered, else
// selected) and its neighbours stand out while the rest fades. Lasting encodings stay on the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { State } from './state.js';
import { COLORS } from './style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './types.js';

/** What the reducers read: the state, plus the focused neighbourhood computed once per change. */
export interface ReducerContext {
  state: Readonly<State>;
  graph: DisplayGraph;
  /** Hovered node, else the selected one, if it is in the graph. */
  focus: string | null;
  /** The focus and its neighbours. */
  around: ReadonlySet<string>;
}

/** The focus of a state in a graph, and its neighbourhood. */
export function focusOf(state: Readonly<State>, graph: DisplayGraph): Pick<ReducerContext, 'focus' | 'around'> {
  const focus = [state.hovered, state.selected].find((n): n is string => n !== null && graph.hasNode(n)) ?? null;
  return { focus, around: focus === null ? new Set() : new Set([focus, ...graph.neighbors(focus)]) };
}

/** Whether a link is filtered out (co links in "lead only", projection links under the minimum). */
export function isEdgeHidden(state: Readonly<State>, attr: DisplayEdgeAttributes): boolean {
  if (attr.kind === 'role') return state.leadOnly && attr.role !== 'lead';
  if (attr.kind === 'pair') return attr[state.weight] < state.minWeight;
  return false;
}

export function nodeReducer(ctx: ReducerContext, node: string, data: DisplayNodeAttributes): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (ctx.focus === null) return res;
  if (ctx.around.has(node)) {
    res.zIndex = 2;
    res.forceLabel = true;
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
  if (isEdgeHidden(ctx.state, data)) {
    res.hidden = true;
    return res;
  }
  if (ctx.focus === null || !ctx.graph.hasEdge(edge)) return res;
  if (ctx.graph.hasExtremity(edge, ctx.focus)) {
    if (data.kind === 'role' && data.role !== 'lead') {
      res.color = COLORS.coHighlight;
      res.size = Math.max(data.size, 1.5);
    }
    res.zIndex = 2;
  } else {
    res.color = COLORS.fadedEdge;
    res.zIndex = -1;
  }
  return res;
}
