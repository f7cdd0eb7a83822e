// The agency metrics known so far for the current table: filled at load (cheap ones) and then,
// one metric at a time, by the analysis worker.
import { METRICS, metricInfo, type MetricKey } from './catalog.js';

export type MetricsStatus = 'running' | 'done';

export class AgencyMetrics {
  /** Metric → agency node key → value. A metric is absent until computed. */
  private readonly values = new Map<MetricKey, ReadonlyMap<string, number>>();
  /** Metrics core could not compute, with its message. */
  readonly failed = new Map<MetricKey, string>();
  /** Louvain community of every agency and task (empty until computed). */
  community: ReadonlyMap<string, number> = new Map();
  communityCount = 0;
  /** Two-mode continuous coreness of every task (empty until computed). */
  taskCoreness: ReadonlyMap<string, number> = new Map();
  status: MetricsStatus = 'running';
  /** The `later`-stage metrics (betweenness, closeness, research measures) wait for the first layout. */
  waitingForLayout = false;
  /** Milliseconds the worker took, once done. */
  workerMs: number | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(readonly excludeCollective: boolean) {}

  has(key: MetricKey): boolean {
    return this.values.has(key);
  }

  get(key: MetricKey, node: string): number | undefined {
    return this.values.get(key)?.get(node);
  }

  /** Not computed yet and not failed. */
  isPending(key: MetricKey): boolean {
    return !this.values.has(key) && !this.failed.has(key);
  }

  /** Pending, and not started yet: a `later`-stage metric waiting for the first layout. */
  waitsForLayout(key: MetricKey): boolean {
    return this.waitingForLayout && this.isPending(key) && metricInfo(key).stage === 'later';
  }

  set(key: MetricKey, values: ReadonlyMap<string, number>): void {
    this.values.set(key, values);
    this.failed.delete(key);
  }

  /** Smallest and largest value of a metric over the agencies that have one. */
  range(key: MetricKey): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of this.values.get(key)?.values() ?? []) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return lo <= hi ? [lo, hi] : [0, 0];
  }

  /** Competition rank (1 = largest) of `node` on `key`, and how many agencies have a value. */
  rank(key: MetricKey, node: string): { rank: number; of: number } | undefined {
    const all = this.values.get(key);
    const v = all?.get(node);
    if (all === undefined || v === undefined) return undefined;
    let above = 0;
    for (const w of all.values()) if (w > v) above += 1;
    return { rank: above + 1, of: all.size };
  }

  /** Every metric of one agency, in catalogue order, as a plain record (for CSV rows). */
  row(node: string): Partial<Record<MetricKey, number>> {
    const out: Partial<Record<MetricKey, number>> = {};
    for (const { key } of METRICS) {
      const v = this.get(key, node);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    for (const listener of this.listeners) listener();
  }
}
