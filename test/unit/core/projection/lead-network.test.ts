import { buildResponsibilityGraph, leadNetwork, parseTable, projection } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graph = buildResponsibilityGraph(
  parseTable(
    wordTable([
      ['1', '甲', '任务一', 'A、B、C'],
      ['2', '', '任务二', 'B'],
      ['3', '乙', '任务三', 'A、B、各有关市州人民政府'],
    ]),
  ),
);

describe('leadNetwork', () => {
  it('throws on something that is not a responsibility graph', () => {
    expect(() => leadNetwork(null as never)).toThrow(/^leadNetwork: expected a graph/);
  });

  it('links each lead to its co-agencies, weighted by the tasks they share in those roles', () => {
    const net = leadNetwork(graph);
    expect(net.type).toBe('directed');
    expect(net.order).toBe(4);
    expect(net.mapEdges((_e, a, s, t) => `${s}→${t}:${a.tasks}`).sort()).toEqual([
      'agency:A→agency:B:2',
      'agency:A→agency:C:1',
      'agency:A→agency:各有关市州人民政府:1',
    ]);
    expect(net.getNodeAttributes('agency:B')).toMatchObject({ part: 'agency', name: 'B' });
  });

  it('leaves collectives out on request', () => {
    expect(leadNetwork(graph, { excludeCollective: true }).hasNode('agency:各有关市州人民政府')).toBe(false);
  });
});

describe('projection', () => {
  it('throws on an unknown part', () => {
    expect(() => projection(graph, { part: 'unit' as 'agency' })).toThrow('projection: invalid `part` "unit" (expected agency or task)');
  });

  it('gives strength, partners, cosine and Dice on a case worked by hand', () => {
    const p = projection(graph);
    // A (k=2) and B (k=3) share tasks 1 and 3: cosine 2/√6, Dice 4/5; A–C share task 1.
    const ab = p.getEdgeAttributes(p.edge('agency:A', 'agency:B'));
    expect(ab.shared).toBe(2);
    expect(ab.cosine).toBeCloseTo(2 / Math.sqrt(6), 15);
    expect(ab.dice).toBeCloseTo(0.8, 15);
    expect(ab.newman).toBeCloseTo(1 / 2 + 1 / 2, 15); // tasks 1 and 3 each have 3 agencies
    expect(p.getNodeAttributes('agency:A')).toMatchObject({ strength: 4, partners: 3 });
    expect(p.getNodeAttributes('agency:C')).toMatchObject({ strength: 2, partners: 2 });
    // q-values are BH over all 4·3/2 = 6 agency pairs, so never below the p-values.
    p.forEachEdge((_e, a) => expect(a.qValue).toBeGreaterThanOrEqual(a.pValue));
  });
});
