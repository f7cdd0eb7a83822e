// `fengong report` as a process: the page and the figures it writes, its numbers against
// `analyze --format json`, its usage errors, and a plan of 300 agencies (top N, the rest summed).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largePlan } from '../helpers/large-plan.js';
import { all, text, type Node } from './html.js';
import { fengong } from './run.js';

interface Agency extends Record<string, unknown> {
  agency: string;
  collective: boolean;
  tasks: number;
}
interface Report {
  network: Record<string, unknown>;
  agencies: Agency[];
  pairs: (Record<string, unknown> & { a: string; b: string; shared: number })[];
}


let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `fengong report` and parses the page it wrote. */
function report(args: string[], name = 'report.html') {
  const path = join(dir, name);
  const r = fengong(['report', ...args, '-o', path]);
  expect(r.code, r.stderr).toBe(0);
  const html = readFileSync(path, 'utf8');
  return { html, doc: parseDocument(html) as unknown as Node, stderr: r.stderr };
}

describe('fengong report (usage)', () => {
  it('needs -o (exit 2, one line, nothing written)', () => {
    const r = fengong(['report']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fengong: give the HTML file to write with -o FILE\.html\n/u);
  });

  it('refuses an unknown --lang (exit 2)', () => {
    const r = fengong(['report', '--lang', 'fr', '-o', join(dir, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'fr' is invalid");
  });

  it('reports a missing table in one line (exit 1, no stack trace)', () => {
    const r = fengong(['report', join(dir, 'no-such.txt'), '-o', join(dir, 'x.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });

  it('is listed in fengong --help and documents its options', () => {
    expect(fengong(['--help']).stdout).toMatch(/report \[options\] \[files\.\.\.\]/u);
    const help = fengong(['report', '--help']).stdout;
    for (const flag of ['--output', '--lang', '--figures', '--no-png', '--exclude-collective', 'Exit codes']) expect(help).toContain(flag);
  });
});

describe('fengong report on the bundled plan', () => {
  let page: ReturnType<typeof report>;
  let analysis: Report;
  beforeAll(() => {
    page = report([]);
    analysis = JSON.parse(fengong(['analyze', '--format', 'json']).stdout) as Report;
  });

  it('is one self-contained page: a strict CSP, no script, no external reference of any kind', () => {
    const csp = all(page.doc, (n) => n.name === 'meta' && n.attribs?.['http-equiv'] === 'Content-Security-Policy')[0]?.attribs?.content ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/u);
    expect(csp).toContain("script-src 'none'");
    expect(all(page.doc, (n) => n.name === 'script' || n.name === 'link' || n.name === 'img' || n.name === 'iframe')).toEqual([]);
    expect(page.html).not.toMatch(/(?:src|href)\s*=|url\(|@import|@font-face/iu);
    // Every style attribute would be blocked by the CSP.
    expect(page.html).not.toMatch(/\sstyle="/u);
  });

  it('has the title, the source, a summary in words and the five figures, each an SVG with content', () => {
    expect(text(all(page.doc, (n) => n.name === 'h1')[0] as Node)).toBe('湖南省对接粤港澳大湾区实施方案（2020—2025年）');
    expect(page.html).toContain('湘政办发〔2020〕8号');
    const summary = text(all(page.doc, (n) => n.attribs?.class === 'summary')[0] as Node);
    expect(summary).toContain('牵头最多的是省发展改革委（牵头 10 项，共列名 27 项）');
    expect(summary).toContain('配合最多的是省发展改革委（配合 17 项）');
    expect(summary).toContain(`基尼系数为 ${(analysis.network.loadGini as number).toFixed(3)}`);
    expect(summary).toContain('省发展改革委与省商务厅（共同负责 16 项）');
    expect(summary).toContain('集体单位各有关市州人民政府（30 项）单列');
    const figures = all(page.doc, (n) => n.name === 'figure').map((f) => f.attribs?.['data-figure']);
    expect(figures).toEqual(['load', 'breadth-depth', 'heatmap', 'category-matrix', 'network']);
    for (const f of all(page.doc, (n) => n.name === 'figure')) {
      expect(all(f, (n) => n.name === 'svg'), f.attribs?.id).toHaveLength(1);
      expect(all(f, (n) => n.name === 'rect' || n.name === 'circle' || n.name === 'line' || n.name === 'path').length, f.attribs?.id).toBeGreaterThan(20);
    }
  });

  it('shows the numbers of analyze: every cell of the centrality, holes and pairs tables', () => {
    const byName = new Map(analysis.agencies.map((a) => [a.agency, a]));
    let checked = 0;
    for (const id of ['centralities', 'holes']) {
      const section = all(page.doc, (n) => n.name === 'section' && n.attribs?.id === id)[0] as Node;
      const fields = all(section, (n) => n.name === 'th').map((th) => th.attribs?.['data-field']);
      for (const row of all(section, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined)) {
        const agency = byName.get(row.attribs?.['data-key'] ?? '') as Agency;
        all(row, (n) => n.name === 'td').forEach((td, i) => {
          const field = fields[i];
          if (field === undefined || td.attribs?.['data-value'] === undefined) return;
          expect(Number(td.attribs['data-value']), `${agency.agency}.${field}`).toBe(agency[field]);
          checked++;
        });
      }
    }
    const pairs = all(all(page.doc, (n) => n.attribs?.id === 'pairs')[0] as Node, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined);
    expect(pairs).toHaveLength(15);
    for (const row of pairs) {
      const [a, b] = (row.attribs?.['data-key'] ?? '').split('\u2194');
      const pair = analysis.pairs.find((p) => p.a === a && p.b === b);
      expect(pair, `${a}–${b}`).toBeDefined();
      const shared = all(row, (n) => n.name === 'td' && n.attribs?.['data-value'] !== undefined)[1];
      expect(Number(shared?.attribs?.['data-value'])).toBe(pair?.shared);
    }
    // 9 numeric columns of centralities, 8 of holes and cores (every agency here has partners).
    expect(checked).toBe(analysis.agencies.length * 17);
    const network = all(page.doc, (n) => n.attribs?.id === 'network-table')[0] as Node;
    for (const row of all(network, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined)) {
      const key = row.attribs?.['data-key'] as string;
      expect(Number(all(row, (n) => n.name === 'td')[1]?.attribs?.['data-value']), key).toBe(analysis.network[key]);
    }
  });

  it('speaks English with --lang en', () => {
    const en = report(['--lang', 'en'], 'en.html');
    expect(en.html).toContain('<html lang="en">');
    const h1 = text(all(en.doc, (n) => n.name === 'h1')[0] as Node);
    expect(h1).toMatch(/Hunan/u);
    expect(h1).not.toMatch(/[\u4e00-\u9fff]/u);
    expect(en.html).toContain('leads most (10 tasks led, 27 listed on)');
    expect(en.html).toContain('Co-responsibility heatmap');
  });

  it('writes each figure as SVG and as PNG at 300 dpi with --figures', () => {
    const figures = join(dir, 'figures');
    report(['--figures', figures], 'with-figures.html');
    const files = readdirSync(figures).sort();
    expect(files).toEqual(['breadth-depth', 'category-matrix', 'heatmap', 'load', 'network'].flatMap((f) => [`${f}.png`, `${f}.svg`]));
    for (const f of ['load', 'breadth-depth', 'heatmap', 'category-matrix', 'network']) {
      const svg = readFileSync(join(figures, `${f}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
      expect(svg).toMatch(/<\/svg>$/u);
      const width = Number(/ width="(\d+(?:\.\d+)?)"/u.exec(svg)?.[1]);
      const png = PNG.sync.read(readFileSync(join(figures, `${f}.png`)));
      // 300 dpi: 300/96 device pixels per CSS pixel.
      expect(png.width, f).toBe(Math.round((width * 300) / 96));
    }
  });

  it('writes the SVG figures only with --no-png', () => {
    const figures = join(dir, 'svg-only');
    report(['--figures', figures, '--no-png'], 'svg-only.html');
    expect(readdirSync(figures).every((f) => f.endsWith('.svg'))).toBe(true);
  });
});

describe('fengong report on a real document of the corpus', () => {
  it('titles the page by the file, and states the counts analyze gives', () => {
    const file = 'test/fixtures/real/anhui-2022-zhongdian-gongzuo-zeren-fenjie/source.txt';
    const { doc } = report([file], 'real.html');
    const analysis = JSON.parse(fengong(['analyze', file, '--format', 'json']).stdout) as Report;
    expect(text(all(doc, (n) => n.name === 'h1')[0] as Node)).toBe('source.txt');
    const summary = text(all(doc, (n) => n.attribs?.class === 'summary')[0] as Node);
    expect(summary).toContain(`本表共 ${String(analysis.network.tasks)} 项任务、${String(analysis.network.agencies)} 个单位，单位列名共 ${String(analysis.network.links)} 次。`);
    const rows = all(all(doc, (n) => n.attribs?.id === 'centralities')[0] as Node, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined);
    expect(rows.map((r) => r.attribs?.['data-key'])).toEqual(analysis.agencies.slice(0, 40).map((a) => a.agency));
  });
});

describe('fengong report and analyze on single points of failure', () => {
  it('agree, counting responsible units (no lead marked) as answerable', () => {
    const file = join(dir, 'responsible.txt');
    writeFileSync(file, ['1. 修建道路。责任单位：甲局、乙局。', '2. 修建桥梁。责任单位：丙局。', '3. 培训人员。责任单位：丁局、各市人民政府。', '4. 招商引资。牵头单位：甲局；配合单位：丙局。'].join('\n'));
    const { doc } = report([file], 'responsible.html');
    const rows = all(all(doc, (n) => n.attribs?.id === 'single')[0] as Node, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined);
    expect(rows.map((r) => all(r, (n) => n.name === 'td').map(text))).toEqual([
      ['2', '修建桥梁', '丙局'],
      ['3', '培训人员', '丁局'],
    ]);
    const markdown = fengong(['analyze', file, '--format', 'markdown']).stdout;
    expect(markdown).toContain('(2 of 4): task 2 修建桥梁 (丙局 only); task 3 培训人员 (丁局 only).');
  });
});

describe('fengong report on names written as markup', () => {
  it('shows them as text in the page and in every figure: no element comes from a name', () => {
    const file = join(dir, 'hostile.csv');
    const img = '<img src=x onerror=alert(1)>';
    const svg = '</svg><script>alert(2)</script>';
    writeFileSync(
      file,
      ['序号,重点任务,牵头单位,配合单位', `1,建设高速铁路,省交通运输厅,"${img}、省财政厅"`, `2,建设城际公路,"${svg}",省交通运输厅、${img}`, '3,培育先进制造业,省工业和信息化厅,"省财政厅、甲""乙&丙局"'].join('\n'),
    );
    const { doc } = report([file], 'hostile.html');
    expect(all(doc, (n) => n.name === 'img' || n.name === 'script')).toEqual([]);
    const page = text(doc);
    expect(page).toContain(img);
    expect(page).toContain(svg);
    expect(page).toContain('甲"乙&丙局');
  });
});

describe('fengong report on a plan of 300 agencies', () => {
  it('shows the first agencies and sums the rest; figures stay bounded', () => {
    const table = join(dir, 'large.txt');
    writeFileSync(table, largePlan(300, 400));
    const { doc, html } = report([table], 'large.html');
    const centralities = all(doc, (n) => n.attribs?.id === 'centralities')[0] as Node;
    expect(all(centralities, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined)).toHaveLength(40);
    expect(html).toMatch(/仅列出前 40 个单位；其余 260 个单位合计列名 \d+ 次/u);
    expect(html).toContain('图中为负荷最重的 25 个单位（共 300 个非集体单位）。');
    expect(html).toContain('图中为负荷最重的 40 个单位（共 300 个非集体单位）。');
    // The matrix says what it leaves out and sums it: 25 of 300 agencies (the rest in a last row), 12 of 15 categories (a last column).
    expect(html).toContain('只列出负荷最重的 25 个非集体单位（共 300 个）和全部集体单位；末行（灰色）合计其余 275 个单位在各类别的列名次数。');
    expect(html).toContain('只列出任务最多的 12 个类别（共 15 个）；末列（灰色）合计每个单位在其余 3 个类别的任务数。');
    const figure = (id: string) => all(doc, (n) => n.name === 'figure' && n.attribs?.id === id)[0] as Node;
    // The bar chart: 25 agencies (two bars each); the heatmap: 20 × 20 cells less the diagonal.
    expect(all(figure('load'), (n) => n.name === 'rect')).toHaveLength(50);
    expect(all(figure('heatmap'), (n) => n.name === 'rect')).toHaveLength(20 * 19);
    expect(all(figure('network'), (n) => n.name === 'circle')).toHaveLength(40);
    // The matrix: 25 agencies and the summary row, 12 categories and the summary column; every listing is in one cell.
    const matrixText = all(figure('category-matrix'), (n) => n.name === 'text').map(text);
    expect(matrixText).toContain('其余 275 个单位（合计）');
    expect(matrixText).toContain('其余 3 类（合计）');
    expect(all(figure('category-matrix'), (n) => n.name === 'rect')).toHaveLength(26 * 13);
    // Links as the network table gives them (= analyze's, checked above on the bundled plan).
    const links = all(all(doc, (n) => n.attribs?.id === 'network-table')[0] as Node, (n) => n.name === 'tr' && n.attribs?.['data-key'] === 'links')[0] as Node;
    const counts = all(figure('category-matrix'), (n) => n.name === 'text' && /^\d+$/u.test(text(n))).reduce((sum, n) => sum + Number(text(n)), 0);
    expect(counts).toBe(Number(all(links, (n) => n.name === 'td')[1]?.attribs?.['data-value']));
    for (const f of all(doc, (n) => n.name === 'figure')) {
      const svg = all(f, (n) => n.name === 'svg')[0] as Node;
      expect(Number(svg.attribs?.height), f.attribs?.id).toBeLessThan(1000);
    }
  });
});
