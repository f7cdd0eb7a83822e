// `fengong parse` and the input options shared by every command, run as a process.
import { describe, expect, it } from 'vitest';
import { fengong } from './run.js';

interface ParsedTask {
  id: string;
  title: string;
  category: string | null;
  lead: string[];
  co: string[];
  responsible: string[];
  normalized?: { lead: string[]; co: string[]; responsible: string[] };
  leadSource: string;
  extra?: Record<string, string>;
  line: number;
}
interface Parsed {
  layout: string;
  tasks: ParsedTask[];
  warnings: { line: number; code: string; message: string }[];
  normalisation: { from: string; to: string; reason: string; tasks: string[] }[];
  accounting: { tasks: { read: number }; mentions: Record<string, number>; balanced: boolean };
}
const json = (stdout: string) => JSON.parse(stdout) as Parsed;

describe('fengong parse', () => {
  it('prints the bundled table as understood: 30 tasks, roles, no warnings', () => {
    const r = fengong(['parse']);
    expect(r.code).toBe(0);
    const p = json(r.stdout);
    expect(p.layout).toBe('word-table');
    expect(p.tasks).toHaveLength(30);
    expect(p.tasks[0]).toMatchObject({ id: '1', lead: ['省发展改革委'], responsible: [], leadSource: 'first-listed', line: 10 });
    expect(p.warnings).toEqual([]);
    expect(p.normalisation).toEqual([]);
    expect(p.accounting).toMatchObject({ tasks: { read: 30 }, mentions: { read: 179, linked: 179, excluded: 0 }, balanced: true });
    const without = json(fengong(['parse', '--exclude-collective']).stdout);
    expect(without.accounting).toMatchObject({ mentions: { read: 179, linked: 149, excluded: 30 }, balanced: true });
  });

  it('reads prose layouts, keeps officials as attributes, and marks unmarked units responsible', () => {
    const text = '一、交通\n1. 建设高铁。\n责任领导：张三\n牵头单位：省发改委；配合单位：省财政厅\n2. 建设公路。\n责任单位：省交通运输厅、省财政厅\n';
    const p = json(fengong(['parse', '-'], text).stdout);
    expect(p.layout).toBe('prose');
    expect(p.tasks.map((t) => [t.lead, t.co, t.responsible])).toEqual([
      [['省发改委'], ['省财政厅'], []],
      [[], [], ['省交通运输厅', '省财政厅']],
    ]);
    expect(p.tasks[0]?.extra).toEqual({ 责任领导: '张三' });
    expect(p.tasks[0]?.normalized).toEqual({ lead: ['省发展改革委'], co: ['省财政厅'], responsible: [] });
    expect(p.normalisation).toEqual([{ from: '省发改委', to: '省发展改革委', reason: 'alias', tasks: ['1'], lines: [4] }]);
  });

  it('reads .docx and .xlsx files and converts traditional names', () => {
    for (const file of ['test/fixtures/office/table.docx', 'test/fixtures/office/table.xlsx']) {
      const p = json(fengong(['parse', file]).stdout);
      expect(p.tasks.map((t) => t.normalized?.co ?? t.co)).toEqual([['省财政厅', '省交通运输厅'], ['省交通运输厅'], []]);
    }
  });

  it('obeys --lead-rule, --no-normalise, --aliases and --layout', () => {
    const text = '1. 建设高铁（责任单位：市发改委、规划局）\n';
    expect(json(fengong(['parse', '-', '--lead-rule', 'first-listed'], text).stdout).tasks[0]).toMatchObject({ lead: ['市发改委'], co: ['规划局'] });
    expect(json(fengong(['parse', '-', '--no-normalise'], text).stdout).normalisation).toEqual([]);
    const inferred = json(fengong(['parse', '-', '--infer-prefixes'], text).stdout);
    expect(inferred.tasks[0]?.normalized?.responsible).toEqual(['市发展改革委', '市规划局']);
    const aliases = json(fengong(['parse', '-', '--aliases', 'test/fixtures/aliases.json'], text).stdout);
    expect(aliases.tasks[0]?.normalized?.responsible).toEqual(['市发展改革委', '市规划和自然资源局']);
    const forced = fengong(['parse', '-', '--layout', 'word-table'], text);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toContain('<stdin>:1: not a table');
  });

  it('prints a readable table with --format table, and rank/analyze accept the same files', () => {
    const r = fengong(['parse', 'test/fixtures/office/table.docx', '-f', 'table']);
    expect(r.stdout).toContain('format docx, layout grid: 3 tasks, 2 categories');
    expect(r.stdout).toContain('merged: 省交通運輸廳 → 省交通运输厅 (traditional; tasks 2)');
    const rank = JSON.parse(fengong(['rank', 'test/fixtures/office/table.xlsx', '-f', 'json']).stdout) as { agency: string; tasks: number }[];
    expect(rank.map((row) => [row.agency, row.tasks])).toEqual([
      ['省发展改革委', 2],
      ['省交通运输厅', 2],
      ['省教育厅', 1],
      ['省财政厅', 1],
    ]);
  });

  it('exits 2 on a bad layout and 1 on a bad aliases file', () => {
    expect(fengong(['parse', '--layout', 'pdf']).code).toBe(2);
    const r = fengong(['parse', '--aliases', 'test/README.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('test/README.md: not valid JSON');
  });
});

describe('fengong parse: the evidence of the reading', () => {
  const file = 'test/fixtures/real/shaanxi-yangxian-2024-minsheng-shishi-table-traditional/source.txt';

  it('prints how the layout was chosen and read under the summary line', () => {
    const r = fengong(['parse', '-f', 'table', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('format text, layout line-cells: 5 tasks');
    expect(lines.slice(2, 5)).toEqual([
      '  no header row in the first 200 lines: read as numbered tasks with their units',
      '  read as prose: no task',
      '  read as a flattened table, | between cells: 5 tasks',
    ]);
    expect(r.stdout).toContain('  header on line 14: 序號 / 項目名稱 / 建設地點');
  });

  it('gives the same evidence in JSON', () => {
    const r = fengong(['parse', file]);
    const parsed = JSON.parse(r.stdout) as { evidence: string[] };
    expect(parsed.evidence[0]).toBe('no header row in the first 200 lines: read as numbered tasks with their units');
    expect(parsed.evidence).toContain('rows start only where the text marks them (| at the start of a row, or a lone |)');
  });
});

describe('fengong parse -f json, written in pieces', () => {
  it('prints exactly JSON.stringify(…, null, 2) and a newline, also for more tasks than one piece holds', () => {
    // 600 tasks: the task list is written task by task (past 256 elements), warnings and all.
    const rows = ['序号,重点任务,牵头单位,配合单位', ...Array.from({ length: 600 }, (_, i) => `${i + 1},推进第${i + 1}项“工作”\\落实,第${i % 7}局,第${(i + 1) % 7}局、第${i % 7}局`)];
    for (const [args, input] of [[['parse'], undefined], [['parse', '-'], `${rows.join('\n')}\n`]] as const) {
      const r = fengong(args, input);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    }
    const many = JSON.parse(fengong(['parse', '-'], `${rows.join('\n')}\n`).stdout) as Parsed;
    expect(many.tasks).toHaveLength(600);
    expect(many.warnings.length).toBeGreaterThan(0);
  });
});
