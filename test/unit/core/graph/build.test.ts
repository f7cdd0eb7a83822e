import { agencyKey, buildResponsibilityGraph, parseTable, taskKey, type ResponsibilityTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const small = parseTable(
  wordTable([
    ['1', '交通', '建设高铁', '省发展改革委、省财政厅、各有关市州人民政府按职责分工负责'],
    ['2', '', '建设公路', '省交通运输厅、省发展改革委、各有关市州人民政府按职责分工负责'],
  ]),
  { file: 'small.txt' },
);

describe('buildResponsibilityGraph', () => {
  it('throws on something that is not a parsed table', () => {
    expect(() => buildResponsibilityGraph(undefined as unknown as ResponsibilityTable)).toThrow(
      /buildResponsibilityGraph: expected a parsed table/,
    );
    expect(() => buildResponsibilityGraph({} as ResponsibilityTable)).toThrow(TypeError);
  });

  it('builds an undirected simple bipartite graph with role and position on edges', () => {
    const g = buildResponsibilityGraph(small);
    expect(g.type).toBe('undirected');
    expect(g.multi).toBe(false);
    expect(g.nodes()).toEqual([
      'task:1',
      'agency:省发展改革委',
      'agency:省财政厅',
      'agency:各有关市州人民政府',
      'task:2',
      'agency:省交通运输厅',
    ]);
    expect(g.size).toBe(6);
    expect(g.getNodeAttributes(taskKey('1'))).toEqual({
      part: 'task',
      label: '建设高铁',
      id: '1',
      number: 1,
      title: '建设高铁',
      category: '交通',
    });
    expect(g.getNodeAttributes(agencyKey('省财政厅'))).toEqual({
      part: 'agency',
      label: '省财政厅',
      name: '省财政厅',
      collective: false,
    });
    expect(g.getNodeAttributes(agencyKey('各有关市州人民政府'))).toMatchObject({ collective: true });
    expect(g.getEdgeAttributes(g.edge(agencyKey('省发展改革委'), taskKey('2')))).toEqual({ role: 'co', position: 1 });
    expect(g.getEdgeAttributes(g.edge(agencyKey('省发展改革委'), taskKey('1')))).toEqual({ role: 'lead', position: 0 });
    // Every edge joins an agency and a task, and none carries `weight` (graphology reads it as a distance).
    g.forEachEdge((_e, attr, s, t) => {
      expect(new Set([g.getNodeAttribute(s, 'part'), g.getNodeAttribute(t, 'part')])).toEqual(new Set(['agency', 'task']));
      expect(attr).not.toHaveProperty('weight');
    });
    expect(g.getAttributes()).toEqual({ file: 'small.txt', categories: ['交通'], excluded: [] });
  });

  it('leaves collectives out on request and accounts for every mention', () => {
    const g = buildResponsibilityGraph(small, { excludeCollective: true });
    expect(g.hasNode(agencyKey('各有关市州人民政府'))).toBe(false);
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    expect(g.getAttribute('excluded')).toEqual([{ name: '各有关市州人民政府', reason: 'collective', tasks: ['1', '2'], led: [] }]);
  });

  it('lets the dictionary and a predicate decide what is collective', () => {
    const byDictionary = buildResponsibilityGraph(small, {
      dictionary: { agencies: [{ name: '各有关市州人民政府', collective: false }] },
    });
    expect(byDictionary.getNodeAttributes(agencyKey('各有关市州人民政府'))).toMatchObject({ collective: false });
    const byPredicate = buildResponsibilityGraph(small, { isCollective: (name) => name === '省财政厅' });
    expect(byPredicate.getNodeAttributes(agencyKey('省财政厅'))).toMatchObject({ collective: true });
    expect(byPredicate.getNodeAttributes(agencyKey('各有关市州人民政府'))).toMatchObject({ collective: false });
  });

  it('merges dictionary details and translations into attributes', () => {
    const g = buildResponsibilityGraph(small, {
      dictionary: {
        agencies: [{ name: '省财政厅', fullName: '湖南省财政厅', nameEn: 'Department of Finance', kind: 'provincial-department' }],
        categories: [{ name: '交通', nameEn: 'Transport' }],
        tasks: [{ id: '2', titleEn: 'Build roads' }],
      },
    });
    expect(g.getNodeAttributes(agencyKey('省财政厅'))).toMatchObject({
      fullName: '湖南省财政厅',
      nameEn: 'Department of Finance',
      kind: 'provincial-department',
    });
    expect(g.getNodeAttributes(taskKey('2'))).toMatchObject({ titleEn: 'Build roads', categoryEn: 'Transport' });
    expect(g.getNodeAttributes(taskKey('1'))).not.toHaveProperty('titleEn');
  });

  describe('on the bundled table', () => {
    const table = parseTable(hunanGba2020.text, { file: hunanGba2020.file });
    const g = buildResponsibilityGraph(table, { dictionary: hunanGba2020.dictionary });
    const part = (p: string) => g.filterNodes((_n, a) => a.part === p);

    it('has 30 tasks, 34 agencies and 179 links', () => {
      expect(part('task')).toHaveLength(30);
      expect(part('agency')).toHaveLength(34);
      expect(g.size).toBe(179);
    });

    it('gives 省发展改革委 degree 27 with 10 lead links, and the collective degree 30 with none', () => {
      const ndrc = agencyKey('省发展改革委');
      expect(g.degree(ndrc)).toBe(27);
      expect(g.filterEdges(ndrc, (_e, a) => a.role === 'lead')).toHaveLength(10);
      const cities = agencyKey('各有关市州人民政府');
      expect(g.degree(cities)).toBe(30);
      expect(g.filterEdges(cities, (_e, a) => a.role === 'lead')).toHaveLength(0);
      expect(g.getNodeAttributes(cities)).toMatchObject({ collective: true, kind: 'collective' });
    });

    it('has a dictionary entry, English name and kind for every agency, and English for every task', () => {
      g.forEachNode((_n, a) => {
        if (a.part === 'agency') {
          expect(a.nameEn, a.name).toBeTruthy();
          expect(a.kind, a.name).toBeTruthy();
          expect(a.fullName, a.name).toBeTruthy();
        } else {
          expect(a.titleEn, a.title).toBeTruthy();
          expect(a.categoryEn, a.title).toBeTruthy();
        }
      });
    });

    it('without collectives: 33 agencies, 149 links, and the 30 removed mentions listed', () => {
      const h = buildResponsibilityGraph(table, { dictionary: hunanGba2020.dictionary, excludeCollective: true });
      expect(h.order - 30).toBe(33);
      expect(h.size).toBe(149);
      const [excluded] = h.getAttribute('excluded');
      expect(excluded?.tasks).toHaveLength(30);
      expect(h.size + (excluded?.tasks.length ?? 0)).toBe(179);
    });
  });
});
