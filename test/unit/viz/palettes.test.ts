// Categorical colours stay distinct for any number of groups (issue 13): each palette's colours,
// its "other" colour and the greys of collective units and faded nodes are far apart in CIELAB,
// and beyond the palette's size the smallest groups share one "other" colour instead of repeating.
import { describe, expect, it } from 'vitest';
import { numberBySize } from '../../../packages/viz/src/metrics/communities.js';
import { CATEGORY_PALETTE, COLORS, COMMUNITY_PALETTE, OTHER_CATEGORY_COLOR, communityColor, ownCommunityColors } from '../../../packages/viz/src/style.js';

/** sRGB hex → CIELAB (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
/** CIE76 colour difference (about 2.3 is just noticeable; 15 and more reads as another colour). */
const deltaE = (a: string, b: string): number => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));
const closest = (colors: readonly string[]): number => Math.min(...colors.flatMap((a, i) => colors.slice(i + 1).map((b) => deltaE(a, b))));

describe('categorical palettes', () => {
  it('measures colour differences in CIELAB: white and black are 100 apart', () => {
    expect(deltaE('#ffffff', '#000000')).toBeCloseTo(100, 1);
  });

  it.each([
    ['category', CATEGORY_PALETTE],
    ['community', COMMUNITY_PALETTE],
  ] as const)('%s colours, their "other" colour and the collective and faded greys are at least 15 ΔE apart', (_name, palette) => {
    expect(closest([...palette, OTHER_CATEGORY_COLOR, COLORS.collective, COLORS.faded])).toBeGreaterThanOrEqual(15);
  });

  it('communities: up to nine each have a colour; beyond, the eight largest do and the rest share the other colour', () => {
    expect(Array.from({ length: 9 }, (_v, c) => communityColor(c, 9))).toEqual([...COMMUNITY_PALETTE]);
    const twelve = Array.from({ length: 12 }, (_v, c) => communityColor(c, 12));
    expect(twelve.slice(0, 8)).toEqual(COMMUNITY_PALETTE.slice(0, 8));
    expect(twelve.slice(8)).toEqual(Array(4).fill(OTHER_CATEGORY_COLOR));
    expect(new Set(twelve).size).toBe(9);
    expect([ownCommunityColors(3), ownCommunityColors(9), ownCommunityColors(10), ownCommunityColors(40)]).toEqual([3, 9, 8, 8]);
  });

  it('numbers communities by their agencies, largest first (ties by the old number); tasks follow', () => {
    const found = new Map([
      ['agency:a', 5],
      ['agency:b', 2],
      ['agency:c', 2],
      ['agency:d', 7],
      ['agency:e', 7],
      ['task:1', 2],
      ['task:2', 9],
    ]);
    expect(Object.fromEntries(numberBySize(found))).toEqual({ 'agency:a': 2, 'agency:b': 0, 'agency:c': 0, 'agency:d': 1, 'agency:e': 1, 'task:1': 0, 'task:2': 3 });
  });
});
