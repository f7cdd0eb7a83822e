import { buildResponsibilityGraph, parseTable, toGraphologyJson } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

const bundled = () => buildResponsibilityGraph(parseTable(hunanGba2020.text, { file: hunanGba2020.file }), { dictionary: hunanGba2020.dictionary });

describe('toGraphologyJson', () => {
  it('throws on invalid input', () => {
    expect(() => toGraphologyJson([] as unknown as UndirectedGraph)).toThrow('toGraphologyJson: expected a graphology graph');
  });

  it('is graph.export() without the edge keys graphology generated; keys the user gave stay', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b', { role: 'lead' });
    g.mergeEdgeWithKey('mine', 'b', 'c');
    const json = toGraphologyJson(g);
    expect(json.edges).toEqual([
      { source: 'a', target: 'b', attributes: { role: 'lead' } },
      { key: 'mine', source: 'b', target: 'c' },
    ]);
    expect(json.options).toEqual(g.export().options);
    expect(json.nodes).toEqual(g.export().nodes);
  });

  it('gives the same JSON for the same table, and UndirectedGraph.from rebuilds the graph', () => {
    const graph = bundled();
    const text = JSON.stringify(toGraphologyJson(graph));
    expect(JSON.stringify(toGraphologyJson(bundled()))).toBe(text);
    const back = UndirectedGraph.from(JSON.parse(text) as ReturnType<typeof toGraphologyJson>);
    expect(back.getAttributes()).toEqual(graph.getAttributes());
    expect(back.nodes()).toEqual(graph.nodes());
    graph.forEachNode((node, attr) => expect(back.getNodeAttributes(node)).toEqual(attr));
    graph.forEachEdge((_e, attr, source, target) => expect(back.getEdgeAttributes(source, target)).toEqual(attr));
  });
});
