// largest / smallest (issue 18, item 5): the extremes of more values than Math.max(...values) can
// take as arguments, with Math.max's answers on small inputs.
import { describe, expect, it } from 'vitest';
import { largest as coreLargest, smallest as coreSmallest } from '../../../packages/core/src/largest.js';
import { largest, smallest } from '@fengong/core';

describe.each([
  ['@fengong/core (as the CLI imports it)', largest, smallest],
  ['core', coreLargest, coreSmallest],
])('%s largest / smallest', (_name, max, min) => {
  it('answer as Math.max / Math.min do, floor and ceiling included', () => {
    expect(max([3, 9, -2])).toBe(9);
    expect(min([3, 9, -2])).toBe(-2);
    expect(max([], 1)).toBe(1);
    expect(max([0.5], 1)).toBe(1);
    expect(min([], 0)).toBe(0);
    expect(max([])).toBe(-Infinity);
    expect(min([])).toBe(Infinity);
    expect(max([1, Number.NaN, 2])).toBeNaN();
    expect(min([1, Number.NaN, 2])).toBeNaN();
  });

  it('take 1,000,000 values, where spreading them as arguments overflows the stack', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(max(values)).toBe(values.reduce((a, b) => (b > a ? b : a)));
    expect(min(values)).toBe(0);
  });
});
