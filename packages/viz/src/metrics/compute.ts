// Starts the computation of every agency metric of a table: the cheap load metrics at once on the
// main thread, the rest in the analysis worker — its costly ones once the page releases them.
import { agencyKey, agencyLoad, roleLoad, type ResponsibilityGraph } from '@fengong/core';
import { AgencyMetrics } from './agency-metrics.js';
import { METRICS, type MetricKey } from './catalog.js';
import { numberBySize } from './communities.js';
import type { AnalysisMessage, AnalysisRequest } from './protocol.js';

export interface MetricsJob {
  readonly metrics: AgencyMetrics;
  /** Lets the worker go on with the `later`-stage metrics (call when the first layout is done); once is enough. */
  release(): void;
  /** Stops the worker; the metrics keep what had arrived. */
  cancel(): void;
}

/** Role-aware load metrics, straight from core (linear time: fine on the main thread). */
function loadMetrics(graph: ResponsibilityGraph, metrics: AgencyMetrics): void {
  const excludeCollective = metrics.excludeCollective;
  const columns = new Map<MetricKey, Map<string, number>>();
  const column = (key: MetricKey): Map<string, number> => {
    let c = columns.get(key);
    if (c === undefined) columns.set(key, (c = new Map<string, number>()));
    return c;
  };
  for (const row of agencyLoad(graph, { excludeCollective })) column('share').set(agencyKey(row.agency), row.share);
  for (const [node, role] of Object.entries(roleLoad(graph, { excludeCollective }))) {
    for (const { key, stage } of METRICS) {
      const value = (role as unknown as Record<string, unknown>)[key];
      if (stage === 'load' && typeof value === 'number') column(key).set(node, value);
    }
  }
  for (const [key, values] of columns) metrics.set(key, values);
}

/**
 * Computes the metrics of `graph` (without collective units when `excludeCollective`). The load
 * metrics are there when this returns; the worker's arrive one by one, each firing `onChange`.
 * With `later` (the default), the `later`-stage metrics wait for {@link MetricsJob.release}
 * (`metrics.waitingForLayout` says so meanwhile).
 */
export function startMetrics(graph: ResponsibilityGraph, excludeCollective: boolean, options: { later?: boolean } = {}): MetricsJob {
  const later = options.later ?? true;
  const metrics = new AgencyMetrics(excludeCollective);
  metrics.waitingForLayout = later;
  loadMetrics(graph, metrics);

  let worker: Worker | undefined;
  const finish = (): void => {
    worker?.terminate();
    worker = undefined;
    metrics.status = 'done';
    metrics.waitingForLayout = false;
    metrics.emit();
  };
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'fengong-analysis' });
  } catch (error) {
    for (const { key, stage } of METRICS) if (stage !== 'load') metrics.failed.set(key, String(error));
    finish();
    return { metrics, release: () => {}, cancel: () => {} };
  }
  worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
    const message = event.data;
    switch (message.kind) {
      case 'metric':
        performance.mark(`fengong:metric:${message.key}`);
        metrics.set(message.key, new Map(Object.entries(message.values)));
        metrics.emit();
        break;
      case 'taskCoreness':
        metrics.taskCoreness = new Map(Object.entries(message.values));
        metrics.emit();
        break;
      case 'communities':
        metrics.community = numberBySize(new Map(Object.entries(message.community)));
        metrics.communityCount = message.count;
        metrics.emit();
        break;
      case 'error':
        for (const key of message.keys) if (!metrics.has(key)) metrics.failed.set(key, message.message);
        metrics.emit();
        break;
      case 'waiting':
        performance.mark('fengong:metrics-first');
        break;
      case 'done':
        metrics.workerMs = message.milliseconds;
        finish();
        break;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const { key, stage } of METRICS) if (stage !== 'load' && !metrics.has(key)) metrics.failed.set(key, event.message);
    finish();
  };
  const request: AnalysisRequest = { kind: 'start', graph: graph.export(), excludeCollective, later };
  worker.postMessage(request);
  return {
    metrics,
    release: () => {
      if (worker === undefined || !metrics.waitingForLayout) return;
      metrics.waitingForLayout = false;
      performance.mark('fengong:metrics-released');
      const go: AnalysisRequest = { kind: 'continue' };
      worker.postMessage(go);
      metrics.emit();
    },
    cancel: () => {
      worker?.terminate();
      worker = undefined;
    },
  };
}
