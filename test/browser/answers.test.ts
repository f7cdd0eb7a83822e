// Answers, not only pictures (issue 13), in real Chromium on the built app and the bundled plan:
// the first screen says who carries the load (lead / co bars, collective units after the agencies
// and unranked, the plan's title), each metric is explained where it is shown, and the matrix is
// ordered to show structure (community groups, category bands, lead cells down each block) with
// its own legend.
import { describe, expect, it } from 'vitest';
import type { Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';

const DRC = 'agency:省发展改革委';
const COLLECTIVE = 'agency:各有关市州人民政府';
const session = useBuiltViewer();

describe('the first screen answers who carries the load', () => {
  it('ranks agencies with lead and co bars, lists the collective unit after them unranked, under the plan title', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    expect(await page.textContent('h1')).toContain('湖南省对接粤港澳大湾区实施方案');
    const rows = await page.$$eval('#ranking tbody tr', (trs) =>
      trs.map((tr) => {
        const lead = tr.querySelector<HTMLElement>('.bar-lead');
        const co = tr.querySelector<HTMLElement>('.bar-co');
        return {
          node: (tr as HTMLElement).dataset.node ?? '',
          rank: tr.querySelector('td')?.textContent ?? '',
          collective: (tr as HTMLElement).dataset.collective === 'true',
          lead: Number(lead?.dataset.value),
          co: Number(co?.dataset.value),
          leadPx: lead?.getBoundingClientRect().width ?? 0,
          coPx: co?.getBoundingClientRect().width ?? 0,
          tasks: Number(tr.querySelector('td:nth-last-child(2)')?.textContent),
        };
      }),
    );
    expect(rows).toHaveLength(34);
    // 各有关市州人民政府 is on all 30 tasks, more than any agency, yet the first row is an agency.
    expect(rows[0]).toMatchObject({ node: DRC, rank: '1', lead: 10, co: 17, tasks: 27, collective: false });
    expect(rows.at(-1)).toMatchObject({ node: COLLECTIVE, rank: '—', collective: true, lead: 0, co: 30 });
    expect(rows.slice(0, -1).every((r) => !r.collective)).toBe(true);
    expect(rows.slice(0, -1).map((r) => r.rank)).toEqual(rows.slice(0, -1).map((_r, i) => String(i + 1)));
    expect(await page.isVisible('#ranking .collective-note')).toBe(true);
    // Bars: lead + co = tasks for each agency, drawn to one scale (the largest row, the collective's 30 tasks).
    for (const r of rows) expect(r.lead + r.co).toBe(r.collective ? 30 : r.tasks);
    const drc = rows[0]!;
    expect(drc.leadPx / drc.coPx).toBeCloseTo(10 / 17, 1);
    expect(drc.leadPx + drc.coPx).toBeCloseTo((27 / 30) * (rows.at(-1)!.leadPx + rows.at(-1)!.coPx), 0);
    expect(drc.leadPx).toBeGreaterThan(0);
  });

  it('titles an opened file by the plan title above its table, the file name under it', async () => {
    const { page } = session;
    const text = '某省数字经济发展三年行动计划（2021—2023年）\n\n附件\n\n重点任务责任分工\n\n\t序号\n\t类别\n\t重点任务\n\t责任单位\n\n\t1\n\t数字\n\t建设数据中心\n\t省发展改革委、省财政厅\n';
    await page.setInputFiles('input[data-role="file-input"]', { name: 'digital.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForSelector('[data-count="tasks"][data-total="1"]');
    expect(await page.textContent('h1')).toBe('某省数字经济发展三年行动计划（2021—2023年）');
    expect(await page.textContent('#header .source')).toBe('digital.txt');
  });

  it('explains every metric where it is shown: the line under the ranking, the column headers, the details panel', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    const keys = await page.$$eval('#ranking select[name="sort"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(keys.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const key of keys) {
      await page.selectOption('#ranking select[name="sort"]', key);
      const help = (await page.textContent('#ranking [data-help="sort"]')) ?? '';
      const title = (await page.getAttribute('#ranking th[aria-sort] button', 'title')) ?? '';
      expect(title.length, key).toBeGreaterThan(5);
      expect(help.endsWith(title), key).toBe(true);
      seen.add(title);
    }
    expect(seen.size).toBe(keys.length);
    expect(await page.textContent('#ranking [data-help="sort"]')).toBeTruthy();
    await page.selectOption('#ranking select[name="sort"]', 'betweenness');
    expect(await page.textContent('#ranking [data-help="sort"]')).toContain('Borgatti & Halgin 2011');
    await page.click(`#ranking tr[data-node="${DRC}"]`);
    await page.waitForSelector(`#details[data-node="${DRC}"]`);
    const titles = await page.$$eval('#details dl.metrics dt', (dts) => dts.map((dt) => dt.getAttribute('title')));
    expect(titles.filter((x) => x !== null && x.length > 5).length).toBe(keys.length);
  });
});

describe('the matrix view', () => {
  it('groups rows by community and columns by category under bands, lead cells down each block, with its legend', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('select[name="view"]', 'matrix');
    await page.waitForSelector('#matrix .matrix-table th.group');
    const m = await page.$eval('#matrix', (root) => {
      const bands = Array.from(root.querySelectorAll<HTMLElement>('th.band'), (b) => ({ category: b.dataset.category ?? '', span: Number(b.getAttribute('colspan')), color: getComputedStyle(b).borderTopColor }));
      const groups = Array.from(root.querySelectorAll<HTMLElement>('th.group'), (g) => Number(g.getAttribute('rowspan')));
      const rows = Array.from(root.querySelectorAll<HTMLTableRowElement>('tbody tr'), (tr) => Array.from(tr.querySelectorAll('td'), (td) => td.className));
      const lead = root.querySelector('td.lead');
      const co = root.querySelector('td.co');
      return {
        bands,
        groups,
        rows,
        leadCell: { text: lead?.textContent, bg: lead === null ? '' : getComputedStyle(lead).backgroundColor },
        coCell: { text: co?.textContent, bg: co === null ? '' : getComputedStyle(co).backgroundColor },
        legend: root.querySelector('[data-legend="matrix"]')?.textContent ?? '',
      };
    });
    // Eight categories, each one band (contiguous), 30 task columns in all, each band its category's colour.
    expect(m.bands).toHaveLength(8);
    expect(new Set(m.bands.map((b) => b.category)).size).toBe(8);
    expect(m.bands.reduce((s, b) => s + b.span, 0)).toBe(30);
    expect(new Set(m.bands.map((b) => b.color)).size).toBe(8);
    // Community groups cover every row; more than one community.
    expect(m.groups.length).toBeGreaterThan(1);
    expect(m.groups.reduce((s, n) => s + n, 0)).toBe(m.rows.length);
    expect(m.rows).toHaveLength(34);
    // Within each band, the row of each column's lead cell never goes up (block seriation).
    let column = 0;
    for (const band of m.bands) {
      const leadRows: number[] = [];
      for (let c = column; c < column + band.span; c += 1) {
        const r = m.rows.findIndex((cells) => cells[c] === 'lead');
        if (r >= 0) leadRows.push(r);
      }
      expect(leadRows).toEqual([...leadRows].sort((a, b) => a - b));
      column += band.span;
    }
    // Lead and co cells are told apart by letter and shade; the legend names both.
    expect(m.leadCell.text).toBe('牵');
    expect(m.coCell.text).toBe('配');
    expect(m.leadCell.bg).not.toBe(m.coCell.bg);
    expect(m.legend).toContain('牵头');
    expect(m.legend).toContain('配合');
    expect(m.legend).toContain('Louvain');
  });

  it('titles each task column: its number, the whole title on hover, and a click shows the task', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await page.selectOption('select[name="view"]', 'matrix');
    await page.waitForSelector('#matrix .matrix-table th.group');
    const heads = await page.$$eval('#matrix thead th[data-task]', (ths) =>
      ths.map((th) => ({ task: (th as HTMLElement).dataset.task ?? '', text: th.textContent, title: th.querySelector('button')?.getAttribute('title') ?? '' })),
    );
    expect(heads).toHaveLength(30);
    const titles = await page.evaluate((): Record<string, { id: string; title: string; category: string } | undefined> => {
      const { graph } = window.__fengong as Hook;
      const tasks = graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'task');
      return Object.fromEntries(tasks.map((n) => [n, graph.getNodeAttributes(n) as unknown as { id: string; title: string; category: string }]));
    });
    for (const h of heads) {
      const task = titles[h.task];
      expect(h.text).toBe(task?.id);
      expect(h.title).toBe(`#${task?.id ?? ''} ${task?.title ?? ''} · ${task?.category ?? ''}`);
    }
    // A click on a column's number selects its task: the details panel shows the title, the column is marked.
    const first = heads[0]!;
    await page.click(`#matrix thead th[data-task="${first.task}"] button`);
    await page.waitForSelector(`#details[data-node="${first.task}"]`);
    expect(await page.textContent('#details h2')).toBe(`#${titles[first.task]?.id ?? ''} ${titles[first.task]?.title ?? ''}`);
    expect(await page.$$eval('#matrix thead th.selected', (ths) => ths.map((th) => (th as HTMLElement).dataset.task))).toEqual([first.task]);
  });
});
