// The analysis worker: every metric of core's `analyze()` that is not cheap, computed off the main
// thread and posted one at a time (cheapest first), so a large table's page stays responsive and
// the ranking fills in as results arrive. Each step is core's own function with its defaults, so
// values equal those of `analyze()`.
import {
  agencyCommunities,
  betweenness,
  closeness,
  degreeCentrality,
  eigenvector,
  extendPartitionToTasks,
  latapyClustering,
  moduleRoles,
  pagerank,
  projection,
  redundancy,
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

scope.onmessage = (event) => run(event.data);

function run({ graph: serialized, excludeCollective }: AnalysisRequest): void {
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
  metric('eigenvector', () => eigenvector(graph, options));
  metric('closeness', () => closeness(graph, options));
  metric('betweenness', () => betweenness(graph, options));
  scope.postMessage({ kind: 'done', milliseconds: performance.now() - started });
}
