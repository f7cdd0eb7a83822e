import { agencyCommunities, buildResponsibilityGraph, moduleRoles, parseTable, projection } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

describe('agencyCommunities', () => {
  it('throws on a seed that is not a whole number in range', () => {
    const g = buildResponsibilityGraph(parseTable(wordTable([['1', '甲', '任务一', 'A、B']])));
    for (const seed of [-1, 1.5, 2 ** 32]) expect(() => agencyCommunities(g, { seed })).toThrow('agencyCommunities: invalid `seed`');
  });

  it('finds two separate groups, numbered by first appearance', () => {
    const g = buildResponsibilityGraph(
      parseTable(
        wordTable([
          ['1', '甲', '任务一', 'C、D'],
          ['2', '', '任务二', 'C、D'],
          ['3', '乙', '任务三', 'A、B'],
          ['4', '', '任务四', 'A、B、E'],
        ]),
      ),
    );
    const { community, count } = agencyCommunities(g);
    expect(count).toBe(2);
    expect(community).toEqual({ 'agency:C': 0, 'agency:D': 0, 'agency:A': 1, 'agency:B': 1, 'agency:E': 1 });
  });

  it('is deterministic: the same table and seed give the same partition', () => {
    const g = buildResponsibilityGraph(parseTable(hunanGba2020.text));
    const first = agencyCommunities(g, { excludeCollective: true });
    expect(agencyCommunities(g, { excludeCollective: true })).toEqual(first);
    expect(first.count).toBeGreaterThan(1);
    expect(Object.keys(first.community)).toHaveLength(33);
  });

  it('gives agencies without partners communities of their own', () => {
    const g = buildResponsibilityGraph(parseTable(wordTable([['1', '甲', '任务一', 'A'], ['2', '', '任务二', 'B']])));
    expect(agencyCommunities(g)).toEqual({ community: { 'agency:A': 0, 'agency:B': 1 }, count: 2, modularity: 0 });
  });
});

describe('moduleRoles', () => {
  it('gives participation and within-module z, worked by hand', () => {
    // Projection: A–B, A–C, B–C, A–G (community 0); D–E, D–F, E–F (community 1); A–D across.
    const g = buildResponsibilityGraph(
      parseTable(
        wordTable([
          ['1', '甲', '任务一', 'A、B、C'],
          ['2', '', '任务二', 'D、E、F'],
          ['3', '', '任务三', 'A、D'],
          ['4', '', '任务四', 'A、G'],
        ]),
      ),
    );
    const community = { 'agency:A': 0, 'agency:B': 0, 'agency:C': 0, 'agency:G': 0, 'agency:D': 1, 'agency:E': 1, 'agency:F': 1 };
    const roles = moduleRoles(projection(g), community);
    // A: partners B, C, G (community 0) and D (community 1): P = 1 − (3/4)² − (1/4)² = 6/16.
    expect(roles['agency:A']?.participation).toBeCloseTo(0.375, 15);
    expect(roles['agency:B']?.participation).toBe(0);
    // Inside community 0: κ = 3 (A), 2 (B), 2 (C), 1 (G); mean 2, population sd √0.5.
    expect(roles['agency:A']?.withinModuleZ).toBeCloseTo(1 / Math.sqrt(0.5), 12);
    expect(roles['agency:G']?.withinModuleZ).toBeCloseTo(-1 / Math.sqrt(0.5), 12);
    expect(roles['agency:B']?.withinModuleZ).toBe(0);
    // Community 1: D 2, E 2, F 2 → sd 0 → z = 0.
    expect(roles['agency:D']?.withinModuleZ).toBe(0);
  });
});
