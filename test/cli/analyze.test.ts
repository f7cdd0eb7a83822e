// `fengong analyze` run as a process: the JSON report, the agencies CSV, the Markdown report, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cells, fengong, fixture, root } from './run.js';

interface Report {
  dataset?: { id: string; title: string; document: string };
  source: { file: string | null; excludeCollective: boolean; excluded: { name: string }[] };
  settings: { lambda: number; rho: number; louvainSeed: number; betweenness: { method: string; pivots: number | null; seed: number | null }; closeness: { method: string; pivots: number | null; seed: number | null } };
  network: Record<string, unknown> & { components: number; agencies: number; tasks: number };
  agencies: (Record<string, unknown> & { agency: string; collective: boolean; tasks: number; lead: number })[];
  tasks: (Record<string, unknown> & { id: string; lead: string[]; co: string[] })[];
  pairs: (Record<string, unknown> & { a: string; b: string; shared: number })[];
  categoryBlocks: { groups: Record<string, unknown>[]; between: Record<string, unknown>[] };
  communityBlocks: { groups: (Record<string, unknown> & { community: number; agencies: number })[]; between: Record<string, unknown>[] };
}
const report = (args: string[] = []): Report => {
  const r = fengong(['analyze', '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
};
const COLLECTIVE = '各有关市州人民政府';

const NETWORK_KEYS = ['density', 'nodf', 'robinsAlexander', 'loadGini', 'modularity', 'components'];
const AGENCY_KEYS = [
  'agency', 'tasks', 'lead', 'co', 'degreeCentrality', 'betweenness', 'closeness', 'pagerank', 'eigenvector', 'strength', 'partners', 'community',
  'effectiveSize', 'efficiency', 'constraint', 'hierarchy', 'effectiveSizeUnweighted', 'efficiencyUnweighted', 'constraintUnweighted', 'hierarchyUnweighted',
  'coreness', 'twoModeCoreness', 'continuousCoreness', 'core', 'continuousCorenessTwoMode', 'coreTwoMode',
  'coordinator', 'consultant', 'gatekeeper', 'representative', 'liaison', 'brokerage', 'backboneDegree',
];
const TASK_KEYS = ['id', 'title', 'category', 'lead', 'agencies', 'twoModeCoreness', 'continuousCorenessTwoMode', 'coreTwoMode'];
const PAIR_KEYS = ['a', 'b', 'shared', 'jaccard', 'overlap', 'cosine', 'newman', 'pValue', 'sdsmPValue', 'sdsmQValue', 'backbone'];

describe('fengong analyze (usage)', () => {
  it('documents its options in --help', () => {
    const r = fengong(['analyze', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--exclude-collective', '--lambda', '--rho', '--seed', '--betweenness', '--closeness', '--brokerage-grouping', '--threads', 'sdsmPValue', 'Exit codes']) expect(r.stdout).toContain(flag);
  });

  it.each([
    [['--rho', '2'], '--rho'],
    [['--rho', 'abc'], '--rho'],
    [['--rho', '-0.1'], '--rho'],
    [['--lambda', '-1'], '--lambda'],
    [['--lambda', 'NaN'], '--lambda'],
    [['--lambda', ''], '--lambda'],
    [['--seed', '1.5'], '--seed'],
    [['--seed', 'x'], '--seed'],
    [['--betweenness', '0'], '--betweenness'],
    [['--betweenness', 'some'], '--betweenness'],
    [['--closeness', '0'], '--closeness'],
    [['--closeness', 'half'], '--closeness'],
    [['--threads', '0'], '--threads'],
    [['--threads', '1.5'], '--threads'],
    [['--threads', '257'], '--threads'],
    [['--format', 'xml'], 'json, csv, markdown'],
    [['--frobnicate'], 'unknown option'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = fengong(['analyze', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('exits 1 with --strict naming file and line for a malformed table', () => {
    const file = fixture('missing-cell.txt');
    for (const format of ['json', 'csv', 'markdown']) {
      const r = fengong(['analyze', file, '--format', format, '--strict']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${file}:13: row has 3 cells, expected 4`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('fengong analyze --format json', () => {
  const full = report();

  it('is the default format', () => {
    expect(fengong(['analyze']).stdout).toBe(fengong(['analyze', '--format', 'json']).stdout);
  });

  it('has every documented key, and a dataset block for the bundled table', () => {
    expect(full.dataset).toEqual({ id: 'hunan-gba-2020', title: '湖南省对接粤港澳大湾区实施方案（2020—2025年）', document: '湘政办发〔2020〕8号' });
    expect(Object.keys(full)).toEqual(['dataset', 'source', 'settings', 'network', 'agencies', 'tasks', 'pairs', 'categoryBlocks', 'communityBlocks']);
    expect(Object.keys(full.categoryBlocks)).toEqual(['groups', 'between']);
    expect(Object.keys(full.communityBlocks)).toEqual(['groups', 'between']);
    // One group per community, as large as its agencies.
    expect(full.communityBlocks.groups.map((g) => g.community)).toEqual(Array.from({ length: full.network['communities'] as number }, (_, i) => i));
    for (const g of full.communityBlocks.groups) expect(full.agencies.filter((a) => a['community'] === g.community)).toHaveLength(g.agencies);
    expect(Object.keys(full.network)).toEqual(expect.arrayContaining(NETWORK_KEYS));
    for (const a of full.agencies) expect(Object.keys(a)).toEqual(expect.arrayContaining(AGENCY_KEYS));
    for (const t of full.tasks) expect(Object.keys(t)).toEqual(expect.arrayContaining(TASK_KEYS));
    for (const p of full.pairs) expect(Object.keys(p)).toEqual(expect.arrayContaining(PAIR_KEYS));
    for (const key of NETWORK_KEYS) expect(typeof full.network[key]).toBe('number');
    for (const key of ['corePeriphery', 'backbone', 'robustness', 'twoModeCentralisation']) expect(typeof full.network[key]).toBe('object');
  });

  it('counts the bundled table: 30 tasks, 34 agencies, one component', () => {
    expect(full.tasks).toHaveLength(30);
    expect(full.agencies).toHaveLength(34);
    expect(full.network).toMatchObject({ tasks: 30, agencies: 34, components: 1 });
    expect(full.agencies.find((a) => a.agency === '省发展改革委')).toMatchObject({ tasks: 27, lead: 10, co: 17, collective: false });
    expect(full.tasks[0]).toMatchObject({ id: '1', lead: ['省发展改革委'], agencies: 6 });
    expect(full.pairs[0]).toMatchObject({ a: '省发展改革委', b: COLLECTIVE, shared: 27 });
    expect(full.source).toEqual({ file: 'hunan-gba-2020/table.txt', excludeCollective: false, excluded: [] });
  });

  it('leaves collective units out with --exclude-collective', () => {
    const r = report(['--exclude-collective']);
    expect(r.agencies).toHaveLength(33);
    expect(r.agencies.some((a) => a.collective || a.agency === COLLECTIVE)).toBe(false);
    expect(r.tasks.some((t) => [...t.lead, ...t.co].includes(COLLECTIVE))).toBe(false);
    expect(r.pairs.some((p) => p.a === COLLECTIVE || p.b === COLLECTIVE)).toBe(false);
    expect(r.source.excluded.map((u) => u.name)).toEqual([COLLECTIVE]);
    expect(r.network).toMatchObject({ agencies: 33, tasks: 30 });
  });

  it('says which projection weight the structural holes use, and gives the innermost cores', () => {
    expect(full.settings).toMatchObject({ structuralHolesWeight: 'shared', twoModeCoreL: 2 });
    const without = report(['--exclude-collective']);
    expect(without.network).toMatchObject({ kCore: { k: 9, agencies: 11 }, twoModeCore: { k: 16, l: 2, agencies: 2, tasks: 16 } });
    const ndrc = without.agencies.find((a) => a.agency === '省发展改革委');
    expect(ndrc).toMatchObject({ partners: 30, coreness: 9, twoModeCoreness: 16 });
    for (const a of without.agencies) {
      expect(a.hierarchy as number).toBeGreaterThanOrEqual(0);
      expect(a.hierarchy as number).toBeLessThanOrEqual(1);
      expect(a.efficiency as number).toBeLessThanOrEqual(1 + 1e-12);
    }
  });

  it('groups the brokerage roles by category unless --brokerage-grouping says otherwise; refuses an unknown grouping', () => {
    expect(full.settings).toMatchObject({ brokerageGrouping: 'category' });
    const byKind = report(['--brokerage-grouping', 'kind']);
    expect(byKind.settings).toMatchObject({ brokerageGrouping: 'kind' });
    // The total of the roles does not depend on the grouping: it counts the open two-paths.
    const total = (r: Report) => r.agencies.reduce((s, a) => s + (a.brokerage as number), 0);
    expect(total(byKind)).toBe(total(full));
    expect(total(full)).toBeGreaterThan(0);
    const bad = fengong(['analyze', '--brokerage-grouping', 'party']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'party' is invalid");
  });

  it('gives the backbone, core–periphery and robustness figures of the network', () => {
    expect(full.network.backbone).toMatchObject({ model: 'sdsm', alpha: 0.05 });
    const cp = full.network.corePeriphery as { projection: { coreAgencies: number; correlation: number } };
    expect(cp.projection.coreAgencies).toBe(full.agencies.filter((a) => a.core === true).length);
    expect(cp.projection.correlation).toBeGreaterThan(0);
    const rob = full.network.robustness as Record<string, { aucCovered: number; covered: number[] }> & { replicates: number };
    expect(rob.replicates).toBe(20);
    for (const s of ['random', 'tasks', 'lead', 'betweenness']) {
      expect(rob[s]?.covered).toHaveLength(35);
      expect(rob[s]?.aucCovered).toBeGreaterThan(0);
      expect(rob[s]?.aucCovered).toBeLessThanOrEqual(1);
    }
  });

  it('passes --lambda, --rho and --seed to the analysis', () => {
    const r = report(['--lambda', '3', '--rho', '1', '--seed', '7']);
    expect(r.settings).toMatchObject({ lambda: 3, rho: 1, louvainSeed: 7 });
    expect(r.agencies.find((a) => a.agency === '省发展改革委')).toMatchObject({ weightedLoad: 3 * 10 + 17 });
  });

  it('computes closeness exactly on a small table, or from seeded pivots with --closeness N, and says which', () => {
    // (Without the collective on every task: a component with a universal node is exact even when sampled.)
    const exact = report(['--exclude-collective']);
    expect(exact.settings.closeness).toEqual({ method: 'exact', pivots: null, seed: null });
    expect(report(['--exclude-collective', '--closeness', 'exact']).agencies).toEqual(exact.agencies);
    const sampled = report(['--exclude-collective', '--closeness', '3']);
    expect(sampled.settings.closeness).toMatchObject({ method: 'sampled', pivots: 3 });
    const c = (r: typeof exact) => r.agencies.map((a) => a.closeness);
    expect(c(sampled)).not.toEqual(c(exact));
    expect(c(report(['--exclude-collective', '--closeness', '3']))).toEqual(c(sampled));
  });

  it('computes betweenness exactly on a small table, or from seeded pivots with --betweenness N, and says which', () => {
    const exact = report([]);
    expect(exact.settings.betweenness).toEqual({ method: 'exact', pivots: null, seed: null });
    expect(report(['--betweenness', 'exact']).agencies).toEqual(exact.agencies);
    const sampled = report(['--betweenness', '20']);
    expect(sampled.settings.betweenness).toEqual({ method: 'sampled', pivots: 20, seed: 42 });
    const b = (r: typeof exact) => r.agencies.map((a) => a.betweenness);
    expect(b(sampled)).not.toEqual(b(exact));
    expect(b(report(['--betweenness', '20']))).toEqual(b(sampled));
    const md = fengong(['analyze', '--format', 'markdown', '--betweenness', '20']).stdout;
    expect(md).toContain('Betweenness is estimated from 20 seeded pivot sources (seed 42');
    expect(fengong(['analyze', '--format', 'markdown']).stdout).toContain('Betweenness is exact');
  });

  it('prints byte-identical output for the same command', () => {
    for (const args of [['analyze'], ['analyze', '--exclude-collective', '--format', 'markdown'], ['analyze', '--format', 'csv']]) {
      const first = fengong(args);
      expect(first.code).toBe(0);
      expect(fengong(args).stdout).toBe(first.stdout);
    }
  });

  it('gives the same bytes whatever --threads says: 1 (no worker), 3 (workers started whatever the machine has)', () => {
    // 3,000 generated tasks: enough link visits (sources × 2m ≥ 5·10⁷) for the searches to go to workers.
    const dir = mkdtempSync(join(tmpdir(), 'fengong-threads-'));
    try {
      const gen = spawnSync(process.execPath, [join(root, 'scripts/bench/generate.mjs'), '--tasks', '3000', '--out', dir], { encoding: 'utf8' });
      expect(gen.status, gen.stderr).toBe(0);
      const args = ['analyze', join(dir, 'tasks-3000.txt'), '--format', 'csv'];
      const one = fengong([...args, '--threads', '1']);
      expect(one.code, one.stderr).toBe(0);
      expect(one.stdout.split('\n').length).toBeGreaterThan(300);
      const three = spawnSync(process.execPath, [join(root, 'packages/cli/bin/fengong.js'), ...args, '--threads', '3'], { encoding: 'utf8', env: { ...process.env, FENGONG_PROGRESS: '1' } });
      expect(three.status, three.stderr).toBe(0);
      expect(three.stderr).toContain('shortest paths 100%');
      expect(three.stdout).toBe(one.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes to -o FILE the bytes it prints (the JSON in pieces, then a newline); an unwritable path is exit 1 naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fengong-analyze-'));
    try {
      for (const args of [['analyze'], ['analyze', fixture('nested.txt'), '--exclude-collective']]) {
        const printed = fengong(args);
        const file = join(dir, 'report.json');
        const written = fengong([...args, '-o', file]);
        expect(written.code, written.stderr).toBe(0);
        expect(written.stdout).toBe('');
        expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
        expect(printed.stdout.endsWith('}\n')).toBe(true);
      }
      const bad = fengong(['analyze', '-o', join(dir, 'missing', 'r.json')]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(new RegExp(`^fengong: ${join(dir, 'missing', 'r.json')}: cannot write: ENOENT`, 'u'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no dataset block for a file, and names the file as its source', () => {
    const r = report([fixture('small.txt')]);
    expect(r.dataset).toBeUndefined();
    expect(r.source.file).toBe(fixture('small.txt'));
    expect(r.agencies.map((a) => a.agency)).toEqual(['省交通运输厅', '省财政厅', COLLECTIVE]);
  });

  it('reads stdin with - and prints parse warnings on stderr', () => {
    const r = fengong(['analyze', '-'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲、乙、甲\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('<stdin>:7: warning:');
    expect((JSON.parse(r.stdout) as Report).pairs).toMatchObject([{ a: '甲', b: '乙', shared: 1 }]);
  });
});

describe('fengong analyze --format csv', () => {
  it('writes one row per agency with every numeric field of the report', () => {
    const r = fengong(['analyze', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(35);
    const header = cells(lines[0]);
    expect(header.slice(0, 7)).toEqual(['rank', 'agency', 'nameEn', 'collective', 'tasks', 'lead', 'co']);
    const agency: Record<string, unknown> = report().agencies[0] ?? {};
    const numeric = Object.keys(agency).filter((k) => typeof agency[k] === 'number');
    expect(header).toEqual(expect.arrayContaining(numeric));
    expect(header).toHaveLength(new Set(header).size);
    const ndrc = lines.find((l) => l.includes(',省发展改革委,'));
    const row = Object.fromEntries(header.map((h, i) => [h, cells(ndrc)[i]]));
    expect(row).toMatchObject({ tasks: '27', lead: '10', co: '17', collective: 'false' });
  });

  it('has 33 rows without collective units', () => {
    expect(fengong(['analyze', '--format', 'csv', '--exclude-collective']).stdout.trimEnd().split('\n')).toHaveLength(34);
  });

  it('--table: the groups and the between-group blocks of the categories and the communities, as in the JSON', () => {
    const json = report();
    const rows = (table: string): Record<string, string>[] => {
      const r = fengong(['analyze', '--format', 'csv', '--table', table]);
      expect(r.code, r.stderr).toBe(0);
      const [head, ...body] = r.stdout.trimEnd().split('\n');
      const header = cells(head);
      return body.map((l) => Object.fromEntries(cells(l).map((c, i) => [header[i] as string, c])));
    };
    const text = (v: unknown): string => (typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');
    const communities = rows('communities');
    expect(Object.keys(communities[0] ?? {})).toEqual(['community', 'agencies', 'pairs', 'ties', 'shared', 'density', 'meanShared', 'centralisation']);
    expect(communities).toEqual(json.communityBlocks.groups.map((g) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, text(v)]))));
    expect(rows('community-blocks')).toEqual(json.communityBlocks.between.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, text(v)]))));
    expect(rows('categories')).toEqual(json.categoryBlocks.groups.map((g) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, text(v)]))));
    expect(rows('category-blocks')).toEqual(json.categoryBlocks.between.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, text(v)]))));
    expect(fengong(['analyze', '--format', 'csv', '--table', 'agencies']).stdout).toBe(fengong(['analyze', '--format', 'csv']).stdout);
  });

  it('--table without --format csv, or an unknown table, is a usage error (exit 2)', () => {
    const markdown = fengong(['analyze', '--format', 'markdown', '--table', 'communities']);
    expect(markdown.code).toBe(2);
    expect(markdown.stderr).toContain('--table communities picks a csv table: add --format csv');
    const unknown = fengong(['analyze', '--format', 'csv', '--table', 'regions']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('regions');
  });
});

describe('fengong analyze --format markdown', () => {
  const md = fengong(['analyze', '--format', 'markdown']).stdout;

  it('has a title, the sections and the notes', () => {
    expect(md.split('\n')[0]).toBe('# 湖南省对接粤港澳大湾区实施方案（2020—2025年） · 重点任务责任分工');
    for (const heading of [
      '## Network',
      '## Agencies',
      '## Core and periphery',
      '## Brokers',
      '## Density and centralisation by category',
      '## Density and centralisation by community',
      '## Strongest co-responsibility pairs',
      '## Backbone of co-responsibility',
      '## Robustness to the loss of agencies',
      '## Single points of failure',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('**Notes.**');
    expect(md).toContain('seed 42');
    expect(md).toContain('Borgatti & Halgin');
  });

  it('has plain-English network measures and rounded agency rows', () => {
    expect(md).toContain('| Density (links ÷ possible links) | 0.175 |');
    expect(md).toContain('| Load Gini (0 = equal) |');
    expect(md).toContain('| NODF nestedness (0–100) | 35.0 |');
    expect(md).toContain('| Barber modularity Q_B |');
    expect(md).toContain('| Connected components | 1 |');
    expect(md).toContain('| Team size: agencies per task, min / median / max | 3 / 6 / 11 |');
    // Two-mode centralisation per mode: NetworkX's degrees and raw betweenness (test/fixtures/networkx/hunan-gba-2020.json).
    expect(md).toContain('| Degree centralisation, agencies / tasks (two-mode, 0–1) | 0.879 / 0.158 |');
    expect(md).toContain('| Betweenness centralisation, agencies / tasks (two-mode, 0–1) | 0.370 / 0.082 |');
    expect(md).toMatch(/\n\| 2 \| 省发展改革委 \| 27 \| 10 \| 17 \| 0\.\d{3} \| 0\.\d{3} \| 0\.\d{4} \| \d+ \|\n/u);
    expect(md).toContain(`| 1 | ${COLLECTIVE} (collective) | 30 | 0 | 30 |`);
  });

  it('has a structural-holes and cores table, with — for an agency that shares no task', () => {
    const section = md.slice(md.indexOf('## Structural holes and cores'), md.indexOf('## Core and periphery'));
    expect(section).toContain('ties weighted by shared tasks');
    expect(section).toContain('| # | Agency | Partners | Effective size | Efficiency | Constraint | Hierarchy | Effective size (ties as 1) | Constraint (ties as 1) | k-core | Two-mode core (l = 2) |');
    expect(section.split('\n').filter((l) => /^\| \d+ \|/u.test(l))).toHaveLength(34);
    expect(section).toMatch(/\n\| 2 \| 省发展改革委 \| 31 \| \d+\.\d{3} \| 0\.\d{3} \| 0\.\d{3} \| 0\.\d{3} \| \d+\.\d{3} \| 0\.\d{3} \| 10 \| 27 \|\n/u);
    expect(md).toContain('| Innermost k-core of the agency projection | k = 10: 12 agencies |');
    expect(md).toContain('Structural holes (Burt 1992) on the agency projection, ties weighted by shared tasks');
    const alone = fengong(['analyze', '-', '--format', 'markdown'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲、乙\n\n\t2\n\t任务二\n\t丙\n`).stdout;
    expect(alone).toContain('| 1 | 丙 | 0 | — | — | — | — | — | — | 0 | 0 |');
    expect(alone).toContain('| 1 | 甲 | 1 | 1.000 | 1.000 | 1.000 | 0.000 | 1.000 | 1.000 | 1 | 1 |');
    expect(alone).toContain('| Innermost two-mode core (k, l = 2) | k = 1: 2 agencies, 1 task |');
  });

  it('has the core and periphery, the brokers, the backbone and the robustness AUCs', () => {
    const section = (from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to));
    const core = section('## Core and periphery', '## Brokers');
    expect(core).toContain('| Matrix | Core agencies | Core tasks | Fit of the core (ρ) | Fit of continuous coreness (ρ) |');
    expect(core).toMatch(/\| Agency projection \| \d+ \| — \| 0\.\d{3} \| 0\.\d{3} \|/u);
    expect(core).toContain('Core of the projection, by continuous coreness: ');
    const brokers = section('## Brokers', '## Strongest');
    expect(brokers).toContain('| Agency | Coordinator | Consultant | Gatekeeper | Representative | Liaison | Total |');
    expect(brokers).toMatch(/\n\| 省发展改革委 \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|\n/u);
    const backbone = section('## Backbone of co-responsibility', '## Robustness');
    expect(backbone).toContain('stochastic degree sequence model');
    expect(backbone).toMatch(/q < 0\.05: \d+ ties? among \d+ agenc/u);
    const robust = section('## Robustness to the loss of agencies', '## Single points');
    for (const row of ['At random (mean of 20 seeded orders)', 'Most tasks first', 'Most tasks led first', 'Highest betweenness first']) {
      expect(robust).toMatch(new RegExp(`\\| ${row.replace(/[()]/gu, '\\$&')} \\| [01]\\.\\d{3} \\| [01]\\.\\d{3} \\|`, 'u'));
    }
    expect(md).toContain('`sdsmPValue`/`sdsmQValue` the SDSM');
  });

  it('has the density and centralisation of each category, and the densest blocks between categories', () => {
    const section = md.slice(md.indexOf('## Density and centralisation by category'), md.indexOf('## Density and centralisation by community'));
    expect(section).toContain('| Category | Agencies | Density within | Mean shared within | Centralisation |');
    // Values of test/fixtures/networkx/hunan-gba-2020.json (NetworkX density of the category's subgraph; centralisation 5/28).
    expect(section).toContain('| 推进现代产业协同发展 | 9 | 0.861 | 4.56 | 0.179 |');
    expect(section).toContain('| 深化公共服务对接合作 | 1 | — | — | — |');
    expect(section).toContain('The 15 densest of 18 blocks between two categories with a tie');
    expect(section).toContain('| 推进现代产业协同发展 | 促进区域旅游休闲康养联动 | 17 of 27 | 0.630 | 1.15 |');
    const plain = fengong(['analyze', '-', '--format', 'markdown'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲、乙\n`).stdout;
    expect(plain).toContain('| (no category) | 2 | 1.000 | 1.00 | — |');
    expect(plain).toContain('No two agencies of different main categories share a task.');
  });

  it('has the density and centralisation of each community, and the blocks between communities, from the JSON', () => {
    const section = md.slice(md.indexOf('## Density and centralisation by community'), md.indexOf('## Strongest'));
    expect(section).toContain('Agencies grouped by their Louvain community');
    expect(section).toContain('| Community | Agencies | Density within | Mean shared within | Centralisation |');
    const json = report();
    const three = (x: unknown): string => (x === null ? '—' : (x as number).toFixed(3));
    for (const g of json.communityBlocks.groups) {
      expect(section).toContain(`| ${g.community} | ${g.agencies} | ${three(g['density'])} | ${g['meanShared'] === null ? '—' : (g['meanShared'] as number).toFixed(2)} | ${three(g['centralisation'])} |`);
    }
    expect(section).toContain('| Community A | Community B | Pairs tied | Density between | Mean shared between |');
    expect(section.split('\n').filter((l) => /^\| \d+ \| \d+ \| \d+ of \d+ \|/u.test(l))).toHaveLength(Math.min(15, json.communityBlocks.between.length));
    const plain = fengong(['analyze', '-', '--format', 'markdown'], `\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t任务\n\t甲、乙\n\n\t2\n\t任务二\n\t丙、丁\n`).stdout;
    expect(plain).toContain('No two agencies of different communities share a task.');
  });

  it('lists the backbone ties when there are some, with both tests', () => {
    // A and B share 20 two-agency tasks; 40 more tasks join C … J in a ring.
    const others = 'CDEFGHIJ';
    const rows = Array.from({ length: 60 }, (_, t) => `\t${t + 1}\n\t任务${t + 1}\n\t${t < 20 ? 'A局、B局' : `${others[t % 8]}局、${others[(t + 1) % 8]}局`}`);
    const out = fengong(['analyze', '-', '--format', 'markdown'], `\t序号\n\t重点任务\n\t责任单位\n\n${rows.join('\n\n')}\n`);
    expect(out.code, out.stderr).toBe(0);
    const section = out.stdout.slice(out.stdout.indexOf('## Backbone of co-responsibility'), out.stdout.indexOf('## Robustness'));
    expect(section).toContain('| Agency A | Agency B | Shared tasks | SDSM p | SDSM q | Hypergeometric p |');
    expect(section).toMatch(/\n\| A局 \| B局 \| 20 \| [^|]+ \| [^|]+ \| [^|]+ \|\n/u);
  });

  it('lists the top 15 pairs by shared tasks', () => {
    const section = md.slice(md.indexOf('## Strongest'), md.indexOf('## Single'));
    const rows = section.split('\n').filter((l) => /^\| \d+ \|/u.test(l));
    expect(rows).toHaveLength(15);
    expect(rows[0]).toMatch(new RegExp(`^\\| 1 \\| 省发展改革委 \\| ${COLLECTIVE} \\(collective\\) \\| 27 \\| 0\\.900 \\|`, 'u'));
  });

  it('says when no task rests on a single agency, and lists those that do', () => {
    expect(md).toContain('None: every task has at least two agencies');
    const small = fengong(['analyze', fixture('small.txt'), '--format', 'markdown']).stdout;
    expect(small.split('\n')[0]).toBe(`# Responsibility network: ${fixture('small.txt')}`);
    expect(small).toContain('(1 of 3): task 3 修建机场 (省交通运输厅 only).');
  });

  it('escapes pipes and emphasis characters in names and titles', () => {
    const r = fengong(['analyze', fixture('markdown-names.txt'), '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| 1 | 省A\\|B厅 | 2 | 2 | 0 |');
    expect(r.stdout).toContain('| 省C\\*厅 |');
    expect(r.stdout).toContain('省\\_D\\_局');
    expect(r.stdout).toContain('task 2 修建 \\*机场\\* (省A\\|B厅 only)');
    // Every table row still has as many cells as its header.
    const count = (line: string) => line.replace(/\\\|/gu, '').split('|').length;
    const agencies = r.stdout.slice(r.stdout.indexOf('## Agencies')).split('\n').filter((l) => l.startsWith('|')).slice(0, 5);
    for (const line of agencies) expect(count(line)).toBe(11);
  });
});
