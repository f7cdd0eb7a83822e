// Eigenvector centrality at scale (issue 18, item 5): NetworkX's stopping rule (total change below
// N × tolerance), an iteration cap bounded by work, and a typed error past it, which `analyze`
// turns into a warning and a null column instead of an abort.
import {
  analyzeTable,
  buildResponsibilityGraph,
  eigenvector,
  EigenvectorConvergenceError,
  eigenvectorIterationCap,
  EIGENVECTOR_WORK,
  parseTable,
  type ResponsibilityTable,
} from '@fengong/core';
import { describe, expect, it } from 'vitest';

/** A path of n agencies: task i is led by agency i with agency i + 1 co-operating. */
const path = (n: number): ResponsibilityTable =>
  parseTable(['序号,重点任务,牵头单位,配合单位', ...Array.from({ length: n - 1 }, (_, i) => `${i + 1},任务${i + 1},第${i + 1}局,第${i + 2}局`)].join('\n'));

describe('eigenvector: convergence', () => {
  it('throws on an invalid iteration cap', () => {
    const graph = buildResponsibilityGraph(path(3));
    expect(() => eigenvector(graph, { maxIterations: 0 })).toThrow('eigenvector: invalid `maxIterations` 0');
    expect(() => eigenvector(graph, { maxIterations: 1.5 })).toThrow('eigenvector: invalid `maxIterations` 1.5');
  });

  it(`caps iterations by work: ${EIGENVECTOR_WORK} link visits, between 1,000 and 100,000 iterations`, () => {
    expect(eigenvectorIterationCap(10)).toBe(100_000);
    expect(eigenvectorIterationCap(240_000)).toBe(Math.floor(EIGENVECTOR_WORK / 480_000));
    expect(eigenvectorIterationCap(1e8)).toBe(1_000);
  });

  it('past the cap, a typed error saying how far it got', () => {
    const graph = buildResponsibilityGraph(path(200));
    let thrown: unknown;
    try {
      eigenvector(graph, { maxIterations: 20 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EigenvectorConvergenceError);
    const e = thrown as EigenvectorConvergenceError;
    expect(e.iterations).toBe(20);
    // N × tolerance with N = 399 nodes and the default tolerance 1e-13.
    expect(e.threshold).toBeCloseTo(399e-13, 20);
    expect(e.change).toBeGreaterThan(e.threshold);
    expect(e.message).toMatch(/^eigenvector: no convergence in 20 iterations \(change .+, needed below 3\.99e-11\)$/u);
  });

  it('the tolerance scales with N: a looser tolerance stops sooner on the same graph, as NetworkX does', () => {
    const graph = buildResponsibilityGraph(path(30));
    // 59 nodes: Σ|Δx| < 59·1e-3 is met within 20 iterations, 59·1e-13 is not.
    expect(() => eigenvector(graph, { tolerance: 1e-3, maxIterations: 20 })).not.toThrow();
    expect(() => eigenvector(graph, { tolerance: 1e-13, maxIterations: 20 })).toThrow(EigenvectorConvergenceError);
  });
});

describe('analyze on a long chain of agencies', () => {
  it('leaves eigenvector centrality null with a one-line warning and computes the rest', () => {
    // 1,000 agencies in a path: power iteration needs millions of iterations, far past the cap.
    const report = analyzeTable(path(1_000));
    expect(report.settings.warnings).toHaveLength(1);
    expect(report.settings.warnings[0]).toMatch(/^eigenvector centrality left out \(null\): no convergence in 100000 iterations \(change [^\n]+\)$/u);
    expect(report.agencies.every((a) => a.eigenvector === null)).toBe(true);
    expect(report.tasks.every((t) => t.eigenvector === null)).toBe(true);
    expect(report.agencies).toHaveLength(1_000);
    expect(report.agencies.every((a) => a.closeness > 0 && a.pagerank > 0)).toBe(true);
    // A path is a tree: closeness exact by rerooting, whatever its size.
    expect(report.settings.closeness).toEqual({ method: 'exact', pivots: null, seed: null });
  }, 60_000);
});
