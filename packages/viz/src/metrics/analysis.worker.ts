// The analysis worker: every metric of core's `analyze()` that is not cheap, computed off the main
// thread and posted one at a time (cheapest first), so a large table's page stays responsive and
// the ranking fills in as results arrive. Each step is core's own function with its defaults, so
// values equal those of `analyze()`. The costly ones (catalog stage `later`: betweenness,
// closeness, the research measures) wait until the page says the first layout is done: on two
// cores they would otherwise halve ForceAtlas2's share of the machine while the user waits for
// the picture.
import {
  agencyCommunities,
  agencyCoreness,
  betweenness,
  brokerage,
  closeness,
  corePeriphery,
  degreeCentrality,
  eigenvector,
  extendPartitionToTasks,
  latapyClustering,
  moduleRoles,
  pagerank,
  projection,
  redundancy,
  sdsmBackbone,
  structuralHoles,
  twoModeCorePeriphery,
  twoModeCoreness,
  type ResponsibilityGraph,
} from '@fengong/core';
import { UndirectedGraph } from 'graphology';
import type { MetricKey } from './catalog.js';
import type { AnalysisMessage, AnalysisRequest } from './protocol.js';

/** The worker's global scope, typed narrowly (the DOM and WebWorker libs cannot both be loaded). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage): void;
};

/** The `later` stage, once computed up to it; `released` once the page has sent `continue`. */
let later: (() => void) | undefined;
let released = false;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'continue') {
    released = true;
    const next = later;
    later = undefined;
    next?.();
    return;
  }
  if (!request.later) released = true;
  const rest = run(request);
  if (released) rest();
  else later = rest;
};

/** Computes and posts the `worker`-stage metrics; returns the `later` stage, to run when released. */
function run({ graph: serialized, excludeCollective }: Extract<AnalysisRequest, { kind: 'start' }>): () => void {
  const started = performance.now();
  const graph = UndirectedGraph.from(serialized) as unknown as ResponsibilityGraph;
  const options = { excludeCollective };
  const agencies = (record: Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [node, value] of Object.entries(record)) {
      if (graph.getNodeAttribute(node, 'part') === 'agency') out[node] = value;
    }
    return out;
  };
  const step = (keys: MetricKey[], compute: () => void): void => {
    try {
      compute();
    } catch (error) {
      scope.postMessage({ kind: 'error', keys, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const metric = (key: MetricKey, compute: () => Record<string, number>): void =>
    step([key], () => scope.postMessage({ kind: 'metric', key, values: agencies(compute()) }));

  metric('degreeCentrality', () => degreeCentrality(graph, options));
  metric('pagerank', () => pagerank(graph, options));
  metric('redundancy', () => redundancy(graph, options));
  metric('latapyClustering', () => latapyClustering(graph, options));
  step(['strength', 'partners', 'participation', 'withinModuleZ'], () => {
    const projected = projection(graph, options);
    const strength: Record<string, number> = {};
    const partners: Record<string, number> = {};
    projected.forEachNode((node, attr) => {
      strength[node] = attr.strength;
      partners[node] = attr.partners;
    });
    scope.postMessage({ kind: 'metric', key: 'strength', values: strength });
    scope.postMessage({ kind: 'metric', key: 'partners', values: partners });
    const { community, count, modularity } = agencyCommunities(graph, options);
    scope.postMessage({ kind: 'communities', community: extendPartitionToTasks(graph, community), count, modularity });
    const roles = moduleRoles(projected, community);
    const participation: Record<string, number> = {};
    const withinModuleZ: Record<string, number> = {};
    for (const [node, role] of Object.entries(roles)) {
      participation[node] = role.participation;
      withinModuleZ[node] = role.withinModuleZ;
    }
    scope.postMessage({ kind: 'metric', key: 'participation', values: participation });
    scope.postMessage({ kind: 'metric', key: 'withinModuleZ', values: withinModuleZ });
  });
  metric('coreness', () => agencyCoreness(graph, options));
  metric('twoModeCoreness', () => twoModeCoreness(graph, { ...options, l: 2 }));
  metric('eigenvector', () => eigenvector(graph, options));
  scope.postMessage({ kind: 'waiting', milliseconds: performance.now() - started });

  return () => {
    // Policy-network measures with analyze()'s defaults: holes weighted by shared tasks, l = 2,
    // brokerage grouped by main category.
    const columns = <T extends object>(keys: (MetricKey & keyof T)[], compute: () => Record<string, T>): void =>
      step(keys, () => {
        const rows = compute();
        for (const key of keys) {
          const values: Record<string, number> = {};
          for (const [node, row] of Object.entries(rows)) values[node] = row[key] as number;
          scope.postMessage({ kind: 'metric', key, values: agencies(values) });
        }
      });
    columns(['effectiveSize', 'efficiency', 'constraint', 'hierarchy'], () => structuralHoles(graph, { ...options, weight: 'shared' }));
    metric('continuousCoreness', () => corePeriphery(graph, options).coreness);
    metric('continuousCorenessTwoMode', () => {
      const { coreness } = twoModeCorePeriphery(graph, options);
      const tasks: Record<string, number> = {};
      for (const [node, value] of Object.entries(coreness)) if (graph.getNodeAttribute(node, 'part') === 'task') tasks[node] = value;
      scope.postMessage({ kind: 'taskCoreness', values: tasks });
      return coreness;
    });
    step(['coordinator', 'consultant', 'gatekeeper', 'representative', 'liaison', 'brokerage'], () => {
      const roles = brokerage(graph, { ...options, grouping: 'category' });
      for (const key of ['coordinator', 'consultant', 'gatekeeper', 'representative', 'liaison'] as const) {
        const values: Record<string, number> = {};
        for (const [node, r] of Object.entries(roles)) values[node] = r[key];
        scope.postMessage({ kind: 'metric', key, values });
      }
      const total: Record<string, number> = {};
      for (const [node, r] of Object.entries(roles)) total[node] = r.total;
      scope.postMessage({ kind: 'metric', key: 'brokerage', values: total });
    });
    metric('backboneDegree', () => {
      const backbone = sdsmBackbone(graph, { ...options, alpha: 0.05 });
      const degree: Record<string, number> = {};
      backbone.forEachNode((node) => (degree[node] = backbone.degree(node)));
      return degree;
    });
    metric('closeness', () => closeness(graph, options));
    metric('betweenness', () => betweenness(graph, options));
    scope.postMessage({ kind: 'done', milliseconds: performance.now() - started });
  };
}
