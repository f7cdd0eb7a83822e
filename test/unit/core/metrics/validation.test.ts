// Every metric checks its input at the door and names itself and the fix.
import {
  betweenness,
  buildResponsibilityGraph,
  closeness,
  degreeCentrality,
  eigenvector,
  latapyClustering,
  pagerank,
  parseTable,
  redundancy,
  roleLoad,
  type ResponsibilityGraph,
} from '@fengong/core';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graph = buildResponsibilityGraph(parseTable(wordTable([['1', '甲', '任务', 'A、B']])));

describe('node metrics: invalid input', () => {
  it.each([
    ['degreeCentrality', degreeCentrality],
    ['betweenness', betweenness],
    ['closeness', closeness],
    ['pagerank', pagerank],
    ['eigenvector', eigenvector],
    ['latapyClustering', latapyClustering],
    ['redundancy', redundancy],
  ] as const)('%s throws, naming itself, on something that is not a responsibility graph', (name, metric) => {
    expect(() => metric(undefined as unknown as ResponsibilityGraph)).toThrow(new RegExp(`^${name}: expected a graph built by buildResponsibilityGraph`));
    const plain = new UndirectedGraph();
    plain.addNode('x');
    expect(() => metric(plain as unknown as ResponsibilityGraph)).toThrow(`${name}: node "x" has no \`part\` attribute`);
  });

  it('rejects out-of-range options with the valid range', () => {
    expect(() => pagerank(graph, { alpha: 1 })).toThrow('pagerank: invalid `alpha` 1 (expected 0 ≤ alpha < 1)');
    expect(() => pagerank(graph, { tolerance: 0 })).toThrow('pagerank: invalid `tolerance`');
    expect(() => eigenvector(graph, { tolerance: -1 })).toThrow('eigenvector: invalid `tolerance`');
    expect(() => latapyClustering(graph, { mode: 'mean' as 'dot' })).toThrow('latapyClustering: invalid `mode` "mean"');
    expect(() => roleLoad(graph, { lambda: -1 })).toThrow('roleLoad: invalid `lambda` -1');
    expect(() => roleLoad(graph, { rho: 2 })).toThrow('roleLoad: invalid `rho` 2 (expected 0 ≤ rho ≤ 1)');
  });

  it('reports non-convergence instead of returning a wrong answer', () => {
    expect(() => pagerank(graph, { maxIterations: 1, tolerance: 1e-300 })).toThrow('pagerank: no convergence');
  });
});

describe('metric.assign', () => {
  it('writes values onto node attributes under the metric name or a chosen one', () => {
    const g = graph.copy();
    degreeCentrality.assign(g);
    betweenness.assign(g, { attribute: 'bc' });
    expect(g.getNodeAttributes('agency:A')).toMatchObject({ degreeCentrality: 1, bc: 0 });
    expect(g.getNodeAttributes('task:1')).toMatchObject({ degreeCentrality: 1 });
    expect(degreeCentrality.attribute).toBe('degreeCentrality');
  });

  it('leaves collective nodes without a value when they are excluded', () => {
    const g = buildResponsibilityGraph(parseTable(wordTable([['1', '甲', '任务', 'A、各有关市州人民政府']])));
    expect(Object.keys(degreeCentrality(g, { excludeCollective: true }))).toEqual(['agency:A', 'task:1']);
  });
});
