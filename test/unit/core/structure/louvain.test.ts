// Louvain on typed arrays: the known answers of small graphs, and the modularity it reports.
import { louvainCsr, modularity, type WeightedCsr } from '@fengong/core';
import { describe, expect, it } from 'vitest';

/** A CSR from undirected weighted links. */
function csr(n: number, links: readonly [number, number, number?][]): WeightedCsr {
  const lists: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, w = 1] of links) {
    lists[a]?.push([b, w]);
    lists[b]?.push([a, w]);
  }
  const offsets = new Int32Array(n + 1);
  lists.forEach((l, i) => (offsets[i + 1] = (offsets[i] as number) + l.length));
  const flat = lists.flat();
  return { n, offsets, targets: Int32Array.from(flat, ([t]) => t), weights: Float64Array.from(flat, ([, w]) => w) };
}

const clique = (nodes: number[]): [number, number][] => nodes.flatMap((a, i) => nodes.slice(i + 1).map((b): [number, number] => [a, b]));

describe('louvainCsr', () => {
  it('splits two 5-cliques joined by one link, numbering communities by first node', () => {
    const g = csr(10, [...clique([0, 1, 2, 3, 4]), ...clique([5, 6, 7, 8, 9]), [4, 5]]);
    const { community, count, modularity: q } = louvainCsr(g, { seed: 7 });
    expect([...community]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(count).toBe(2);
    // m = 21; each community: 10 links inside, strength 21: Q = 2·(10/21 − (21/42)²).
    expect(q).toBeCloseTo(2 * (10 / 21 - 0.25), 14);
  });

  it('finds the ring of cliques (the resolution-limit example) at γ = 1 and merges pairs at γ small', () => {
    // 6 triangles in a ring, neighbouring triangles joined by one link.
    const links: [number, number][] = [];
    for (let c = 0; c < 6; c += 1) links.push(...clique([3 * c, 3 * c + 1, 3 * c + 2]), [3 * c + 2, (3 * c + 3) % 18]);
    const g = csr(18, links);
    expect(louvainCsr(g).count).toBe(6);
    expect(louvainCsr(g, { resolution: 0.05 }).count).toBeLessThan(6);
  });

  it('keeps isolated nodes alone and returns Q = 0 for a graph without links', () => {
    expect(louvainCsr(csr(3, []))).toEqual({ community: Int32Array.from([0, 1, 2]), count: 3, modularity: 0 });
    const { community } = louvainCsr(csr(4, [[0, 1, 5]]));
    expect([...community]).toEqual([0, 0, 1, 2]);
  });

  it('is deterministic for a seed, and uses link weights', () => {
    const g = csr(4, [[0, 1, 10], [1, 2, 1], [2, 3, 10], [3, 0, 1]]);
    expect(louvainCsr(g, { seed: 3 })).toEqual(louvainCsr(g, { seed: 3 }));
    expect([...louvainCsr(g).community]).toEqual([0, 0, 1, 1]);
  });
});

describe('modularity', () => {
  it('is Σ_c [L_c/m − γ(K_c/2m)²], worked by hand on a path', () => {
    // Path 0–1–2–3, m = 3, split {0,1} {2,3}: L = 1 each, K = 3 each: Q = 2·(1/3 − 1/4) = 1/6.
    const g = csr(4, [[0, 1], [1, 2], [2, 3]]);
    expect(modularity(g, [0, 0, 1, 1])).toBeCloseTo(1 / 6, 15);
    expect(modularity(g, [0, 0, 0, 0])).toBeCloseTo(0, 15);
    expect(modularity(g, [0, 0, 1, 1], 2)).toBeCloseTo(2 / 3 - 2 * 0.5, 15);
  });
});
