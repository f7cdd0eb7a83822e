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
    ];
    for (const value of cases) expect(whole(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('cuts a long array into pieces of about a mebibyte, each element whole', () => {
    const value = { rows: Array.from({ length: 30_000 }, (_, i) => ({ i, name: `机构${i}`.repeat(5) })) };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('is written piece by piece with a final newline, or at once where the output cannot take pieces', () => {
    const writes: string[] = [];
    const lines: string[] = [];
    outPieces({ out: (s) => lines.push(s), err: () => {}, write: (s) => writes.push(s) } satisfies Output, ['{', '}']);
    expect(writes).toEqual(['{', '}', '\n']);
    expect(lines).toEqual([]);
    outPieces({ out: (s) => lines.push(s), err: () => {} }, ['{', '}']);
    expect(lines).toEqual(['{}']);
  });
});
