// The fengong command run as a process: output, exit codes, messages.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}packages/cli/bin/fengong.js`;
const fixture = (name: string) => `${root}test/fixtures/tables/${name}`;

function fengong(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  rank: number;
  agency: string;
  nameEn: string | null;
  collective: boolean;
  tasks: number;
  lead: number;
  co: number;
  categories: number;
  share: number;
}
const json = (stdout: string) => JSON.parse(stdout) as Row[];

describe('fengong (usage)', () => {
  it('exits 2 with help on stderr when no command is given', () => {
    const r = fengong([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: fengong');
    expect(r.stdout).toBe('');
  });

  it('prints help for the program and for rank, exit 0', () => {
    expect(fengong(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('rank') as string });
    const r = fengong(['rank', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--top', '--by', '--format', '--exclude-collective']) expect(r.stdout).toContain(flag);
  });

  it('prints its version', () => {
    expect(fengong(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it.each([
    [['rank', '--top', 'abc'], '--top'],
    [['rank', '--top', '0'], '--top'],
    [['rank', '--by', 'weight'], 'tasks, lead, co'],
    [['rank', '--format', 'xml'], 'table, json, csv'],
    [['rank', '--frobnicate'], 'unknown option'],
    [['frobnicate'], 'unknown command'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = fengong(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('fengong rank on the bundled table', () => {
  it('prints an aligned table with Chinese names', () => {
    const r = fengong(['rank', '--top', '5']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain('湖南省对接粤港澳大湾区实施方案');
    expect(lines[1]).toBe('30 tasks, top 5 of 34 agencies, ranked by tasks');
    const header = lines[3] ?? '';
    const rows = lines.slice(4, 9);
    expect(rows[1]).toMatch(/^2 {2}省发展改革委 +27 +10 +17 +8 +90\.0%$/);
    // Alignment in terminal columns: a CJK character is two columns wide, so every row ends in
    // the same column as the header.
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
    for (const row of rows) expect(width(row)).toBe(width(header));
    expect(r.stdout).toContain('* collective unit');
  });

  it('prints JSON objects with agency, tasks, lead, co and collective', () => {
    const r = fengong(['rank', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = json(r.stdout);
    expect(rows).toHaveLength(34);
    expect(rows[0]).toEqual({
      rank: 1,
      agency: '各有关市州人民政府',
      nameEn: expect.any(String) as string,
      collective: true,
      tasks: 30,
      lead: 0,
      co: 30,
      categories: 8,
      share: 1,
    });
    expect(rows[1]).toMatchObject({ agency: '省发展改革委', tasks: 27, lead: 10, co: 17, collective: false });
    expect(rows.reduce((s, row) => s + row.tasks, 0)).toBe(179);
  });

  it('ranks by lead without collectives', () => {
    const rows = json(fengong(['rank', '--by', 'lead', '--exclude-collective', '--format', 'json', '--top', '3']).stdout);
    expect(rows.map((row) => [row.agency, row.lead])).toEqual([
      ['省发展改革委', 10],
      ['省生态环境厅', 3],
      ['省文化和旅游厅', 3],
    ]);
    expect(rows.every((row) => !row.collective)).toBe(true);
  });

  it('prints CSV with a header row', () => {
    const r = fengong(['rank', '--format', 'csv', '--top', '2', '--exclude-collective']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'rank,agency,nameEn,collective,tasks,lead,co,categories,share',
      '1,省发展改革委,Hunan Provincial Development and Reform Commission,false,27,10,17,8,0.9',
      expect.stringMatching(/^2,省商务厅,/) as string,
    ]);
  });
});

describe('fengong rank on a file', () => {
  it('reads a table from a file', () => {
    const rows = json(fengong(['rank', fixture('small.txt'), '--format', 'json']).stdout);
    expect(rows.map((row) => [row.agency, row.tasks, row.lead, row.collective])).toEqual([
      ['省交通运输厅', 3, 2, false],
      ['省财政厅', 2, 1, false],
      ['各有关市州人民政府', 1, 0, true],
    ]);
    expect(rows[0]?.nameEn).toBeNull();
  });

  it('reads a table from stdin with -', () => {
    const r = fengong(['rank', '-', '--format', 'json'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲、乙\n`);
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((row) => row.agency)).toEqual(['甲', '乙']);
  });

  it('exits 1 with --strict naming file and line for a malformed table, without a stack trace', () => {
    const file = fixture('missing-cell.txt');
    const r = fengong(['rank', file, '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:13: row has 3 cells, expected 4`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads the rest of a table with a malformed row, with a warning naming its line', () => {
    const file = fixture('missing-cell.txt');
    const r = fengong(['rank', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).length).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${file}:13: warning: row has 3 cells, expected 4`);
  });

  it('exits 1 for a file that does not exist, a directory, or text that is not a table', () => {
    expect(fengong(['rank', 'no/such/file.txt'])).toMatchObject({ code: 1, stderr: 'fengong: no/such/file.txt: cannot read: no such file\n' });
    expect(fengong(['rank', 'test'])).toMatchObject({ code: 1, stderr: expect.stringContaining('is a directory') as string });
    const r = fengong(['rank', 'test/README.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/test\/README\.md:\d+: /);
  });

  it('exits 1 for a file that is not text in any encoding it knows', () => {
    const bad = spawnSync(process.execPath, [bin, 'rank', '-'], { cwd: root, input: Buffer.from([0xd6, 0xd0, 0x0a, 0xff]) });
    expect(bad.status).toBe(1);
    expect(bad.stderr.toString()).toContain('<stdin>:2: cannot decode the file');
  });

  it('prints parse warnings on stderr with file and line, and still ranks', () => {
    const r = fengong(['rank', '-', '--format', 'json'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲、甲\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('<stdin>:7: warning: “甲” is listed twice on task 1; counted once, at its first position\n');
    expect(json(r.stdout)).toHaveLength(1);
  });
});
