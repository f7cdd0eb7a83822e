// Several plans in the viewer (issue 15), in real Chromium on the built app: open two files at
// once (or a folder), pick the plan shown, the difference view (agencies coloured by tasks gained
// or lost, links new, gone or kept, after the reform renames and mergers core's comparePlans
// applies), and an agency's load across plans in its details panel.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIFF_COLORS } from '../../packages/viz/src/ui/difference.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const FIXTURES = fileURLToPath(new URL('../fixtures/compare/', import.meta.url));

/** A table in the fixtures' layout (序号 / 类别 / 重点任务 / 责任单位, one cell per line), dated. */
function plan(date: string, tasks: string[][]): string {
  const rows = tasks.map((units, i) => `\t${i + 1}\n\t${i === 0 ? '综合' : ''}\n\t任务${i + 1}\n\t${units.join('、')}\n`).join('\n');
  return `某省人民政府\n\n${date}\n\n附件\n\n重点任务责任分工\n\n\t序号\n\t类别\n\t重点任务\n\t责任单位\n\n${rows}`;
}

/** A link's key: its two agencies in code-point order. */
const pair = (a: string, b: string): string => [a, b].sort().join('|');

async function difference(page: Page) {
  await page.click('#plans button[data-role="difference"]');
  await page.waitForSelector('body[data-difference="open"]');
  return page.$eval('#difference', (root) => ({
    heading: root.querySelector('h2')?.textContent ?? '',
    agencies: Object.fromEntries(
      Array.from(root.querySelectorAll<SVGCircleElement>('circle[data-agency]'), (c) => [c.dataset.agency ?? '', { status: c.dataset.status, change: Number(c.dataset.change), fill: c.getAttribute('fill'), stroke: c.getAttribute('stroke') }]),
    ),
    links: Object.fromEntries(Array.from(root.querySelectorAll<SVGLineElement>('line[data-pair]'), (l) => [(l.dataset.pair ?? '').split('|').sort().join('|'), { status: l.dataset.status, stroke: l.getAttribute('stroke'), dash: l.getAttribute('stroke-dasharray') }])),
    legend: root.querySelector('[data-legend="difference"]')?.textContent ?? '',
  }));
}

describe('several plans', () => {
  it('opens two files at once, switches plans, and shows their difference after the reform renames', async () => {
    const { page } = session;
    await page.setInputFiles('input[data-role="file-input"]', [`${FIXTURES}plan-2020.txt`, `${FIXTURES}plan-2017.txt`]);
    await page.waitForSelector('#plans:not([hidden])');
    // In date order (the documents' 2017年3月1日 and 2020年3月2日), whatever order they were picked in.
    expect(await page.$$eval('#plans select[name="plan"] option', (os) => os.map((o) => o.textContent))).toEqual(['plan-2017', 'plan-2020']);
    await page.waitForSelector('[data-count="tasks"][data-total="4"]');
    await page.selectOption('#plans select[name="plan"]', '1');
    await page.waitForSelector('[data-count="tasks"][data-total="5"]');
    const d = await difference(page);
    expect(d.heading).toContain('plan-2017 → plan-2020');
    // By hand from the two files: 省财政厅 is on tasks 3 and 4 in 2017, on 2–5 in 2020.
    expect(d.agencies['省财政厅']).toMatchObject({ status: 'gained', change: 2, fill: DIFF_COLORS.gained });
    expect(d.agencies['省发展改革委']).toMatchObject({ status: 'gained', change: 1 });
    // 省工商局 + 省质监局 + 省食品药品监管局 (2017, one task) are compared as 省市场监管局 (2018 merger): 1 → 1.
    expect(d.agencies['省市场监管局']).toMatchObject({ status: 'same', change: 0, fill: DIFF_COLORS.same });
    expect(d.agencies['省工商局']).toBeUndefined();
    // 省卫生计生委 → 省卫生健康委 (2018 rename): its link to 省财政厅 on task 3 is kept, not gone and new.
    expect(d.links[pair('省卫生健康委', '省财政厅')]).toMatchObject({ status: 'kept' });
    expect(d.links[pair('省发展改革委', '省财政厅')]).toMatchObject({ status: 'new', stroke: DIFF_COLORS.new });
    expect(d.links[pair('省财政厅', '省市场监管局')]).toMatchObject({ status: 'new' });
    expect(Object.values(d.links).filter((l) => l.status === 'gone')).toEqual([]);
    expect(d.legend).toContain('任务增加');

    // The details panel of 省财政厅 charts its tasks in each plan: 2 (0 led) then 4 (0 led).
    await page.click('#plans button[data-role="difference"]');
    await page.click('#ranking tr[data-node="agency:省财政厅"]');
    await page.waitForSelector('#details svg[data-role="across-plans"]');
    const bars = await page.$$eval('#details svg[data-role="across-plans"] rect', (rs) => rs.map((r) => ({ plan: r.getAttribute('data-plan'), lead: r.getAttribute('data-lead'), co: r.getAttribute('data-co'), h: Number(r.getAttribute('height')) })));
    const co = bars.filter((b) => b.co !== null);
    expect(co.map((b) => [b.plan, b.co])).toEqual([
      ['plan-2017', '2'],
      ['plan-2020', '4'],
    ]);
    expect(co[1]!.h / co[0]!.h).toBeCloseTo(2, 6);
  });

  it('marks agencies that left hollow and links that are gone dashed (constructed plans)', async () => {
    const { page } = session;
    const a = plan('2019年1月1日', [['省甲厅', '省乙厅'], ['省乙厅', '省丙厅']]);
    const b = plan('2021年1月1日', [['省甲厅', '省丙厅'], ['省甲厅']]);
    await page.setInputFiles('input[data-role="file-input"]', [
      { name: 'a-2019.txt', mimeType: 'text/plain', buffer: Buffer.from(a) },
      { name: 'b-2021.txt', mimeType: 'text/plain', buffer: Buffer.from(b) },
    ]);
    await page.waitForSelector('#plans:not([hidden])');
    const d = await difference(page);
    expect(d.agencies['省甲厅']).toMatchObject({ status: 'gained', change: 1 });
    expect(d.agencies['省乙厅']).toMatchObject({ status: 'left', change: -2, fill: '#fff', stroke: DIFF_COLORS.left });
    expect(d.agencies['省丙厅']).toMatchObject({ status: 'same', change: 0 });
    expect(d.links).toEqual({
      [pair('省甲厅', '省乙厅')]: { status: 'gone', stroke: DIFF_COLORS.gone, dash: '5 4' },
      [pair('省乙厅', '省丙厅')]: { status: 'gone', stroke: DIFF_COLORS.gone, dash: '5 4' },
      [pair('省甲厅', '省丙厅')]: { status: 'new', stroke: DIFF_COLORS.new, dash: 'none' },
    });
  });

  it('charts an agency’s tasks led and co-operated on in each plan, in date order, an absent plan left empty', async () => {
    const { page } = session;
    // File names without years, picked out of date order: only the documents' dates order them.
    // The first unit listed leads (the tables' rule).
    const x = plan('2023年1月1日', [['省丁厅', '省甲厅', '省丙厅'], ['省丁厅'], ['省甲厅', '省丁厅'], ['省甲厅']]);
    const y = plan('2019年1月1日', [['省甲厅', '省乙厅'], ['省乙厅', '省丙厅'], ['省乙厅']]);
    const z = plan('2021年1月1日', [['省甲厅', '省丙厅'], ['省甲厅'], ['省丁厅', '省甲厅']]);
    await page.setInputFiles('input[data-role="file-input"]', [
      { name: 'plan-x.txt', mimeType: 'text/plain', buffer: Buffer.from(x) },
      { name: 'plan-y.txt', mimeType: 'text/plain', buffer: Buffer.from(y) },
      { name: 'plan-z.txt', mimeType: 'text/plain', buffer: Buffer.from(z) },
    ]);
    await page.waitForSelector('#plans:not([hidden])');
    expect(await page.$$eval('#plans select[name="plan"] option', (os) => os.map((o) => o.textContent))).toEqual(['plan-y', 'plan-z', 'plan-x']);

    /** Each plan's slot in the chart of `agency`: led and co-operated bars, the count over them, the plan under them. */
    const chart = async (agency: string) => {
      await page.click(`#ranking tr[data-node="agency:${agency}"]`);
      await page.waitForSelector(`#details svg[data-role="across-plans"]`);
      return page.$eval('#details svg[data-role="across-plans"]', (svg) => {
        const rects = Array.from(svg.querySelectorAll('rect'));
        const texts = Array.from(svg.querySelectorAll('text'), (t) => t.textContent ?? '');
        const led = rects.filter((r) => r.hasAttribute('data-lead'));
        const co = rects.filter((r) => r.hasAttribute('data-co'));
        return led.map((r, i) => ({
          plan: r.getAttribute('data-plan'),
          lead: Number(r.getAttribute('data-lead')),
          co: Number(co[i]?.getAttribute('data-co')),
          leadHeight: Number(r.getAttribute('height')),
          coHeight: Number(co[i]?.getAttribute('height')),
          x: Number(r.getAttribute('x')),
          // The co-operated bar sits on the led one.
          stacked: Math.abs(Number(co[i]?.getAttribute('y')) + Number(co[i]?.getAttribute('height')) - Number(r.getAttribute('y'))) < 0.11,
          count: texts[2 * i],
          label: texts[2 * i + 1],
        }));
      });
    };

    // Shown first: the earliest plan (2019). 省乙厅 leads tasks 2 and 3 and co-operates on task 1, then leaves.
    const left = await chart('省乙厅');
    expect(left.map((b) => [b.plan, b.lead, b.co, b.count, b.label])).toEqual([
      ['plan-y', 2, 1, '3', 'plan-y'],
      ['plan-z', 0, 0, '—', 'plan-z'],
      ['plan-x', 0, 0, '—', 'plan-x'],
    ]);
    expect(left[0]!.leadHeight).toBeGreaterThan(0);
    // Bar heights are written to 0.1 px: ratios are checked to 0.05.
    expect(left[0]!.leadHeight / left[0]!.coHeight).toBeCloseTo(2, 1);
    expect(left.slice(1).every((b) => b.leadHeight === 0 && b.coHeight === 0)).toBe(true);
    expect(left.every((b) => b.stacked)).toBe(true);
    expect(left[0]!.x).toBeLessThan(left[1]!.x);
    expect(left[1]!.x).toBeLessThan(left[2]!.x);

    // In the 2023 plan, 省丁厅 (entered in 2021): absent, then 1 led, then 2 led and 1 co-operated.
    await page.selectOption('#plans select[name="plan"]', '2');
    await page.waitForSelector('[data-count="tasks"][data-total="4"]');
    const entered = await chart('省丁厅');
    expect(entered.map((b) => [b.plan, b.lead, b.co, b.count])).toEqual([
      ['plan-y', 0, 0, '—'],
      ['plan-z', 1, 0, '1'],
      ['plan-x', 2, 1, '3'],
    ]);
    // One scale across the plans: 2 led in 2023 twice as tall as 1 led in 2021; 1 co-operated as tall as 1 led.
    expect(entered[2]!.leadHeight / entered[1]!.leadHeight).toBeCloseTo(2, 1);
    expect(entered[2]!.coHeight).toBeCloseTo(entered[1]!.leadHeight, 1);
    expect(entered[0]!.leadHeight + entered[0]!.coHeight).toBe(0);
    expect(await page.textContent('#details [data-section="across-plans"]')).toContain('省丁厅');
  });

  it('orders plans by the date in their file names when the documents have none', async () => {
    const { page } = session;
    // File-name order would put x-2021 first.
    await page.setInputFiles('input[data-role="file-input"]', [
      { name: 'x-2021.txt', mimeType: 'text/plain', buffer: Buffer.from(plan('', [['省甲厅', '省乙厅']])) },
      { name: 'y-2019.txt', mimeType: 'text/plain', buffer: Buffer.from(plan('', [['省甲厅'], ['省乙厅']])) },
    ]);
    await page.waitForSelector('#plans:not([hidden])');
    expect(await page.$$eval('#plans select[name="plan"] option', (os) => os.map((o) => [o.textContent, o.getAttribute('title')]))).toEqual([
      ['y-2019', 'y-2019.txt · 2019'],
      ['x-2021', 'x-2021.txt · 2021'],
    ]);
    expect(await page.textContent('#plans button[data-role="difference"]')).toBe('差异：y-2019 → x-2021');
  });

  it('opens a folder of plans', async () => {
    const { page } = session;
    await page.setInputFiles('input[data-role="folder-input"]', FIXTURES);
    await page.waitForSelector('#plans:not([hidden])');
    expect(await page.$$eval('#plans select[name="plan"] option', (os) => os.map((o) => o.textContent))).toEqual(['plan-2017', 'plan-2020']);
  });
});
