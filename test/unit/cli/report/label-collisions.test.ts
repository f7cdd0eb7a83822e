// Greedy label placement: a label is kept only where it collides with no label kept before it,
// with no reserved box, and fits the bounds — worked on boxes whose overlaps are known by hand.
import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate } from '../../../../packages/cli/src/report/label-collisions.js';

const at = (x: number, y: number, width = 40, anchor: LabelCandidate['anchor'] = 'start'): LabelCandidate => ({ x, y, width, height: 10, anchor });
const BOUNDS = { x0: 0, y0: 0, x1: 200, y1: 100 };

describe('labelBox', () => {
  it('places start, middle and end labels around the anchor, vertically centred', () => {
    expect(labelBox({ ...at(50, 50), dx: 5 })).toEqual({ x0: 55, y0: 45, x1: 95, y1: 55 });
    expect(labelBox(at(50, 50, 40, 'middle'))).toEqual({ x0: 30, y0: 45, x1: 70, y1: 55 });
    expect(labelBox({ ...at(50, 50, 40, 'end'), dx: 5 })).toEqual({ x0: 5, y0: 45, x1: 45, y1: 55 });
  });
});

describe('placeLabels', () => {
  it('keeps nothing of an empty list', () => {
    expect(placeLabels([], BOUNDS)).toEqual([]);
  });

  it('drops a label overlapping one placed before it, keeps one that only touches', () => {
    // 0: [10,50]×[15,25]; 1 overlaps it by 10 px; 2 starts where 0 ends (touching is no overlap).
    expect(placeLabels([at(10, 20), at(40, 22), at(50, 20)], BOUNDS)).toEqual([0, 2]);
  });

  it('gives way in priority order: the first of two colliding labels wins', () => {
    expect(placeLabels([at(40, 22), at(10, 20)], BOUNDS)).toEqual([0]);
  });

  it('drops labels leaving the bounds and labels over a reserved box', () => {
    const reserved = [{ x0: 100, y0: 0, x1: 120, y1: 100 }];
    expect(placeLabels([at(170, 50), at(10, 2), at(90, 50), at(10, 50)], BOUNDS, reserved)).toEqual([3]);
  });
});
