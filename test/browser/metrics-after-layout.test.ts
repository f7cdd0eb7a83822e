// Issue 13: analysis never starves the first layout. The costly metrics (betweenness, closeness,
// the research measures: catalog stage `later`) start only once the first layout is done, the
// ranking says so while they wait, and they do arrive afterwards, equal to core's analyze().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, buildResponsibilityGraph, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../packages/viz/src/metrics/catalog.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const root = fileURLToPath(new URL('../..', import.meta.url));
const report = analyze(buildResponsibilityGraph(parseTable(readFileSync(`${root}/data/hunan-gba-2020/table.txt`, 'utf8')), { dictionary: hunanGba2020.dictionary }));
const LATER = METRICS.filter((m) => m.stage === 'later').map((m) => m.key);

interface MetricsHook {
  metrics: { get(key: string, node: string): number | undefined; failed: Map<string, string> };
  graph: { nodes(): string[]; getNodeAttributes(node: string): { part: string } };
}

describe('metrics after the first layout', () => {
  it('starts betweenness, closeness and the research measures after the layout, says so meanwhile, and they equal analyze()’s', async () => {
    const page = await session.open(`${session.viewer.url}?sort=betweenness`, { layout: false });
    // What the ranking's pending line said, as it changed, recorded from the page's start (an
    // observer installed before its scripts run), then the page loaded again with it.
    await page.addInitScript(() => {
      const w = window as unknown as { __pending: { text: string; hidden: boolean; at: number }[] };
      w.__pending = [];
      let last = '';
      new MutationObserver(() => {
        const note = document.querySelector<HTMLElement>('#ranking [data-pending="sort"]');
        if (note === null) return;
        const now = `${String(note.hidden)}|${note.textContent ?? ''}`;
        if (now === last) return;
        last = now;
        w.__pending.push({ text: note.textContent ?? '', hidden: note.hidden, at: performance.now() });
      }).observe(document, { attributes: true, childList: true, characterData: true, subtree: true });
    });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('body[data-layout="done"]');
    await page.waitForSelector('body[data-metrics="done"]');
    const result = await page.evaluate(() => {
      const mark = (name: string): number | undefined => performance.getEntriesByName(name)[0]?.startTime;
      const w = window as unknown as { __pending: { text: string; hidden: boolean; at: number }[] };
      return { layoutDone: mark('fengong:layout-done:bipartite'), released: mark('fengong:metrics-released'), first: mark('fengong:metrics-first'), pending: w.__pending };
    });
    const later = await page.evaluate((keys) => Object.fromEntries(keys.map((k) => [k, performance.getEntriesByName(`fengong:metric:${k}`)[0]?.startTime])), LATER);
    expect(result.layoutDone).toBeDefined();
    expect(result.released).toBeGreaterThanOrEqual(result.layoutDone as number);
    for (const key of LATER) expect(later[key], key).toBeGreaterThan(result.layoutDone as number);
    // While it waited, the ranking said that betweenness comes after the layout, and rows were in table order.
    const before = result.pending.filter((p) => p.at < (result.layoutDone as number) && !p.hidden && p.text !== '');
    expect(before.length).toBeGreaterThan(0);
    expect(before[0]?.text).toContain('布局完成后计算');
    // Now sorted by it: the line is gone and the first row is analyze()'s largest betweenness.
    expect(await page.isHidden('#ranking [data-pending="sort"]')).toBe(true);
    const top = await page.getAttribute('#ranking tbody tr:first-child', 'data-node');
    const most = Math.max(...report.agencies.filter((a) => !a.collective).map((a) => a.betweenness));
    expect(report.agencies.find((a) => `agency:${a.agency}` === top)?.betweenness).toBe(most);

    // Every metric of every agency, as analyze() reports it.
    const values = await page.evaluate((keys) => {
      const hook = (window as unknown as { __fengong: MetricsHook }).__fengong;
      const agencies = hook.graph.nodes().filter((n) => hook.graph.getNodeAttributes(n).part === 'agency');
      return { failed: [...hook.metrics.failed.keys()], rows: agencies.map((n) => [n, Object.fromEntries(keys.map((k) => [k, hook.metrics.get(k, n) ?? null]))] as const) };
    }, METRICS.map((m) => m.key));
    expect(values.failed).toEqual([]);
    expect(values.rows).toHaveLength(report.agencies.length);
    for (const [node, row] of values.rows) {
      const expected = report.agencies.find((a) => `agency:${a.agency}` === node);
      expect(expected, node).toBeDefined();
      for (const { key } of METRICS) {
        const want = expected?.[key] as number | null;
        const got = row[key];
        if (want === null || Number.isNaN(want)) expect(got === null || Number.isNaN(got), `${node} ${key}`).toBe(true);
        else expect(got, `${node} ${key}`).toBeCloseTo(want, 9);
      }
    }
  });
});
