// Burt's structural holes: a worked example by hand (hierarchy has no NetworkX reference), the
// defined values where NetworkX gives NaN, and the triangle kernel against the definitions on
// random graphs (NetworkX itself is checked in test/unit/core/metrics/networkx.test.ts).
import { buildResponsibilityGraph, pairCounts, pairWeights, parseTable, structuralHoles, type CompactGraph, type PairWeight } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { structuralHolesOfPairs } from '../../../../packages/core/src/structure/structural-holes.js';
import { wordTable } from '../../../helpers/tables.js';
import { SHAPES, view } from '../kernels/graphs.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));

/**
 * Projection: A–B, A–C, A–D, B–C (a triangle A, B, C and D hanging on A); A and B share tasks 1
 * and 5, so w_AB = 2 in the weighted run and 1 in the unweighted one.
 */
const rows = [
  ['1', '甲', '任务一', 'A、B'],
  ['2', '', '任务二', 'A、C'],
  ['3', '', '任务三', 'A、D'],
  ['4', '', '任务四', 'B、C'],
  ['5', '', '任务五', 'A、B'],
];

/** Σ_j r_j ln r_j / (N ln N), r_j = c_j / (C/N), for constraint terms c_j. */
const hierarchyOf = (terms: number[]): number => {
  const N = terms.length;
  const C = terms.reduce((a, b) => a + b, 0);
  return terms.reduce((sum, c) => sum + ((N * c) / C) * Math.log((N * c) / C), 0) / (N * Math.log(N));
};

describe('structuralHoles: a worked example', () => {
  it('unweighted ties: every measure of A, B and D by hand', () => {
    const holes = structuralHoles(graphOf(rows), { weight: null });
    // A: contacts B, C, D, p = 1/3 each; B and C are tied to each other (p_BC = p_CB = 1/2).
    // Effective size n − 2t/n = 3 − 2/3; c_AB = c_AC = (1/3 + 1/3 · 1/2)² = 1/4, c_AD = (1/3)² = 1/9.
    const a = holes['agency:A'];
    expect(a?.effectiveSize).toBeCloseTo(7 / 3, 14);
    expect(a?.efficiency).toBeCloseTo(7 / 9, 14);
    expect(a?.constraint).toBeCloseTo(1 / 4 + 1 / 4 + 1 / 9, 14);
    // r = c_j / (C/N) with C = 11/18, N = 3: 27/22, 27/22, 6/11 (they sum to N).
    const hA = (2 * (27 / 22) * Math.log(27 / 22) + (6 / 11) * Math.log(6 / 11)) / (3 * Math.log(3));
    expect(hA).toBeCloseTo(0.0522, 4);
    expect(a?.hierarchy).toBeCloseTo(hA, 14);
    // B: contacts A, C, p = 1/2 each; c_BA = (1/2 + 1/2 · 1/2)² = 9/16, c_BC = (1/2 + 1/2 · 1/3)² = 4/9.
    const b = holes['agency:B'];
    expect(b?.effectiveSize).toBeCloseTo(2 - 2 / 2, 14);
    expect(b?.efficiency).toBeCloseTo(1 / 2, 14);
    expect(b?.constraint).toBeCloseTo(9 / 16 + 4 / 9, 14);
    // r = 162/145 and 128/145.
    expect(b?.hierarchy).toBeCloseTo(((162 / 145) * Math.log(162 / 145) + (128 / 145) * Math.log(128 / 145)) / (2 * Math.log(2)), 14);
    // D: a single contact, which constrains it entirely; hierarchy 0 by definition (N ln N = 0).
    expect(holes['agency:D']).toEqual({ effectiveSize: 1, efficiency: 1, constraint: 1, hierarchy: 0 });
  });

  it('weighted by shared tasks: A and B share two tasks', () => {
    const holes = structuralHoles(graphOf(rows));
    // p_A· = (B 1/2, C 1/4, D 1/4); p_B· = (A 2/3, C 1/3); p_C· = (A 1/2, B 1/2); p_DA = 1.
    // m_BC = w_BC / max_k w_Bk = 1/2, m_CB = 1: e_A = (1 − p_AC·m_BC) + (1 − p_AB·m_CB) + 1 = 7/8 + 1/2 + 1.
    const a = holes['agency:A'];
    expect(a?.effectiveSize).toBeCloseTo(19 / 8, 14);
    expect(a?.efficiency).toBeCloseTo(19 / 24, 14);
    // c_AB = (1/2 + 1/4 · 1/2)² = 25/64, c_AC = (1/4 + 1/2 · 1/3)² = 25/144, c_AD = 1/16: C = 361/576 = (19/24)².
    expect(a?.constraint).toBeCloseTo(361 / 576, 14);
    // r = 3·c_j/C = 675/361, 300/361, 108/361.
    const hA = ((675 / 361) * Math.log(675 / 361) + (300 / 361) * Math.log(300 / 361) + (108 / 361) * Math.log(108 / 361)) / (3 * Math.log(3));
    expect(hA).toBeCloseTo(0.1988, 4);
    expect(a?.hierarchy).toBeCloseTo(hA, 14);
    expect(a?.hierarchy).toBeCloseTo(hierarchyOf([25 / 64, 25 / 144, 1 / 16]), 14);
    // B: c_BA = (2/3 + 1/3 · 1/2)² = 25/36, c_BC = (1/3 + 2/3 · 1/4)² = 1/4; m_AC = 1/2, m_CA = 1.
    const b = holes['agency:B'];
    expect(b?.effectiveSize).toBeCloseTo(1 - (1 / 3) * (1 / 2) + (1 - (2 / 3) * 1), 14);
    expect(b?.constraint).toBeCloseTo(25 / 36 + 1 / 4, 14);
    expect(b?.hierarchy).toBeCloseTo(hierarchyOf([25 / 36, 1 / 4]), 14);
    expect(holes['agency:D']).toEqual({ effectiveSize: 1, efficiency: 1, constraint: 1, hierarchy: 0 });
  });

  it('an agency without partners gets 0 (NetworkX: NaN); equal contacts give hierarchy 0', () => {
    const holes = structuralHoles(graphOf([['1', '甲', '任务一', 'A'], ['2', '', '任务二', 'B、C、D'], ['3', '', '任务三', 'E、F']]));
    expect(holes['agency:A']).toEqual({ effectiveSize: 0, efficiency: 0, constraint: 0, hierarchy: 0 });
    // A closed triad: each contact is redundant with the other; constraint 2 · (1/2 + 1/4)² = 9/8.
    expect(holes['agency:B']?.effectiveSize).toBeCloseTo(1, 14);
    expect(holes['agency:B']?.constraint).toBeCloseTo(9 / 8, 14);
    expect(holes['agency:B']?.hierarchy).toBeCloseTo(0, 14);
    expect(holes['agency:E']).toEqual({ effectiveSize: 1, efficiency: 1, constraint: 1, hierarchy: 0 });
  });

  it('takes any pair weight, and refuses an unknown one', () => {
    const g = graphOf(rows);
    expect(structuralHoles(g, { weight: 'jaccard' })['agency:D']).toEqual({ effectiveSize: 1, efficiency: 1, constraint: 1, hierarchy: 0 });
    expect(() => structuralHoles(g, { weight: 'distance' as never })).toThrow('structuralHoles: invalid `weight` "distance"');
  });

  it('leaves collectives out on request', () => {
    const g = graphOf([['1', '甲', '任务一', 'A、B、各有关市州人民政府'], ['2', '', '任务二', 'B、C、各有关市州人民政府']]);
    expect(Object.keys(structuralHoles(g))).toHaveLength(4);
    const without = structuralHoles(g, { excludeCollective: true });
    expect(Object.keys(without)).toEqual(['agency:A', 'agency:B', 'agency:C']);
    // B is the only tie between A and C: two non-redundant contacts.
    expect(without['agency:B']).toEqual({ effectiveSize: 2, efficiency: 1, constraint: 0.5, hierarchy: 0 });
  });
});

/** The definitions, pair by pair from a dense weight matrix: O(n³). */
function naive(g: CompactGraph, weight: PairWeight | null): { effectiveSize: number[]; constraint: number[]; hierarchy: number[] } {
  const n = g.nA;
  const counts = pairCounts(g, 'agency');
  const w = Array.from({ length: n }, () => new Float64Array(n));
  const byPair = weight === null ? null : weight === 'shared' ? counts.shared : pairWeights(g, counts, weight);
  for (let i = 0; i < counts.size; i += 1) {
    const x = byPair === null ? 1 : (byPair[i] as number);
    (w[counts.u[i] as number] as Float64Array)[counts.v[i] as number] = x;
    (w[counts.v[i] as number] as Float64Array)[counts.u[i] as number] = x;
  }
  const W = (i: number, j: number): number => (w[i] as Float64Array)[j] as number;
  const sum = w.map((row) => row.reduce((a, b) => a + b, 0));
  const max = w.map((row) => row.reduce((a, b) => Math.max(a, b), 0));
  const p = (i: number, j: number): number => W(i, j) / (sum[i] as number);
  const m = (j: number, q: number): number => W(j, q) / (max[j] as number);
  const effectiveSize: number[] = [];
  const constraint: number[] = [];
  const hierarchy: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const contacts = [...Array(n).keys()].filter((j) => W(i, j) > 0);
    let e = 0;
    const terms: number[] = [];
    for (const j of contacts) {
      let r = 0;
      let indirect = 0;
      for (const q of contacts) {
        if (q === j) continue;
        r += p(i, q) * m(j, q);
        indirect += p(i, q) * p(q, j);
      }
      e += 1 - r;
      terms.push((p(i, j) + indirect) ** 2);
    }
    effectiveSize.push(e);
    constraint.push(terms.reduce((a, b) => a + b, 0));
    hierarchy.push(contacts.length < 2 ? 0 : hierarchyOf(terms));
  }
  return { effectiveSize, constraint, hierarchy };
}

describe.each(SHAPES)('structural-holes kernel on %s graphs', (_name, shape) => {
  const g = view(23, shape);
  const weights = ['shared', null, 'newman', 'jaccard'] as const;
  const ours = structuralHolesOfPairs(g, pairCounts(g, 'agency'), weights);

  it.each(weights.map((w, i) => [w ?? 'unweighted', i] as const))('%s: the definitions, pair by pair', (_w, i) => {
    const expected = naive(g, weights[i] ?? null);
    const got = ours[i];
    for (let a = 0; a < g.nA; a += 1) {
      expect(Math.abs((got?.effectiveSize[a] as number) - (expected.effectiveSize[a] as number)), `effective size of ${a}`).toBeLessThanOrEqual(1e-11);
      expect(Math.abs((got?.constraint[a] as number) - (expected.constraint[a] as number)), `constraint of ${a}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs((got?.hierarchy[a] as number) - (expected.hierarchy[a] as number)), `hierarchy of ${a}`).toBeLessThanOrEqual(1e-12);
      expect(got?.hierarchy[a]).toBeGreaterThanOrEqual(-1e-15);
      expect(got?.hierarchy[a]).toBeLessThanOrEqual(1 + 1e-12);
      expect(got?.efficiency[a]).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});
