// Two-mode centralisation of each mode (Borgatti & Everett 1997): input checks, the divisors against
// the maxima NetworkX finds over every connected bipartite graph of small sizes (fixture
// two-mode-maxima.json), networks worked by hand, and NetworkX's degrees and raw betweenness on the
// fixture tables (fixtures of scripts/networkx-reference.py).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, buildResponsibilityGraph, parseTable, twoModeCentralisation, twoModeCentralisationMaxima } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows, { header: ['序号', '重点任务', '责任单位'] })));
const root = fileURLToPath(new URL('../../../..', import.meta.url));

describe('twoModeCentralisation: input', () => {
  it('throws on something that is not a graph', () => {
    expect(() => twoModeCentralisation(null as never)).toThrow(/twoModeCentralisation: expected a graph/u);
  });

  it('throws on sizes that are not whole numbers ≥ 1', () => {
    expect(() => twoModeCentralisationMaxima(0, 3)).toThrow(/twoModeCentralisationMaxima: invalid sizes 0, 3 \(expected whole numbers ≥ 1\)/u);
    expect(() => twoModeCentralisationMaxima(2.5, 3)).toThrow(/invalid sizes 2.5, 3/u);
  });
});

describe('twoModeCentralisationMaxima = the maxima over every connected bipartite graph (NetworkX, fixture)', () => {
  const { maxima } = JSON.parse(readFileSync(`${root}/test/fixtures/networkx/two-mode-maxima.json`, 'utf8')) as {
    maxima: { n: number; m: number; node: number; betweenness: number; degree: number }[];
  };

  it('covers the sizes where Borgatti & Everett’s larger-set maximum 2(n − 1)(m − 1) falls short', () => {
    // 5 × 2: a node can reach 9 (NetworkX's enumeration), above 2·4·1 = 8; 6 × 2: 12 above 10.
    expect(maxima.find((x) => x.n === 5 && x.m === 2)?.node).toBe(9);
    expect(maxima.find((x) => x.n === 6 && x.m === 2)?.node).toBe(12);
  });

  it.each(maxima.map((x) => [`${x.n} × ${x.m}`, x] as const))('%s', (_name, x) => {
    expect(twoModeCentralisationMaxima(x.n, x.m)).toEqual({ degree: x.degree, node: x.node, betweenness: x.betweenness });
  });
});

describe('twoModeCentralisation: networks worked by hand', () => {
  it('the star-like network (A on every task, B and C on one each) is 1 for the agencies', () => {
    // Agencies: degrees 3, 1, 1 → (0 + 2 + 2)/((3 − 1)(3 − 1)) = 1. The graph is a tree: A separates
    // {任务一, B}, {任务二, C}, {任务三}: 2·2 + 2·1 + 2·1 = 8 pairs = b_max(3, 3) = ½[9 + 3·3 − 2·1];
    // B and C are leaves → (8 + 8)/(2·8) = 1.
    // Tasks: degrees 2, 2, 1 → 1/4; 任务一 and 任务二 separate one leaf from four nodes (4 pairs),
    // 任务三 is a leaf → (0 + 0 + 4)/(2·8) = 1/4.
    const star = twoModeCentralisation(graphOf([['1', '任务一', 'A、B'], ['2', '任务二', 'A、C'], ['3', '任务三', 'A']]));
    expect(star).toEqual({ agencies: { degree: 1, betweenness: 1 }, tasks: { degree: 0.25, betweenness: 0.25 } });
  });

  it('every agency on every task: 0 for both modes', () => {
    const full = twoModeCentralisation(graphOf([['1', '任务一', 'A、B、C'], ['2', '任务二', 'A、B、C']]));
    expect(full).toEqual({ agencies: { degree: 0, betweenness: 0 }, tasks: { degree: 0, betweenness: 0 } });
  });

  it('a path A – 任务一 – B – 任务二 – C: the middle agency and both tasks stand out', () => {
    // Agencies: degrees 1, 2, 1 → 2/((2)(1)) = 1; betweenness: B separates {A, 任务一} from {任务二, C}: 4,
    // A and C leaves; b_max(3, 2) = 4 (s, t = 1, 0: ½[4·4 + 2·2·(−2)]) → 8/(2·4) = 1.
    // Tasks: degrees 2, 2 → 0; each task separates a leaf from three nodes: 3, 3 → 0.
    const path = twoModeCentralisation(graphOf([['1', '任务一', 'A、B'], ['2', '任务二', 'B、C']]));
    expect(path).toEqual({ agencies: { degree: 1, betweenness: 1 }, tasks: { degree: 0, betweenness: 0 } });
  });

  it('a mode of one node, or facing one node, has no index (null)', () => {
    // One agency on two tasks: agencies n = 1; tasks n = 2 facing m = 1: (n − 1)(m − 1) = 0 and b_max(2, 1) = 0.
    const one = twoModeCentralisation(graphOf([['1', '任务一', 'A'], ['2', '任务二', 'A']]));
    expect(one).toEqual({ agencies: { degree: null, betweenness: null }, tasks: { degree: null, betweenness: null } });
  });

  it('analyze reports the same figures in network.twoModeCentralisation', () => {
    const g = graphOf([['1', '任务一', 'A、B'], ['2', '任务二', 'A、C'], ['3', '任务三', 'A']]);
    expect(analyze(g).network.twoModeCentralisation).toEqual(twoModeCentralisation(g));
  });
});

const FIXTURES = ['hunan-gba-2020', 'hunan-gba-2020-no-collective', 'small', 'two-components', 'nested', 'chain'];

describe.each(FIXTURES)('twoModeCentralisation = NetworkX degrees and raw betweenness per mode (%s)', (fixture) => {
  const ref = JSON.parse(readFileSync(`${root}/test/fixtures/networkx/${fixture}.json`, 'utf8')) as {
    source: string;
    excludeCollective: boolean;
    twoModeCentralisation: Record<'agencies' | 'tasks', Record<'degree' | 'betweenness', number | null>>;
  };
  const table = parseTable(readFileSync(`${root}/${ref.source}`, 'utf8'), { file: ref.source });
  const g = buildResponsibilityGraph(table, fixture.startsWith('hunan') ? { dictionary: hunanGba2020.dictionary } : {});
  const report = analyze(g, { excludeCollective: ref.excludeCollective });

  it.each(['agencies', 'tasks'] as const)('%s: degree and betweenness within 1e-9', (mode) => {
    for (const key of ['degree', 'betweenness'] as const) {
      const expected = ref.twoModeCentralisation[mode][key];
      const got = report.network.twoModeCentralisation[mode][key];
      if (expected === null) expect(got).toBeNull();
      else expect(Math.abs((got as number) - expected), `${mode}.${key}`).toBeLessThan(1e-9);
    }
  });
});
