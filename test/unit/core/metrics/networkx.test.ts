// Every metric NetworkX also computes, checked against its values (fixtures written by
// scripts/networkx-reference.py with Debian's python3-networkx 2.8.8; see test/fixtures/networkx/).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  betweenness,
  buildResponsibilityGraph,
  closeness,
  degreeCentrality,
  eigenvector,
  latapyClustering,
  networkMeasures,
  pagerank,
  parseTable,
  projection,
  redundancy,
  type ResponsibilityGraph,
} from '@fengong/core';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const TOLERANCE = 1e-9;

interface NodeReference {
  degree: number;
  betweenness: number;
  betweennessRaw: number;
  closeness: number;
  pagerank: number;
  eigenvector: number | null;
  hubs: number | null;
  latapyClustering: number;
  latapyClusteringMin: number;
  latapyClusteringMax: number;
  redundancy: number | null;
}
interface PairReference {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  overlap: number;
  newman: number;
  pValue: number;
}
interface Reference {
  source: string;
  excludeCollective: boolean;
  agencies: string[];
  tasks: string[];
  edges: [string, string, 'lead' | 'co'][];
  node: Record<string, NodeReference>;
  projection: { agency: PairReference[]; task: PairReference[] };
  network: { density: number; robinsAlexander: number; components: number };
}

const FIXTURES = ['hunan-gba-2020', 'hunan-gba-2020-no-collective', 'small', 'two-components', 'nested', 'chain'];

/** Asserts |actual − expected| ≤ 1e-9 for every key of `expected`. */
function expectClose(actual: Record<string, number>, expected: Record<string, number>, what: string): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const diff = Math.abs((actual[key] as number) - value);
    expect(diff, `${what} of ${key}: ${actual[key]} vs NetworkX ${value}`).toBeLessThanOrEqual(TOLERANCE);
  }
}

const column = (ref: Reference, field: keyof NodeReference): Record<string, number> =>
  Object.fromEntries(Object.entries(ref.node).map(([key, values]) => [key, values[field] as number]));

describe.each(FIXTURES)('against NetworkX: %s', (name) => {
  const ref = JSON.parse(readFileSync(`${root}test/fixtures/networkx/${name}.json`, 'utf8')) as Reference;
  const graph: ResponsibilityGraph = buildResponsibilityGraph(parseTable(readFileSync(`${root}${ref.source}`, 'utf8')), {
    excludeCollective: ref.excludeCollective,
  });
  const options = { excludeCollective: ref.excludeCollective };

  it('is the same graph', () => {
    const ours = graph.mapEdges((_e, attr, s, t) => {
      const [agency, task] = graph.getNodeAttributes(s).part === 'agency' ? [s, t] : [t, s];
      return `${agency} ${task} ${attr.role}`;
    });
    expect(ours.sort()).toEqual(ref.edges.map((e) => e.join(' ')).sort());
    expect(graph.filterNodes((_n, a) => a.part === 'agency')).toEqual(ref.agencies);
    expect(graph.filterNodes((_n, a) => a.part === 'task')).toEqual(ref.tasks);
  });

  it('degree centrality: k / size of the other set', () => {
    expectClose(degreeCentrality(graph, options), column(ref, 'degree'), 'degree');
  });

  it('betweenness: raw pair counts and the Borgatti–Halgin normalisation', () => {
    expectClose(betweenness(graph, { ...options, normalized: false }), column(ref, 'betweennessRaw'), 'raw betweenness');
    expectClose(betweenness(graph, options), column(ref, 'betweenness'), 'betweenness');
  });

  it('closeness: the bipartite normalisation with the Wasserman–Faust factor', () => {
    expectClose(closeness(graph, options), column(ref, 'closeness'), 'closeness');
  });

  it('PageRank (α = 0.85)', () => {
    expectClose(pagerank(graph, options), column(ref, 'pagerank'), 'pagerank');
  });

  it('eigenvector centrality (connected graphs; NetworkX has none for disconnected ones)', () => {
    const values = column(ref, 'eigenvector');
    if (Object.values(values).some((v) => v === null)) {
      // Disconnected: NetworkX declines; ours is still a unit vector of non-negative values.
      const ours = Object.values(eigenvector(graph, options));
      expect(Math.hypot(...ours)).toBeCloseTo(1, 12);
      expect(ours.every((v) => v >= 0)).toBe(true);
      return;
    }
    expectClose(eigenvector(graph, options), values, 'eigenvector');
  });

  it('Latapy clustering in its three modes', () => {
    expectClose(latapyClustering(graph, options), column(ref, 'latapyClustering'), 'latapy dot');
    expectClose(latapyClustering(graph, { ...options, mode: 'min' }), column(ref, 'latapyClusteringMin'), 'latapy min');
    expectClose(latapyClustering(graph, { ...options, mode: 'max' }), column(ref, 'latapyClusteringMax'), 'latapy max');
  });

  it('redundancy, and 0 on purpose where NetworkX raises (fewer than two neighbours)', () => {
    const ours = redundancy(graph, options);
    const expected = column(ref, 'redundancy');
    for (const [key, value] of Object.entries(expected)) {
      if (value === null) {
        expect(graph.degree(key), key).toBeLessThan(2);
        expect(ours[key], key).toBe(0);
      } else {
        expect(Math.abs((ours[key] as number) - value), key).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it.each(['agency', 'task'] as const)('%s projection: shared, Jaccard, overlap, Newman and hypergeometric p', (part) => {
    const projected = projection(graph, { ...options, part });
    const expected = ref.projection[part];
    expect(projected.size).toBe(expected.length);
    for (const pair of expected) {
      const edge = projected.edge(pair.a, pair.b);
      expect(edge, `${pair.a}–${pair.b}`).toBeDefined();
      const ours = projected.getEdgeAttributes(edge);
      for (const field of ['shared', 'jaccard', 'overlap', 'newman', 'pValue'] as const) {
        expect(Math.abs(ours[field] - pair[field]), `${field} of ${pair.a}–${pair.b}: ${ours[field]} vs ${pair[field]}`).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('density, Robins–Alexander clustering and components', () => {
    const ours = networkMeasures(graph, options);
    expect(Math.abs(ours.density - ref.network.density)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(ours.robinsAlexander - ref.network.robinsAlexander)).toBeLessThanOrEqual(TOLERANCE);
    expect(ours.components).toBe(ref.network.components);
  });
});
