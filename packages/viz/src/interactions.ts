// Hover highlighting: a typed state, one action, and sigma reducers that read the state.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type Sigma from 'sigma';
import { COLORS } from './style.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from './types.js';

/** Passing UI state; lasting encodings live on the graph, not here. */
export interface State {
  hoveredNode?: string;
  hoveredNeighbors?: Set<string>;
}

export type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** Sets (or clears, with `undefined`) the hovered node and its neighbourhood. */
export function setHoveredNode(state: State, graph: DisplayGraph, node: string | undefined): void {
  if (node === undefined || !graph.hasNode(node)) {
    delete state.hoveredNode;
    delete state.hoveredNeighbors;
    return;
  }
  state.hoveredNode = node;
  state.hoveredNeighbors = new Set(graph.neighbors(node));
}

/**
 * While a node is hovered, it and its neighbours keep their colour, are drawn on top and show
 * their labels; every other node fades and loses its label.
 */
export function nodeReducer(state: State, node: string, data: DisplayNodeAttributes): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (state.hoveredNode === undefined) return res;
  if (node === state.hoveredNode || state.hoveredNeighbors?.has(node) === true) {
    res.zIndex = 2;
    res.forceLabel = true;
  } else {
    res.color = COLORS.faded;
    res.label = '';
    res.zIndex = 0;
  }
  return res;
}

/** While a node is hovered, its own links stand out (co links darkened) and the others fade. */
export function edgeReducer(
  state: State,
  graph: DisplayGraph,
  edge: string,
  data: DisplayEdgeAttributes,
): Partial<EdgeDisplayData> {
  const res: Partial<EdgeDisplayData> = { ...data };
  if (state.hoveredNode === undefined) return res;
  if (graph.hasExtremity(edge, state.hoveredNode)) {
    if (data.role === 'co') {
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

/**
 * Wires hover highlighting into `renderer` (as in sigma's "use-reducers" story). `onHover` is told
 * about each change, e.g. to show details. Returns the state and `unbind`, which removes the
 * listeners and reducers.
 */
export function bindHover(
  renderer: Renderer,
  onHover: (node: string | undefined) => void = () => {},
): { state: State; unbind: () => void } {
  const graph = renderer.getGraph() as DisplayGraph;
  const state: State = {};
  const hover = (node: string | undefined): void => {
    setHoveredNode(state, graph, node);
    onHover(state.hoveredNode);
    // Only colours and labels change: no need to re-index positions.
    renderer.refresh({ skipIndexation: true });
  };
  const enter = ({ node }: { node: string }): void => hover(node);
  const leave = (): void => hover(undefined);

  renderer.setSetting('nodeReducer', (node, data) => nodeReducer(state, node, data));
  renderer.setSetting('edgeReducer', (edge, data) => edgeReducer(state, graph, edge, data));
  renderer.on('enterNode', enter);
  renderer.on('leaveNode', leave);
  return {
    state,
    unbind: () => {
      renderer.off('enterNode', enter);
      renderer.off('leaveNode', leave);
      renderer.setSetting('nodeReducer', null);
      renderer.setSetting('edgeReducer', null);
    },
  };
}
