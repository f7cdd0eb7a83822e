// Latapy clustering, redundancy and NODF kernels against their pairwise definitions.
import { describe, expect, it } from 'vitest';
import { latapySide } from '../../../../packages/core/src/kernels/latapy.js';
import { nodfSide } from '../../../../packages/core/src/kernels/nodf.js';
import { redundancySide } from '../../../../packages/core/src/kernels/redundancy.js';
import { closeTo, neighbourSets, SHAPES, view } from './graphs.js';

const intersection = (a: Set<number>, b: Set<number>): number => [...a].filter((x) => b.has(x)).length;

describe.each(SHAPES)('node-metric kernels on %s graphs', (_name, shape) => {
  const g = view(17, shape);
  const n = g.keys.length;
  const sets = neighbourSets(g);
  const sideOf = (v: number): number[] => (v < g.nA ? [...Array(g.nA).keys()] : [...Array(g.nT).keys()].map((i) => g.nA + i));

  it.each(['dot', 'min', 'max'] as const)('Latapy clustering (%s): mean overlap with second neighbours', (mode) => {
    const out = new Float64Array(n);
    latapySide(g, 0, g.nA, mode, out);
    latapySide(g, g.nA, n, mode, out);
    const expected = g.keys.map((_, v) => {
      const a = sets[v] as Set<number>;
      const values = sideOf(v)
        .filter((u) => u !== v && intersection(a, sets[u] as Set<number>) > 0)
        .map((u) => {
          const b = sets[u] as Set<number>;
          const s = intersection(a, b);
          return s / (mode === 'dot' ? a.size + b.size - s : mode === 'min' ? Math.min(a.size, b.size) : Math.max(a.size, b.size));
        });
      return values.length === 0 ? 0 : values.reduce((x, y) => x + y, 0) / values.length;
    });
    expect(closeTo(out, expected, 1e-12)).toBe(true);
  });

  it.each([undefined, 'rows', 'dense', 'sorted', 'hubs'] as const)('redundancy (%s): share of neighbour pairs also joined through another node', (strategy) => {
    const out = new Float64Array(n);
    redundancySide(g, 0, g.nA, out, strategy);
    redundancySide(g, g.nA, n, out, strategy);
    const expected = g.keys.map((_, v) => {
      const around = [...(sets[v] as Set<number>)];
      const k = around.length;
      if (k < 2) return 0;
      let joined = 0;
      for (let i = 0; i < k; i += 1) {
        for (let j = i + 1; j < k; j += 1) if (intersection(sets[around[i] as number] as Set<number>, sets[around[j] as number] as Set<number>) >= 2) joined += 1;
      }
      return (2 * joined) / (k * (k - 1));
    });
    expect([...out]).toEqual(expected);
  });

  it('NODF parts: 100·|N(i) ∩ N(j)|/k_j over pairs with k_i > k_j', () => {
    for (const [from, to] of [[0, g.nA], [g.nA, n]] as const) {
      let total = 0;
      for (let i = from; i < to; i += 1) {
        for (let j = from; j < to; j += 1) {
          const ki = (sets[i] as Set<number>).size;
          const kj = (sets[j] as Set<number>).size;
          if (ki > kj && kj > 0) total += (100 * intersection(sets[i] as Set<number>, sets[j] as Set<number>)) / kj;
        }
      }
      const ours = nodfSide(g, from, to);
      expect(ours.pairs).toBe(((to - from) * (to - from - 1)) / 2);
      expect(Math.abs(ours.total - total)).toBeLessThanOrEqual(1e-12 * Math.max(1, total));
    }
  });
});
