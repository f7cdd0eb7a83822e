// Density and centralisation per category: a constructed table worked by hand, the grouping's tie
// rule, tables without categories, and NetworkX's density and cut size of every block (fixtures of
// scripts/networkx-reference.py). Freeman centralisation has no NetworkX or python-igraph function:
// it is checked by hand here and recomputed from NetworkX's degrees in the fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, buildResponsibilityGraph, categoryBlocks, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][], header?: string[]) => buildResponsibilityGraph(parseTable(wordTable(rows, header === undefined ? {} : { header })));

/**
 * Main categories: A (X 4, Y 1), B (X 2, Y 1), C, D → X; E, F, G → Y (E: Y 3). Projection ties:
 * A–B (tasks 1 and 8: 2 shared), A–C, A–D, E–F, E–B, F–G, E–A (1 each).
 * X = {A, B, C, D}: 6 pairs, ties A–B, A–C, A–D → density 1/2, mean shared (2 + 1 + 1)/6 = 2/3;
 *   degrees inside 3, 1, 1, 1 (a star) → centralisation (0 + 2 + 2 + 2)/(3·2) = 1.
 * Y = {E, F, G}: 3 pairs, ties E–F, F–G → density 2/3, mean shared 2/3; degrees 1, 2, 1 →
 *   centralisation (1 + 0 + 1)/(2·1) = 1.
 * X–Y: 4·3 = 12 pairs, ties B–E, A–E → density 1/6, mean shared 2/12.
 */
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

describe('categoryBlocks: input', () => {
  it('throws on something that is not a graph', () => {
    expect(() => categoryBlocks(null as never)).toThrow(/categoryBlocks: expected a graph/u);
  });
});

describe('categoryBlocks: a constructed table worked by hand', () => {
  const blocks = categoryBlocks(graphOf(rows));

  it('groups by main category, in order of first appearance', () => {
    expect(blocks.groups.map((g) => [g.category, g.agencies])).toEqual([['X', 4], ['Y', 3]]);
  });

  it('within-block density, mean shared tasks and Freeman centralisation', () => {
    const [x, y] = blocks.groups;
    expect(x).toEqual({ category: 'X', agencies: 4, pairs: 6, ties: 3, shared: 4, density: 0.5, meanShared: 4 / 6, centralisation: 1 });
    expect(y).toEqual({ category: 'Y', agencies: 3, pairs: 3, ties: 2, shared: 2, density: 2 / 3, meanShared: 2 / 3, centralisation: 1 });
  });

  it('the block between the two categories', () => {
    expect(blocks.between).toEqual([{ a: 'X', b: 'Y', pairs: 12, ties: 2, shared: 2, density: 1 / 6, meanShared: 1 / 6 }]);
  });

  it('centralisation is 0 when every agency of the category has as many partners (a triangle)', () => {
    const closed = categoryBlocks(graphOf([...rows, ['9', 'Y', '任务九', 'E、G']]));
    expect(closed.groups[1]).toMatchObject({ category: 'Y', ties: 3, density: 1, centralisation: 0 });
  });

  it('a tie between categories goes to the one first in the table (B: one task in X, one in Y)', () => {
    const tie = categoryBlocks(graphOf([['1', 'X', '任务一', 'A、B'], ['2', 'Y', '任务二', 'B、C'], ['3', '', '任务三', 'C、D']]));
    expect(tie.groups.map((g) => [g.category, g.agencies])).toEqual([['X', 2], ['Y', 2]]);
    // Within Y (C, D): one pair, tied; a group of two has no centralisation.
    expect(tie.groups[1]).toMatchObject({ pairs: 1, ties: 1, density: 1, centralisation: null });
  });

  it('analyze reports the blocks and each agency’s main category', () => {
    const report = analyze(graphOf(rows));
    expect(report.categoryBlocks).toEqual(blocks);
    expect(Object.fromEntries(report.agencies.map((a) => [a.agency, a.mainCategory]))).toEqual({ A: 'X', B: 'X', C: 'X', D: 'X', E: 'Y', F: 'Y', G: 'Y' });
  });
});

describe('categoryBlocks: tables without categories, and single agencies', () => {
  it('a table without a 类别 column is one group, category null', () => {
    const plain = categoryBlocks(graphOf([['1', '任务一', 'A、B'], ['2', '任务二', 'B、C']], ['序号', '重点任务', '责任单位']));
    // Path A–B–C: density 2/3, degrees 1, 2, 1 → centralisation 1.
    expect(plain).toEqual({ groups: [{ category: null, agencies: 3, pairs: 3, ties: 2, shared: 2, density: 2 / 3, meanShared: 2 / 3, centralisation: 1 }], between: [] });
  });

  it('a category of one agency has no density (no pair) and no centralisation', () => {
    const one = categoryBlocks(graphOf([['1', 'X', '任务一', 'A'], ['2', 'Y', '任务二', 'B、C']]));
    expect(one.groups[0]).toEqual({ category: 'X', agencies: 1, pairs: 0, ties: 0, shared: 0, density: null, meanShared: null, centralisation: null });
    expect(one.between).toEqual([]);
  });
});

interface BlocksReference {
  main: Record<string, string | null>;
  groups: { category: string | null; agencies: number; density: number | null; meanShared: number | null; centralisation: number | null }[];
  between: { a: string | null; b: string | null; ties: number; density: number; meanShared: number }[];
}

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const FIXTURES = ['hunan-gba-2020', 'hunan-gba-2020-no-collective', 'small', 'two-components', 'nested', 'chain'];

describe.each(FIXTURES)('categoryBlocks = NetworkX density and cut_size per block (%s)', (name) => {
  const ref = JSON.parse(readFileSync(`${root}/test/fixtures/networkx/${name}.json`, 'utf8')) as { source: string; excludeCollective: boolean; categoryBlocks: BlocksReference };
  const table = parseTable(readFileSync(`${root}/${ref.source}`, 'utf8'), { file: ref.source });
  const graph = buildResponsibilityGraph(table, name.startsWith('hunan') ? { dictionary: hunanGba2020.dictionary } : {});
  const report = analyze(graph, { excludeCollective: ref.excludeCollective });
  const expected = ref.categoryBlocks;

  it('every agency’s main category', () => {
    expect(Object.fromEntries(report.agencies.map((a) => [`agency:${a.agency}`, a.mainCategory]))).toEqual(expected.main);
  });

  it('the groups: size, density, mean shared, centralisation within 1e-9', () => {
    const got = report.categoryBlocks.groups;
    expect(got.map((g) => [g.category, g.agencies])).toEqual(expected.groups.map((g) => [g.category, g.agencies]));
    got.forEach((g, i) => {
      const e = expected.groups[i];
      for (const key of ['density', 'meanShared', 'centralisation'] as const) {
        if (e?.[key] === null) expect(g[key]).toBeNull();
        else expect(Math.abs((g[key] as number) - (e?.[key] as number))).toBeLessThan(1e-9);
      }
    });
  });

  it('the blocks between categories with a tie', () => {
    const got = report.categoryBlocks.between;
    expect(got.map((b) => [b.a, b.b, b.ties])).toEqual(expected.between.map((b) => [b.a, b.b, b.ties]));
    got.forEach((b, i) => {
      expect(Math.abs(b.density - (expected.between[i]?.density as number))).toBeLessThan(1e-9);
      expect(Math.abs(b.meanShared - (expected.between[i]?.meanShared as number))).toBeLessThan(1e-9);
    });
  });
});
