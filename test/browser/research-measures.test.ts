// The policy-network measures of issue 14 in the viewer, in real Chromium on the built app and the
// bundled plan: structural holes, cores, core–periphery and brokerage are in the size menu and the
// ranking, explained, and sizing by each draws the agency discs in the order of core's analyze().
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, buildResponsibilityGraph, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import type { Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';

const RESEARCH = [
  'effectiveSize',
  'efficiency',
  'constraint',
  'hierarchy',
  'coreness',
  'twoModeCoreness',
  'continuousCoreness',
  'continuousCorenessTwoMode',
  'coordinator',
  'consultant',
  'gatekeeper',
  'representative',
  'liaison',
  'brokerage',
] as const;

/**
 * A table with an SDSM backbone (the bundled plan has none: its hub and collective unit are on
 * nearly every task): A and B share 20 two-agency tasks, C, D and E 12 three-agency ones, and 40
 * more tasks of three run round a ring of eight others. Backbone: A–B, C–D, C–E, D–E (`analyze`).
 */
const RING = 'EFGHIJKL';
const BACKBONE_TABLE = `\t序号\n\t重点任务\n\t责任单位\n\n${Array.from({ length: 72 }, (_, t) => {
  const units = t < 20 ? 'A局、B局' : t < 32 ? 'C局、D局、E局' : `${RING[t % 8]}局、${RING[(t + 1) % 8]}局、${RING[(t + 3) % 8]}局`;
  return `\t${t + 1}\n\t任务${t + 1}\n\t${units}`;
}).join('\n\n')}\n`;
const backboneReport = analyze(buildResponsibilityGraph(parseTable(BACKBONE_TABLE)));

const session = useBuiltViewer();
const root = fileURLToPath(new URL('../..', import.meta.url));
const dictionary = hunanGba2020.dictionary;
// What the viewer opens: the bundled table with its dictionary, collective units included.
const report = analyze(buildResponsibilityGraph(parseTable(readFileSync(`${root}/data/hunan-gba-2020/table.txt`, 'utf8')), { dictionary }));
const byAgency = new Map(report.agencies.map((a) => [`agency:${a.agency}`, a]));
const byTask = new Map(report.tasks.map((t) => [`task:${t.id}`, t]));

describe('research measures in the viewer', () => {
  it('offers each in the size menu and the ranking, with its formula or reference', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    const size = await page.$$eval('select[name="size"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    const sort = await page.$$eval('#ranking select[name="sort"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const key of RESEARCH) {
      expect(size, key).toContain(key);
      expect(sort, key).toContain(key);
    }
    await page.selectOption('#ranking select[name="sort"]', 'constraint');
    expect(await page.textContent('#ranking [data-help="sort"]')).toContain('Burt 1992');
    await page.selectOption('#ranking select[name="sort"]', 'gatekeeper');
    expect(await page.textContent('#ranking [data-help="sort"]')).toContain('Gould & Fernandez 1989');
  });

  it('sizes the agency discs by each measure, in the order of analyze()’s values, and ranks by them', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    for (const key of RESEARCH) {
      await page.selectOption('select[name="size"]', key);
      await page.waitForFunction((k) => (window.__fengong as Hook).state.sizeBy === k, key);
      const sizes = await page.evaluate(() => {
        const { graph } = window.__fengong as Hook;
        return graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'agency').map((n) => [n, graph.getNodeAttributes(n).size] as const);
      });
      expect(sizes, key).toHaveLength(34);
      const values = sizes.map(([node]) => byAgency.get(node)?.[key] as number);
      expect(values.every((v) => Number.isFinite(v)), key).toBe(true);
      // Some spread, so the check below can fail: not every agency the same size.
      expect(new Set(sizes.map(([, s]) => s)).size, key).toBeGreaterThan(1);
      for (let i = 0; i < sizes.length; i += 1) {
        for (let j = 0; j < sizes.length; j += 1) {
          const dv = (values[i] as number) - (values[j] as number);
          const ds = (sizes[i]?.[1] as number) - (sizes[j]?.[1] as number);
          // Equal values (within float noise) draw equal discs (to a millionth of a pixel: the square
          // root of the size scale magnifies noise near 0); a larger value a larger disc.
          if (Math.abs(dv) < 1e-9) expect(Math.abs(ds), `${key}: ${sizes[i]?.[0]} vs ${sizes[j]?.[0]}`).toBeLessThan(1e-6);
          else expect(Math.sign(ds), `${key}: ${sizes[i]?.[0]} vs ${sizes[j]?.[0]}`).toBe(Math.sign(dv));
        }
      }
    }
    // The ranking sorted by brokerage puts the agency with the most brokerage first.
    await page.selectOption('#ranking select[name="sort"]', 'brokerage');
    const first = await page.getAttribute('#ranking tbody tr:first-child', 'data-node');
    const most = Math.max(...report.agencies.filter((a) => !a.collective).map((a) => a.brokerage));
    expect(byAgency.get(first ?? '')?.brokerage).toBe(most);
  });

  it('orders the matrix by core–periphery: rows and columns by two-mode coreness, highest first, and back to blocks', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('select[name="view"]', 'matrix');
    await page.waitForSelector('[data-order="matrixOrderCommunity"]');
    await page.selectOption('select[name="matrix-order"]', 'core');
    await page.waitForSelector('[data-order="matrixOrderCore"]');
    expect(new URL(page.url()).searchParams.get('order')).toBe('core');
    const rows = await page.$$eval('.matrix-table tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.node ?? ''));
    const columns = await page.$$eval('.matrix-table thead th[data-task]', (ths) => ths.map((th) => (th as HTMLElement).dataset.task ?? ''));
    expect(rows).toHaveLength(34);
    expect(columns).toHaveLength(30);
    // The collective unit last; the others by analyze()'s two-mode coreness, non-increasing.
    expect(byAgency.get(rows.at(-1) ?? '')?.collective).toBe(true);
    const agencyValues = rows.slice(0, -1).map((n) => byAgency.get(n)?.continuousCorenessTwoMode as number);
    const taskValues = columns.map((n) => byTask.get(n)?.continuousCorenessTwoMode as number);
    for (const values of [agencyValues, taskValues]) {
      expect(values.every((v) => Number.isFinite(v))).toBe(true);
      for (let i = 1; i < values.length; i += 1) expect(values[i] as number).toBeLessThanOrEqual((values[i - 1] as number) + 1e-12);
      expect(values[0]).toBeGreaterThan(values.at(-1) as number);
    }
    // Not the block order: the first column of the block order is the first task of the first category.
    await page.selectOption('select[name="matrix-order"]', 'blocks');
    await page.waitForSelector('[data-order="matrixOrderCommunity"]');
    expect(new URL(page.url()).searchParams.get('order')).toBeNull();
    const blocks = await page.$$eval('.matrix-table thead th[data-task]', (ths) => ths.map((th) => (th as HTMLElement).dataset.task ?? ''));
    expect(blocks).not.toEqual(columns);
    expect([...blocks].sort()).toEqual([...columns].sort());
  });

  it('shows the SDSM backbone of co-responsibility in the projection view, and sizes agencies by their backbone ties, as analyze() finds them', async () => {
    const { page } = session;
    await page.setInputFiles('input[data-role="file-input"]', { name: 'backbone.txt', mimeType: 'text/plain', buffer: Buffer.from(BACKBONE_TABLE) });
    await page.waitForSelector('[data-count="tasks"][data-total="72"]');
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('select[name="view"]', 'projection');
    await page.waitForFunction(() => (window.__fengong as Hook).graph.getAttribute('view') === 'projection');
    const backbone = new Set(backboneReport.pairs.filter((p) => p.backbone).map((p) => [`agency:${p.a}`, `agency:${p.b}`].sort().join('|')));
    expect(backbone).toEqual(new Set(['agency:A局|agency:B局', 'agency:C局|agency:D局', 'agency:C局|agency:E局', 'agency:D局|agency:E局']));
    const shown = async (): Promise<string[]> =>
      page.evaluate(() => {
        const { graph, renderer } = window.__fengong as Hook;
        const graphology = graph as unknown as { extremities(edge: string): [string, string] };
        return graph
          .edges()
          .filter((e) => renderer.getEdgeDisplayData(e)?.hidden !== true)
          .map((e) => [...graphology.extremities(e)].sort().join('|'));
      });
    expect(await shown()).toHaveLength(backboneReport.pairs.length);
    expect(await page.isDisabled('input[name="backbone-only"]')).toBe(false);
    await page.check('input[name="backbone-only"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('backbone') === '1');
    expect(new Set(await shown())).toEqual(backbone);
    expect(await page.textContent('.legend')).toContain('SDSM');
    // Size by backbone ties: 2 (C, D, E) > 1 (A, B) > 0 (the ring).
    await page.selectOption('select[name="size"]', 'backboneDegree');
    await page.waitForFunction(() => (window.__fengong as Hook).state.sizeBy === 'backboneDegree');
    const sizes = await page.evaluate(() => {
      const { graph } = window.__fengong as Hook;
      return Object.fromEntries(graph.nodes().map((n) => [n, graph.getNodeAttributes(n).size]));
    });
    const size = (name: string): number => sizes[`agency:${name}`] as number;
    expect(size('C局')).toBe(size('E局'));
    expect(size('C局')).toBeGreaterThan(size('A局'));
    expect(size('A局')).toBe(size('B局'));
    expect(size('A局')).toBeGreaterThan(size('F局'));
    expect(backboneReport.agencies.find((a) => a.agency === 'C局')?.backboneDegree).toBe(2);
    await page.uncheck('input[name="backbone-only"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('backbone') === null);
    expect(await shown()).toHaveLength(backboneReport.pairs.length);
  });
});
