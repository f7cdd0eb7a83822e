import { buildResponsibilityGraph, normaliseTable, parseTable, toGraphml } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';

const bundled = () =>
  buildResponsibilityGraph(normaliseTable(parseTable(hunanGba2020.text, { file: hunanGba2020.file }), { dictionary: hunanGba2020.dictionary }), {
    dictionary: hunanGba2020.dictionary,
  });

describe('toGraphml', () => {
  it('throws on invalid input', () => {
    expect(() => toGraphml(null as unknown as UndirectedGraph)).toThrow('toGraphml: expected a graphology graph');
  });

  it('writes a tiny graph exactly: keys d0… for graph, node and edge attributes in that order', () => {
    const g = new UndirectedGraph();
    g.setAttribute('file', 'plan.txt');
    g.addNode('a', { label: '省财政厅', tasks: 2, share: 0.5, collective: false });
    g.addNode('t', { label: '建设高铁' });
    g.addEdge('a', 't', { role: 'lead' });
    expect(toGraphml(g)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '  <key id="d0" for="graph" attr.name="file" attr.type="string"/>',
        '  <key id="d1" for="node" attr.name="label" attr.type="string"/>',
        '  <key id="d2" for="node" attr.name="tasks" attr.type="int"/>',
        '  <key id="d3" for="node" attr.name="share" attr.type="double"/>',
        '  <key id="d4" for="node" attr.name="collective" attr.type="boolean"/>',
        '  <key id="d5" for="edge" attr.name="role" attr.type="string"/>',
        '  <graph id="G" edgedefault="undirected">',
        '    <data key="d0">plan.txt</data>',
        '    <node id="a">',
        '      <data key="d1">省财政厅</data>',
        '      <data key="d2">2</data>',
        '      <data key="d3">0.5</data>',
        '      <data key="d4">false</data>',
        '    </node>',
        '    <node id="t">',
        '      <data key="d1">建设高铁</data>',
        '    </node>',
        '    <edge id="e0" source="a" target="t">',
        '      <data key="d5">lead</data>',
        '    </edge>',
        '  </graph>',
        '</graphml>',
        '',
      ].join('\n'),
    );
  });

  it('escapes markup, keeps tabs and line breaks inside text, and replaces characters XML forbids', () => {
    const g = new UndirectedGraph();
    const text = `a & b <c> "d" 'e'\tf\ng\rh\u000bi\ud800`;
    g.addNode('n&<"', { title: text });
    const back = parse(Graph, toGraphml(g));
    expect(back.nodes()).toEqual(['n&<"']);
    expect(back.getNodeAttribute('n&<"', 'title')).toBe(text.replace('\u000b', '\uFFFD').replace('\ud800', '\uFFFD'));
  });

  it('writes lists and objects as JSON and leaves absent values out', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { aliases: ['省发改委', '发改委'], extra: { k: 1 }, none: undefined, inf: Infinity });
    const doc = toGraphml(g);
    expect(doc).toContain('<data key="d0">["省发改委","发改委"]</data>');
    expect(doc).toContain('<data key="d1">{"k":1}</data>');
    expect(doc).not.toMatch(/attr\.name="(none|inf)"/);
  });

  it('writes edgedefault from the graph type and the direction of each edge of a mixed graph', () => {
    const d = new DirectedGraph();
    d.mergeEdge('a', 'b');
    expect(toGraphml(d)).toContain('<graph id="G" edgedefault="directed">');
    const m = new Graph();
    m.mergeDirectedEdge('a', 'b');
    m.mergeUndirectedEdge('b', 'c');
    expect(toGraphml(m)).toContain('<edge id="e0" source="a" target="b" directed="true"/>');
    expect(toGraphml(m)).toContain('<edge id="e1" source="b" target="c" directed="false"/>');
  });

  it('round-trips the bundled network through graphology-graphml, byte-identical run to run', () => {
    const graph = bundled();
    const doc = toGraphml(graph);
    expect(toGraphml(bundled())).toBe(doc);
    const back = parse(UndirectedGraph, doc);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttribute('categories')).toBe(JSON.stringify(graph.getAttribute('categories')));
    graph.forEachNode((node, attr) => expect(back.getNodeAttributes(node)).toEqual(attr));
    graph.forEachEdge((_e, attr, source, target) => expect(back.getEdgeAttributes(source, target)).toEqual(attr));
  });
});
