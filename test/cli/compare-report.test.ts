// The compare report as a process: `fengong report A B …` and `fengong compare … --format html -o`
// write one self-contained page whose every number is `fengong compare --format json`'s; usage errors.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { PlanComparison, PlanStep } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, text, type Node } from './html.js';
import { fengong } from './run.js';

const section = (doc: Node, id: string): Node => all(doc, (n) => n.name === 'section' && n.attribs?.id === id)[0] as Node;
/** Rows of a section's table: key → field → exact value (cells with a data-value only). */
function cells(doc: Node, id: string): Map<string, Map<string, number>> {
  const s = section(doc, id);
  const fields = all(s, (n) => n.name === 'th').map((th) => th.attribs?.['data-field']);
  const out = new Map<string, Map<string, number>>();
  for (const row of all(s, (n) => n.name === 'tr' && n.attribs?.['data-key'] !== undefined)) {
    const values = new Map<string, number>();
    all(row, (n) => n.name === 'td').forEach((td, i) => {
      const field = fields[i];
      if (field !== undefined && td.attribs?.['data-value'] !== undefined) values.set(field, Number(td.attribs['data-value']));
    });
    out.set(row.attribs?.['data-key'] as string, values);
  }
  return out;
}

type Comparison = PlanComparison;
type Step = PlanStep;

const A = 'examples/compare-tables/liaoning-2023.txt';
const B = 'examples/compare-tables/liaoning-2024.txt';
const C = 'examples/compare-tables/anhui-2022.txt';
const LABELS = ['--label', '2023', '--label', '2024'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-compare-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(args: string[], name: string): { html: string; doc: Node } {
  const path = join(dir, name);
  const r = fengong([...args, '-o', path]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain(`fengong report: wrote ${path}`);
  const html = readFileSync(path, 'utf8');
  return { html, doc: parseDocument(html) };
}

describe('fengong report A B (usage)', () => {
  it('needs -o (exit 2, one line)', () => {
    const r = fengong(['report', A, B]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fengong: give the HTML file to write with -o FILE\.html\n/u);
  });

  it('takes --label and --date only with several files (exit 2)', () => {
    const r = fengong(['report', A, '--label', 'x', '-o', join(dir, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--label and --date go with two or more files');
  });

  it('refuses the settings of a single plan’s analysis (exit 2) rather than ignore them', () => {
    const r = fengong(['report', A, B, '--lambda', '3', '--brokerage-grouping', 'kind', '-o', join(dir, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lambda, --brokerage-grouping go with one file');
  });

  it('reports a missing plan in one line (exit 1, no stack trace)', () => {
    const r = fengong(['report', A, join(dir, 'no-such.txt'), '-o', join(dir, 'x.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });

  it('compare --format html needs -o, and -o goes with html only (exit 2)', () => {
    expect(fengong(['compare', A, B, '--format', 'html']).code).toBe(2);
    const r = fengong(['compare', A, B, '-o', join(dir, 'x.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o and --figures go with --format html');
  });

  it('documents the compare report in both commands’ help', () => {
    expect(fengong(['report', '--help']).stdout).toContain('With two or more files, the compare report');
    expect(fengong(['compare', '--help']).stdout).toContain('--format html -o FILE.html');
  });
});

describe('the compare report of Liaoning 2023 and 2024', () => {
  let report: { html: string; doc: Node };
  let json: Comparison;
  beforeAll(() => {
    report = page(['report', A, B, ...LABELS], 'liaoning.html');
    const r = fengong(['compare', A, B, ...LABELS, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    json = JSON.parse(r.stdout) as Comparison;
  });

  it('is one self-contained page: a strict CSP, no script, no external reference', () => {
    const csp = all(report.doc, (n) => n.name === 'meta' && n.attribs?.['http-equiv'] === 'Content-Security-Policy')[0]?.attribs?.content ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/u);
    expect(all(report.doc, (n) => n.name === 'script' || n.name === 'link' || n.name === 'img' || n.name === 'iframe')).toEqual([]);
    expect(report.html).not.toMatch(/(?:src|href)\s*=|url\(|@import|@font-face/iu);
    expect(report.html).not.toMatch(/\sstyle="/u);
  });

  it('has the title, the summary and both figures, each an SVG with marks', () => {
    expect(text(all(report.doc, (n) => n.name === 'h1')[0] as Node)).toBe('2 份方案的比较');
    const summary = text(all(report.doc, (n) => n.attribs?.class === 'summary')[0] as Node);
    expect(summary).toContain('本报告比较 2 份方案（2023、2024）');
    expect(summary).toContain(`共有 ${json.steps[0]?.entered.length} 个单位进入、${json.steps[0]?.left.length} 个单位退出`);
    expect(summary).toContain(`Spearman ρ 为 ${(json.steps[0]?.spearman as number).toFixed(3)}`);
    const figures = all(report.doc, (n) => n.name === 'figure');
    expect(figures.map((f) => f.attribs?.id)).toEqual(['plan-bars', 'slope']);
    // Small multiples: two bar segments per agency and plan it is in (every agency of the two plans is shown here).
    const segments = json.agencies.reduce((n, a) => n + 2 * a.plans.filter((p) => p !== null).length, 0);
    expect(all(figures[0] as Node, (n) => n.name === 'rect' && n.attribs?.fill !== undefined && n.attribs.fill !== 'none').length).toBeGreaterThanOrEqual(segments);
    expect(all(figures[1] as Node, (n) => n.name === 'circle').length).toBeGreaterThan(10);
  });

  it('shows the numbers of compare --format json: plans, agencies across plans, stability, network, pairs', () => {
    const plans = cells(report.doc, 'plans');
    for (const p of json.plans) expect(Object.fromEntries(plans.get(p.label) ?? [])).toEqual({ tasks: p.tasks, agencies: p.agencies });
    const agencies = cells(report.doc, 'agencies');
    expect([...agencies.keys()]).toEqual(json.agencies.map((a) => a.agency));
    let checked = 0;
    for (const a of json.agencies) {
      const row = agencies.get(a.agency) as Map<string, number>;
      expect(row.get('meanShare')).toBe(a.meanShare);
      a.plans.forEach((p, i) => {
        for (const f of ['tasks', 'lead', 'rank'] as const) {
          expect(row.get(`${f}@${i}`), `${a.agency} ${f}@${i}`).toBe(p === null ? undefined : p[f]);
          checked++;
        }
      });
    }
    expect(checked).toBe(json.agencies.length * 6);
    const step = json.steps[0] as Step;
    const stability = cells(report.doc, 'stability').get('2023\u21922024') as Map<string, number>;
    expect(Object.fromEntries(stability)).toEqual({
      shared: step.shared,
      jaccard: step.jaccard,
      spearman: step.spearman,
      kendall: step.kendall,
      'qap.r': step.qap?.r,
      'qap.pGreater': step.qap?.pGreater,
      'regression.0.estimate': step.regression?.coefficients[0]?.estimate,
      'regression.0.pTwoSided': step.regression?.coefficients[0]?.pTwoSided,
      'regression.1.estimate': step.regression?.coefficients[1]?.estimate,
      'regression.1.pTwoSided': step.regression?.coefficients[1]?.pTwoSided,
      'regression.rSquared': step.regression?.rSquared,
    });
    const turnover = cells(report.doc, 'turnover').get('2023\u21922024') as Map<string, number>;
    expect(Object.fromEntries(turnover)).toEqual({ entered: step.entered.length, left: step.left.length });
    for (const name of step.entered) expect(text(section(report.doc, 'turnover'))).toContain(name);
    const network = cells(report.doc, 'network-compare');
    const at = (o: object, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o);
    expect(network.size).toBe(12);
    for (const [key, row] of network) json.network.forEach((n, i) => expect(row.get(`plan@${i}`), `${key} of plan ${i}`).toBe(at(n, key)));
    const grew = cells(report.doc, 'grew-0');
    expect([...grew.keys()]).toEqual(step.grew.map((p) => `${p.a}\u2194${p.b}`));
    for (const p of step.grew) {
      expect(Object.fromEntries(grew.get(`${p.a}\u2194${p.b}`) ?? [])).toEqual({ 'before.shared': p.before.shared, 'after.shared': p.after.shared, change: p.change });
    }
    expect(step.fell).toEqual([]);
    expect(text(section(report.doc, 'fell-0'))).toContain('无');
  });

  it('is the page fengong compare --format html writes', () => {
    const other = page(['compare', A, B, ...LABELS, '--format', 'html'], 'via-compare.html');
    expect(other.html).toBe(report.html);
  });
});

describe('the compare report of three plans', () => {
  it('has a column per plan and the sections of both steps; speaks English with --lang en', () => {
    const { doc, html } = page(['report', A, B, C, ...LABELS, '--label', 'anhui', '--lang', 'en'], 'three.html');
    expect(html).toContain('<html lang="en">');
    expect(text(all(doc, (n) => n.name === 'h1')[0] as Node)).toBe('Comparison of 3 plans');
    const json = JSON.parse(fengong(['compare', A, B, C, ...LABELS, '--label', 'anhui', '--format', 'json']).stdout) as Comparison;
    expect([...cells(doc, 'stability').keys()]).toEqual(['2023\u21922024', '2024\u2192anhui']);
    for (const id of ['grew-0', 'fell-0', 'grew-1', 'fell-1', 'identity']) expect(section(doc, id), id).toBeDefined();
    const network = cells(doc, 'network-compare').get('loadGini') as Map<string, number>;
    expect([0, 1, 2].map((i) => network.get(`plan@${i}`))).toEqual(json.network.map((n) => n.loadGini));
    // 40 of the agencies in the table, the rest said.
    const rows = cells(doc, 'agencies');
    expect(rows.size).toBe(Math.min(40, json.agencies.length));
    if (json.agencies.length > 40) expect(html).toContain(`The first 40 of ${json.agencies.length} agencies are shown`);
  });

  it('writes both figures as SVG and PNG with --figures', () => {
    const figures = join(dir, 'figures');
    page(['report', A, B, '--figures', figures], 'figures.html');
    expect(readdirSync(figures).sort()).toEqual(['plan-bars.png', 'plan-bars.svg', 'slope.png', 'slope.svg']);
    expect(readFileSync(join(figures, 'slope.svg'), 'utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
  });
});
