// Messages between the page and the analysis worker (metrics/analysis.worker.ts).
import type { SerializedGraph } from 'graphology-types';
import type { MetricKey } from './catalog.js';

export type AnalysisRequest =
  /**
   * Start: the `worker`-stage metrics at once; the `later` ones once `continue` has arrived (or at
   * once when `later` is false).
   */
  | {
      kind: 'start';
      /** `graph.export()` of core's responsibility graph. */
      graph: SerializedGraph;
      excludeCollective: boolean;
      /** Wait for `continue` before the `later`-stage metrics. */
      later: boolean;
    }
  /** The first layout is done: go on with the `later`-stage metrics. */
  | { kind: 'continue' };

export type AnalysisMessage =
  /** One metric, for every agency it is defined on (agency node key → value). */
  | { kind: 'metric'; key: MetricKey; values: Record<string, number> }
  /** Two-mode continuous coreness d_t of every task (Borgatti & Everett 1999, as `twoModeCorePeriphery`): the matrix's core–periphery column order. */
  | { kind: 'taskCoreness'; values: Record<string, number> }
  /** Louvain communities of agencies, extended to tasks (node key → community). */
  | { kind: 'communities'; community: Record<string, number>; count: number; modularity: number }
  /** A metric core could not compute: the others still arrive. */
  | { kind: 'error'; keys: MetricKey[]; message: string }
  /** The `worker`-stage metrics are all posted; the `later` ones wait for `continue`. */
  | { kind: 'waiting'; milliseconds: number }
  | { kind: 'done'; milliseconds: number };
