// The analyze report written in pieces must be the very bytes of JSON.stringify(report, null, 2).
import { analyze, buildResponsibilityGraph, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../packages/cli/src/format/json-stream.js';
import { outPieces, type Output } from '../../../packages/cli/src/output.js';

const whole = (value: object) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('writes the analyze report exactly as JSON.stringify(…, null, 2)', () => {
    const graph = buildResponsibilityGraph(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary });
    for (const excludeCollective of [false, true]) {
      const report = { dataset: { id: 'x', title: '标题' }, ...analyze(graph, { excludeCollective }) };
      expect(whole(report)).toBe(JSON.stringify(report, null, 2));
    }
  });

  it('matches JSON.stringify on edge cases: empty object and arrays, nulls, nested arrays, undefined', () => {
    const cases: object[] = [
      {},
      { a: [] },
      { a: [1, 2, [3, [4]]], b: null, c: 'x"\n\\y', d: { e: [] } },
      { a: [{ x: 1, y: [] }, null, 'text', { z: { w: [1] } }], skipped: undefined, f: () => 1 },
      { a: [undefined, () => 1] },
      // toJSON, as JSON.stringify calls it: on the value itself, on entries (dropped when undefined), on elements (key = index).
      { a: { toJSON: () => undefined }, b: 1 },
      new Date(0),
      { when: new Date(0), list: [new Date(1), { toJSON: (key: string) => `element ${key}` }] },
      { toJSON: () => ({ rows: [1, 2] }) },
    ];
    for (const value of cases) expect(whole(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('cuts a long array into pieces of about a mebibyte, each element whole', () => {
    const value = { rows: Array.from({ length: 30_000 }, (_, i) => ({ i, name: `机构${i}`.repeat(5) })) };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('is written piece by piece with a final newline, waiting when asked, or at once where the output cannot take pieces', async () => {
    const writes: string[] = [];
    const lines: string[] = [];
    let waits = 0;
    const write = (s: string): Promise<void> | undefined => {
      writes.push(s);
      if (s !== '{') return undefined;
      waits += 1;
      return new Promise((resolve) => setTimeout(resolve, 1));
    };
    await outPieces({ out: (s) => lines.push(s), err: () => {}, write } satisfies Output, ['{', '}']);
    expect(writes).toEqual(['{', '}', '\n']);
    expect(waits).toBe(1);
    expect(lines).toEqual([]);
    await outPieces({ out: (s) => lines.push(s), err: () => {} }, ['{', '}']);
    expect(lines).toEqual(['{}']);
  });
});
