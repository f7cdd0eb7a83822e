// Brandes' accumulation: the general kernel against the definition, the eight-lane bipartite
// kernel against the general one.
import { describe, expect, it } from 'vitest';
import { brandesKernel } from '../../../../packages/core/src/kernels/brandes.js';
import { bipartiteBrandesKernel } from '../../../../packages/core/src/kernels/brandes-lanes.js';
import { closeTo, dependencies, random, SHAPES, view } from './graphs.js';

const run = (kernel: typeof brandesKernel, g: ReturnType<typeof view>, sources: Int32Array, weights: Float64Array | null = null): Float64Array => {
  const out = new Float64Array(g.keys.length);
  kernel(g.offsets, g.neighbors, sources, 0, sources.length, out, weights);
  return out;
};
const everyNode = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

describe.each(SHAPES)('Brandes kernels on %s graphs', (_name, shape) => {
  const g = view(7, shape);
  const n = g.keys.length;

  it('the general kernel sums the dependencies of the definition', () => {
    const expected = new Float64Array(n);
    for (const row of dependencies(g)) row.forEach((d, v) => (expected[v] = (expected[v] as number) + d));
    expect(g.bipartite).toBe(true);
    expect(closeTo(run(brandesKernel, g, everyNode(n)), expected)).toBe(true);
  });

  it('the eight-lane kernel gives the general kernel’s sums, over every node and over weighted subsets', () => {
    expect(closeTo(run(bipartiteBrandesKernel, g, everyNode(n)), run(brandesKernel, g, everyNode(n)), 1e-12)).toBe(true);
    const next = random(3);
    for (let trial = 0; trial < 5; trial += 1) {
      const sources = Int32Array.from(everyNode(n).filter(() => next() < 0.4));
      const weights = Float64Array.from(sources, () => 0.5 + next());
      expect(closeTo(run(bipartiteBrandesKernel, g, sources, weights), run(brandesKernel, g, sources, weights), 1e-12)).toBe(true);
    }
  });

  it('processes any range of the source list, in batches that need not be whole', () => {
    const sources = everyNode(n);
    const whole = run(bipartiteBrandesKernel, g, sources);
    const pieces = new Float64Array(n);
    const cut = Math.min(n, 13);
    bipartiteBrandesKernel(g.offsets, g.neighbors, sources, 0, cut, pieces);
    bipartiteBrandesKernel(g.offsets, g.neighbors, sources, cut, n, pieces);
    expect(closeTo(pieces, whole, 1e-12)).toBe(true);
  });
});

describe('a source listed in the same batch as a node it reaches', () => {
  it('keeps each lane to its own source (duplicated sources count twice)', () => {
    const g = view(11, { agencies: 5, tasks: 6, maxTeam: 3 });
    const twice = Int32Array.from([0, 0, 1, 5, 6]);
    expect(closeTo(run(bipartiteBrandesKernel, g, twice), run(brandesKernel, g, twice), 1e-12)).toBe(true);
  });
});
