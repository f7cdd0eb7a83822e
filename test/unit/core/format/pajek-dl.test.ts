// UCINET DL and Pajek .net exports: worked examples written by hand from UCINET's documented DL
// format and Pajek's manual, names with quotes, spaces and backslashes, and the files read back by
// NetworkX `read_pajek`, igraph `Read_Pajek` and a DL reader (test/fixtures/exports/reference.json,
// written by scripts/exports-reference.py from the files scripts/make-export-fixtures.mjs wrote).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildResponsibilityGraph, parseTable, projection, quotedLabel, toPajek, toUcinetDl, type NetworkMode } from '@fengong/core';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const TABLES = { 'hunan-gba-2020': 'data/hunan-gba-2020/table.txt', small: 'test/fixtures/tables/small.txt', 'quoted-names': 'test/fixtures/tables/quoted-names.txt' } as const;
const graphOf = (source: string) => buildResponsibilityGraph(parseTable(readFileSync(`${root}/${source}`, 'utf8'), { file: source }));
const crlf = (lines: string[]): string => `${lines.join('\r\n')}\r\n`;

/**
 * small.txt: task 1 省财政厅 (lead), 省交通运输厅; task 2 省交通运输厅 (lead), 省财政厅, 各有关市州人民政府;
 * task 3 省交通运输厅 (lead). Agencies in order of first appearance; 省财政厅–省交通运输厅 share tasks
 * 1 and 2, each of them shares task 2 with 各有关市州人民政府.
 */
const small = () => graphOf(TABLES.small);

describe('toPajek and toUcinetDl: input', () => {
  it('throw on something that is not a responsibility graph, and on an unknown mode', () => {
    expect(() => toPajek(null as never)).toThrow(/toPajek: expected a graph built by buildResponsibilityGraph/u);
    const plain = new UndirectedGraph();
    plain.addNode('x');
    expect(() => toUcinetDl(plain as never)).toThrow(/toUcinetDl: node "x" has no `part` attribute/u);
    expect(() => toPajek(small(), { mode: 'one-mode' as NetworkMode })).toThrow('toPajek: invalid `mode` "one-mode" (expected two-mode, projection)');
  });

  it('refuse two vertices with one label (an agency literally named task:1)', () => {
    const g = buildResponsibilityGraph(parseTable(wordTable([['1', '甲', '任务一', 'task:1、乙']])));
    expect(() => toUcinetDl(g)).toThrow('toUcinetDl: two vertices would both be labelled "task:1"; rename the agency');
  });
});

describe('toPajek: a worked example (Pajek manual: *Vertices n n1 for a two-mode network)', () => {
  it('two-mode: agencies 1–3, tasks 4–6, one line per link with value 1 and its role', () => {
    expect(toPajek(small())).toBe(
      crlf([
        '*Vertices 6 3',
        '1 "省财政厅"',
        '2 "省交通运输厅"',
        '3 "各有关市州人民政府"',
        '4 "task:1"',
        '5 "task:2"',
        '6 "task:3"',
        '*Edges',
        '1 4 1 l "lead"',
        '1 5 1 l "co"',
        '2 4 1 l "co"',
        '2 5 1 l "lead"',
        '2 6 1 l "lead"',
        '3 5 1 l "co"',
      ]),
    );
  });

  it('projection: each pair once, valued by shared tasks', () => {
    expect(toPajek(small(), { mode: 'projection' })).toBe(crlf(['*Vertices 3', '1 "省财政厅"', '2 "省交通运输厅"', '3 "各有关市州人民政府"', '*Edges', '1 2 2', '1 3 1', '2 3 1']));
  });

  it('labels the links of a task with no lead marked responsible', () => {
    const g = buildResponsibilityGraph(parseTable('1. 建设平台（甲局、乙局按职责分工负责）\n2. 推进改革（丙局牵头，甲局配合）\n'));
    expect(toPajek(g).split('\r\n').slice(6)).toEqual(['*Edges', '1 4 1 l "responsible"', '1 5 1 l "co"', '2 4 1 l "responsible"', '3 5 1 l "lead"', '']);
  });
});

describe('toUcinetDl: a worked example (UCINET 6 guide: edgelist2 for two-mode, edgelist1 for one-mode)', () => {
  it('two-mode: nr × nc, row and column labels listed once, one data line per link', () => {
    expect(toUcinetDl(small())).toBe(
      crlf([
        'DL nr=3 nc=3',
        'format = edgelist2',
        'row labels:',
        '"省财政厅"',
        '"省交通运输厅"',
        '"各有关市州人民政府"',
        'column labels:',
        '"task:1"',
        '"task:2"',
        '"task:3"',
        'data:',
        '1 1 1',
        '1 2 1',
        '2 1 1',
        '2 2 1',
        '2 3 1',
        '3 2 1',
      ]),
    );
  });

  it('projection: n agencies, both cells of each tied pair (the matrix is symmetric), valued by shared tasks', () => {
    expect(toUcinetDl(small(), { mode: 'projection' })).toBe(
      crlf(['DL n=3', 'format = edgelist1', 'labels:', '"省财政厅"', '"省交通运输厅"', '"各有关市州人民政府"', 'data:', '1 2 2', '2 1 2', '1 3 1', '3 1 1', '2 3 1', '3 2 1']),
    );
  });
});

describe('quotedLabel: names as written, quoted', () => {
  it('keeps Chinese, spaces, commas and inner backslashes; writes " as ＂ and a final \\ as ＼; control characters as spaces', () => {
    expect(quotedLabel('省发展改革委')).toBe('"省发展改革委"');
    expect(quotedLabel('Office of A\\B, C')).toBe('"Office of A\\B, C"');
    expect(quotedLabel('省"数字"办')).toBe('"省＂数字＂办"');
    expect(quotedLabel('A\\')).toBe('"A＼"');
    expect(quotedLabel('甲\n乙\t丙')).toBe('"甲 乙 丙"');
  });

  it('a file of names with quotes and spaces still has one vertex per line and the right counts', () => {
    const net = toPajek(graphOf(TABLES['quoted-names']));
    expect(net.split('\r\n').slice(0, 5)).toEqual(['*Vertices 7 4', '1 "省＂数字＂办"', '2 "省财政厅"', '3 "Office of A\\B"', '4 "省发展改革委"']);
  });
});

interface ReadBack {
  twoMode: { vertices: string[]; edges: [string, string, number, string][] };
  projection: { vertices: string[]; edges: [string, string, number][] };
  dl: { twoModeCells: number; projectionCells: number };
}
const reference = JSON.parse(readFileSync(`${root}/test/fixtures/exports/reference.json`, 'utf8')) as { tables: Record<keyof typeof TABLES, ReadBack> };

describe.each(Object.entries(TABLES))('read back by NetworkX read_pajek, igraph and a DL reader (%s)', (name, source) => {
  const graph = graphOf(source);
  const read = reference.tables[name as keyof typeof TABLES];
  const label = (n: string): string => n.replace(/"/gu, '＂');

  it('the committed files are what toPajek and toUcinetDl write today', () => {
    for (const mode of ['two-mode', 'projection'] as const) {
      expect(toPajek(graph, { mode }), `${name}.${mode}.net`).toBe(readFileSync(`${root}/test/fixtures/exports/${name}.${mode}.net`, 'utf8'));
      expect(toUcinetDl(graph, { mode }), `${name}.${mode}.dl`).toBe(readFileSync(`${root}/test/fixtures/exports/${name}.${mode}.dl`, 'utf8'));
    }
  });

  it('NetworkX read every agency and task, every link with its role (two-mode)', () => {
    const agencies = graph.mapNodes((_n, a) => (a.part === 'agency' ? [label(a.name)] : [])).flat();
    const tasks = graph.mapNodes((_n, a) => (a.part === 'task' ? [`task:${a.id}`] : [])).flat();
    expect(read.twoMode.vertices).toEqual([...agencies, ...tasks]);
    const links = graph.mapEdges((_e, a, _s, _t, sa, ta) => {
      const [agency, task] = sa.part === 'agency' ? [sa, ta] : [ta, sa];
      return [label(agency.part === 'agency' ? agency.name : ''), `task:${task.part === 'task' ? task.id : ''}`, 1, a.role].join('|');
    });
    expect(read.twoMode.edges.map((e) => e.join('|')).sort()).toEqual(links.sort());
    expect(read.dl.twoModeCells).toBe(graph.size);
  });

  it('NetworkX read the projection valued by shared tasks (= core’s projection)', () => {
    const p = projection(graph);
    const pairs = p.mapEdges((_e, w, _s, _t, sa, ta) => [sa, ta].map((x) => label(x.part === 'agency' ? x.name : '')).sort().join('|') + `|${w.shared}`);
    expect(read.projection.edges.map(([a, b, w]) => `${[a, b].sort().join('|')}|${w}`).sort()).toEqual(pairs.sort());
    expect(read.dl.projectionCells).toBe(2 * p.size);
  });
});
