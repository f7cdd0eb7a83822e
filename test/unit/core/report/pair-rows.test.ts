// The report's pair rows: projectPairs' objects with the SDSM columns, strongest first.
import { describe, expect, it } from 'vitest';
import { compact, pairCounts } from '@fengong/core';
import { projectPairs } from '../../../../packages/core/src/projection/projection.js';
import { pairRows, strongestFirst } from '../../../../packages/core/src/report/pair-rows.js';
import { randomGraph } from '../kernels/graphs.js';

describe('strongestFirst', () => {
  it('orders by shared descending, ties by index, stably', () => {
    expect([...strongestFirst(Int32Array.of(1, 3, 2, 3, 1, 0))]).toEqual([1, 3, 2, 0, 4, 5]);
    expect([...strongestFirst(new Int32Array(0))]).toEqual([]);
  });
});

describe('pairRows', () => {
  it('gives the rows of mapping and sorting projectPairs, key order included', () => {
    const view = compact(randomGraph(7, { agencies: 40, tasks: 120, maxTeam: 6, hubs: 2, isolated: 1, blocks: 2 }));
    const counts = pairCounts(view, 'agency');
    const pValue = Float64Array.from({ length: counts.size }, (_, i) => (i % 7) / 10);
    const qValue = Array.from(pValue, (p) => Math.min(1, 2 * p));
    const name = (i: number): string => `n${i}`;
    const expected = projectPairs(view, 'agency', counts)
      .map((p, i) => ({ ...p, sdsmPValue: pValue[i] as number, sdsmQValue: qValue[i] as number }))
      .sort((x, y) => y.shared - x.shared || x.u - y.u || x.v - y.v)
      .map(({ u, v, ...w }) => ({ a: name(u), b: name(v), ...w, backbone: w.sdsmQValue < 0.3 }));
    const rows = pairRows(view, counts, { pValue, qValue, alpha: 0.3 }, name);
    expect(rows.length).toBeGreaterThan(50);
    expect(JSON.stringify(rows)).toBe(JSON.stringify(expected));
    expect(rows.some((r) => r.backbone) && rows.some((r) => !r.backbone)).toBe(true);
  });
});
