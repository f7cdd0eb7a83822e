// The installed packages in a clean project outside the workspace: a Node script, the `fengong`
// command on the bundled table and on a user's file, and type-checking against the declarations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { inApp } from './run.js';

const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));

describe('installed from the tarballs', () => {
  it('is outside the workspace: @fengong/core resolves to the installed copy', () => {
    const r = inApp(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('@fengong/core'))"]);
    expect(r.stdout.trim()).toBe(`file://${inject('app')}/node_modules/@fengong/core/dist/index.js`);
  });

  it('runs a Node script importing @fengong/core, its datasets and @fengong/cli', () => {
    const r = inApp(process.execPath, ['node.mjs']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      datasets: ['hunan-gba-2020'],
      order: 64,
      top: '省发展改革委',
      communities: expect.any(Number) as number,
      gexf: true,
      graphml: true,
      json: 64,
      neo4j: 'name:ID(Agency),collective:boolean,fullName,nameEn,kind,:LABEL',
      exit: { ok: 0, input: 1, usage: 2 },
    });
  });

  it('runs the installed `fengong` command on its bundled table', () => {
    const version = inApp('fengong', ['--version']);
    expect(version.stdout.trim()).toBe('0.1.0');
    const r = inApp('fengong', ['rank', '--top', '2', '--format', 'json', '--exclude-collective']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { agency: string }[]).map((row) => row.agency)).toEqual(['省发展改革委', '省商务厅']);
  });

  it('writes a report with its figures (SVG and PNG) and a workbook from the installed packages', () => {
    const page = inApp('fengong', ['report', '-o', 'report.html', '--figures', 'figures']);
    expect(page.code, page.stderr).toBe(0);
    expect(readFileSync(join(inject('app'), 'report.html'), 'utf8')).toContain('<figure id="network"');
    const png = readFileSync(join(inject('app'), 'figures', 'network.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const xlsx = inApp('fengong', ['analyze', '--format', 'xlsx', '-o', 'plan.xlsx']);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(readFileSync(join(inject('app'), 'plan.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('runs the installed `fengong` command on a user’s file: analyze, export, and a clear error', () => {
    const md = inApp('fengong', ['analyze', 'plan.csv', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Responsibility network: plan.csv');
    const gexf = inApp('fengong', ['export', 'plan.csv', '--to', 'gexf', '-o', 'plan.gexf']);
    expect(gexf.code).toBe(0);
    expect(readFileSync(join(inject('app'), 'plan.gexf'), 'utf8')).toContain('<node id="agency:省发展改革委" label="省发展改革委">');
    const missing = inApp('fengong', ['rank', 'nowhere.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('fengong: nowhere.csv: cannot read: no such file\n');
  });

  it.each(['nodenext', 'bundler'])('type-checks against the published declarations (moduleResolution %s, skipLibCheck off)', (mode) => {
    const r = inApp(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
