// analyze chooses exact or sampled betweenness by size, can be told, and says which it used.
import { analyze, buildResponsibilityGraph, compact, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { betweennessPlan, DEFAULT_PIVOTS, EXACT_BETWEENNESS_WORK } from '../../../../packages/core/src/metrics/centrality/betweenness-plan.js';
import { randomGraph } from '../kernels/graphs.js';

const graph = buildResponsibilityGraph(parseTable(hunanGba2020.text));

describe('analyze: betweenness setting', () => {
  it('throws on an invalid choice', () => {
    expect(() => analyze(graph, { betweenness: { pivots: 0 } })).toThrow(/analyze: invalid `betweenness`/);
    expect(() => analyze(graph, { betweenness: 'fast' as 'auto' })).toThrow(/expected 'auto', 'exact' or \{ pivots/);
    expect(() => analyze(graph, { betweenness: { pivots: 5, seed: -2 } })).toThrow(/invalid betweenness `seed` -2/);
  });

  it('is exact on the bundled table, and says so', () => {
    const report = analyze(graph);
    expect(report.settings.betweenness).toEqual({ method: 'exact', pivots: null, seed: null });
    expect(analyze(graph, { betweenness: 'exact' })).toEqual(report);
  });

  it('samples when told, with seed 42 unless given, and reports pivots and seed', () => {
    const sampled = analyze(graph, { betweenness: { pivots: 10 } });
    expect(sampled.settings.betweenness).toEqual({ method: 'sampled', pivots: 10, seed: 42 });
    expect(analyze(graph, { betweenness: { pivots: 10, seed: 42 } })).toEqual(sampled);
    const other = analyze(graph, { betweenness: { pivots: 10, seed: 1 } });
    expect(other.agencies.map((a) => a.betweenness)).not.toEqual(sampled.agencies.map((a) => a.betweenness));
    // Everything else is untouched by sampling.
    expect(other.agencies.map((a) => a.closeness)).toEqual(sampled.agencies.map((a) => a.closeness));
  });

  it('is exact when the pivots would cover every node', () => {
    expect(analyze(graph, { betweenness: { pivots: 10_000 } }).settings.betweenness.method).toBe('exact');
  });
});

describe('betweennessPlan', () => {
  it(`samples ${DEFAULT_PIVOTS} pivots once N·m exceeds ${EXACT_BETWEENNESS_WORK}`, () => {
    const small = compact(randomGraph(1, { agencies: 50, tasks: 200, maxTeam: 5 }));
    expect(betweennessPlan(small, 'auto').setting.method).toBe('exact');
    const big = compact(randomGraph(1, { agencies: 300, tasks: 15_000, maxTeam: 12, hubs: 1 }));
    expect(big.keys.length * (big.neighbors.length / 2)).toBeGreaterThan(EXACT_BETWEENNESS_WORK);
    expect(betweennessPlan(big, 'auto')).toEqual({
      options: { pivots: DEFAULT_PIVOTS, seed: 42 },
      setting: { method: 'sampled', pivots: DEFAULT_PIVOTS, seed: 42 },
    });
    expect(betweennessPlan(big, 'exact').setting.method).toBe('exact');
  });
});
