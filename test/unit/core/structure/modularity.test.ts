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

describe('community labels', () => {
  // Tasks 1 and 2 share A; task 3 has C and D.
  const g = buildResponsibilityGraph(
    parseTable(
      wordTable([
        ['1', '甲', '任务一', 'A、B'],
        ['2', '', '任务二', 'A'],
        ['3', '', '任务三', 'C、D'],
      ]),
    ),
  );
  const dense = { 'agency:A': 0, 'agency:B': 0, 'agency:C': 1, 'agency:D': 1 };
  const odd = { 'agency:A': -7, 'agency:B': -7, 'agency:C': 2.5, 'agency:D': 2.5 };

  it('are any numbers: negative, fractional or large labels group as whole numbers do', () => {
    const extended = extendPartitionToTasks(g, odd);
    expect(extended).toEqual({ ...odd, 'task:1': -7, 'task:2': -7, 'task:3': 2.5 });
    expect(barberModularity(g, extended)).toBeCloseTo(barberModularity(g, extendPartitionToTasks(g, dense)), 15);
    expect(barberModularity(g, extendPartitionToTasks(g, { ...dense, 'agency:C': 2 ** 40, 'agency:D': 2 ** 40 }))).toBeCloseTo(
      barberModularity(g, extendPartitionToTasks(g, dense)),
      15,
    );
  });

  it('keep ties going to the lead’s community whatever its label', () => {
    // Task 1: A (label 5, the lead) and B (label −1), one vote each; the smaller label does not win.
    const tie = extendPartitionToTasks(g, { 'agency:A': 5, 'agency:B': -1, 'agency:C': 3, 'agency:D': 4 });
    expect(tie['task:1']).toBe(5); // A leads task 1 (first listed)
    expect(tie['task:3']).toBe(3); // C leads task 3
  });
});
