// Two-mode degree centrality.
import { degreeOf, type CompactGraph } from '../../graph/compact.js';
import { nodeMetric, type MetricOptions } from '../metric.js';

/** k_v / (size of the other set): agencies over n_T, tasks over n_A. */
function compute(g: CompactGraph): Float64Array {
  const out = new Float64Array(g.keys.length);
  for (let i = 0; i < g.keys.length; i += 1) {
    const other = i < g.nA ? g.nT : g.nA;
    out[i] = other === 0 ? 0 : degreeOf(g, i) / other;
  }
  return out;
}

/**
 * Two-mode degree centrality: an agency's degree divided by the number of tasks, a task's degree
 * divided by the number of agencies (Borgatti & Everett 1997; NetworkX
 * `bipartite.degree_centrality`). An agency on every task scores 1.
 */
export const degreeCentrality = nodeMetric<MetricOptions>('degreeCentrality', compute);
