import { buildResponsibilityGraph, normaliseTable, parseTable, toGexf } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import Graph, { DirectedGraph, UndirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

const bundled = () =>
  buildResponsibilityGraph(normaliseTable(parseTable(hunanGba2020.text, { file: hunanGba2020.file }), { dictionary: hunanGba2020.dictionary }), {
    dictionary: hunanGba2020.dictionary,
  });

describe('toGexf', () => {
  it('throws on invalid input, naming the option', () => {
    expect(() => toGexf({} as UndirectedGraph)).toThrow('toGexf: expected a graphology graph');
    expect(() => toGexf(new UndirectedGraph(), { version: '2' as '1.3' })).toThrow("toGexf: `version` must be '1.2' or '1.3'");
    expect(() => toGexf(new UndirectedGraph(), { lastModified: '2 May' })).toThrow('toGexf: `lastModified` must be a date as YYYY-MM-DD');
  });

  it('writes a tiny graph exactly: typed attribute model, label, generated edge key as e0', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { label: '省财政厅', part: 'agency', tasks: 2 });
    g.addNode('t', { label: '建设高铁', part: 'task' });
    g.addEdge('a', 't', { role: 'lead' });
    expect(toGexf(g, { description: '例', lastModified: '2020-03-02' })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
        '  <meta lastmodifieddate="2020-03-02">',
        '    <creator>fengong</creator>',
        '    <description>例</description>',
        '  </meta>',
        '  <graph defaultedgetype="undirected" mode="static">',
        '    <attributes class="node">',
        '      <attribute id="0" title="part" type="string"/>',
        '      <attribute id="1" title="tasks" type="integer"/>',
        '    </attributes>',
        '    <attributes class="edge">',
        '      <attribute id="0" title="role" type="string"/>',
        '    </attributes>',
        '    <nodes>',
        '      <node id="a" label="省财政厅">',
        '        <attvalues>',
        '          <attvalue for="0" value="agency"/>',
        '          <attvalue for="1" value="2"/>',
        '        </attvalues>',
        '      </node>',
        '      <node id="t" label="建设高铁">',
        '        <attvalues>',
        '          <attvalue for="0" value="task"/>',
        '        </attvalues>',
        '      </node>',
        '    </nodes>',
        '    <edges>',
        '      <edge id="e0" source="a" target="t">',
        '        <attvalues>',
        '          <attvalue for="0" value="lead"/>',
        '        </attvalues>',
        '      </edge>',
        '    </edges>',
        '  </graph>',
        '</gexf>',
        '',
      ].join('\n'),
    );
  });

  it('infers the narrowest type holding every value, and leaves absent values out', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { i: 1, l: 2 ** 40, d: 1, b: true, s: 'x', mixed: 1, list: ['甲', '乙'], none: null, nan: NaN });
    g.addNode('b', { i: -3, l: 1, d: 0.25, b: false, s: 'y', mixed: 'two', list: [] });
    const doc = toGexf(g);
    for (const [title, type] of [['i', 'integer'], ['l', 'long'], ['d', 'double'], ['b', 'boolean'], ['s', 'string'], ['mixed', 'string'], ['list', 'string']]) {
      expect(doc).toMatch(new RegExp(`title="${title}" type="${type}"`));
    }
    expect(doc).not.toMatch(/title="(none|nan)"/);
    expect(doc).toContain('value="[&quot;甲&quot;,&quot;乙&quot;]"');
  });

  it('escapes markup and keeps line breaks in attributes; characters XML forbids become U+FFFD', () => {
    const g = new UndirectedGraph();
    const text = `a & b <c> "d" 'e'\tf\ng\rh\u000bi\u0000`;
    g.addNode('n&<"', { label: text, note: text });
    const doc = toGexf(g, { description: '<&>' });
    expect(doc).toContain('<description>&lt;&amp;&gt;</description>');
    const back = parse(Graph, doc);
    expect(back.nodes()).toEqual(['n&<"']);
    const expected = text.replace('\u000b', '\uFFFD').replace('\u0000', '\uFFFD');
    expect(back.getNodeAttributes('n&<"')).toMatchObject({ label: expected, note: expected });
  });

  it('writes x, y, size and a hex colour as viz elements, not attributes', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { x: 1.5, y: -2, size: 4, color: '#F80' });
    g.addNode('b', { color: 'rgb(1, 2, 3)' });
    g.addEdge('a', 'b', { size: 2, color: '#000000' });
    const doc = toGexf(g);
    expect(doc).toContain('<viz:color r="255" g="136" b="0"/>');
    expect(doc).toContain('<viz:position x="1.5" y="-2"/>');
    expect(doc).toContain('<viz:size value="4"/>');
    expect(doc).toContain('<viz:thickness value="2"/>');
    expect(doc).not.toContain('rgb(');
    expect(doc).not.toContain('<attributes');
  });

  it('keeps edge keys the user gave and numbers the generated ones without clashing', () => {
    const g = new UndirectedGraph();
    g.mergeEdge('a', 'b');
    g.mergeEdgeWithKey('e0', 'b', 'c');
    expect(toGexf(g)).toContain('<edge id="e0_1" source="a" target="b"/>');
    expect(toGexf(g)).toContain('<edge id="e0" source="b" target="c"/>');
  });

  it('writes GEXF 1.3 namespaces, directed graphs, and the direction of each edge of a mixed graph', () => {
    const d = new DirectedGraph();
    d.mergeEdge('a', 'b');
    expect(toGexf(d, { version: '1.3' })).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(toGexf(d)).toContain('defaultedgetype="directed"');
    const m = new Graph();
    m.mergeDirectedEdge('a', 'b');
    m.mergeUndirectedEdge('b', 'c');
    expect(toGexf(m)).toContain('<edge id="e0" type="directed" source="a" target="b"/>');
    expect(toGexf(m)).toContain('<edge id="e1" type="undirected" source="b" target="c"/>');
  });

  it('round-trips the bundled network through graphology-gexf, byte-identical run to run', () => {
    const graph = bundled();
    const doc = toGexf(graph);
    expect(toGexf(bundled())).toBe(doc);
    const back = parse(UndirectedGraph, doc);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes('agency:省发展改革委')).toEqual(graph.getNodeAttributes('agency:省发展改革委'));
    expect(back.getNodeAttributes('task:27')).toEqual(graph.getNodeAttributes('task:27'));
    graph.forEachEdge((_e, attr, source, target) => expect(back.getEdgeAttributes(source, target)).toEqual(attr));
  });
});
