import { accountFor, buildResponsibilityGraph, MAX_INPUT_SIZE, normaliseTable, parseFile, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { wordTable } from '../../../helpers/tables.js';

describe('accountFor', () => {
  it('accounts for all 179 mentions of the bundled table, with and without collectives', () => {
    const table = parseTable(hunanGba2020.text);
    expect(accountFor(table, buildResponsibilityGraph(table))).toEqual({
      tasks: { read: 30, inGraph: 30 },
      mentions: { read: 179, linked: 179, merged: 0, excluded: 0, repeated: 0, sameAgency: 0 },
      agencies: { written: 34, canonical: 34, inGraph: 34 },
      balanced: true,
    });
    const without = accountFor(table, buildResponsibilityGraph(table, { excludeCollective: true }));
    expect(without.mentions).toMatchObject({ read: 179, linked: 149, excluded: 30 });
    expect(without.balanced).toBe(true);
  });

  it('follows repeats, merges and two forms of one agency on a task', () => {
    const table = normaliseTable(parseTable(wordTable([['1', '甲', '任务一', '省发改委、省财政厅、省财政厅'], ['2', '', '任务二', '省发改委、省发展改革委']])));
    expect(accountFor(table, buildResponsibilityGraph(table))).toEqual({
      tasks: { read: 2, inGraph: 2 },
      mentions: { read: 5, linked: 3, merged: 2, excluded: 0, repeated: 1, sameAgency: 1 },
      agencies: { written: 3, canonical: 2, inGraph: 2 },
      balanced: true,
    });
  });
});

describe('size limit', () => {
  it('refuses input past MAX_INPUT_SIZE with a clear message', async () => {
    expect(MAX_INPUT_SIZE).toBe(64 * 1024 * 1024);
    const big = new Uint8Array(MAX_INPUT_SIZE + 1);
    await expect(parseFile(big, { file: 'big.txt' })).rejects.toThrow(/big\.txt:1: input is too large: 67108865 bytes/);
    expect(() => parseTable('x'.repeat(MAX_INPUT_SIZE + 1))).toThrow(/input is too large/);
  });
});
