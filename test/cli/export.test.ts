// `fengong export`: the network for Gephi, Cytoscape, graphology, Neo4j, UCINET and Pajek, run as a process.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph, { UndirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { fengong, fixture, root } from './run.js';

const json = (text: string) => UndirectedGraph.from(JSON.parse(text) as SerializedGraph);
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fengong-export-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('fengong export', () => {
  it('rejects a missing or unknown --to, and neo4j without a directory, with exit 2', () => {
    const none = fengong(['export']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("required option '-t, --to <format>' not specified");
    const unknown = fengong(['export', '--to', 'dot']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Allowed choices are gexf, graphml, json, neo4j');
    const neo4j = fengong(['export', '--to', 'neo4j']);
    expect(neo4j.code).toBe(2);
    expect(neo4j.stderr).toContain('fengong: --to neo4j writes 3 files: give a directory with --output DIR');
  });

  it('reports an unreadable table and an unwritable output with exit 1', () => {
    const missing = fengong(['export', 'no-such.txt', '--to', 'gexf']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such.txt: cannot read: no such file');
    const dir = temp();
    const blocked = fengong(['export', '--to', 'gexf', '-o', join(dir, 'missing-dir', 'x.gexf')]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`${join(dir, 'missing-dir', 'x.gexf')}: cannot write:`);
  });

  it('writes GEXF of the bundled table to stdout that graphology-gexf reads back, byte-identical run to run', () => {
    const r = fengong(['export', '--to', 'gexf']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<description>湖南省对接粤港澳大湾区实施方案（2020—2025年） · 重点任务责任分工 (湘政办发〔2020〕8号)</description>');
    const g = parseGexf(UndirectedGraph, r.stdout);
    expect([g.order, g.size]).toEqual([64, 179]);
    expect(g.getNodeAttributes('agency:省发展改革委')).toMatchObject({ part: 'agency', label: '省发展改革委', collective: false });
    expect(fengong(['export', '--to', 'gexf']).stdout).toBe(r.stdout);
  });

  it('writes GraphML of a user’s file, without collective units when asked', () => {
    const r = fengong(['export', fixture('small.txt'), '--to', 'graphml', '--exclude-collective']);
    expect(r.code).toBe(0);
    const g = parseGraphml(Graph, r.stdout);
    expect(g.filterNodes((_n, a) => a.part === 'agency')).toEqual(['agency:省财政厅', 'agency:省交通运输厅']);
    expect(JSON.parse(g.getAttribute('excluded') as string)).toEqual([{ name: '各有关市州人民政府', reason: 'collective', tasks: ['2'], led: [] }]);
  });

  it('writes graphology JSON to a file that UndirectedGraph.from rebuilds, with analyze metrics when asked', () => {
    const out = join(temp(), 'plan.json');
    const r = fengong(['export', '--to', 'json', '--metrics', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const g = json(readFileSync(out, 'utf8'));
    expect(g.getNodeAttributes('agency:省发展改革委')).toMatchObject({ tasks: 27, lead: 10, community: expect.any(Number) as number });
    expect(g.getNodeAttribute('agency:省发展改革委', 'betweenness')).toBeCloseTo(0.2495610413, 9);
    expect(g.getNodeAttributes('task:1')).toMatchObject({ agencies: 6 });
    expect(g.getNodeAttribute('agency:省发展改革委', 'rank')).toBeUndefined();
  });

  it('writes the three Neo4j import files into a new directory and prints the import command', () => {
    const dir = join(temp(), 'neo4j');
    const r = fengong(['export', '--to', 'neo4j', '-o', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['agencies.csv', 'responsibilities.csv', 'tasks.csv']);
    expect(r.stderr).toContain(`neo4j-admin database import full --nodes=${dir}/agencies.csv --nodes=${dir}/tasks.csv`);
    const agencies = readFileSync(join(dir, 'agencies.csv'), 'utf8').split('\n');
    expect(agencies[0]).toBe('name:ID(Agency),collective:boolean,fullName,nameEn,kind,:LABEL');
    expect(agencies).toHaveLength(34 + 2);
    expect(agencies.find((l) => l.startsWith('各有关市州人民政府,'))).toMatch(/^各有关市州人民政府,true,湖南省各有关市州人民政府,.*,collective,Agency;Collective$/);
    expect(readFileSync(join(dir, 'responsibilities.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(179 + 1);
  });

  it('writes UCINET DL and Pajek files of the bundled table, two-mode or the projection, the bytes core writes', async () => {
    const { buildResponsibilityGraph, parseTable, toPajek, toUcinetDl } = await import('@fengong/core');
    const { hunanGba2020 } = await import('@fengong/core/datasets');
    const graph = buildResponsibilityGraph(parseTable(hunanGba2020.text, { file: hunanGba2020.file }), { dictionary: hunanGba2020.dictionary });
    const pajek = fengong(['export', '--to', 'pajek']);
    expect(pajek.code, pajek.stderr).toBe(0);
    expect(pajek.stdout).toBe(toPajek(graph));
    expect(pajek.stdout.split('\r\n', 2)).toEqual(['*Vertices 64 34', '1 "省发展改革委"']);
    const dir = temp();
    const dl = fengong(['export', '--to', 'dl', '--mode', 'projection', '-o', join(dir, 'agencies.dl')]);
    expect(dl.code, dl.stderr).toBe(0);
    expect(readFileSync(join(dir, 'agencies.dl'), 'utf8')).toBe(toUcinetDl(graph, { mode: 'projection' }));
    const noCollective = fengong(['export', '--to', 'pajek', '--mode', 'projection', '--exclude-collective']).stdout;
    expect(noCollective.split('\r\n', 1)).toEqual(['*Vertices 33']);
    expect(noCollective).not.toContain('各有关市州人民政府');
  });

  it('rejects --mode for other formats and --metrics for dl and pajek (exit 2, one line)', () => {
    const mode = fengong(['export', '--to', 'gexf', '--mode', 'projection']);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toMatch(/^fengong: --mode is for --to dl and --to pajek, not --to gexf\n/u);
    const metrics = fengong(['export', '--to', 'pajek', '--metrics']);
    expect(metrics.code).toBe(2);
    expect(metrics.stderr).toMatch(/^fengong: --metrics adds node attributes, which a Pajek file cannot hold; use --to gexf or graphml\n/u);
    const unknown = fengong(['export', '--to', 'dl', '--mode', 'one-mode']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Allowed choices are two-mode, projection');
  });

  it('reads stdin and applies the input options', () => {
    const table = readFileSync(fixture('small.txt'), 'utf8');
    const r = fengong(['export', '-', '--to', 'json', '--lead-rule', 'marked-only'], table);
    expect(r.code).toBe(0);
    const g = json(r.stdout);
    expect(g.mapEdges((_e, a) => a.role as string)).not.toContain('lead');
    const aliases = join(temp(), 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ 省财政厅: '湖南省财政厅' }));
    const renamed = fengong(['export', fixture('small.txt'), '--to', 'json', '--aliases', aliases]);
    expect(json(renamed.stdout).hasNode('agency:湖南省财政厅')).toBe(true);
  });

  it('writes one node per agency for names differing only in control characters (issue 18, item 13)', () => {
    // test/fixtures/regression/control-character-names.csv: 甲\x01局, 甲\x02局, 甲\x03局, kept apart by --no-normalise.
    const file = `${root}test/fixtures/regression/control-character-names.csv`;
    for (const [to, parse] of [['gexf', parseGexf], ['graphml', parseGraphml]] as const) {
      const r = fengong(['export', file, '--to', to, '--no-normalise']);
      expect(r.code).toBe(0);
      const g = parse(Graph, r.stdout);
      expect(g.filterNodes((_n, a) => a.part === 'agency')).toEqual(['agency:甲\\x01局', 'agency:甲\\x02局', 'agency:甲\\x03局']);
      expect([g.order, g.size]).toEqual([5, 5]);
    }
  });
});
