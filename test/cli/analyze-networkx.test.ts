// `fengong analyze --format json` on the bundled table, checked against NetworkX for every metric
// NetworkX has (fixtures from scripts/networkx-reference.py), with and without collectives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fengong, root } from './run.js';

interface Reference {
  node: Record<string, { degree: number; betweenness: number; closeness: number; pagerank: number; eigenvector: number | null; latapyClustering: number }>;
  projection: { agency: { a: string; b: string; shared: number; jaccard: number; overlap: number; newman: number; pValue: number }[] };
  network: { density: number; robinsAlexander: number; components: number };
  /** NetworkX effective_size, constraint (weighted by shared tasks, and unweighted; null = NaN) and core_number on the agency projection. */
  agencyProjection: Record<string, Record<(typeof HOLES)[number], number | null> & { coreNumber: number }>;
  /** Each node's largest k of a (k, l)-core, by pruning from scratch. */
  twoModeCores: Record<string, Record<string, number>>;
}
const HOLES = ['effectiveSize', 'efficiency', 'constraint', 'hierarchy', 'effectiveSizeUnweighted', 'efficiencyUnweighted', 'constraintUnweighted', 'hierarchyUnweighted'] as const;
interface Report {
  network: { density: number; robinsAlexander: number; components: number };
  agencies: ({ agency: string; degreeCentrality: number; betweenness: number; closeness: number; pagerank: number; eigenvector: number; latapyClustering: number; coreness: number; twoModeCoreness: number } & Record<(typeof HOLES)[number], number>)[];
  tasks: { id: string; degreeCentrality: number; betweenness: number; closeness: number; pagerank: number; eigenvector: number; twoModeCoreness: number }[];
  pairs: { a: string; b: string; shared: number; jaccard: number; overlap: number; newman: number; pValue: number }[];
}

const close = (a: number, b: number | null, what: string) => expect(Math.abs(a - (b ?? NaN)), what).toBeLessThanOrEqual(1e-9);

describe.each([
  ['hunan-gba-2020', []],
  ['hunan-gba-2020-no-collective', ['--exclude-collective']],
] as const)('fengong analyze --format json matches NetworkX: %s', (fixture, flags) => {
  const ref = JSON.parse(readFileSync(`${root}test/fixtures/networkx/${fixture}.json`, 'utf8')) as Reference;
  const run = fengong(['analyze', '--format', 'json', ...flags]);
  const report = JSON.parse(run.stdout) as Report;

  it('agencies: degree, betweenness, closeness, PageRank, eigenvector, Latapy clustering', () => {
    expect(run.code).toBe(0);
    expect(report.agencies).toHaveLength(Object.keys(ref.node).filter((k) => k.startsWith('agency:')).length);
    for (const a of report.agencies) {
      const r = ref.node[`agency:${a.agency}`];
      expect(r, a.agency).toBeDefined();
      close(a.degreeCentrality, r?.degree ?? null, `${a.agency} degree`);
      close(a.betweenness, r?.betweenness ?? null, `${a.agency} betweenness`);
      close(a.closeness, r?.closeness ?? null, `${a.agency} closeness`);
      close(a.pagerank, r?.pagerank ?? null, `${a.agency} pagerank`);
      close(a.eigenvector, r?.eigenvector ?? null, `${a.agency} eigenvector`);
      close(a.latapyClustering, r?.latapyClustering ?? null, `${a.agency} latapy`);
    }
  });

  it('tasks: the same centralities', () => {
    for (const t of report.tasks) {
      const r = ref.node[`task:${t.id}`];
      close(t.degreeCentrality, r?.degree ?? null, `task ${t.id} degree`);
      close(t.betweenness, r?.betweenness ?? null, `task ${t.id} betweenness`);
      close(t.closeness, r?.closeness ?? null, `task ${t.id} closeness`);
      close(t.pagerank, r?.pagerank ?? null, `task ${t.id} pagerank`);
      close(t.eigenvector, r?.eigenvector ?? null, `task ${t.id} eigenvector`);
    }
  });

  it('structural holes (weighted by shared tasks, and unweighted), coreness and two-mode coreness', () => {
    for (const a of report.agencies) {
      const r = ref.agencyProjection[`agency:${a.agency}`];
      for (const field of HOLES) close(a[field], r?.[field] ?? null, `${a.agency} ${field}`);
      expect(a.coreness, a.agency).toBe(r?.coreNumber);
      expect(a.twoModeCoreness, a.agency).toBe(ref.twoModeCores['2']?.[`agency:${a.agency}`]);
    }
    for (const t of report.tasks) expect(t.twoModeCoreness, t.id).toBe(ref.twoModeCores['2']?.[`task:${t.id}`]);
  });

  it('pairs and network measures', () => {
    expect(report.pairs).toHaveLength(ref.projection.agency.length);
    const byPair = new Map(report.pairs.map((p) => [[p.a, p.b].sort().join('|'), p]));
    for (const r of ref.projection.agency) {
      const p = byPair.get([r.a.slice(7), r.b.slice(7)].sort().join('|'));
      expect(p, `${r.a}–${r.b}`).toBeDefined();
      for (const field of ['shared', 'jaccard', 'overlap', 'newman', 'pValue'] as const) close(p?.[field] ?? NaN, r[field], `${r.a}–${r.b} ${field}`);
    }
    close(report.network.density, ref.network.density, 'density');
    close(report.network.robinsAlexander, ref.network.robinsAlexander, 'Robins–Alexander');
    expect(report.network.components).toBe(ref.network.components);
  });
});
