// Stable ids for nodes and edges in exported files, one per node and per edge, never shared.
import type { AbstractGraph } from 'graphology-types';
import { spellForbidden, xmlCanHold } from './xml.js';

/**
 * Whether graphology generated an edge's key (edges added without one get `geid_<instance>_<n>`,
 * which differs from run to run). graphology's own `inspect()` uses the same test.
 */
export const isGeneratedKey = (key: string): boolean => key.startsWith('geid_');

/** `candidate`, or `candidate_1`, `candidate_2` … : the first not in `taken`, which it joins. */
function unused(candidate: string, taken: Set<string>): string {
  let id = candidate;
  for (let n = 1; taken.has(id); n++) id = `${candidate}_${n}`;
  taken.add(id);
  return id;
}

/**
 * An id for every node in an XML file: its key where XML can hold it; else the key with the
 * characters XML forbids spelled out (`\x01`, `\uD800`), suffixed `_1`, `_2` … if another node
 * already has that id. Keys differing only in such characters (`甲\x01局`, `甲\x02局`) so keep
 * distinct ids, where writing U+FFFD for each would merge them in the reader.
 */
export function nodeIds(graph: AbstractGraph): (node: string) => string {
  const unsafe = graph.filterNodes((node) => !xmlCanHold(node));
  if (unsafe.length === 0) return (node) => node;
  const taken = new Set(graph.filterNodes((node) => xmlCanHold(node)));
  const ids = new Map(unsafe.map((node) => [node, unused(spellForbidden(node), taken)]));
  return (node) => ids.get(node) ?? node;
}

/**
 * An id for every edge: its own key when the user gave one (spelled out as {@link nodeIds} does
 * where XML cannot hold it), else `e<index>` in iteration order (suffixed if a user's key already
 * took it), so the same graph always gives the same file and no two edges share an id.
 */
export function edgeIds(graph: AbstractGraph): Map<string, string> {
  const taken = new Set(graph.filterEdges((edge) => !isGeneratedKey(edge) && xmlCanHold(edge)));
  const ids = new Map<string, string>();
  let index = 0;
  graph.forEachEdge((edge) => {
    if (isGeneratedKey(edge)) ids.set(edge, unused(`e${index}`, taken));
    else ids.set(edge, xmlCanHold(edge) ? edge : unused(spellForbidden(edge), taken));
    index++;
  });
  return ids;
}
