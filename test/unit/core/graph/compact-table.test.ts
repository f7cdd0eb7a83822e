// The compact view built straight from a table (what `analyzeTable` and `fengong analyze` use) is
// the view of the graphology graph, field for field, and gives the same report.
import {
  analyze,
  analyzeTable,
  buildResponsibilityGraph,
  compact,
  compactTable,
  pairCounts,
  parseTable,
  withoutCollective,
  type CompactGraph,
  type ResponsibilityTable,
  type Role,
} from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const bundled = parseTable(hunanGba2020.text, { file: hunanGba2020.file });

/** The view's fields as plain values, for toEqual. */
const plain = (v: CompactGraph) => ({ ...v, index: [...v.index] });

// Random tables: a pool of names with collectives, repeated mentions, every role, categories or none.
const NAMES = ['省发展改革委', '省财政厅', '省商务厅', '省教育厅', '长沙市', '各有关市州人民政府', '省直有关单位', '甲局', '乙委'];
const mention = fc.record({ name: fc.constantFrom(...NAMES), written: fc.boolean(), role: fc.constantFrom<Role>('lead', 'co', 'responsible') });
const randomTable = fc
  .record({
    categories: fc.boolean(),
    tasks: fc.array(fc.record({ category: fc.constantFrom('甲类', '乙类', '丙类'), units: fc.array(mention, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 20 }),
  })
  .map(({ categories, tasks }): ResponsibilityTable => ({
    ...bundled,
    file: 'random.txt',
    categories: categories ? ['甲类', '乙类', '丙类'] : [],
    tasks: tasks.map((t, i) => ({
      id: String(i + 1),
      number: i + 1,
      category: categories ? t.category : null,
      title: `任务${i + 1}`,
      units: t.units.map((u, position) => ({ name: u.written ? `${u.name}（原）` : u.name, canonical: u.name, role: u.role, position, line: i + 2 })),
      dutyClause: false,
      leadSource: 'marked',
      extra: {},
      line: i + 2,
    })),
  }));

describe('compactTable', () => {
  it('is the view of the built graph: nodes, links, roles, attributes, categories, excluded units', () => {
    for (const excludeCollective of [false, true]) {
      const options = { dictionary: hunanGba2020.dictionary, excludeCollective };
      expect(plain(compactTable(bundled, options))).toEqual(plain(compact(buildResponsibilityGraph(bundled, options))));
    }
  });

  it('leaves collectives out like compact(graph, { excludeCollective }) through withoutCollective', () => {
    const graph = buildResponsibilityGraph(bundled);
    const view = withoutCollective(compactTable(bundled));
    expect(plain(view)).toEqual(plain(compact(graph, { excludeCollective: true })));
    expect(view.excluded).toEqual([{ name: '各有关市州人民政府', reason: 'collective', tasks: bundled.tasks.map((t) => t.id), led: [] }]);
  });

  it('refuses a table with a task number twice, naming the file and lines', () => {
    const first = bundled.tasks[0];
    if (first === undefined) throw new Error('bundled table is empty');
    const table = { ...bundled, tasks: [first, { ...first, line: 99 }] };
    expect(() => compactTable(table)).toThrow(`compactTable: hunan-gba-2020/table.txt has task ${first.id} twice (lines ${first.line} and 99)`);
    expect(() => buildResponsibilityGraph(table)).toThrow(/^buildResponsibilityGraph: .* twice/);
  });

  it('matches the graph on random tables (collectives, repeated agencies, every role)', () => {
    fc.assert(
      fc.property(randomTable, fc.boolean(), (table, excludeCollective) => {
        const graph = buildResponsibilityGraph(table);
        expect(plain(compactTable(table, { excludeCollective }))).toEqual(plain(compact(buildResponsibilityGraph(table, { excludeCollective }))));
        expect(plain(withoutCollective(compactTable(table)))).toEqual(plain(compact(graph, { excludeCollective: true })));
      }),
      { seed: 20261127, numRuns: 150 },
    );
  });
});

describe('analyzeTable', () => {
  it('gives the report of analyze(buildResponsibilityGraph(table)) on the bundled table, value for value', () => {
    for (const excludeCollective of [false, true]) {
      const graph = buildResponsibilityGraph(bundled, { dictionary: hunanGba2020.dictionary });
      expect(analyzeTable(bundled, { excludeCollective, build: { dictionary: hunanGba2020.dictionary } })).toEqual(analyze(graph, { excludeCollective }));
    }
  });

  it('gives the same report as analyze on random tables', () => {
    fc.assert(
      fc.property(randomTable, fc.boolean(), fc.integer({ min: 0, max: 1000 }), (table, excludeCollective, seed) => {
        expect(analyzeTable(table, { excludeCollective, seed })).toEqual(analyze(buildResponsibilityGraph(table), { excludeCollective, seed }));
      }),
      { seed: 20261127, numRuns: 60 },
    );
  });
});

describe('views with links inside one side', () => {
  it('are refused by projections and by withoutCollective, with a message', () => {
    const odd = buildResponsibilityGraph(parseTable('序号\t类别\t重点任务\t责任单位\n1\t甲\t任务一\t省财政厅、各有关单位'));
    odd.addEdge('agency:省财政厅', 'agency:各有关单位', { role: 'co', position: 0 });
    const view = compact(odd);
    expect(view.bipartite).toBe(false);
    expect(() => pairCounts(view, 'agency')).toThrow(/^pairCounts: the graph has links inside one side/);
    expect(() => withoutCollective(view)).toThrow(/^withoutCollective: the graph has links inside one side/);
  });
});
