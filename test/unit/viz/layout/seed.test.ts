// The agency–task view's barycentric seeds (packages/viz/src/layout/seed.ts), on a hand-built table.
import { buildResponsibilityGraph, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { bipartiteGraph } from '../../../../packages/viz/src/display/bipartite.js';
import { seedBipartite } from '../../../../packages/viz/src/layout/seed.js';

/** Four tasks: 甲局 leads #1–#3 (乙局 co-operates on #1), 丙局 leads #4 alone. */
const TEXT = ['附件', '', '\t序号', '\t重点任务', '\t责任单位', '', '\t1', '\t甲', '\t甲局、乙局', '', '\t2', '\t乙', '\t甲局', '', '\t3', '\t丙', '\t甲局', '', '\t4', '\t丁', '\t丙局', ''].join('\n');
const seeded = () => {
  const g = bipartiteGraph(buildResponsibilityGraph(parseTable(TEXT, { file: 't.txt' })));
  seedBipartite(g);
  return g;
};
const at = (g: ReturnType<typeof seeded>, node: string) => g.getNodeAttributes(node);
const distance = (g: ReturnType<typeof seeded>, a: string, b: string) => Math.hypot(at(g, a).x - at(g, b).x, at(g, a).y - at(g, b).y);

describe('seedBipartite', () => {
  it('gives the same positions every time, no two nodes on one spot', () => {
    const a = seeded();
    const b = seeded();
    for (const node of a.nodes()) expect(at(b, node)).toMatchObject({ x: at(a, node).x, y: at(a, node).y });
    expect(new Set(a.nodes().map((n) => `${at(a, n).x},${at(a, n).y}`)).size).toBe(a.order);
  });

  it('starts each task beside its agencies: within √k of their centroid (lead counted three times)', () => {
    const g = seeded();
    // #4 has one agency, 丙局: the first task around it, at radius 1.
    expect(distance(g, 'task:4', 'agency:丙局')).toBeCloseTo(1, 9);
    // #1: centroid (3 · 甲局 + 乙局) / 4, the first of 甲局's tasks, radius 1 from it.
    const cx = (3 * at(g, 'agency:甲局').x + at(g, 'agency:乙局').x) / 4;
    const cy = (3 * at(g, 'agency:甲局').y + at(g, 'agency:乙局').y) / 4;
    expect(Math.hypot(at(g, 'task:1').x - cx, at(g, 'task:1').y - cy)).toBeCloseTo(1, 9);
    // #2 and #3, 甲局's second and third: radius √2 and √3 around it.
    expect(distance(g, 'task:2', 'agency:甲局')).toBeCloseTo(Math.SQRT2, 9);
    expect(distance(g, 'task:3', 'agency:甲局')).toBeCloseTo(Math.sqrt(3), 9);
    // Every task is nearer its lead than the circle of radius 100 it started on would put it.
    for (const [task, lead] of [['task:1', 'agency:甲局'], ['task:4', 'agency:丙局']] as const) expect(distance(g, task, lead)).toBeLessThan(50);
  });
});
