import { benjaminiHochberg, hypergeometricUpperTail } from '@fengong/core';
import { describe, expect, it } from 'vitest';

describe('hypergeometricUpperTail', () => {
  it('throws on impossible arguments', () => {
    expect(() => hypergeometricUpperTail(1, 4, 5, 2)).toThrow('hypergeometricUpperTail: invalid arguments (N=4, K=5, n=2)');
    expect(() => hypergeometricUpperTail(1, 4, 2, -1)).toThrow(/invalid arguments/);
  });

  it('is exact on a tiny urn worked by hand', () => {
    // 4 tasks; agency a on 2, agency b on 2. P(share both) = C(2,2)·C(2,0)/C(4,2) = 1/6.
    expect(hypergeometricUpperTail(2, 4, 2, 2)).toBeCloseTo(1 / 6, 15);
    // P(share ≥ 1) = 1 − P(share none) = 1 − C(2,0)·C(2,2)/C(4,2) = 5/6.
    expect(hypergeometricUpperTail(1, 4, 2, 2)).toBeCloseTo(5 / 6, 15);
    expect(hypergeometricUpperTail(0, 4, 2, 2)).toBe(1);
    expect(hypergeometricUpperTail(3, 4, 2, 2)).toBe(0);
  });

  it('is 1 when sharing is forced (an agency on every task)', () => {
    expect(hypergeometricUpperTail(27, 30, 30, 27)).toBeCloseTo(1, 12);
  });
});

describe('benjaminiHochberg', () => {
  it('throws when m is smaller than the number of p-values', () => {
    expect(() => benjaminiHochberg([0.1, 0.2], 1)).toThrow('benjaminiHochberg: m (1) is smaller than the number of p-values (2)');
  });

  it('adjusts by m·p/rank with a running minimum from the top, in the input order', () => {
    // Sorted: 0.01 (1), 0.03 (2), 0.04 (3), 0.5 (4) → 0.04, 0.06, 0.0533…, 0.5 → running min from the top.
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.5]);
    expect(q[0]).toBeCloseTo(0.04, 15);
    expect(q[1]).toBeCloseTo(0.16 / 3, 15);
    expect(q[2]).toBeCloseTo(0.16 / 3, 15);
    expect(q[3]).toBeCloseTo(0.5, 15);
  });

  it('counts untested pairs when given a larger m, and caps at 1', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.5], 8);
    expect(q.map((x) => Number(x.toFixed(12)))).toEqual([0.08, Number((0.32 / 3).toFixed(12)), Number((0.32 / 3).toFixed(12)), 1]);
  });
});
