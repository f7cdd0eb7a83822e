// Spearman's ρ and Kendall's τ-b against scipy.stats (fixture from scripts/compare-reference.py), and by hand.
import { readFileSync } from 'node:fs';
import { averageRanks, kendallTauB, pearson, spearman } from '@fengong/core';
import { describe, expect, it } from 'vitest';

interface Case {
  name: string;
  x: number[];
  y: number[];
  spearman: number | null;
  kendall: number | null;
}
const reference = JSON.parse(readFileSync(new URL('../../../fixtures/compare/reference.json', import.meta.url), 'utf8')) as { rankCorrelation: Case[] };
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

describe('rank correlation', () => {
  it('throws on samples of different lengths or non-finite values', () => {
    expect(() => spearman([1, 2], [1])).toThrow('spearman: samples of different lengths (2 and 1)');
    expect(() => kendallTauB([1, Number.NaN], [1, 2])).toThrow('kendallTauB: every value must be a finite number');
    expect(() => pearson([1, 2], [1])).toThrow('pearson: samples of different lengths');
  });

  it('gives tied values the mean of their ranks', () => {
    expect(averageRanks([10, 20, 10, 30, 20, 20])).toEqual([1.5, 4, 1.5, 6, 4, 4]);
  });

  it('works a small case by hand: ρ = 1 − 6Σd²/(n(n²−1)), τ = (C − D)/n₀', () => {
    // d = (1, −1, 1, −1, 0): Σd² = 4, ρ = 1 − 24/120 = 0.8; pairs: 2 discordant of 10, τ = 6/10.
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
    expect(kendallTauB([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.6, 12);
  });

  it.each(reference.rankCorrelation.map((c) => [c.name, c] as const))('matches scipy on %s', (_, c) => {
    const rho = orNull(spearman(c.x, c.y));
    const tau = orNull(kendallTauB(c.x, c.y));
    if (c.spearman === null) expect(rho).toBeNull();
    else expect(Math.abs((rho as number) - c.spearman)).toBeLessThan(1e-9);
    if (c.kendall === null) expect(tau).toBeNull();
    else expect(Math.abs((tau as number) - c.kendall)).toBeLessThan(1e-9);
  });
});
