// PageRank (Gauss–Seidel by side) and eigenvector centrality (power iteration on B·Bᵀ) against
// plain power iterations run to convergence.
import { eigenvector, pagerank } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { closeTo, randomGraph, SHAPES, view } from './graphs.js';
import type { CompactGraph } from '@fengong/core';

/** Jacobi power iteration x ← (1 − α)/N + α(Σ x_i/k_i + dangling/N), far past convergence. */
function jacobiPagerank(g: CompactGraph, alpha = 0.85): number[] {
  const n = g.keys.length;
  const degree = (i: number): number => (g.offsets[i + 1] as number) - (g.offsets[i] as number);
  let x = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 2000; it += 1) {
    const dangling = x.reduce((s, v, i) => (degree(i) === 0 ? s + v : s), 0);
    x = g.keys.map((_, j) => {
      let sum = 0;
      for (let e = g.offsets[j] as number; e < (g.offsets[j + 1] as number); e += 1) sum += (x[g.neighbors[e] as number] as number) / degree(g.neighbors[e] as number);
      return (1 - alpha) / n + alpha * (sum + dangling / n);
    });
  }
  return x;
}

/** Power iteration on A + I, normalised, far past convergence. */
function shiftedEigenvector(g: CompactGraph): number[] {
  let x = g.keys.map(() => 1);
  for (let it = 0; it < 5000; it += 1) {
    const y = x.map((v, j) => {
      let sum = v;
      for (let e = g.offsets[j] as number; e < (g.offsets[j + 1] as number); e += 1) sum += x[g.neighbors[e] as number] as number;
      return sum;
    });
    const norm = Math.hypot(...y);
    x = y.map((v) => v / norm);
  }
  return x;
}

describe.each(SHAPES)('PageRank on %s graphs', (_name, shape) => {
  it('reaches the power iteration’s fixed point, and sums to 1', () => {
    const g = view(23, shape);
    const ours = pagerank.compute(g);
    expect(closeTo(ours, jacobiPagerank(g), 1e-10)).toBe(true);
    expect(ours.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('eigenvector centrality', () => {
  it.each(SHAPES.filter(([, s]) => (s.blocks ?? 1) === 1 && (s.isolated ?? 0) === 0 && s.maxTeam > 2))('is the principal eigenvector on %s graphs', (_name, shape) => {
    const g = view(29, shape);
    const ours = eigenvector.compute(g);
    expect(closeTo(ours, shiftedEigenvector(g), 1e-9)).toBe(true);
    expect(Math.hypot(...ours)).toBeCloseTo(1, 12);
  });

  it('converges on a large graph with a node on every task (the shifted iteration stalled there)', () => {
    const graph = randomGraph(31, { agencies: 300, tasks: 3000, maxTeam: 8, hubs: 2 });
    const values = Object.values(eigenvector(graph));
    expect(Math.hypot(...values)).toBeCloseTo(1, 12);
    expect(values.every((v) => v >= 0)).toBe(true);
  });
});
