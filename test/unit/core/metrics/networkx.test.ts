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
  agencyCommunities,
  compact,
  louvainCsr,
  modularity,
  pairCounts,
  pairPValues,
  pairWeights,
  projection,
  redundancy,
  structuralHoles,
  agencyCoreness,
  twoModeCoreness,
  twoModeCore,
  type ResponsibilityGraph,
  type WeightedCsr,
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
  /** NetworkX's Louvain (seed 42) on the agency projection weighted by shared tasks; null without pairs. */
  louvain: {
    partition: number[];
    modularity: number;
    fixed: Record<string, { partition: number[]; modularity: number }>;
  } | null;
  /**
   * Per agency on the agency projection: NetworkX `effective_size` and `constraint` (weighted by
   * shared tasks, and unweighted; null = NaN for agencies without partners), efficiency = effective
   * size ÷ partners, Burt's hierarchy from NetworkX's `local_constraint`, and `core_number`.
   */
  agencyProjection: Record<string, HolesReference>;
  /** For l = 1, 2, 3: each node's largest k with it in the (k, l)-core (0: none), by pruning from scratch. */
  twoModeCores: Record<'1' | '2' | '3', Record<string, number>>;
}
interface HolesReference {
  effectiveSize: number | null;
  effectiveSizeUnweighted: number | null;
  efficiency: number | null;
  efficiencyUnweighted: number | null;
  constraint: number | null;
  constraintUnweighted: number | null;
  hierarchy: number | null;
  hierarchyUnweighted: number | null;
  coreNumber: number;
  partners: number;
}

/** The agency projection weighted by shared tasks as a CSR, from the reference's own pairs. */
function referenceProjection(ref: Reference): WeightedCsr {
  const index = new Map(ref.agencies.map((a, i) => [a, i]));
  const lists: [number, number][][] = ref.agencies.map(() => []);
  for (const p of ref.projection.agency) {
    lists[index.get(p.a) as number]?.push([index.get(p.b) as number, p.shared]);
    lists[index.get(p.b) as number]?.push([index.get(p.a) as number, p.shared]);
  }
  const offsets = new Int32Array(ref.agencies.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = (offsets[i] as number) + l.length));
  const flat = lists.flat();
  return { n: ref.agencies.length, offsets, targets: Int32Array.from(flat, ([t]) => t), weights: Float64Array.from(flat, ([, w]) => w) };
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

  it.each(['agency', 'task'] as const)('%s pairs as typed arrays (the kernel analyze uses): the same pairs and weights', (part) => {
    const view = compact(graph, options);
    const counts = pairCounts(view, part);
    const expected = ref.projection[part];
    expect(counts.size).toBe(expected.length);
    const jaccard = pairWeights(view, counts, 'jaccard');
    const overlap = pairWeights(view, counts, 'overlap');
    const p = pairPValues(view, counts);
    const byPair = new Map(expected.map((pair) => [`${pair.a} ${pair.b}`, pair]));
    for (let i = 0; i < counts.size; i += 1) {
      const a = view.keys[counts.u[i] as number] as string;
      const b = view.keys[counts.v[i] as number] as string;
      const pair = byPair.get(`${a} ${b}`) ?? byPair.get(`${b} ${a}`);
      expect(pair, `${a}–${b}`).toBeDefined();
      expect(counts.shared[i]).toBe(pair?.shared);
      for (const [field, ours] of [['jaccard', jaccard[i]], ['overlap', overlap[i]], ['newman', counts.newman[i]], ['pValue', p[i]]] as const) {
        expect(Math.abs((ours as number) - (pair?.[field] as number)), `${field} of ${a}–${b}`).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('modularity of a partition of the weighted agency projection, as NetworkX computes it', () => {
    if (ref.louvain === null) return;
    const csr = referenceProjection(ref);
    const partitions = [{ partition: ref.louvain.partition, modularity: ref.louvain.modularity }, ...Object.values(ref.louvain.fixed)];
    expect(partitions.length).toBe(3);
    for (const { partition, modularity: expected } of partitions) {
      expect(Math.abs(modularity(csr, partition) - expected)).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('Louvain finds a partition at least as modular as NetworkX\'s (seed 42 both), and reports its modularity', () => {
    if (ref.louvain === null) return;
    const csr = referenceProjection(ref);
    const ours = louvainCsr(csr, { seed: 42 });
    expect(Math.abs(ours.modularity - modularity(csr, ours.community))).toBeLessThanOrEqual(1e-12);
    expect(ours.modularity).toBeGreaterThanOrEqual(ref.louvain.modularity - 1e-9);
    const communities = agencyCommunities(graph, options);
    expect(Math.abs(communities.modularity - ours.modularity)).toBeLessThanOrEqual(1e-12);
  });

  it.each([
    ['weighted by shared tasks', 'shared', ''],
    ['unweighted', null, 'Unweighted'],
  ] as const)('structural holes on the agency projection, %s: effective size, efficiency, constraint (NetworkX), hierarchy', (_what, weight, suffix) => {
    const ours = structuralHoles(graph, { ...options, weight });
    expect(Object.keys(ours).sort()).toEqual(Object.keys(ref.agencyProjection).sort());
    for (const [key, expected] of Object.entries(ref.agencyProjection)) {
      const mine = ours[key];
      for (const field of ['effectiveSize', 'efficiency', 'constraint', 'hierarchy'] as const) {
        const value = expected[`${field}${suffix}` as keyof HolesReference];
        // NetworkX gives NaN to an agency without partners; fengong defines 0.
        const target = value ?? (expected.partners === 0 ? 0 : NaN);
        expect(Math.abs((mine?.[field] ?? NaN) - target), `${field} of ${key}: ${mine?.[field]} vs ${target}`).toBeLessThanOrEqual(TOLERANCE);
      }
    }
  });

  it('coreness of every agency on the projection equals NetworkX core_number', () => {
    expect(agencyCoreness(graph, options)).toEqual(Object.fromEntries(Object.entries(ref.agencyProjection).map(([key, r]) => [key, r.coreNumber])));
  });

  it.each(['1', '2', '3'] as const)('two-mode (k, l)-cores with l = %s: coreness and membership as pruning from scratch finds them', (l) => {
    const expected = ref.twoModeCores[l];
    expect(twoModeCoreness(graph, { ...options, l: Number(l) })).toEqual(expected);
    const top = Math.max(...Object.values(expected));
    for (let k = 1; k <= top + 1; k += 1) {
      const core = twoModeCore(graph, { ...options, k, l: Number(l) });
      expect(core.agencies, `k = ${k}`).toEqual(ref.agencies.filter((a) => (expected[a] as number) >= k));
      expect(core.tasks, `k = ${k}`).toEqual(ref.tasks.filter((t) => (expected[t] as number) >= k));
    }
  });

  it('density, Robins–Alexander clustering and components', () => {
    const ours = networkMeasures(graph, options);
    expect(Math.abs(ours.density - ref.network.density)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(ours.robinsAlexander - ref.network.robinsAlexander)).toBeLessThanOrEqual(TOLERANCE);
    expect(ours.components).toBe(ref.network.components);
  });
});
