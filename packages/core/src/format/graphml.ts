// GraphML (Cytoscape, yEd, Gephi, NetworkX, igraph): typed data keys for graph, node and edge
// attributes. graphology-graphml only reads GraphML, so this writes it; its parser reads the
// output back in the tests.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { attributeColumns, isAbsent, valueText, type Column, type ValueType } from './attribute-model.js';
import { edgeIds, nodeIds } from './ids.js';
import { element, XML_DECLARATION } from './xml.js';

const GRAPHML_TYPE: Readonly<Record<ValueType, string>> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
  list: 'string',
};

type Domain = 'graph' | 'node' | 'edge';

interface Key extends Column {
  id: string;
  domain: Domain;
}

function keysFor(domain: Domain, columns: readonly Column[], start: number): Key[] {
  return columns.map((c, i) => ({ ...c, domain, id: `d${start + i}` }));
}

function data(attributes: Attributes, keys: readonly Key[]): string[] {
  return keys.flatMap((k) => {
    const value: unknown = attributes[k.name];
    return isAbsent(value) ? [] : [element('data', { key: k.id }, valueText(value))];
  });
}

/**
 * The graph as a GraphML document (http://graphml.graphdrawing.org), for Cytoscape, yEd, Gephi,
 * NetworkX (`read_graphml`) and igraph.
 *
 * - Every graph, node and edge attribute becomes a `<key>` with `attr.name` and `attr.type`
 *   (`boolean`, `int`, `long`, `double`, `string`), ids `d0`, `d1`, … as NetworkX writes them;
 *   lists and objects are written as JSON strings. `undefined`, `null` and non-finite numbers are
 *   left out. `label` is an ordinary key (Cytoscape and NetworkX read it as the label).
 * - Node ids are the graph's keys; edge ids are the user's edge keys, or `e0`, `e1`, … where
 *   graphology generated them, so the same graph always gives the same bytes. A key holding a
 *   character XML cannot (a control character) has it spelled out (`\x01`), so no two nodes or
 *   edges share an id.
 * - `edgedefault` is the graph's type; in a mixed graph each edge says whether it is directed.
 * - Text is escaped, and characters XML 1.0 cannot hold become U+FFFD.
 *
 * @example
 * writeFileSync('plan.graphml', toGraphml(graph));
 */
export function toGraphml<N extends Attributes, E extends Attributes, G extends Attributes>(graph: AbstractGraph<N, E, G>): string {
  if (graph === null || typeof graph !== 'object' || typeof graph.forEachNode !== 'function') {
    throw new TypeError('toGraphml: expected a graphology graph');
  }
  const graphKeys = keysFor('graph', attributeColumns([graph.getAttributes()]), 0);
  const nodeKeys = keysFor('node', attributeColumns(graph.mapNodes((_n, a) => a)), graphKeys.length);
  const edgeKeys = keysFor('edge', attributeColumns(graph.mapEdges((_e, a) => a)), graphKeys.length + nodeKeys.length);
  const ids = edgeIds(graph);
  const nodeId = nodeIds(graph);

  const keys = [...graphKeys, ...nodeKeys, ...edgeKeys].map((k) =>
    element('key', { id: k.id, for: k.domain, 'attr.name': k.name, 'attr.type': GRAPHML_TYPE[k.type] }),
  );
  const nodes = graph.mapNodes((node, a) => element('node', { id: nodeId(node) }, data(a, nodeKeys)));
  const edges = graph.mapEdges((edge, a, source, target, _s, _t, undirected) =>
    element(
      'edge',
      { id: ids.get(edge), source: nodeId(source), target: nodeId(target), directed: graph.type === 'mixed' ? String(!undirected) : undefined },
      data(a, edgeKeys),
    ),
  );
  const body = element('graph', { id: 'G', edgedefault: graph.type === 'directed' ? 'directed' : 'undirected' }, [
    ...data(graph.getAttributes(), graphKeys),
    ...nodes,
    ...edges,
  ]);
  const root = element(
    'graphml',
    {
      xmlns: 'http://graphml.graphdrawing.org/xmlns',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    },
    [...keys, body],
  );
  return `${XML_DECLARATION}\n${root}\n`;
}
