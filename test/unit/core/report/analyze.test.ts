import {
  agencyCoreness,
  analyze,
  betweenness,
  brokerage,
  buildResponsibilityGraph,
  closeness,
  corePeriphery,
  pagerank,
  parseTable,
  robustness,
  sdsmBackbone,
  structuralHoles,
  twoModeCore,
  twoModeCoreness,
  twoModeCorePeriphery,
  type ResponsibilityGraph,
} from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';

const graph = buildResponsibilityGraph(parseTable(hunanGba2020.text, { file: hunanGba2020.file }), {
  dictionary: hunanGba2020.dictionary,
});

describe('analyze', () => {
  it('throws on something that is not a responsibility graph', () => {
    expect(() => analyze({} as ResponsibilityGraph)).toThrow(/^analyze: expected a graph/);
  });

  const report = analyze(graph);

  it('covers every agency, task and sharing pair of the bundled table', () => {
    expect(report.agencies).toHaveLength(34);
    expect(report.tasks).toHaveLength(30);
    expect(report.pairs.length).toBeGreaterThan(0);
    expect(report.source).toEqual({ file: 'hunan-gba-2020/table.txt', excludeCollective: false, excluded: [] });
    expect(report.network).toMatchObject({ agencies: 34, tasks: 30, links: 179, components: 1 });
    expect(report.network.nodf).toBe(report.network.nestedness.nodf);
  });

  it('reports each agency with the same values as the individual metrics', () => {
    const ndrc = report.agencies.find((a) => a.agency === '省发展改革委');
    expect(ndrc).toMatchObject({ rank: 2, tasks: 27, lead: 10, co: 17, collective: false, partners: 31 });
    expect(ndrc?.betweenness).toBe(betweenness(graph)['agency:省发展改革委']);
    expect(ndrc?.closeness).toBe(closeness(graph)['agency:省发展改革委']);
    expect(ndrc?.pagerank).toBe(pagerank(graph)['agency:省发展改革委']);
  });

  it('reports structural holes (weighted by shared tasks, and unweighted) and cores as the individual functions give them', () => {
    const weighted = structuralHoles(graph);
    const unweighted = structuralHoles(graph, { weight: null });
    const coreness = agencyCoreness(graph);
    const twoMode = twoModeCoreness(graph);
    for (const a of report.agencies) {
      const key = `agency:${a.agency}`;
      expect({ effectiveSize: a.effectiveSize, efficiency: a.efficiency, constraint: a.constraint, hierarchy: a.hierarchy }).toEqual(weighted[key]);
      expect({ effectiveSize: a.effectiveSizeUnweighted, efficiency: a.efficiencyUnweighted, constraint: a.constraintUnweighted, hierarchy: a.hierarchyUnweighted }).toEqual(unweighted[key]);
      expect(a.coreness).toBe(coreness[key]);
      expect(a.twoModeCoreness).toBe(twoMode[key]);
    }
    for (const t of report.tasks) expect(t.twoModeCoreness).toBe(twoMode[`task:${t.id}`]);
    expect(report.settings).toMatchObject({ structuralHolesWeight: 'shared', twoModeCoreL: 2 });
    const top = Math.max(...Object.values(coreness));
    expect(report.network.kCore).toEqual({ k: top, agencies: Object.values(coreness).filter((c) => c === top).length });
    const inner = twoModeCore(graph, { k: report.network.twoModeCore.k, l: 2 });
    expect(report.network.twoModeCore).toEqual({ k: inner.k, l: 2, agencies: inner.agencies.length, tasks: inner.tasks.length });
    expect(twoModeCore(graph, { k: inner.k + 1 }).agencies).toEqual([]);
  });

  it('reports core–periphery structure (projection and two-mode) as corePeriphery and twoModeCorePeriphery give it', () => {
    const one = corePeriphery(graph);
    const two = twoModeCorePeriphery(graph);
    for (const a of report.agencies) {
      const key = `agency:${a.agency}`;
      expect(a.continuousCoreness).toBe(one.coreness[key]);
      expect(a.core).toBe(one.core.includes(key));
      expect(a.continuousCorenessTwoMode).toBe(two.coreness[key]);
      expect(a.coreTwoMode).toBe(two.core.includes(key));
    }
    for (const t of report.tasks) {
      expect(t.continuousCorenessTwoMode).toBe(two.coreness[`task:${t.id}`]);
      expect(t.coreTwoMode).toBe(two.core.includes(`task:${t.id}`));
    }
    expect(report.network.corePeriphery).toEqual({
      projection: { coreAgencies: one.core.length, correlation: one.correlation, continuousCorrelation: one.continuousCorrelation },
      twoMode: {
        coreAgencies: two.core.filter((k) => k.startsWith('agency:')).length,
        coreTasks: two.core.filter((k) => k.startsWith('task:')).length,
        correlation: two.correlation,
        continuousCorrelation: two.continuousCorrelation,
      },
    });
    expect(one.correlation).toBeGreaterThan(0);
  });

  it('reports brokerage roles as brokerage() gives them, by category unless told otherwise', () => {
    expect(report.settings.brokerageGrouping).toBe('category');
    for (const [grouping, r] of [['category', report], ['community', analyze(graph, { brokerageGrouping: 'community' })], ['kind', analyze(graph, { brokerageGrouping: 'kind' })]] as const) {
      const roles = brokerage(graph, { grouping });
      expect(r.settings.brokerageGrouping).toBe(grouping);
      for (const a of r.agencies) {
        const { total, ...each } = roles[`agency:${a.agency}`] ?? { total: -1 };
        expect({ coordinator: a.coordinator, consultant: a.consultant, gatekeeper: a.gatekeeper, representative: a.representative, liaison: a.liaison }).toEqual(each);
        expect(a.brokerage).toBe(total);
      }
    }
    expect(report.agencies.some((a) => a.brokerage > 0)).toBe(true);
    expect(() => analyze(graph, { brokerageGrouping: 'party' as never })).toThrow('analyze: invalid `brokerageGrouping` "party" (expected category, community, kind)');
  });

  it('reports the SDSM p- and q-values of every pair beside the hypergeometric ones, and the backbone as sdsmBackbone gives it', () => {
    const all = sdsmBackbone(graph, { alpha: 1 });
    const kept = sdsmBackbone(graph);
    for (const p of report.pairs) {
      const [u, v] = [`agency:${p.a}`, `agency:${p.b}`];
      const edge = all.edge(u, v);
      // With alpha = 1 every pair with q < 1 is an edge; the others have q = 1.
      if (edge === undefined) expect(p.sdsmQValue).toBe(1);
      else expect({ sdsmPValue: p.sdsmPValue, sdsmQValue: p.sdsmQValue }).toEqual({ sdsmPValue: all.getEdgeAttribute(edge, 'pValue'), sdsmQValue: all.getEdgeAttribute(edge, 'qValue') });
      expect(p.backbone).toBe(kept.hasEdge(u, v));
      expect(p.sdsmPValue).toBeGreaterThan(0);
      expect(p.sdsmPValue).toBeLessThanOrEqual(1);
    }
    for (const a of report.agencies) expect(a.backboneDegree).toBe(kept.degree(`agency:${a.agency}`));
    expect(report.network.backbone).toMatchObject({ model: 'sdsm', alpha: 0.05, pairs: kept.size, approximated: 0 });
    expect(report.network.backbone.maxDegreeError).toBeLessThan(1e-6);
  });

  it('reports the robustness curves of every removal order as robustness() gives them', () => {
    expect(report.network.robustness.replicates).toBe(20);
    for (const strategy of ['random', 'tasks', 'lead', 'betweenness'] as const) {
      expect(report.network.robustness[strategy]).toEqual(robustness(graph, { strategy, seed: 42, replicates: 20 }));
      expect(report.network.robustness[strategy].covered).toHaveLength(35);
    }
    // Removing the busiest agencies first uncovers tasks sooner than removing them at random.
    expect(report.network.robustness.tasks.aucCovered).toBeLessThan(report.network.robustness.random.aucCovered);
    expect(() => analyze(graph, { robustnessReplicates: 0 })).toThrow('analyze: invalid `robustnessReplicates` 0 (expected a whole number ≥ 1)');
  });

  it('takes l of the two-mode cores as an option, a whole number ≥ 1', () => {
    const three = analyze(graph, { twoModeCoreL: 3 });
    expect(three.settings.twoModeCoreL).toBe(3);
    expect(three.network.twoModeCore.l).toBe(3);
    const expected = twoModeCoreness(graph, { l: 3 });
    for (const a of three.agencies) expect(a.twoModeCoreness).toBe(expected[`agency:${a.agency}`]);
    for (const bad of [0, 1.5, -2]) expect(() => analyze(graph, { twoModeCoreL: bad })).toThrow('analyze: invalid `twoModeCoreL`');
  });

  it('lists each task with its lead and co-agencies by name', () => {
    expect(report.tasks[0]).toMatchObject({
      id: '1',
      title: '加快建设高速铁路大通道',
      category: '构建便捷高效对接通道',
      lead: ['省发展改革委'],
      co: ['省财政厅', '省自然资源厅', '省交通运输厅', '广铁集团长沙办事处', '各有关市州人民政府'],
      agencies: 6,
    });
  });

  it('orders pairs by shared tasks, the strongest first', () => {
    expect(report.pairs[0]).toMatchObject({ a: '省发展改革委', b: '各有关市州人民政府', shared: 27 });
    for (let i = 1; i < report.pairs.length; i += 1) {
      expect((report.pairs[i - 1]?.shared ?? 0) >= (report.pairs[i]?.shared ?? 0)).toBe(true);
    }
  });

  it('is deterministic: the same graph gives a byte-identical JSON report', () => {
    expect(JSON.stringify(analyze(graph))).toBe(JSON.stringify(report));
  });

  it('excludes collectives on request and lists them as excluded', () => {
    const without = analyze(graph, { excludeCollective: true });
    expect(without.agencies).toHaveLength(33);
    expect(without.agencies.some((a) => a.collective)).toBe(false);
    expect(without.source.excluded).toMatchObject([{ name: '各有关市州人民政府', tasks: expect.any(Array) as string[], led: [] }]);
    expect(without.source.excluded[0]?.tasks).toHaveLength(30);
    expect(without.network.links).toBe(149);
    expect(without.agencies[0]).toMatchObject({ agency: '省发展改革委', rank: 1 });
  });

  it('assigns every agency a community and keeps Barber modularity within [−1, 1]', () => {
    const communities = new Set(report.agencies.map((a) => a.community));
    expect(communities.size).toBe(report.network.communities);
    expect(Math.abs(report.network.modularity)).toBeLessThanOrEqual(1);
    for (const a of report.agencies) {
      expect(a.participation).toBeGreaterThanOrEqual(0);
      expect(a.participation).toBeLessThanOrEqual(1);
    }
  });
});
