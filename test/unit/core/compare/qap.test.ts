// QAP correlation and MRQAP on constructed cases with known answers, and OLS against numpy.
import { readFileSync } from 'node:fs';
import { leastSquares, mrqap, pearson, qapCorrelation, type SquareMatrix } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';

interface Regression {
  name: string;
  y: number[][];
  x: number[][][];
  coefficients: number[];
  rSquared: number;
  pearsonYX1: number;
}
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/compare/reference.json', import.meta.url), 'utf8')) as { regression: Regression[] };

/** A random n × n matrix of whole numbers 0 … high − 1 (zero diagonal), symmetric when asked. */
function randomMatrix(n: number, seed: number, symmetric = true, high = 10): number[][] {
  const random = seededRandom(seed);
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = symmetric ? i + 1 : 0; j < n; j += 1) {
      if (i === j) continue;
      const v = Math.floor(random() * high);
      (m[i] as number[])[j] = v;
      if (symmetric) (m[j] as number[])[i] = v;
    }
  }
  return m;
}
const offDiagonal = (m: SquareMatrix): number[] => m.flatMap((row, i) => row.filter((_, j) => j !== i));
const map = (m: SquareMatrix, f: (x: number, i: number, j: number) => number): number[][] => m.map((row, i) => row.map((x, j) => (i === j ? 0 : f(x, i, j))));

describe('qapCorrelation', () => {
  it('throws on matrices that are not square, differ in size, are too small, or hold non-numbers; and on bad options', () => {
    const m = randomMatrix(4, 1);
    expect(() => qapCorrelation(m, randomMatrix(5, 1))).toThrow('qapCorrelation: matrix 2 is not 4 × 4');
    expect(() => qapCorrelation([[0, 1], [1, 0]], [[0, 1], [1, 0]])).toThrow('matrices of 2 nodes; QAP needs at least 3');
    expect(() => qapCorrelation(m, map(m, () => Number.NaN))).toThrow('matrix 2 holds a value that is not a finite number');
    expect(() => qapCorrelation(m, m, { permutations: 0 })).toThrow('invalid `permutations` 0');
    expect(() => qapCorrelation(m, m, { seed: -1 })).toThrow('invalid `seed` -1');
  });

  it('gives r = 1 and a small p for identical matrices', () => {
    const m = randomMatrix(12, 7);
    const q = qapCorrelation(m, m, { permutations: 999 });
    expect(q.r).toBeCloseTo(1, 12);
    expect(q.pGreater).toBeLessThan(0.01);
    expect(q.pTwoSided).toBeLessThan(0.01);
    expect(q.pLess).toBe(1);
    expect(q).toMatchObject({ nodes: 12, cells: 132, permutations: 999, seed: 42 });
  });

  it('gives r = −1 and a small lower p for a matrix and its negation', () => {
    const m = randomMatrix(12, 7);
    const q = qapCorrelation(m, map(m, (x) => 10 - x), { permutations: 999 });
    expect(q.r).toBeCloseTo(-1, 12);
    expect(q.pLess).toBeLessThan(0.01);
    expect(q.pGreater).toBe(1);
  });

  it('gives a p that is not small for a matrix and independent noise, with permuted r centred near 0', () => {
    const q = qapCorrelation(randomMatrix(15, 3), randomMatrix(15, 4), { permutations: 999 });
    expect(Math.abs(q.r)).toBeLessThan(0.2);
    expect(q.pTwoSided).toBeGreaterThan(0.05);
    expect(Math.abs(q.mean)).toBeLessThan(0.02);
  });

  it('finds a relabelled copy unrelated (QAP compares nodes in the order given)', () => {
    // The same structure with the nodes shuffled is a different pairing of cells.
    const m = randomMatrix(12, 9);
    const shift = (i: number) => (i + 5) % 12;
    const q = qapCorrelation(m, map(m, (_, i, j) => (m[shift(i)] as number[])[shift(j)] as number));
    expect(q.r).toBeLessThan(0.9);
  });

  it('equals Pearson’s r of the off-diagonal cells (numpy’s corrcoef in the fixture), symmetric or not', () => {
    for (const c of reference.regression) {
      const q = qapCorrelation(c.y, c.x[0] as number[][], { permutations: 10 });
      expect(Math.abs(q.r - c.pearsonYX1)).toBeLessThan(1e-9);
      expect(q.r).toBeCloseTo(pearson(offDiagonal(c.y), offDiagonal(c.x[0] as number[][])), 12);
    }
  });

  it('gives the p-values of the exact permutation distribution (all 5! orders of a 5-node matrix, enumerated here)', () => {
    const x = randomMatrix(5, 31);
    const y = map(randomMatrix(5, 32), (v, i, j) => v + 0.25 * ((x[i] as number[])[j] as number));
    const orders: number[][] = [];
    const extend = (prefix: number[]): void => {
      if (prefix.length === 5) orders.push(prefix);
      for (let i = 0; i < 5; i += 1) if (!prefix.includes(i)) extend([...prefix, i]);
    };
    extend([]);
    expect(orders).toHaveLength(120);
    const cx = offDiagonal(x);
    const observed = pearson(cx, offDiagonal(y));
    const all = orders.map((o) => pearson(cx, offDiagonal(map(y, (_, i, j) => (y[o[i] as number] as number[])[o[j] as number] as number))));
    const eps = 1e-12;
    const exact = {
      pGreater: all.filter((r) => r >= observed - eps).length / 120,
      pLess: all.filter((r) => r <= observed + eps).length / 120,
      pTwoSided: all.filter((r) => Math.abs(r) >= Math.abs(observed) - eps).length / 120,
      mean: all.reduce((a, b) => a + b, 0) / 120,
    };
    // A case where the test has something to tell: 9 of the 120 orders reach the observed r (one is the observed order).
    expect(exact.pGreater).toBeCloseTo(9 / 120, 12);
    expect(exact.pTwoSided).toBeCloseTo(19 / 120, 12);
    const q = qapCorrelation(x, y, { permutations: 20000, seed: 11 });
    expect(q.r).toBeCloseTo(observed, 12);
    // Sampling error of a p near these values at 20,000 draws is about 0.002.
    expect(Math.abs(q.pGreater - exact.pGreater)).toBeLessThan(0.01);
    expect(Math.abs(q.pLess - exact.pLess)).toBeLessThan(0.01);
    expect(Math.abs(q.pTwoSided - exact.pTwoSided)).toBeLessThan(0.01);
    expect(Math.abs(q.mean - exact.mean)).toBeLessThan(0.01);
  });

  it('is reproducible with a seed, and changes with it', () => {
    const a = randomMatrix(10, 1);
    const b = map(a, (x, i, j) => x + ((i * 7 + j * 3) % 5));
    expect(qapCorrelation(a, b, { seed: 5 })).toEqual(qapCorrelation(a, b, { seed: 5 }));
    expect(qapCorrelation(a, b, { seed: 5 }).mean).not.toBe(qapCorrelation(a, b, { seed: 6 }).mean);
  });
});

describe('mrqap', () => {
  it('throws without predictors, on collinear predictors, and on mismatched sizes', () => {
    const y = randomMatrix(6, 1);
    expect(() => mrqap(y, [])).toThrow('mrqap: give at least one predictor matrix');
    const x = randomMatrix(6, 2);
    expect(() => mrqap(y, [x, map(x, (v) => 2 * v)])).toThrow('mrqap: the predictors are collinear');
    expect(() => mrqap(y, [randomMatrix(5, 2)])).toThrow('mrqap: matrix 2 is not 6 × 6');
  });

  it('gives the OLS coefficients of the vectorised matrices (numpy lstsq, fixture), symmetric and directed', () => {
    for (const c of reference.regression) {
      const fit = mrqap(c.y, c.x, { permutations: 20 });
      const estimates = [fit.intercept, ...fit.coefficients.map((k) => k.estimate)];
      estimates.forEach((b, i) => expect(Math.abs(b - (c.coefficients[i] as number)), `${c.name}, coefficient ${i}`).toBeLessThan(1e-9));
      expect(Math.abs(fit.rSquared - c.rSquared)).toBeLessThan(1e-9);
    }
  });

  it('recovers an exact linear relation, with a small p for the true predictor only', () => {
    const x1 = randomMatrix(12, 11);
    const x2 = randomMatrix(12, 12);
    // y = 2 + 3·x1 + a little structure-free noise; x2 plays no part.
    const noise = randomMatrix(12, 13, true, 3);
    const y = map(x1, (v, i, j) => 2 + 3 * v + ((noise[i] as number[])[j] as number) / 10);
    const fit = mrqap(y, [x1, x2], { permutations: 499 });
    expect(fit.coefficients[0]?.estimate).toBeCloseTo(3, 1);
    expect(fit.coefficients[0]?.pTwoSided).toBeLessThan(0.01);
    expect(fit.coefficients[1]?.pTwoSided).toBeGreaterThan(0.05);
    expect(fit.rSquared).toBeGreaterThan(0.99);
  });

  it('keeps a large p for a predictor that only shadows the true one (collinear, no part in y)', () => {
    const x1 = randomMatrix(14, 41);
    const jitter = randomMatrix(14, 42, true, 4);
    // x2 is x1 plus a little noise (r about 0.96 with it); y depends on x1 alone.
    const x2 = map(x1, (v, i, j) => v + ((jitter[i] as number[])[j] as number) - 1.5);
    const noise = randomMatrix(14, 43, true, 6);
    const y = map(x1, (v, i, j) => 1 + 2 * v + ((noise[i] as number[])[j] as number));
    expect(pearson(offDiagonal(x1), offDiagonal(x2))).toBeGreaterThan(0.9);
    // Alone, x2 looks strongly related to y …
    expect(qapCorrelation(x2, y, { permutations: 199 }).pGreater).toBeLessThan(0.01);
    // … beside x1, its semi-partial part is not.
    const fit = mrqap(y, [x1, x2], { permutations: 999, seed: 5 });
    expect(fit.coefficients[0]?.estimate).toBeCloseTo(2, 0);
    expect(fit.coefficients[0]?.pTwoSided).toBeLessThan(0.01);
    expect(Math.abs(fit.coefficients[1]?.estimate ?? Number.NaN)).toBeLessThan(0.3);
    expect(fit.coefficients[1]?.pTwoSided).toBeGreaterThan(0.05);
  });

  it('gives the p-value of the exact double semi-partialling distribution (all 6! orders of the residual, enumerated here), not that of permuting y', () => {
    const n = 6;
    const x1 = randomMatrix(n, 104);
    // Node effects shared by x2 and, faintly, by y: the case where permuting y and DSP part ways.
    const effect = randomMatrix(n, 304)[0] as number[];
    const own = randomMatrix(n, 404);
    const noise = randomMatrix(n, 204);
    const x2 = map(x1, (v, i, j) => v + (effect[i] as number) + (effect[j] as number) + ((own[i] as number[])[j] as number));
    const y = map(x1, (v, i, j) => v + ((noise[i] as number[])[j] as number) + 0.15 * ((effect[i] as number) + (effect[j] as number)));
    const orders: number[][] = [];
    const extend = (prefix: number[]): void => {
      if (prefix.length === n) orders.push(prefix);
      for (let i = 0; i < n; i += 1) if (!prefix.includes(i)) extend([...prefix, i]);
    };
    extend([]);
    expect(orders).toHaveLength(720);
    const permute = (m: number[][], o: number[]): number[][] => map(m, (_, i, j) => (m[o[i] as number] as number[])[o[j] as number] as number);
    const tOf = (fit: { coefficients: number[]; standardErrors: number[] }, k: number): number => (fit.coefficients[k] as number) / (fit.standardErrors[k] as number);
    const cy = offDiagonal(y);
    const c1 = offDiagonal(x1);
    const ones = cy.map(() => 1);
    const t = tOf(leastSquares(cy, [ones, c1, offDiagonal(x2)]), 2);
    // DSP (Dekker et al. 2007): permute E, the part of x2 that x1 does not explain; y stays.
    const part = leastSquares(offDiagonal(x2), [ones, c1]);
    const residual = map(x2, (v, i, j) => v - (part.coefficients[0] as number) - (part.coefficients[1] as number) * ((x1[i] as number[])[j] as number));
    const reach = (ts: number[]): number => ts.filter((s) => Math.abs(s) >= Math.abs(t) - 1e-9).length / ts.length;
    const dsp = reach(orders.map((o) => tOf(leastSquares(cy, [ones, c1, offDiagonal(permute(residual, o))]), 2)));
    const permutingY = reach(orders.map((o) => tOf(leastSquares(offDiagonal(permute(y, o)), [ones, c1, offDiagonal(x2)]), 2)));
    expect(dsp).toBeCloseTo(402 / 720, 12);
    expect(permutingY).toBeCloseTo(250 / 720, 12);
    const fit = mrqap(y, [x1, x2], { permutations: 20000, seed: 3 });
    expect(fit.coefficients[1]?.t).toBeCloseTo(t, 10);
    // Sampling error at 20,000 draws is about 0.0035.
    expect(Math.abs((fit.coefficients[1]?.pTwoSided as number) - dsp)).toBeLessThan(0.015);
  });

  it('agrees with the t statistics of plain OLS, and is reproducible', () => {
    const x1 = randomMatrix(9, 21);
    const y = map(x1, (v, i, j) => v + ((i + j) % 3));
    const fit = mrqap(y, [x1], { permutations: 50, seed: 3 });
    const ones = offDiagonal(y).map(() => 1);
    const ols = leastSquares(offDiagonal(y), [ones, offDiagonal(x1)]);
    expect(fit.coefficients[0]?.t).toBeCloseTo((ols.coefficients[1] as number) / (ols.standardErrors[1] as number), 10);
    expect(mrqap(y, [x1], { permutations: 50, seed: 3 })).toEqual(fit);
  });
});
