// Estimated label widths: one em per Han character, narrower Latin; clipping with an ellipsis.
import { describe, expect, it } from 'vitest';
import { clip, textWidth } from '../../../../packages/cli/src/report/text-width.js';

describe('textWidth', () => {
  it('counts a Han character as one em, a capital or digit as 0.62 em, other Latin as 0.52 em', () => {
    expect(textWidth('', 10)).toBe(0);
    expect(textWidth('省发改委', 10)).toBe(40);
    expect(textWidth('A1', 10)).toBeCloseTo(12.4, 12);
    expect(textWidth('ab', 10)).toBeCloseTo(10.4, 12);
    expect(textWidth('（）', 12)).toBe(24);
  });
});

describe('clip', () => {
  it('keeps text that fits, cuts text that does not to fit with an ellipsis', () => {
    expect(clip('省商务厅', 10, 40)).toBe('省商务厅');
    const cut = clip('各有关市州人民政府', 10, 50);
    expect(cut).toBe('各有关市…');
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(50);
  });
});
