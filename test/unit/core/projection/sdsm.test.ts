// The SDSM backbone: the bipartite configuration model's expected degrees against the observed,
// the Poisson-binomial tails against exact enumeration, the pair p-values against enumeration
// over every outcome of the tasks, and the backbone's BH q-values (NetworkX and igraph have no SDSM;
// the definition followed is R backbone's `sdsm`).
import {
  benjaminiHochberg,
  buildResponsibilityGraph,
  compact,
  fitBicm,
  normalUpperTail,
  pairCounts,
  pairPValues,
  parseTable,
  poissonBinomialMoments,
  poissonBinomialTails,
  poissonBinomialUpperRna,
  sdsmBackbone,
  sdsmPValues,
  type CompactGraph,
} from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { describe, expect, it } from 'vitest';
import { classOf } from '../../../../packages/core/src/kernels/bicm.js';
import { tailAt } from '../../../../packages/core/src/kernels/poisson-binomial.js';
import { seededRandom } from '../../../../packages/core/src/structure/random.js';
import { wordTable } from '../../../helpers/tables.js';

const graphOf = (rows: string[][]) => buildResponsibilityGraph(parseTable(wordTable(rows)));
const bundled = compact(buildResponsibilityGraph(parseTable(hunanGba2020.text), { dictionary: hunanGba2020.dictionary }));

const degrees = (view: CompactGraph) => ({
  kA: Array.from({ length: view.nA }, (_, i) => (view.offsets[i + 1] as number) - (view.offsets[i] as number)),
  kT: Array.from({ length: view.nT }, (_, t) => (view.offsets[view.nA + t + 1] as number) - (view.offsets[view.nA + t] as number)),
});

/** P_at of the fit for an agency of degree ka and a task of degree kt. */
const probabilityOf = (fit: ReturnType<typeof fitBicm>, ka: number, kt: number): number =>
  fit.probability[classOf(fit.agencyDegrees, ka) * fit.taskDegrees.length + classOf(fit.taskDegrees, kt)] as number;

/** A random table: n tasks, each on 1–4 of m agencies (every agency on at least one task). */
function randomTable(random: () => number, tasks: number, agencies: number): CompactGraph {
  const names = Array.from({ length: agencies }, (_, i) => `局${String.fromCharCode(0x4e00 + i)}`);
  const rows: string[][] = [];
  for (let t = 0; t < tasks; t += 1) {
    const size = 1 + Math.floor(random() * 4);
    const units = new Set<string>([names[t % agencies] as string]);
    while (units.size < Math.min(size, agencies)) units.add(names[Math.floor(random() * agencies)] as string);
    rows.push([String(t + 1), '甲', `任务${t + 1}`, [...units].join('、')]);
  }
  return compact(graphOf(rows));
}

/** P(S ≥ s) by enumerating every outcome of independent trials with probabilities p. */
function enumeratedTail(p: number[], s: number): number {
  let total = 0;
  for (let mask = 0; mask < 2 ** p.length; mask += 1) {
    let prob = 1;
    let k = 0;
    for (let i = 0; i < p.length; i += 1) {
      if ((mask >> i) & 1) {
        prob *= p[i] as number;
        k += 1;
      } else prob *= 1 - (p[i] as number);
    }
    if (k >= s) total += prob;
  }
  return total;
}

describe('fitBicm', () => {
  it('throws on degrees no bipartite graph has', () => {
    expect(() => fitBicm([1, 3], [2, 2])).toThrow('fitBicm: invalid agency degree 3 at 1 (expected a whole number 0 … 2)');
    expect(() => fitBicm([1, 1.5], [1, 1])).toThrow(/fitBicm: invalid agency degree 1.5/u);
    expect(() => fitBicm([1, 1], [1, 0])).toThrow('fitBicm: the agency degrees sum to 2 and the task degrees to 1 (they count the same links)');
  });

  it('regular degrees give one probability, links ÷ cells', () => {
    const fit = fitBicm([2, 2, 2], [1, 1, 1, 1, 1, 1]);
    expect(fit.probability[0]).toBeCloseTo(6 / 18, 9);
  });

  it('expected degrees equal the observed within 1e-6: the bundled table (a collective on every task) and random tables', () => {
    const random = seededRandom(5);
    for (const view of [bundled, ...Array.from({ length: 8 }, () => randomTable(random, 25, 9))]) {
      const { kA, kT } = degrees(view);
      const fit = fitBicm(kA, kT);
      for (const ka of kA) expect(Math.abs(kT.reduce((s, kt) => s + probabilityOf(fit, ka, kt), 0) - ka)).toBeLessThan(1e-6);
      for (const kt of kT) expect(Math.abs(kA.reduce((s, ka) => s + probabilityOf(fit, ka, kt), 0) - kt)).toBeLessThan(1e-6);
      expect(fit.maxDegreeError).toBeLessThan(1e-6);
    }
  });

  it('an agency on every task has P = 1, one on none P = 0', () => {
    const fit = fitBicm([3, 0, 1, 2], [3, 2, 1]);
    for (const kt of [3, 2, 1]) {
      expect(probabilityOf(fit, 3, kt)).toBe(1);
      expect(probabilityOf(fit, 0, kt)).toBe(0);
    }
  });
});

describe('poissonBinomialTails', () => {
  it('throws on a probability outside [0, 1]', () => {
    expect(() => poissonBinomialTails({ count: [2], probability: [1.5] }, 1)).toThrow('poissonBinomialTails: invalid group 0 (n = 2, q = 1.5)');
  });

  it('equals exact enumeration on random groups', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 40; round += 1) {
      const groups = 1 + Math.floor(random() * 4);
      const count = Array.from({ length: groups }, () => Math.floor(random() * 4));
      const probability = Array.from({ length: groups }, () => (random() < 0.15 ? (random() < 0.5 ? 0 : 1) : random()));
      const trials = count.flatMap((n, c) => Array.from({ length: n }, () => probability[c] as number));
      const tails = poissonBinomialTails({ count, probability }, trials.length);
      for (let s = 0; s <= trials.length + 1; s += 1) expect(tailAt(tails, s)).toBeCloseTo(enumeratedTail(trials, s), 13);
    }
  });

  it('a far tail (Binomial(400, 0.01) ≥ 60) without underflow, against the binomial sum in logarithms', () => {
    const tails = poissonBinomialTails({ count: [400], probability: [0.01] }, 60);
    let lf = 0;
    const logFact = [0];
    for (let k = 1; k <= 400; k += 1) logFact.push((lf += Math.log(k)));
    let want = 0;
    for (let k = 60; k <= 400; k += 1) want += Math.exp((logFact[400] as number) - (logFact[k] as number) - (logFact[400 - k] as number) + k * Math.log(0.01) + (400 - k) * Math.log(0.99));
    expect(want).toBeGreaterThan(1e-60);
    expect(Math.abs(tailAt(tails, 60) / want - 1)).toBeLessThan(1e-10);
  });
});

describe('the refined normal approximation (used where the variance of S exceeds 25)', () => {
  it('normalUpperTail matches tabulated values of the standard normal tail', () => {
    // Q(x) to 15 significant digits (Abramowitz & Stegun 26.2; R pnorm(x, lower.tail = FALSE)).
    const table: [number, number][] = [[0, 0.5], [1, 0.158655253931457], [2, 0.0227501319481792], [3, 0.00134989803163009], [5, 2.86651571879194e-7], [10, 7.61985302416047e-24], [-1, 0.841344746068543]];
    for (const [x, q] of table) expect(Math.abs(normalUpperTail(x) / q - 1)).toBeLessThan(1e-12);
  });

  it('is within 1e-3 of the exact tail when σ > 5', () => {
    const groups = { count: [300, 200, 100], probability: [0.1, 0.05, 0.2] };
    const moments = poissonBinomialMoments(groups);
    expect(moments.variance).toBeGreaterThan(25);
    const exact = poissonBinomialTails(groups, 90);
    for (const s of [40, 50, 55, 60, 70, 80]) expect(Math.abs(poissonBinomialUpperRna(s, moments) - tailAt(exact, s))).toBeLessThan(1e-3);
  });
});

describe('sdsmPValues', () => {
  it('each pair is the upper tail of S = Σ_t B_at·B_bt over every outcome of the tasks (P_at·P_bt), by enumeration', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 6; round += 1) {
      const view = randomTable(random, 12, 5);
      const { kA, kT } = degrees(view);
      const counts = pairCounts(view, 'agency');
      const { pValue, fit, approximated } = sdsmPValues(view, counts);
      expect(approximated).toBe(0);
      for (let i = 0; i < counts.size; i += 1) {
        const a = kA[counts.u[i] as number] as number;
        const b = kA[counts.v[i] as number] as number;
        const p = kT.map((kt) => probabilityOf(fit, a, kt) * probabilityOf(fit, b, kt));
        expect(pValue[i]).toBeCloseTo(enumeratedTail(p, counts.shared[i] as number), 12);
      }
    }
  });

  it('unlike the hypergeometric test, the null keeps task sizes: two shared tasks mean less when those tasks are large', () => {
    // In both tables A and B are on 3 of 8 tasks and share tasks 1 and 2; in the second, tasks 1 and 2
    // have six agencies each, so sharing them is likelier by chance.
    const table = (shared: string) =>
      compact(
        graphOf([
          ['1', '甲', '任务一', shared],
          ['2', '', '任务二', shared],
          ['3', '', '任务三', 'A、C'],
          ['4', '', '任务四', 'B、D'],
          ['5', '', '任务五', 'C、D'],
          ['6', '', '任务六', 'E、F'],
          ['7', '', '任务七', 'C、E'],
          ['8', '', '任务八', 'D、F'],
        ]),
      );
    const pOfAB = (view: CompactGraph) => {
      const counts = pairCounts(view, 'agency');
      const i = Array.from(counts.u).findIndex((u, k) => view.keys[u] === 'agency:A' && view.keys[counts.v[k] as number] === 'agency:B');
      expect(counts.shared[i]).toBe(2);
      return { hyper: pairPValues(view, counts)[i] as number, sdsm: sdsmPValues(view, counts).pValue[i] as number };
    };
    const small = pOfAB(table('A、B'));
    const large = pOfAB(table('A、B、C、D、E、F'));
    expect(large.hyper).toBe(small.hyper);
    expect(large.sdsm).toBeGreaterThan(2 * small.sdsm);
  });
});

describe('sdsmBackbone', () => {
  it('throws on an alpha outside (0, 1]', () => {
    expect(() => sdsmBackbone(bundled, { alpha: 0 })).toThrow('sdsmBackbone: invalid `alpha` 0 (expected a number in (0, 1])');
  });

  it('keeps exactly the pairs whose BH q-value over all agency pairs is below alpha', () => {
    // A and B share 20 two-agency tasks; 40 more tasks join random pairs of eight other agencies.
    const random = seededRandom(8);
    const others = '丙丁戊己庚辛壬癸';
    const rows = Array.from({ length: 60 }, (_, t) => {
      if (t < 20) return [String(t + 1), '甲', `任务${t + 1}`, 'A、B'];
      const i = Math.floor(random() * 8);
      const j = (i + 1 + Math.floor(random() * 7)) % 8;
      return [String(t + 1), '甲', `任务${t + 1}`, `${others[i]}局、${others[j]}局${t % 5 === 0 ? '、A' : ''}`];
    });
    const view = compact(graphOf(rows));
    const counts = pairCounts(view, 'agency');
    const { pValue } = sdsmPValues(view, counts);
    const q = benjaminiHochberg(pValue, (view.nA * (view.nA - 1)) / 2);
    for (const alpha of [0.05, 0.5]) {
      const backbone = sdsmBackbone(view, { alpha });
      expect(backbone.order).toBe(view.nA);
      expect(backbone.size).toBe(q.filter((x) => x < alpha).length);
      backbone.forEachEdge((_e, attr) => {
        expect(attr.qValue).toBeLessThan(alpha);
        expect(attr.pValue).toBeLessThanOrEqual(attr.qValue);
      });
    }
    const backbone = sdsmBackbone(view);
    expect(backbone.hasEdge('agency:A', 'agency:B')).toBe(true);
    expect(backbone.getEdgeAttribute('agency:A', 'agency:B', 'shared')).toBe(20);
    expect(sdsmBackbone(bundled).getAttribute('maxDegreeError')).toBeLessThan(1e-6);
  });
});
