// Spectral seriation of the heatmap: the Fiedler vector against numpy/NetworkX (fixtures of
// scripts/seriation-reference.py), the order against networkx.spectral_ordering (up to reversal),
// a scrambled Robinson matrix and a scrambled block matrix recovered, ties and degenerate cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { components, fiedlerVector, spectralOrder } from '../../../../packages/cli/src/report/seriation.js';

interface Case {
  name: string;
  weights: number[][];
  spectralOrdering: number[];
  fiedler?: number[];
  hidden?: number[];
  blocks?: number[];
}
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/seriation/reference.json', import.meta.url), 'utf8')) as { cases: Case[] };
const byName = (prefix: string): Case => reference.cases.find((c) => c.name.startsWith(prefix)) as Case;

/** `order` equals `expected` or its reverse. */
const sameUpToReversal = (order: number[], expected: number[]): boolean =>
  JSON.stringify(order) === JSON.stringify(expected) || JSON.stringify(order) === JSON.stringify([...expected].reverse());

describe('fiedlerVector', () => {
  it('throws on invalid input: fewer than two items, negative, infinite or asymmetric weights', () => {
    expect(() => fiedlerVector([[0]])).toThrow(/needs at least two items/u);
    expect(() => fiedlerVector([[0, -1], [-1, 0]])).toThrow(/non-negative and symmetric/u);
    expect(() => fiedlerVector([[0, Infinity], [Infinity, 0]])).toThrow(/finite/u);
    expect(() => fiedlerVector([[0, 1], [2, 0]])).toThrow(/symmetric \(w\[0\]\[1\] = 1\)/u);
  });

  it('is the path’s cosine vector on a path of three: (−1, 0, 1)/√2', () => {
    const v = fiedlerVector([[0, 1, 0], [1, 0, 1], [0, 1, 0]]);
    [-Math.SQRT1_2, 0, Math.SQRT1_2].forEach((x, i) => expect(v[i]).toBeCloseTo(x, 12));
  });

  it('equals numpy.linalg.eigh on networkx.laplacian_matrix within 1e-9 (same sign rule)', () => {
    const connected = reference.cases.filter((c) => c.fiedler !== undefined);
    expect(connected.length).toBe(3);
    for (const c of connected) {
      const v = fiedlerVector(c.weights);
      (c.fiedler as number[]).forEach((x, i) => expect(Math.abs((v[i] as number) - x), `${c.name} [${i}]`).toBeLessThan(1e-9));
    }
  });
});

describe('components', () => {
  it('finds the connected components by positive weight, each in index order', () => {
    expect(components(byName('two components').weights)).toEqual([[0, 2, 4], [1, 3, 5, 6], [7]]);
  });
});

describe('spectralOrder', () => {
  it('orders each component as networkx.spectral_ordering does, up to reversal', () => {
    for (const c of reference.cases) {
      const order = spectralOrder(c.weights);
      expect([...order].sort((a, b) => a - b), c.name).toEqual(c.weights.map((_r, i) => i));
      for (const part of components(c.weights)) {
        const mine = order.filter((i) => part.includes(i));
        const theirs = c.spectralOrdering.filter((i) => part.includes(i));
        expect(sameUpToReversal(mine, theirs), `${c.name}: ${mine.join(',')} vs ${theirs.join(',')}`).toBe(true);
      }
    }
  });

  it('recovers the order of a scrambled Robinson matrix (up to reversal)', () => {
    const c = byName('Robinson');
    const hidden = c.hidden as number[];
    // Position k of the scrambled matrix holds item hidden[k]: the true order lists positions by item.
    const truth = hidden.map((_x, item) => hidden.indexOf(item));
    expect(sameUpToReversal(spectralOrder(c.weights), truth)).toBe(true);
    // The scrambled order itself is not the answer (the test can fail).
    expect(sameUpToReversal(hidden.map((_x, k) => k), truth)).toBe(false);
  });

  it('brings the blocks of a scrambled block matrix together', () => {
    const c = byName('three blocks');
    const labels = c.blocks as number[];
    const runs = (order: number[]): number => order.reduce((n, i, k) => (k > 0 && labels[i] !== labels[order[k - 1] as number] ? n + 1 : n), 1);
    expect(runs(labels.map((_x, k) => k))).toBeGreaterThan(3);
    expect(runs(spectralOrder(c.weights))).toBe(3);
  });

  it('keeps the given (priority) order where no Fiedler vector is defined: complete graph of equal weights, pairs, items tied to nothing last', () => {
    const complete = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 0 : 2)));
    expect(spectralOrder(complete)).toEqual([0, 1, 2, 3]);
    expect(spectralOrder([[0, 0, 0], [0, 0, 5], [0, 5, 0]])).toEqual([1, 2, 0]);
    expect(spectralOrder([])).toEqual([]);
  });

  it('puts the best-priority item of a component in its first half, and gives the same order every time', () => {
    const c = byName('random');
    const order = spectralOrder(c.weights);
    expect(order.indexOf(0)).toBeLessThan(c.weights.length / 2);
    expect(spectralOrder(c.weights)).toEqual(order);
  });
});
