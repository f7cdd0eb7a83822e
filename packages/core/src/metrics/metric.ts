// The graphology convention for node metrics: `metric(graph, options)` returns `{ [node]: value }`,
// `metric.assign(graph, options)` writes the values onto node attributes.
import type { Attributes } from 'graphology-types';
import { compact, toRecord, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';

/** Options every node metric accepts. */
export interface MetricOptions {
  /** Compute on the graph without collective units (their nodes get no value). Default `false`. */
  excludeCollective?: boolean;
}

export interface NodeMetric<O extends MetricOptions> {
  /** Computes the metric: `{ [node]: value }` for every node it is defined on. */
  (graph: ResponsibilityGraph, options?: O): Record<string, number>;
  /** Computes the metric and writes it to each node's `attribute` (default: the metric's name). */
  assign(graph: ResponsibilityGraph, options?: O & { attribute?: string }): void;
  /** Computes on a compact view built once (used by `analyze` to share the view between metrics). */
  compute(view: CompactGraph, options?: O): Float64Array;
  /** Default attribute name. */
  readonly attribute: string;
}

/** Wraps a computation on the compact view into a graphology-style metric. */
export function nodeMetric<O extends MetricOptions>(
  attribute: string,
  computeOnView: (view: CompactGraph, options: O) => Float64Array,
): NodeMetric<O> {
  const metric = (graph: ResponsibilityGraph, options: O = {} as O): Record<string, number> => {
    const view = compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: attribute });
    return toRecord(view, computeOnView(view, options));
  };
  metric.assign = (graph: ResponsibilityGraph, options: O & { attribute?: string } = {} as O): void => {
    const name = options.attribute ?? attribute;
    // Users' attribute types are open: write through the untyped surface.
    const target = graph as unknown as { setNodeAttribute(node: string, name: string, value: Attributes[string]): void };
    for (const [node, value] of Object.entries(metric(graph, options))) target.setNodeAttribute(node, name, value);
  };
  metric.compute = (view: CompactGraph, options: O = {} as O): Float64Array => computeOnView(view, options);
  Object.defineProperty(metric, 'attribute', { value: attribute, enumerable: true });
  return metric as NodeMetric<O>;
}
