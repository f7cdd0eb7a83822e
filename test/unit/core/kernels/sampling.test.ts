// Seeded, stratified pivots and the sampled betweenness they give.
import { betweenness, compact } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { samplePivots } from '../../../../packages/core/src/kernels/pivots.js';
import { closeTo, randomGraph } from './graphs.js';

describe('samplePivots', () => {
  it('throws on an invalid count or seed', () => {
    expect(() => samplePivots(5, 5, 0, 1)).toThrow(/samplePivots: invalid pivot count 0/);
    expect(() => samplePivots(5, 5, 2.5, 1)).toThrow(/pivot count/);
    expect(() => samplePivots(5, 5, 3, -1)).toThrow(/invalid `seed` -1/);
  });

  it('draws each side in proportion, sorted and without repeats, weighted n_X/k_X', () => {
    const { sources, weights } = samplePivots(100, 900, 50, 42);
    const agencies = [...sources].filter((s) => s < 100);
    const tasks = [...sources].filter((s) => s >= 100);
    expect(agencies).toHaveLength(5);
    expect(tasks).toHaveLength(45);
    expect(new Set(sources).size).toBe(50);
    expect([...agencies]).toEqual([...agencies].sort((a, b) => a - b));
    expect([...tasks]).toEqual([...tasks].sort((a, b) => a - b));
    expect([...weights.subarray(0, 5)]).toEqual([20, 20, 20, 20, 20]);
    expect(weights[5]).toBe(20);
  });

  it('keeps at least one node of each side, and gives every node (weight 1) when k ≥ N', () => {
    expect([...samplePivots(2, 998, 10, 1).sources].filter((s) => s < 2)).toHaveLength(1);
    const all = samplePivots(3, 4, 50, 1);
    expect([...all.sources]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([...all.weights]).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('is a function of the seed', () => {
    expect(samplePivots(50, 500, 40, 7)).toEqual(samplePivots(50, 500, 40, 7));
    expect(samplePivots(50, 500, 40, 7).sources).not.toEqual(samplePivots(50, 500, 40, 8).sources);
  });
});

describe('sampled betweenness', () => {
  const graph = randomGraph(21, { agencies: 30, tasks: 90, maxTeam: 6, hubs: 1 });
  const n = graph.order;
  const exact = betweenness(graph, { normalized: false });

  it('throws on an invalid pivot count', () => {
    expect(() => betweenness(graph, { pivots: 0 })).toThrow(/betweenness: invalid `pivots` 0/);
    expect(() => betweenness(graph, { pivots: 1.5 })).toThrow(/pivots/);
  });

  it('is exact when the pivots cover every node', () => {
    expect(betweenness(graph, { normalized: false, pivots: n })).toEqual(exact);
  });

  it('depends only on the seed', () => {
    expect(betweenness(graph, { pivots: 20, seed: 3 })).toEqual(betweenness(graph, { pivots: 20, seed: 3 }));
    expect(betweenness(graph, { pivots: 20, seed: 3 })).not.toEqual(betweenness(graph, { pivots: 20, seed: 4 }));
  });

  it('is unbiased: its mean over many seeds approaches the exact values', () => {
    const view = compact(graph);
    const mean = new Float64Array(n);
    const seeds = 400;
    for (let seed = 0; seed < seeds; seed += 1) {
      const estimate = betweenness.compute(view, { normalized: false, pivots: 30, seed });
      estimate.forEach((x, i) => (mean[i] = (mean[i] as number) + x / seeds));
    }
    const expected = view.keys.map((k) => exact[k] as number);
    const scale = Math.max(...expected);
    // The standard error of a 400-draw mean is a few per cent of the largest value here.
    expect(closeTo(Array.from(mean, (x) => x / scale), expected.map((x) => x / scale), 0.05)).toBe(true);
  });
});
