// The directed lead → co coordination network between agencies.
import { DirectedGraph } from 'graphology';
import { compact } from '../graph/compact.js';
import type { AgencyNodeAttributes, ResponsibilityGraph } from '../graph/types.js';

export interface LeadEdgeAttributes {
  /** Tasks the source leads on which the target co-operates. */
  tasks: number;
}

export type LeadNetwork = DirectedGraph<AgencyNodeAttributes, LeadEdgeAttributes>;

/**
 * The coordination network: a directed graph on agencies with a → b weighted by `tasks`, the
 * number of tasks a leads on which b co-operates. Out-strength is the coordination burden of a
 * lead; in-strength is how often an agency is brought in by others.
 */
export function leadNetwork(graph: ResponsibilityGraph, options: { excludeCollective?: boolean } = {}): LeadNetwork {
  const g = compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'leadNetwork' });
  const out: LeadNetwork = new DirectedGraph();
  for (let a = 0; a < g.nA; a += 1) {
    const key = g.keys[a] as string;
    out.addNode(key, graph.getNodeAttributes(key) as AgencyNodeAttributes);
  }
  for (let t = g.nA; t < g.keys.length; t += 1) {
    const start = g.offsets[t] as number;
    const end = g.offsets[t + 1] as number;
    for (let e = start; e < end; e += 1) {
      if (g.lead[e] !== 1) continue;
      const lead = g.keys[g.neighbors[e] as number] as string;
      for (let f = start; f < end; f += 1) {
        if (g.lead[f] === 1) continue;
        const co = g.keys[g.neighbors[f] as number] as string;
        if (out.hasEdge(lead, co)) out.updateEdgeAttribute(lead, co, 'tasks', (n = 0) => n + 1);
        else out.addEdge(lead, co, { tasks: 1 });
      }
    }
  }
  return out;
}
