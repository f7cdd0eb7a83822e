// GEXF 1.2 or 1.3 (Gephi, Gephi Lite, NetworkX): nodes and edges with typed attributes and, when the graph
// has been laid out, positions, sizes and colours.
//
// Written here rather than with graphology-gexf's writer: that writer passes characters XML
// forbids straight through, and its entry points either touch `DOMParser` on import (browser) or
// pull an XML parser into browser bundles (Node). Its parser reads our output back in the tests.
import type { AbstractGraph, Attributes } from 'graphology-types';
import { attributeColumns, isAbsent, valueText, type Column, type ValueType } from './attribute-model.js';
import { edgeIds, nodeIds } from './ids.js';
import { element, XML_DECLARATION } from './xml.js';

export interface GexfOptions {
  /** GEXF version: `'1.2'` (1.2draft, read by Gephi, Gephi Lite and NetworkX) or `'1.3'` (Gephi 0.9.3+). Default `'1.2'`. */
  version?: '1.2' | '1.3';
  /** `<creator>` in the file's meta. Default `'fengong'`. */
  creator?: string;
  /** `<description>` in the file's meta; none by default. */
  description?: string;
  /** `lastmodifieddate` (ISO date, `YYYY-MM-DD`) in the meta; none by default, so output is reproducible. */
  lastModified?: string;
}

const DEFAULTS = { creator: 'fengong', version: '1.2' } as const;

const NAMESPACES = {
  '1.2': { xmlns: 'http://www.gexf.net/1.2draft', 'xmlns:viz': 'http://www.gexf.net/1.2draft/viz', version: '1.2' },
  '1.3': { xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' },
} as const;

/** Attributes that GEXF holds as visual properties (`viz:*`) or as the label, not as data. */
const VIZ = new Set(['label', 'x', 'y', 'z', 'size', 'color']);

const GEXF_TYPE: Readonly<Record<ValueType, string>> = {
  boolean: 'boolean',
  integer: 'integer',
  long: 'long',
  double: 'double',
  string: 'string',
  list: 'string',
};

function model(cls: 'node' | 'edge', columns: readonly Column[]): string[] {
  if (columns.length === 0) return [];
  const defs = columns.map((c, i) => element('attribute', { id: i, title: c.name, type: GEXF_TYPE[c.type] }));
  return [element('attributes', { class: cls }, defs)];
}

function attvalues(attributes: Attributes, columns: readonly Column[]): string[] {
  const values = columns.flatMap((c, i) => {
    const value: unknown = attributes[c.name];
    return isAbsent(value) ? [] : [element('attvalue', { for: i, value: valueText(value) })];
  });
  return values.length === 0 ? [] : [element('attvalues', {}, values)];
}

const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** `viz:color` from a CSS hex colour (`#rgb`, `#rrggbb`) as `r`, `g`, `b`; other colour syntaxes are left out. */
function vizColor(color: unknown): string[] {
  const hex = typeof color === 'string' ? /^#([0-9a-f]{3}|[0-9a-f]{6})$/iu.exec(color)?.[1] : undefined;
  if (hex === undefined) return [];
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return [element('viz:color', { r, g, b })];
}

function nodeViz(a: Attributes): string[] {
  const [x, y, z, size] = [finite(a.x), finite(a.y), finite(a.z), finite(a.size)];
  return [
    ...vizColor(a.color),
    ...(x !== undefined || y !== undefined ? [element('viz:position', { x: x ?? 0, y: y ?? 0, z })] : []),
    ...(size !== undefined ? [element('viz:size', { value: size })] : []),
  ];
}

function edgeViz(a: Attributes): string[] {
  const size = finite(a.size);
  return [...vizColor(a.color), ...(size !== undefined ? [element('viz:thickness', { value: size })] : [])];
}

/**
 * The graph as a GEXF document (https://gexf.net), version 1.2draft by default (what NetworkX
 * reads; Gephi reads both), for Gephi, Gephi Lite and NetworkX (`read_gexf`).
 *
 * - Every node and edge attribute becomes a typed GEXF attribute (`integer`, `long`, `double`,
 *   `boolean`, `string`), declared once per class with numeric ids and the attribute name as title;
 *   lists and objects are written as JSON strings (GEXF list types are read differently by each
 *   tool). `undefined`, `null` and non-finite numbers are left out.
 * - `label` becomes the node or edge label; `x`, `y`, `z`, `size` and a hex `color` become
 *   `viz:position`, `viz:size` (`viz:thickness` for edges) and `viz:color`.
 * - Node ids are the graph's keys; edge ids are the user's edge keys, or `e0`, `e1`, … where
 *   graphology generated them, so the same graph always gives the same bytes. A key holding a
 *   character XML cannot (a control character) has it spelled out (`\x01`), so no two nodes or
 *   edges share an id.
 * - Text is escaped, and characters XML 1.0 cannot hold become U+FFFD.
 *
 * @example
 * writeFileSync('plan.gexf', toGexf(graph, { description: 'Hunan–GBA 2020' }));
 */
export function toGexf<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: AbstractGraph<N, E, G>,
  options: GexfOptions = {},
): string {
  if (graph === null || typeof graph !== 'object' || typeof graph.forEachNode !== 'function') {
    throw new TypeError('toGexf: expected a graphology graph');
  }
  const { creator, description, lastModified, version } = { ...DEFAULTS, ...options };
  if (version !== '1.2' && version !== '1.3') {
    throw new TypeError(`toGexf: \`version\` must be '1.2' or '1.3', got ${JSON.stringify(version)}`);
  }
  if (lastModified !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(lastModified)) {
    throw new TypeError(`toGexf: \`lastModified\` must be a date as YYYY-MM-DD, got ${JSON.stringify(lastModified)}`);
  }
  const nodeColumns = attributeColumns(graph.mapNodes((_n, a) => a), VIZ);
  const edgeColumns = attributeColumns(graph.mapEdges((_e, a) => a), VIZ);
  const ids = edgeIds(graph);
  const nodeId = nodeIds(graph);

  const nodes = graph.mapNodes((node, a) => {
    const label: unknown = a.label;
    return element('node', { id: nodeId(node), label: isAbsent(label) ? undefined : valueText(label) }, [...attvalues(a, nodeColumns), ...nodeViz(a)]);
  });
  const edges = graph.mapEdges((edge, a, source, target, _s, _t, undirected) =>
    element(
      'edge',
      {
        id: ids.get(edge),
        type: graph.type === 'mixed' ? (undirected ? 'undirected' : 'directed') : undefined,
        source: nodeId(source),
        target: nodeId(target),
        label: isAbsent(a.label) ? undefined : valueText(a.label),
      },
      [...attvalues(a, edgeColumns), ...edgeViz(a)],
    ),
  );
  const meta = element('meta', { lastmodifieddate: lastModified }, [
    element('creator', {}, creator),
    ...(description === undefined ? [] : [element('description', {}, description)]),
  ]);
  const body = element('graph', { defaultedgetype: graph.type === 'directed' ? 'directed' : 'undirected', mode: 'static' }, [
    ...model('node', nodeColumns),
    ...model('edge', edgeColumns),
    element('nodes', {}, nodes),
    element('edges', {}, edges),
  ]);
  const root = element('gexf', NAMESPACES[version], [meta, body]);
  return `${XML_DECLARATION}\n${root}\n`;
}
