// Stable ids for edges in exported files.
import type { AbstractGraph } from 'graphology-types';

/**
 * Whether graphology generated an edge's key (edges added without one get `geid_<instance>_<n>`,
 * which differs from run to run). graphology's own `inspect()` uses the same test.
 */
export const isGeneratedKey = (key: string): boolean => key.startsWith('geid_');

/**
 * An id for every edge: its own key when the user gave one, else `e<index>` in iteration order
 * (suffixed if a user's key already took it), so the same graph always gives the same file.
 */
export function edgeIds(graph: AbstractGraph): Map<string, string> {
  const taken = new Set(graph.filterEdges((edge) => !isGeneratedKey(edge)));
  const ids = new Map<string, string>();
  let index = 0;
  graph.forEachEdge((edge) => {
    if (!isGeneratedKey(edge)) ids.set(edge, edge);
    else {
      let id = `e${index}`;
      for (let n = 1; taken.has(id); n++) id = `e${index}_${n}`;
      taken.add(id);
      ids.set(edge, id);
    }
    index++;
  });
  return ids;
}
