// The scale that gives a dense ForceAtlas2 result room before Noverlap (packages/viz/src/layout/spread.ts).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { spreadForSizes } from '../../../../packages/viz/src/layout/spread.js';

const graph = (nodes: [number, number, number][]): Graph => {
  const g = new Graph();
  nodes.forEach(([x, y, size], i) => g.addNode(String(i), { x, y, size }));
  return g;
};

describe('spreadForSizes', () => {
  it('leaves a graph of fewer than two nodes, or with every node on one spot, alone', () => {
    const one = graph([[3, 4, 5]]);
    expect(spreadForSizes(one)).toBe(1);
    expect(one.getNodeAttributes('0')).toMatchObject({ x: 3, y: 4 });
    const stacked = graph([[1, 1, 2], [1, 1, 2]]);
    expect(spreadForSizes(stacked)).toBe(1);
    expect(stacked.getNodeAttribute('1', 'x')).toBe(1);
  });

  it('scales a dense layout about its centroid until its RMS radius is √Σ size²', () => {
    // Centroid (1, 0), RMS radius 1; sizes 3 and 3: √18 wanted, so a factor of √18.
    const g = graph([[0, 0, 3], [2, 0, 3]]);
    expect(spreadForSizes(g)).toBeCloseTo(Math.sqrt(18), 12);
    expect(g.getNodeAttribute('0', 'x')).toBeCloseTo(1 - Math.sqrt(18), 12);
    expect(g.getNodeAttribute('1', 'x')).toBeCloseTo(1 + Math.sqrt(18), 12);
    expect(g.getNodeAttribute('1', 'y')).toBe(0);
  });

  it('keeps every ratio of distances (the same picture, scaled)', () => {
    const g = graph([[0, 0, 1], [1, 0, 1], [0, 3, 1]]);
    const d = (a: string, b: string) => Math.hypot(g.getNodeAttribute(a, 'x') - g.getNodeAttribute(b, 'x'), g.getNodeAttribute(a, 'y') - g.getNodeAttribute(b, 'y'));
    const before = d('0', '1') / d('0', '2');
    expect(spreadForSizes(g, 10)).toBeGreaterThan(1);
    expect(d('0', '1') / d('0', '2')).toBeCloseTo(before, 12);
  });

  it('leaves a layout already spread for its sizes alone', () => {
    const g = graph([[-100, 0, 2], [100, 0, 2]]);
    expect(spreadForSizes(g)).toBe(1);
    expect(g.getNodeAttribute('0', 'x')).toBe(-100);
  });
});
