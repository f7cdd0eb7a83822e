import { barberModularity, buildResponsibilityGraph, extendPartitionToTasks, parseTable } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

// Two separate links: A–task 1, B–task 2 (m = 2).
const graph = buildResponsibilityGraph(
  parseTable(
    wordTable([
      ['1', '甲', '任务一', 'A'],
      ['2', '', '任务二', 'B'],
    ]),
  ),
);

describe('barberModularity', () => {
  it('throws on something that is not a responsibility graph', () => {
    expect(() => barberModularity(undefined as never, {})).toThrow(/^barberModularity: expected a graph/);
  });

  it('is Σ_c [L_c/m − k_c·d_c/m²], worked by hand', () => {
    // Each link its own community: 2 × (1/2 − 1·1/4) = 1/2.
    expect(barberModularity(graph, { 'agency:A': 0, 'task:1': 0, 'agency:B': 1, 'task:2': 1 })).toBeCloseTo(0.5, 15);
    // Everything together: 2/2 − 2·2/4 = 0.
    expect(barberModularity(graph, { 'agency:A': 0, 'task:1': 0, 'agency:B': 0, 'task:2': 0 })).toBe(0);
    // Links cut across communities: 0/2 − (1·1 + 1·1)/4 = −1/2.
    expect(barberModularity(graph, { 'agency:A': 0, 'task:1': 1, 'agency:B': 1, 'task:2': 0 })).toBeCloseTo(-0.5, 15);
  });
});

describe('extendPartitionToTasks', () => {
  it('puts a task with the majority of its agencies, ties going to its lead', () => {
    const g = buildResponsibilityGraph(
      parseTable(
        wordTable([
          ['1', '甲', '任务一', 'A、B、C'],
          ['2', '', '任务二', 'C、A'],
          ['3', '', '任务三', 'D'],
        ]),
      ),
    );
    const p = extendPartitionToTasks(g, { 'agency:A': 0, 'agency:B': 0, 'agency:C': 1 });
    expect(p['task:1']).toBe(0); // two of three in community 0
    expect(p['task:2']).toBe(1); // a tie: C leads
    expect(p['task:3']).toBeUndefined(); // D has no community
  });
});
