// GEXF of the current view (opens in Gephi): visible nodes and links, with positions, colours and
// sizes as drawn, and the table's attributes and metrics. Written by graphology-gexf.
import { write } from 'graphology-gexf/browser';
import type { AgencyMetrics } from '../metrics/agency-metrics.js';
import { METRICS } from '../metrics/catalog.js';
import { isEdgeHidden } from '../reducers.js';
import type { State } from '../state.js';
import type { DisplayEdgeAttributes, DisplayGraph, DisplayNodeAttributes } from '../types.js';

type Scalar = string | number | boolean;

function nodeAttributes(node: string, attr: DisplayNodeAttributes, metrics: AgencyMetrics): Record<string, Scalar> {
  const out: Record<string, Scalar> = { part: attr.part };
  const community = metrics.community.get(node);
  if (community !== undefined) out.community = community;
  if (attr.part === 'task') {
    out.id = attr.id;
    out.title = attr.title;
    if (attr.titleEn !== undefined) out.titleEn = attr.titleEn;
    if (attr.category !== null) out.category = attr.category;
    return out;
  }
  out.name = attr.name;
  if (attr.nameEn !== undefined) out.nameEn = attr.nameEn;
  out.collective = attr.collective;
  for (const { key } of METRICS) {
    const v = metrics.get(key, node);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function edgeAttributes(attr: DisplayEdgeAttributes): { weight: number; attributes: Record<string, Scalar> } {
  if (attr.kind === 'role') return { weight: attr.role === 'lead' ? 2 : 1, attributes: { role: attr.role, position: attr.position } };
  if (attr.kind === 'lead') return { weight: attr.tasks, attributes: { tasks: attr.tasks } };
  const { shared, jaccard, overlap, cosine, dice, newman, pValue, qValue, sdsmPValue, sdsmQValue, backbone } = attr;
  return { weight: shared, attributes: { shared, jaccard, overlap, cosine, dice, newman, pValue, qValue, sdsmPValue, sdsmQValue, backbone } };
}

/** The GEXF 1.3 document of `graph` as filtered by `state`. */
export function viewGexf(graph: DisplayGraph, state: Readonly<State>, metrics: AgencyMetrics, description: string): string {
  // Nodes the filters remove are not in the graph (filter/visible.ts); hidden links are dropped here.
  const copy = graph.copy();
  copy.forEachEdge((edge, attr) => {
    if (isEdgeHidden(state, attr)) copy.dropEdge(edge);
  });
  // Graph attributes become GEXF <meta>: keep only creator and description.
  (copy as unknown as { replaceAttributes(a: Record<string, string>): void }).replaceAttributes({ creator: 'fengong', description });
  return write(copy, {
    version: '1.3',
    formatNode: (node, attr) => ({
      label: attr.label,
      attributes: nodeAttributes(node, attr, metrics),
      viz: { color: attr.color, size: attr.size, x: attr.x, y: attr.y, shape: attr.type === 'square' ? 'square' : 'disc' },
    }),
    formatEdge: (_edge, attr) => {
      const { weight, attributes } = edgeAttributes(attr);
      return { weight, attributes, viz: { color: attr.color, thickness: attr.size } };
    },
  });
}
