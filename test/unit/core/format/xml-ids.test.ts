// GEXF and GraphML ids are injective (issue 18, item 13): keys differing only in characters XML
// cannot hold (controls, lone surrogates) once all became U+FFFD, and readers merged their nodes.
import { toGexf, toGraphml } from '@fengong/core';
import Graph, { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';

/** Three agencies differing only in a control character, one whose key is another's spelled-out id, one with a lone surrogate. */
function lookAlikes(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode('task:1', { label: '建设高铁' });
  for (const name of ['甲\u0001局', '甲\u0002局', '甲\u001f局', '甲\\x01局', '甲\ud800局']) {
    g.addNode(`agency:${name}`, { label: name });
    g.addEdge(`agency:${name}`, 'task:1');
  }
  g.addEdgeWithKey('k\u0001', 'agency:甲\u0001局', 'agency:甲\u0002局');
  g.addEdgeWithKey('k\u0002', 'agency:甲\u0001局', 'agency:甲\u001f局');
  return g;
}

const ids = ['task:1', 'agency:甲\\x01局_1', 'agency:甲\\x02局', 'agency:甲\\x1f局', 'agency:甲\\x01局', 'agency:甲\\uD800局'];

describe.each([
  ['toGexf', (g: UndirectedGraph) => parseGexf(Graph, toGexf(g))],
  ['toGraphml', (g: UndirectedGraph) => parseGraphml(Graph, toGraphml(g))],
])('%s ids', (_name, roundTrip) => {
  it('throws on invalid input', () => {
    expect(() => roundTrip(null as unknown as UndirectedGraph)).toThrow(TypeError);
  });

  it('gives keys XML cannot hold their own ids, spelled out, and a suffix where one is taken', () => {
    const back = roundTrip(lookAlikes());
    expect(back.nodes()).toEqual(ids);
    expect(back.order).toBe(6);
  });

  it('keeps every edge between the right nodes, and user edge keys apart', () => {
    const back = roundTrip(lookAlikes());
    expect(back.size).toBe(7);
    for (const id of ids.slice(1)) expect(back.hasEdge(id, 'task:1')).toBe(true);
    expect(back.edge('agency:甲\\x01局_1', 'agency:甲\\x02局')).toBe('k\\x01');
    expect(back.edge('agency:甲\\x01局_1', 'agency:甲\\x1f局')).toBe('k\\x02');
  });

  it('leaves keys XML can hold as they are, and writes the same bytes every time', () => {
    const g = new UndirectedGraph();
    g.addNode('agency:甲局');
    g.addNode('agency:a&b<"\t\n');
    g.addEdge('agency:甲局', 'agency:a&b<"\t\n');
    expect(roundTrip(g).nodes()).toEqual(['agency:甲局', 'agency:a&b<"\t\n']);
    expect(toGexf(lookAlikes())).toBe(toGexf(lookAlikes()));
    expect(toGraphml(lookAlikes())).toBe(toGraphml(lookAlikes()));
  });
});
