// `fengong analyze --format xlsx` as a process: the workbook read back with read-excel-file (the
// reader core uses) and converted by LibreOffice holds the values of `analyze --format json`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fengong } from './run.js';

interface Report {
  network: Record<string, unknown>;
  agencies: Record<string, unknown>[];
  tasks: (Record<string, unknown> & { lead: string[]; co: string[] })[];
  pairs: Record<string, unknown>[];
  categoryBlocks: { groups: Record<string, unknown>[]; between: Record<string, unknown>[] };
  communityBlocks: { groups: Record<string, unknown>[]; between: Record<string, unknown>[] };
}

const SHEETS = ['agencies', 'tasks', 'pairs', 'network', 'categories', 'blocks', 'communities', 'community-blocks', 'notes'];
let dir: string;
let workbook: string;
let report: Report;
let sheets: Map<string, unknown[][]>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fengong-xlsx-'));
  workbook = join(dir, 'report.xlsx');
  const r = fengong(['analyze', '--format', 'xlsx', '-o', workbook]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  const json = fengong(['analyze', '--format', 'json']);
  report = JSON.parse(json.stdout) as Report;
  const bytes = readFileSync(workbook);
  const read = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  sheets = new Map(read.map(({ sheet, data }) => [sheet, data as unknown[][]]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows of a sheet as objects keyed by its header row. */
const records = (rows: unknown[][]): Record<string, unknown>[] => {
  const [header = [], ...body] = rows;
  return body.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
};

describe('fengong analyze --format xlsx', () => {
  it('refuses to write a workbook to stdout (exit 2, one line)', () => {
    const r = fengong(['analyze', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fengong: xlsx is a binary file: give the workbook to write with -o FILE\.xlsx\n/u);
    expect(r.stdout).toBe('');
  });

  it('names the path it cannot write (exit 1, no stack trace)', () => {
    const r = fengong(['analyze', '--format', 'xlsx', '-o', join(dir, 'missing', 'x.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot write');
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('has a sheet per table, in order', () => {
    expect([...sheets.keys()]).toEqual(SHEETS);
  });

  it('freezes the header row of every sheet', () => {
    const files = unzipSync(readFileSync(workbook));
    for (let i = 1; i <= SHEETS.length; i++) {
      const xml = strFromU8(files[`xl/worksheets/sheet${i}.xml`] ?? new Uint8Array());
      expect(xml, `sheet ${i}`).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
      expect(xml, `sheet ${i}`).toContain('topLeftCell="A2"');
    }
  });

  it('keeps every agency value: numbers as numbers, Chinese names intact', () => {
    const rows = records(sheets.get('agencies') ?? []);
    expect(rows).toHaveLength(report.agencies.length);
    rows.forEach((row, i) => {
      const expected = report.agencies[i] as Record<string, unknown>;
      for (const [k, v] of Object.entries(row)) expect(v, `${String(expected.agency)}.${k}`).toStrictEqual(expected[k]);
    });
    expect(rows[1]?.agency).toBe('省发展改革委');
    expect(typeof rows[1]?.betweenness).toBe('number');
  });

  it('keeps the tasks (units joined by 、) and the pairs', () => {
    const tasks = records(sheets.get('tasks') ?? []);
    expect(tasks).toHaveLength(report.tasks.length);
    tasks.forEach((row, i) => {
      const t = report.tasks[i] as Report['tasks'][number];
      expect(row.title).toBe(t.title);
      expect(row.lead).toBe(t.lead.join('、') || null);
      expect(row.co).toBe(t.co.join('、') || null);
      expect(row.pagerank).toBe(t.pagerank);
    });
    const pairs = records(sheets.get('pairs') ?? []);
    expect(pairs).toHaveLength(report.pairs.length);
    pairs.forEach((row, i) => expect(row).toStrictEqual(report.pairs[i]));
  });

  it('flattens the network measures to dotted names with numeric values', () => {
    const network = new Map((sheets.get('network') ?? []).slice(1).map((r) => [String(r[0]), r[1]]));
    expect(network.get('links')).toBe(report.network.links);
    expect(network.get('loadGini')).toBe(report.network.loadGini);
    expect(network.get('teamSize.median')).toBe((report.network.teamSize as { median: number }).median);
  });

  it('has the groups and the blocks between categories of the report, one row each', () => {
    const categories = records(sheets.get('categories') ?? []);
    expect(categories).toStrictEqual(report.categoryBlocks.groups);
    const blocks = records(sheets.get('blocks') ?? []);
    expect(blocks).toStrictEqual(report.categoryBlocks.between);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('has the groups and the blocks between communities of the report, one row each', () => {
    expect(records(sheets.get('communities') ?? [])).toStrictEqual(report.communityBlocks.groups);
    const blocks = records(sheets.get('community-blocks') ?? []);
    expect(blocks).toStrictEqual(report.communityBlocks.between);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('opens in LibreOffice with every sheet and the same values (soffice --convert-to csv)', () => {
    const soffice = spawnSync('which', ['soffice']).status === 0;
    expect(soffice, 'LibreOffice is needed: apt-get install -y --no-install-recommends libreoffice-calc-nogui (scripts/ensure-system-deps.mjs does it as root)').toBe(true);
    const out = join(dir, 'lo');
    // Token 12 = -1: every sheet to its own file (LibreOffice ≥ 7.2); UTF-8 (76), comma-separated.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, workbook], { stdio: 'pipe', timeout: 120_000 });
    expect(readdirSync(out).sort()).toEqual(SHEETS.map((s) => `report-${s}.csv`).sort());
    const csv = (sheet: string) => Papa.parse<string[]>(readFileSync(join(out, `report-${sheet}.csv`), 'utf8'), { skipEmptyLines: true }).data;
    const same = (cell: string | undefined, value: unknown, where: string): void => {
      if (typeof value === 'number') expect(Number(cell), where).toBeCloseTo(value, 12);
      else if (typeof value === 'boolean') expect(cell, where).toBe(value ? 'TRUE' : 'FALSE');
      else expect(cell ?? '', where).toBe(value === null ? '' : String(value as string));
    };
    for (const sheet of ['agencies', 'tasks', 'pairs', 'network', 'categories', 'blocks']) {
      const mine = sheets.get(sheet) ?? [];
      const theirs = csv(sheet);
      expect(theirs.length, sheet).toBe(mine.length);
      mine.forEach((row, r) => row.forEach((value, c) => same(theirs[r]?.[c], value, `${sheet}!R${r + 1}C${c + 1}`)));
    }
  });
});
