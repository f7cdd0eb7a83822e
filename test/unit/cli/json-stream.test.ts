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

  it('cuts long arrays into pieces of about 16 Ki characters wherever they sit, each element whole', () => {
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ i, name: `${tag}${i}`.repeat(5), list: [i, [i]] }));
    const cases: object[] = [
      { rows: rows(30_000, '机构') },
      // A long array inside an object (the report's categoryBlocks.between) and inside an array.
      { network: { n: 1 }, blocks: { groups: rows(3, 'g'), between: rows(5_000, '省') }, nested: [[rows(2_000, 'x')], 'tail'] },
      // Long arrays of values JSON.stringify writes specially: null for undefined and functions, toJSON, boxed primitives.
      { odd: Array.from({ length: 6_000 }, (_, i) => [undefined, () => i, new Date(i), { toJSON: (key: string) => `k${key}` }, Object(i) as object, Object('s') as object][i % 6]) },
      [rows(600, 'top'), {}, []],
    ];
    for (const value of cases) {
      const pieces = [...jsonPieces(value)];
      expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
      expect(pieces.length).toBeGreaterThan(2);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 * 16_384);
    }
  });

  it('refuses a circular structure, as JSON.stringify does', () => {
    const loop: unknown[] = Array.from({ length: 300 }, (_, i) => i);
    loop.push({ back: loop });
    expect(() => JSON.stringify({ loop })).toThrow(TypeError);
    expect(() => whole({ loop })).toThrow(TypeError);
  });

  it('writes the analyze report of tables with long arrays (hundreds of tasks, agencies and pairs) exactly', () => {
    // A seeded table of 700 tasks over 120 agencies with two hubs: every array of the report is long.
    let seed = 17;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const lines = ['序号\t类别\t重点任务\t责任单位'];
    for (let t = 1; t <= 700; t += 1) {
      const units = new Set([`省机构${Math.floor(next() * 120)}`, `市机构${Math.floor(next() * 120)}`]);
      if (next() < 0.9) units.add('省发展改革委');
      if (next() < 0.5) units.add('省财政厅');
      lines.push(`${t}\t类别${t % 7}\t任务${t}\t${[...units].join('、')}`);
    }
    const graph = buildResponsibilityGraph(parseTable(lines.join('\n')));
    const report = analyze(graph, {});
    expect(report.tasks.length).toBe(700);
    expect(report.pairs.length).toBeGreaterThan(256);
    expect(whole(report)).toBe(JSON.stringify(report, null, 2));
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
