// Start-up (issue 17): a command loads what it uses. `fengong --help` loads no command module and
// not the library; `fengong rank` loads rank's module and the library, not the others'; readers and
// string-width load only for input that needs them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}packages/cli/bin/fengong.js`;
const hook = `${root}test/helpers/record-imports.mjs`;
const dir = mkdtempSync(join(tmpdir(), 'fengong-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
function imports(args: string[]) {
  const log = join(dir, `run-${(runs += 1)}.log`);
  const r = spawnSync(process.execPath, ['--import', hook, bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, FENGONG_IMPORT_LOG: log, NO_COLOR: '1' } });
  let loaded: string[] = [];
  try {
    loaded = readFileSync(log, 'utf8').split('\n').filter((l) => l !== '');
  } catch {
    // nothing recorded
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
}
const core = (loaded: string[]) => loaded.filter((u) => u.includes('/packages/core/'));
/** The report's and the workbook's libraries, which only `report` and `analyze --format xlsx` load. */
const heavy = (loaded: string[]) => loaded.filter((u) => /\/node_modules\/(@observablehq\/plot|linkedom|@resvg|write-excel-file|d3-|graphology-layout-forceatlas2|ml-matrix)/u.test(u));
/** The readers of binary formats (zip, XML, spreadsheets, HTML, PDF): they load when a file of their kind comes in. */
const readers = (loaded: string[]) => loaded.filter((u) => /\/node_modules\/(fflate|fast-xml-parser|read-excel-file|htmlparser2|pdfjs-dist)\//u.test(u));
const loads = (loaded: string[], pkg: string) => loaded.some((u) => u.includes(`/node_modules/${pkg}/`));
const command = (loaded: string[], name: string) => loaded.some((u) => u.endsWith(`/packages/cli/dist/commands/${name}.js`));

describe('start-up', () => {
  it('fengong --help lists every command without loading any of them or the library', () => {
    const r = imports(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['rank', 'analyze', 'report', 'pairs', 'parse', 'export', 'view']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name} \\[options\\] \\[files?(\\.\\.\\.)?\\]`, 'mu'));
      expect(command(r.loaded, name)).toBe(false);
    }
    expect(core(r.loaded)).toEqual([]);
  });

  it('fengong rank loads rank and the library, and no other command', () => {
    const r = imports(['rank', '--top', '1', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect(command(r.loaded, 'rank')).toBe(true);
    for (const name of ['analyze', 'report', 'pairs', 'parse', 'export', 'view']) expect(command(r.loaded, name)).toBe(false);
    expect(heavy(r.loaded)).toEqual([]);
    expect(core(r.loaded).length).toBeGreaterThan(0);
  });

  it('rank on the bundled plan and parse of a .txt load no reader and not string-width; a .docx loads fflate, an emoji string-width', () => {
    for (const args of [['rank'], ['parse', 'test/fixtures/tables/small.txt', '--format', 'table']]) {
      const r = imports(args);
      expect(r.code, r.stderr).toBe(0);
      expect(readers(r.loaded)).toEqual([]);
      expect(loads(r.loaded, 'string-width')).toBe(false);
    }
    // The other side of each: what is not loaded above does load when it is needed.
    const docx = imports(['parse', 'test/fixtures/formats/hunan-gba-2020/document.docx', '--format', 'json']);
    expect(docx.code, docx.stderr).toBe(0);
    expect(loads(docx.loaded, 'fflate')).toBe(true);
    const emoji = join(dir, 'emoji.txt');
    writeFileSync(emoji, '序号\t任务\t责任单位\n1\t做好👍工作\t省发展改革委、省财政厅\n');
    const wide = imports(['parse', emoji, '--format', 'table']);
    expect(wide.code, wide.stderr).toBe(0);
    expect(wide.stdout).toContain('做好👍工作');
    expect(loads(wide.loaded, 'string-width')).toBe(true);
  });

  it('the charting, rasterising and workbook libraries load only for report and analyze --format xlsx', () => {
    expect(heavy(imports(['--help']).loaded)).toEqual([]);
    const json = imports(['analyze', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(heavy(json.loaded)).toEqual([]);
    const xlsx = imports(['analyze', '--format', 'xlsx', '-o', join(dir, 'a.xlsx')]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(heavy(xlsx.loaded).some((u) => u.includes('/write-excel-file/'))).toBe(true);
    expect(heavy(xlsx.loaded).some((u) => u.includes('/@observablehq/plot/'))).toBe(false);
    const page = imports(['report', '-o', join(dir, 'r.html')]);
    expect(page.code, page.stderr).toBe(0);
    expect(heavy(page.loaded).some((u) => u.includes('/@observablehq/plot/'))).toBe(true);
    // PNGs were not asked for: resvg stays unloaded.
    expect(heavy(page.loaded).some((u) => u.includes('/@resvg/'))).toBe(false);
  });

  it('fengong help rank shows rank in full; an unknown command is a usage error with a suggestion', () => {
    const help = imports(['help', 'rank']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: fengong rank \[options\] \[file\]/u);
    expect(help.stdout).toContain('--by <key>');
    const unknown = imports(['ranx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'ranx'");
    expect(unknown.stderr).toContain('Did you mean rank?');
  });

  it('stops quietly when the reader of its output goes away (EPIPE)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" analyze --format json | head -c 10 >/dev/null`], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('EPIPE');
  });
});
