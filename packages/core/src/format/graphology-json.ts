// graphology's serialisation format (`graph.export()` / `Graph.from()`), made reproducible.
import type { AbstractGraph, Attributes, SerializedGraph } from 'graphology-types';
import { isGeneratedKey } from './ids.js';

/**
 * The graph in graphology's JSON format (https://graphology.github.io/serialization.html): what
 * `graph.export()` gives, minus the edge keys graphology generated (`geid_…`, which change from
 * run to run), so the same graph always gives the same JSON. `Graph.from(json)` (or
 * `UndirectedGraph.from`) rebuilds it, with new keys for those edges; keys you gave are kept.
 *
 * @example
 * writeFileSync('plan.json', JSON.stringify(toGraphologyJson(graph)));
 * const copy = UndirectedGraph.from(JSON.parse(readFileSync('plan.json', 'utf8')));
 */
export function toGraphologyJson<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: AbstractGraph<N, E, G>,
): SerializedGraph<N, E, G> {
  if (graph === null || typeof graph !== 'object' || typeof graph.export !== 'function') {
    throw new TypeError('toGraphologyJson: expected a graphology graph');
  }
  const json = graph.export();
  return {
    ...json,
    edges: json.edges.map((edge) => {
      if (edge.key === undefined || !isGeneratedKey(edge.key)) return edge;
      const { key: _key, ...rest } = edge;
      return rest;
    }),
  };
}
