// What of the selection and the hover survives a change of view (as in Gephi Lite and Retina):
// each node stays while the new view draws it, and is cleared otherwise. The hover follows the
// renderer, which keeps its hovered node in the same case: the next pointer move ends it.
import type { State } from '../state.js';
import type { DisplayGraph } from '../types.js';

/** The selection and hover to keep when `graph` is the one about to be shown. */
export function carriedSelection(state: Pick<State, 'selected' | 'hovered'>, graph: Pick<DisplayGraph, 'hasNode'>): Pick<State, 'selected' | 'hovered'> {
  const kept = (node: string | null): string | null => (node !== null && graph.hasNode(node) ? node : null);
  return { selected: kept(state.selected), hovered: kept(state.hovered) };
}
