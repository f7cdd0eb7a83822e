// Density and centralisation per group of any partition: input checks, a constructed partition
// whose block densities are worked by hand, the named partitions (community, kind) against the
// same computation through a getter, the report's communityBlocks, and NetworkX's density and
// cut size of every block of NetworkX's own Louvain partition (fixtures of scripts/networkx-reference.py).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { agencyCommunities, analyze, buildResponsibilityGraph, categoryBlocks, parseTable, partitionBlocks } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

/** Projection ties: A–B (2 shared), A–C, A–D, E–F, E–B, F–G, E–A (1 each). */
const rows = [
  ['1', 'X', '任务一', 'A、B'],
  ['2', '', '任务二', 'A、C'],
  ['3', '', '任务三', 'A、D'],
  ['4', 'Y', '任务四', 'E、F'],
  ['5', '', '任务五', 'E、B'],
  ['6', '', '任务六', 'F、G'],
  ['7', '', '任务七', 'E、A'],
  ['8', 'X', '任务八', 'A、B'],
];
const graph = graphOf(rows);
const name = (key: string): string => key.slice('agency:'.length);

describe('partitionBlocks: input', () => {
  it('throws on something that is not a graph', () => {
    expect(() => partitionBlocks(null as never)).toThrow(/partitionBlocks: expected a graph/u);
  });

  it('throws on an unknown partition name, naming the choices', () => {
    expect(() => partitionBlocks(graph, { by: 'region' as never })).toThrow(/partitionBlocks: invalid `by` "region" \(expected category, community, kind or a function/u);
  });

  it('throws when the getter gives something that is not a label, naming the agency', () => {
    expect(() => partitionBlocks(graph, { by: (key) => (name(key) === 'C' ? ({} as never) : 'p') })).toThrow(/partitionBlocks: the `by` function gave \[object Object\] for agency agency:C/u);
    expect(() => partitionBlocks(graph, { by: () => Number.NaN })).toThrow(/gave NaN for agency agency:A/u);
  });
});

describe('partitionBlocks: a constructed partition worked by hand', () => {
  // p = {A, B, E}: 3 pairs, all tied (A–B 2, E–B, E–A) → density 1, mean shared 4/3; every agency has
  //   2 partners inside → centralisation 0.
  // q = {C, D, F, G}: 6 pairs, one tie F–G → density 1/6, mean shared 1/6; partners inside 0, 0, 1, 1
  //   → centralisation (1 + 1 + 0 + 0)/(3·2) = 1/3.
  // p–q: 3·4 = 12 pairs, ties A–C, A–D, E–F → density 1/4, mean shared 3/12.
  const p = new Set(['A', 'B', 'E']);
  const blocks = partitionBlocks(graph, { by: (key) => (p.has(name(key)) ? 'p' : 'q') });

  it('groups in order of their first agency, with their block figures', () => {
    expect(blocks.groups).toEqual([
      { group: 'p', agencies: 3, pairs: 3, ties: 3, shared: 4, density: 1, meanShared: 4 / 3, centralisation: 0 },
      { group: 'q', agencies: 4, pairs: 6, ties: 1, shared: 1, density: 1 / 6, meanShared: 1 / 6, centralisation: 1 / 3 },
    ]);
  });

  it('the block between the two groups', () => {
    expect(blocks.between).toEqual([{ a: 'p', b: 'q', pairs: 12, ties: 3, shared: 3, density: 1 / 4, meanShared: 1 / 4 }]);
  });

  it('agencies the getter gives null or undefined form one group, null, listed last; numbers are labels too', () => {
    const some = partitionBlocks(graph, { by: (key) => (name(key) === 'A' ? null : name(key) === 'G' ? undefined : 7) });
    expect(some.groups.map((g) => [g.group, g.agencies])).toEqual([[7, 5], [null, 2]]);
    // null = {A, G}: one pair, not tied; 7 = {B, C, D, E, F}: ties E–F, E–B of 10 pairs.
    expect(some.groups[1]).toMatchObject({ pairs: 1, ties: 0, density: 0, centralisation: null });
    expect(some.groups[0]).toMatchObject({ pairs: 10, ties: 2, density: 0.2 });
    // Between: A–B (2), A–C, A–D, E–A, F–G → 5 ties, 6 shared over 5·2 = 10 pairs.
    expect(some.between).toEqual([{ a: 7, b: null, pairs: 10, ties: 5, shared: 6, density: 0.5, meanShared: 0.6 }]);
  });

  it('by category is categoryBlocks with the groups named group', () => {
    const byCategory = partitionBlocks(graph);
    const named = categoryBlocks(graph);
    expect(byCategory.groups).toEqual(named.groups.map(({ category, ...rest }) => ({ group: category, ...rest })));
    expect(byCategory.between).toEqual(named.between);
  });

  it('one group for every agency: all pairs within, nothing between', () => {
    const one = partitionBlocks(graph, { by: () => 'all' });
    // 7 agencies, 21 pairs, 7 ties, 8 shared tasks; partners A 4, B 2, C 1, D 1, E 3, F 2, G 1 → Σ (4 − d) = 0+2+3+3+1+2+3 = 14 over 6·5.
    expect(one).toEqual({ groups: [{ group: 'all', agencies: 7, pairs: 21, ties: 7, shared: 8, density: 1 / 3, meanShared: 8 / 21, centralisation: 14 / 30 }], between: [] });
  });
});

describe('partitionBlocks: named partitions', () => {
  const bundled = buildResponsibilityGraph(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary });

  it('community: the Louvain communities of agencyCommunities (same seed), numbered 0, 1, …', () => {
    const found = agencyCommunities(bundled, { seed: 7 });
    const viaGetter = partitionBlocks(bundled, { by: (key) => found.community[key] });
    const byCommunity = partitionBlocks(bundled, { by: 'community', seed: 7 });
    expect(byCommunity.groups.map((g) => g.group)).toEqual(Array.from({ length: found.count }, (_, i) => i));
    // Labels in order of first agency are the community numbers themselves (numbered by first agency).
    expect(byCommunity).toEqual(viaGetter);
  });

  it('kind: the dictionary’s kinds, in order of first agency', () => {
    const viaGetter = partitionBlocks(bundled, { by: (_key, attributes) => attributes.kind ?? null });
    const byKind = partitionBlocks(bundled, { by: 'kind' });
    expect(byKind).toEqual(viaGetter);
    expect(byKind.groups.length).toBeGreaterThan(1);
    expect(byKind.groups[0]?.group).toBe('provincial-department');
  });

  it('analyze reports communityBlocks: by community with the groups named community', () => {
    const report = analyze(bundled);
    const byCommunity = partitionBlocks(bundled, { by: 'community' });
    expect(report.communityBlocks.groups).toEqual(byCommunity.groups.map(({ group, ...rest }) => ({ community: group, ...rest })));
    expect(report.communityBlocks.between).toEqual(byCommunity.between);
    // Every agency's community has its group, with the group's size.
    for (const g of report.communityBlocks.groups) expect(report.agencies.filter((a) => a.community === g.community)).toHaveLength(g.agencies);
  });
});

interface PartitionReference {
  partition: number[];
  groups: { group: number; agencies: number; density: number | null; meanShared: number | null; centralisation: number | null }[];
  between: { a: number; b: number; ties: number; density: number; meanShared: number }[];
}

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const FIXTURES = ['hunan-gba-2020', 'hunan-gba-2020-no-collective', 'small', 'two-components', 'nested', 'chain'];

describe.each(FIXTURES)('partitionBlocks on NetworkX’s Louvain partition = NetworkX density and cut_size per block (%s)', (fixture) => {
  const ref = JSON.parse(readFileSync(`${root}/test/fixtures/networkx/${fixture}.json`, 'utf8')) as {
    source: string;
    excludeCollective: boolean;
    agencies: string[];
    partitionBlocks: PartitionReference;
  };
  const table = parseTable(readFileSync(`${root}/${ref.source}`, 'utf8'), { file: ref.source });
  const g = buildResponsibilityGraph(table, fixture.startsWith('hunan') ? { dictionary: hunanGba2020.dictionary } : {});
  const expected = ref.partitionBlocks;
  const label = new Map(ref.agencies.map((key, i) => [key, expected.partition[i] as number]));
  // Groups in label order, as the reference lists them: the getter's labels come in order of first agency, so sort.
  const got = partitionBlocks(g, { excludeCollective: ref.excludeCollective, by: (key) => label.get(key) });
  const groups = [...got.groups].sort((x, y) => (x.group as number) - (y.group as number));

  it('every agency has a label from the reference', () => {
    expect(got.groups.reduce((n, x) => n + x.agencies, 0)).toBe(ref.agencies.length);
    expect(got.groups.some((x) => x.group === null)).toBe(false);
  });

  it('the groups: size, density, mean shared, centralisation within 1e-9', () => {
    expect(groups.map((x) => [x.group, x.agencies])).toEqual(expected.groups.map((x) => [x.group, x.agencies]));
    groups.forEach((x, i) => {
      const e = expected.groups[i];
      for (const key of ['density', 'meanShared', 'centralisation'] as const) {
        if (e?.[key] === null) expect(x[key]).toBeNull();
        else expect(Math.abs((x[key] as number) - (e?.[key] as number))).toBeLessThan(1e-9);
      }
    });
  });

  it('the blocks between groups with a tie', () => {
    const pairs = got.between
      .map((b) => ((b.a as number) < (b.b as number) ? b : { ...b, a: b.b, b: b.a }))
      .sort((x, y) => (x.a as number) - (y.a as number) || (x.b as number) - (y.b as number));
    expect(pairs.map((b) => [b.a, b.b, b.ties])).toEqual(expected.between.map((b) => [b.a, b.b, b.ties]));
    pairs.forEach((b, i) => {
      expect(Math.abs(b.density - (expected.between[i]?.density as number))).toBeLessThan(1e-9);
      expect(Math.abs(b.meanShared - (expected.between[i]?.meanShared as number))).toBeLessThan(1e-9);
    });
  });
});
