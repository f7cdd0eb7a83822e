// `fengong compare` run as a process: formats, labels and dates, the reform table, errors.
import { describe, expect, it } from 'vitest';
import { fengong, root } from './run.js';
import type { PlanComparison } from '@fengong/core';

const plan = (name: string): string => `${root}test/fixtures/compare/${name}`;
const real = (dir: string): string => `${root}test/fixtures/real/${dir}/source.txt`;
const A = plan('plan-2017.txt');
const B = plan('plan-2020.txt');
const json = (args: string[]): PlanComparison => {
  const r = fengong(['compare', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PlanComparison;
};

describe('fengong compare (usage and errors)', () => {
  it('documents its options and the reform sources in --help', () => {
    const r = fengong(['compare', '--help']);
    expect(r.code).toBe(0);
    for (const text of ['--label <label>', '--date <date>', '--format <format>', '--no-reforms', '--identity <file>', '--match-by <how>', '国务院机构改革方案 (2018-03-17)', '党和国家机构改革方案 (2023-03-16)', 'Exit codes']) {
      expect(r.stdout).toContain(text);
    }
    expect(fengong(['--help']).stdout).toContain('compare');
  });

  it('refuses fewer than two files (exit 2)', () => {
    const none = fengong(['compare']);
    expect(none.code).toBe(2);
    const one = fengong(['compare', A]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('fengong: compare needs two or more files, got 1');
  });

  it('names an unreadable file in one line (exit 1), no stack trace', () => {
    const r = fengong(['compare', A, 'missing.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('fengong: missing.txt: cannot read: no such file');
  });

  it('reports a table that cannot be read with its file and line (exit 1)', () => {
    const r = fengong(['compare', A, '-'], '这不是一张表\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fengong: Cannot read <stdin>: 1 problem\n {2}<stdin>:1: not a table/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('refuses bad dates, too many labels and repeated labels (exit 2)', () => {
    const date = fengong(['compare', A, B, '--date', '2020/03']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "2020/03"');
    const labels = fengong(['compare', A, B, '--label', 'a', '--label', 'b', '--label', 'c']);
    expect(labels.code).toBe(2);
    expect(labels.stderr).toContain('3 labels for 2 files');
    const same = fengong(['compare', A, B, '--label', 'x', '--label', 'x']);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('two plans are labelled "x"');
    expect(fengong(['compare', A, '-', '-']).stderr).toContain('stdin (-) can be read only once');
  });
});

describe('fengong compare (two constructed plans, 2017 and 2020)', () => {
  it('gives JSON with plans dated from the documents, and the reform renames applied and reported', () => {
    const r = json([A, B]);
    expect(r.plans.map((p) => [p.label, p.date, p.dateSource])).toEqual([
      ['plan-2017.txt', '2017-03-01', 'date-line'],
      ['plan-2020.txt', '2020-03-02', 'date-line'],
    ]);
    // Every agency of 2017 is found again in 2020 under its post-reform name.
    expect(r.steps[0]).toMatchObject({ entered: [], left: [], shared: 8, jaccard: 1 });
    const merged = r.identity.filter((c) => c.to === '省市场监管局').map((c) => c.from);
    expect(merged.sort()).toEqual(['省工商局', '省质监局', '省食品药品监管局']);
    expect(r.identity.every((c) => c.plan === 'plan-2017.txt' && c.rule.source === 'state-council-2018')).toBe(true);
    // Three predecessors on one task are one agency there, leading (the first listed led).
    const market = r.agencies.find((a) => a.agency === '省市场监管局');
    expect(market?.plans[0]).toMatchObject({ tasks: 1, lead: 1 });
    expect(r.settings).toMatchObject({ reforms: true, matchBy: 'name', normalise: true });
  });

  it('with --no-reforms, the old names are agencies that left', () => {
    const r = json([A, B, '--no-reforms']);
    expect(r.identity).toEqual([]);
    expect(r.steps[0]?.left).toEqual(expect.arrayContaining(['省环境保护厅', '省工商局', '省质监局', '省食品药品监管局', '省卫生计生委']));
    expect(r.steps[0]?.entered).toEqual(expect.arrayContaining(['省生态环境厅', '省市场监管局', '省卫生健康委']));
  });

  it('with --reform-scope plan, renames apply only in plans dated after the reform (here none of 2017’s)', () => {
    const r = json([A, B, '--reform-scope', 'plan']);
    expect(r.identity).toEqual([]);
    expect(r.settings.reformScope).toBe('plan');
    expect(r.steps[0]?.left).toContain('省环境保护厅');
    expect(fengong(['compare', A, B, '--reform-scope', 'later']).code).toBe(2);
  });

  it('with dates before the reform, renames do not apply', () => {
    const r = json([A, B, '--date', '2016', '--date', '2017-12-31']);
    expect(r.plans.map((p) => [p.date, p.dateSource])).toEqual([
      ['2016', 'given'],
      ['2017-12-31', 'given'],
    ]);
    expect(r.identity).toEqual([]);
  });

  it('takes labels in file order', () => {
    const r = json([A, B, '--label', '旧', '--label', '新']);
    expect(r.plans.map((p) => p.label)).toEqual(['旧', '新']);
    expect(r.steps[0]).toMatchObject({ from: '旧', to: '新' });
  });

  it('prints the tables as text', () => {
    const r = fengong(['compare', A, B, '--label', '2017', '--label', '2020']);
    expect(r.code, r.stderr).toBe(0);
    for (const heading of ['Plans', 'Agencies (8, by mean share of tasks)', 'Network measures', '2017 → 2020', '2017 → 2020: co-responsibility grew most', '2017 → 2020: co-responsibility fell most', 'Renames and mergers applied']) {
      expect(r.stdout.split('\n')).toContain(heading);
    }
    // 省财政厅: 2 of 4 tasks in 2017 (rank 1), 4 of 5 in 2020.
    expect(r.stdout).toMatch(/省财政厅\s+2 \(0\) 50\.0% #1\s+4 \(0\) 80\.0% #1/u);
    expect(r.stdout).toMatch(/Spearman ρ of loads\s+\S+/u);
    expect(r.stdout).toMatch(/省工商局\s+省市场监管局\s+merger \(工商局 \+ 质监局 \+ 食品药品监管局\)\s+2018-03-17\s+国务院机构改革方案 \(2018-03-17\)/u);
  });

  it('writes Markdown with a heading and a table per section', () => {
    const r = fengong(['compare', A, B, '--format', 'markdown', '--label', '2017', '--label', '2020']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('# Comparison of 2 plans: 2017 · 2020\n')).toBe(true);
    expect(r.stdout).toContain('## Network measures\n\n| Measure | 2017 | 2020 |\n| --- | ---: | ---: |\n');
    expect(r.stdout).toContain('## Renames and mergers applied');
    expect(r.stdout).toMatch(/\| 省财政厅 \| 2 \(0\) 50\.0% #1 \| 4 \(0\) 80\.0% #1 \|/u);
  });
});

describe('fengong compare (three real plans)', () => {
  const files = [real('shandong-2015-zfgzbg-bumen-fengong'), real('liaoning-2023-zfgzbg-renwu-fenjie-zeren-fengong'), real('liaoning-2024-zfgzbg-zhongdian-gongzuo-fengong')];

  it('gives every table, the reform renames of the 2015 plan among them', () => {
    const r = fengong(['compare', ...files, '--label', '山东 2015', '--label', '辽宁 2023', '--label', '辽宁 2024']);
    expect(r.code, r.stderr).toBe(0);
    for (const heading of ['Plans', 'Network measures', '山东 2015 → 辽宁 2023', '辽宁 2023 → 辽宁 2024', 'Renames and mergers applied']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toMatch(/山东 2015\s+省环保厅\s+省生态环境厅\s+rename/u);
    expect(r.stdout).toMatch(/山东 2015\s+省工商局\s+省市场监管局\s+merger/u);
  });

  it('dates them from the documents: a signing date, or the year of the document number', () => {
    const r = json(files);
    expect(r.plans.map((p) => [p.date, p.dateSource])).toEqual([
      ['2015', 'document-number'],
      ['2023-01-19', 'date-line'],
      ['2024-02-05', 'date-line'],
    ]);
    expect(r.plans.map((p) => p.label)).toEqual(['shandong-2015-zfgzbg-bumen-fengong/source.txt', 'liaoning-2023-zfgzbg-renwu-fenjie-zeren-fengong/source.txt', 'liaoning-2024-zfgzbg-zhongdian-gongzuo-fengong/source.txt']);
    expect(r.steps).toHaveLength(2);
    expect(r.network).toHaveLength(3);
  });
});

describe('fengong compare (three real plans of one jurisdiction: Liaoning 2012, 2023, 2024)', () => {
  const files = [real('liaoning-2012-shierwu-guihua-gangyao-mubiao-renwu-fengong'), real('liaoning-2023-zfgzbg-renwu-fenjie-zeren-fengong'), real('liaoning-2024-zfgzbg-zhongdian-gongzuo-fengong')];
  // The 2012 excerpt carries no date (its stored page starts at the addressees): given, from its URL.
  const args = [...files, '--label', '辽宁2012', '--label', '辽宁2023', '--label', '辽宁2024', '--date', '2012-04-26'];

  it('gives each agency per plan, turnover, rank stability, network measures, pairs, QAP and MRQAP, and the 2018 rename (JSON)', () => {
    const r = fengong(['compare', ...args, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // The one problem of the files is a warning naming its file and line, not a silent drop.
    expect(r.stderr).toMatch(/liaoning-2012-[^:]+source\.txt:15: warning: “省经济和信息化委” is listed twice on task 3/u);
    const c = JSON.parse(r.stdout) as PlanComparison;
    expect(c.plans.map((p) => [p.label, p.date, p.dateSource, p.tasks, p.agencies])).toEqual([
      ['辽宁2012', '2012-04-26', 'given', 4, 5],
      ['辽宁2023', '2023-01-19', 'date-line', 4, 8],
      ['辽宁2024', '2024-02-05', 'date-line', 4, 10],
    ]);
    // 省国土资源厅 (2012, task 2) is compared as 省自然资源厅: the 2018 rename, with its date and source.
    expect(c.identity).toHaveLength(1);
    expect(c.identity[0]).toMatchObject({ plan: '辽宁2012', from: '省国土资源厅', to: '省自然资源厅', kind: 'rename', tasks: ['2'], rule: { effective: '2018-03-17', source: 'state-council-2018' } });
    // 省发展改革委 by hand from the three files: on task 4 of 2012; leads 2 of 2023's 4; on 3 of 2024's 4, leading 2.
    expect(c.agencies.find((a) => a.agency === '省发展改革委')?.plans.map((p) => p && [p.tasks, p.lead, p.share, p.rank])).toEqual([
      [1, 0, 0.25, 1],
      [2, 2, 0.5, 4],
      [3, 2, 0.75, 3],
    ]);
    expect(c.agencies.find((a) => a.agency === '省自然资源厅')?.plans.map((p) => p?.tasks ?? null)).toEqual([1, null, null]);
    const [early, late] = c.steps;
    expect(early).toMatchObject({ from: '辽宁2012', to: '辽宁2023', shared: 1, spearman: null, kendall: null, qap: null, regression: null });
    expect(early?.left.slice().sort()).toEqual(['省教育厅', '省水利厅', '省经济和信息化委', '省自然资源厅'].sort());
    expect(early?.entered).toHaveLength(7);
    expect(late).toMatchObject({ shared: 8, jaccard: 0.8, left: [] });
    expect(late?.entered.slice().sort()).toEqual(['省国资委', '省委军民融合办'].sort());
    expect(late?.spearman).toBeCloseTo(0.9487179487179487, 12);
    expect(late?.kendall).toBeCloseTo(0.9130434782608695, 12);
    expect(late?.qap).toMatchObject({ nodes: 8, cells: 56, permutations: 1000, seed: 42 });
    expect(late?.qap?.r).toBeCloseTo(0.948065440264964, 12);
    expect(late?.qap?.pGreater).toBeLessThan(0.01);
    expect(late?.regression?.coefficients.map((k) => k.estimate)).toEqual([expect.closeTo(1.0770355211226428, 12), expect.closeTo(0.2137114456950737, 12)]);
    // Every pair that grew went from 2 of 4 tasks together to 3 of 4; none fell.
    expect(late?.grew).toHaveLength(7);
    expect(late?.fell).toEqual([]);
    expect(c.network.map((n) => [n.agencies, n.tasks, n.density])).toEqual([
      [5, 4, 0.25],
      [8, 4, 0.59375],
      [10, 4, 0.6],
    ]);
  });

  it('prints the same figures as text and as Markdown', () => {
    const text = fengong(['compare', ...args]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/省发展改革委\s+1 \(0\) 25\.0% #1\s+2 \(2\) 50\.0% #4\s+3 \(2\) 75\.0% #3/u);
    expect(text.stdout).toMatch(/Entered \(2\)\s+省国资委、省委军民融合办/u);
    expect(text.stdout).toMatch(/Spearman ρ of loads\s+0\.949\n/u);
    expect(text.stdout).toMatch(/Kendall τ-b of loads\s+0\.913\n/u);
    expect(text.stdout).toMatch(/QAP r of co-responsibility \(8 agencies\)\s+0\.948 /u);
    expect(text.stdout).toMatch(/辽宁2012\s+省国土资源厅\s+省自然资源厅\s+rename\s+2018-03-17/u);
    const md = fengong(['compare', ...args, '--format', 'markdown']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout.startsWith('# Comparison of 3 plans: 辽宁2012 · 辽宁2023 · 辽宁2024\n')).toBe(true);
    expect(md.stdout).toContain('| 省发展改革委 | 1 (0) 25.0% #1 | 2 (2) 50.0% #4 | 3 (2) 75.0% #3 |');
    expect(md.stdout).toContain('| Density | 0.250 | 0.594 | 0.600 |');
    expect(md.stdout).toContain('| Spearman ρ of loads | 0.949 |');
    expect(md.stdout).toMatch(/\| 辽宁2012 \| 省国土资源厅 \| 省自然资源厅 \| rename \| 2018-03-17 \|/u);
  });
});

describe('fengong compare (files in any format the reader takes)', () => {
  it('gives the same comparison from a PDF, an XLSX and a DOCX as from their text', () => {
    const doc = (dir: string, file: string): string => `${root}test/fixtures/formats/${dir}/${file}`;
    const settings = ['--label', '黑龙江2013', '--label', '长沙2012', '--label', '湖南2020', '--date', '2013', '--date', '2012', '--date', '2020', '--permutations', '99'];
    const office = json([doc('heilongjiang-2013', 'document.pdf'), doc('hunan-changsha-2012', 'document.xlsx'), doc('hunan-gba-2020', 'document.docx'), ...settings]);
    const text = json([doc('heilongjiang-2013', 'text.txt'), doc('hunan-changsha-2012', 'text.txt'), doc('hunan-gba-2020', 'text.txt'), ...settings]);
    expect(office.plans.map((p) => [p.tasks, p.agencies])).toEqual([
      [11, 18],
      [11, 20],
      [30, 34],
    ]);
    expect(office.plans.map((p) => [p.tasks, p.agencies])).toEqual(text.plans.map((p) => [p.tasks, p.agencies]));
    expect(office.agencies).toEqual(text.agencies);
    expect(office.network).toEqual(text.network);
    expect(office.steps).toEqual(text.steps);
    expect(office.identity).toEqual(text.identity);
    // The 2012 and 2013 plans predate the reforms; the 2020 one dates them, so their old names are renamed.
    expect(office.identity.length).toBeGreaterThan(0);
  });
});

describe('fengong compare (identity options)', () => {
  const hunan2016 = real('hunan-2016-zfgzbg-bumen-fengong');
  const hunan2020 = `${root}data/hunan-gba-2020/table.txt`;

  it('applies an identity table of your own (--identity CSV) and reports it with its source', () => {
    // The bundled table's text carries no date: it is given (湘政办发〔2020〕8号 is of 2020-03-02).
    const r = json([hunan2016, hunan2020, '--identity', plan('identity.csv'), '--date', '2016-02-23', '--date', '2020-03-02']);
    const own = r.identity.find((c) => c.from === '省经济和信息化委');
    expect(own).toMatchObject({ plan: 'source.txt', to: '省工业和信息化厅', rule: { level: 'provincial', source: '湖南省机构改革方案 (example rule)' } });
    // The 2018 tax merger, from the bundled table: 省国税局 + 省地税局 → 省税务局.
    expect(r.identity.filter((c) => c.to === '省税务局').map((c) => c.from).sort()).toEqual(['省国税局', '省地税局']);
  });

  it('names a bad identity file and its line (exit 1)', () => {
    const r = fengong(['compare', A, B, '--identity', plan('plan-2017.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('plan-2017.txt:1: expected a header naming from and to');
    expect(fengong(['compare', A, B, '--identity', 'none.csv']).stderr.trim()).toBe('fengong: none.csv: cannot read: no such file');
  });

  it('aligns by role with --match-by role, and lists same roles otherwise', () => {
    const city = fengong(['compare', A, '-', '--format', 'json'], '\t序号\n\t类别\n\t重点任务\n\t责任单位\n\n\t1\n\t甲\n\t任务\n\t市财政局、市发展改革委\n');
    expect(city.code, city.stderr).toBe(0);
    expect((JSON.parse(city.stdout) as PlanComparison).sameRole.map((s) => s.role)).toContain('发展改革委');
    const byRole = fengong(['compare', A, '-', '--format', 'json', '--match-by', 'role'], '\t序号\n\t类别\n\t重点任务\n\t责任单位\n\n\t1\n\t甲\n\t任务\n\t市财政局、市发展改革委\n');
    const r = JSON.parse(byRole.stdout) as PlanComparison;
    expect(r.agencies.find((a) => a.agency === '发展改革委')?.plans.map((p) => p?.name)).toEqual(['省发展改革委', '市发展改革委']);
  });
});

describe('fengong compare (QAP)', () => {
  const files = [real('liaoning-2023-zfgzbg-renwu-fenjie-zeren-fengong'), real('liaoning-2024-zfgzbg-zhongdian-gongzuo-fengong')];

  it('reports QAP and MRQAP for each step, seeded and reproducible', () => {
    const r = json([...files, '--permutations', '199', '--seed', '7']);
    const step = r.steps[0];
    expect(step?.qap).toMatchObject({ nodes: 8, cells: 56, permutations: 199, seed: 7 });
    expect(step?.qap?.r).toBeGreaterThan(0.9);
    expect(step?.qap?.pGreater).toBeLessThan(0.05);
    expect(step?.regression?.coefficients).toHaveLength(2);
    expect(json([...files, '--permutations', '199', '--seed', '7']).steps[0]?.qap).toEqual(step?.qap);
    const text = fengong(['compare', ...files, '--permutations', '199']).stdout;
    expect(text).toMatch(/QAP r of co-responsibility \(8 agencies\)\s+0\.\d{3} \(p ≥: [\d.e-]+, two-sided: [\d.e-]+; 199 permutations\)/u);
    expect(text).toMatch(/MRQAP: on earlier co-responsibility\s+\S+ \(t /u);
  });

  it('skips them with --permutations 0', () => {
    const r = json([...files, '--permutations', '0']);
    expect(r.steps[0]).toMatchObject({ qap: null, regression: null, regressionNote: 'QAP not asked for' });
    expect(fengong(['compare', ...files, '--permutations', 'many']).code).toBe(2);
  });
});
