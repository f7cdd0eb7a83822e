// Bit-parallel distance sums against one breadth-first search per source, and closeness on top.
import { closeness } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { distanceKernel } from '../../../../packages/core/src/kernels/distances.js';
import { componentsOf, neighborsByDegree, serialRunner } from '../../../../packages/core/src/kernels/runner.js';
import { distanceSums } from '../../../../packages/core/src/kernels/universal.js';
import { bfs, closeTo, randomGraph, SHAPES, view } from './graphs.js';

describe.each(SHAPES)('distance sums on %s graphs', (_name, shape) => {
  const g = view(5, shape);
  const n = g.keys.length;
  const expected = g.keys.map((_, s) => {
    const { dist } = bfs(g, s);
    const reached = dist.filter((d) => d >= 0);
    return { sum: reached.reduce((a, b) => a + b, 0), reached: reached.length };
  });
  const sources = Int32Array.from({ length: n }, (_, i) => n - 1 - i); // any order

  it.each([
    ['bipartite sides, neighbours by degree', true, true],
    ['bipartite sides, graph order', true, false],
    ['no side information', false, false],
  ])('%s', (_label, sided, sorted) => {
    const sum = new Float64Array(n);
    const reached = new Float64Array(n);
    const neighbors = sorted ? neighborsByDegree(g) : g.neighbors;
    // Two ranges whose boundary is not a multiple of 32.
    const cut = Math.min(n, 45);
    for (const [from, to] of [[0, cut], [cut, n]] as const) {
      distanceKernel(g.offsets, neighbors, componentsOf(g), sources, from, to, sum, reached, sided ? g.nA : -1);
    }
    sources.forEach((s, q) => {
      expect(sum[q], `sum from ${g.keys[s]}`).toBe(expected[s]?.sum);
      expect(reached[q], `reach of ${g.keys[s]}`).toBe(expected[s]?.reached);
    });
  });
});

describe.each(SHAPES)('distance sums through the closed form where it applies, on %s graphs', (_name, shape) => {
  it('equal one breadth-first search per node', () => {
    const g = view(6, shape);
    const { sum, reached } = distanceSums(g, serialRunner);
    g.keys.forEach((key, s) => {
      const dist = bfs(g, s).dist.filter((d) => d >= 0);
      expect(sum[s], `sum from ${key}`).toBe(dist.reduce((a, b) => a + b, 0));
      expect(reached[s], `reach of ${key}`).toBe(dist.length);
    });
  });
});

describe('neighborsByDegree', () => {
  it('keeps each node’s neighbours, highest degree first', () => {
    const g = view(9, { agencies: 20, tasks: 50, maxTeam: 5, hubs: 2 });
    const sorted = neighborsByDegree(g);
    const degree = (i: number): number => (g.offsets[i + 1] as number) - (g.offsets[i] as number);
    for (let v = 0; v < g.keys.length; v += 1) {
      const mine = [...sorted.subarray(g.offsets[v], g.offsets[v + 1])];
      expect([...mine].sort((a, b) => a - b)).toEqual([...g.neighbors.subarray(g.offsets[v] as number, g.offsets[v + 1] as number)].sort((a, b) => a - b));
      for (let i = 1; i < mine.length; i += 1) expect(degree(mine[i - 1] as number)).toBeGreaterThanOrEqual(degree(mine[i] as number));
    }
  });
});

describe('closeness', () => {
  it('is the two-mode closeness of each node’s BFS (Wasserman–Faust scaled), 0 when isolated', () => {
    const graph = randomGraph(13, { agencies: 30, tasks: 50, maxTeam: 4, hubs: 1, isolated: 2, blocks: 2 });
    const ours = closeness(graph);
    const g = view(13, { agencies: 30, tasks: 50, maxTeam: 4, hubs: 1, isolated: 2, blocks: 2 });
    const n = g.keys.length;
    const expected = g.keys.map((_, s) => {
      const reached = bfs(g, s).dist.filter((d) => d >= 0);
      const total = reached.reduce((a, b) => a + b, 0);
      const [own, other] = s < g.nA ? [g.nA, g.nT] : [g.nT, g.nA];
      return total === 0 ? 0 : ((other + 2 * (own - 1)) / total) * ((reached.length - 1) / (n - 1));
    });
    expect(closeTo(g.keys.map((k) => ours[k] as number), expected, 1e-12)).toBe(true);
  });
});
