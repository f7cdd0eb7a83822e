// The worker-thread runner gives bit-for-bit the serial runner's results.
import { analyze, betweenness, buildResponsibilityGraph, closeness, compact, latapyClustering, pairCounts, parseTable } from '@fengong/core';
import { hunanGba2020 } from '@fengong/core/datasets';
import { serialRunner, terminalProgress, workerRunner } from '@fengong/core/node';
import { describe, expect, it } from 'vitest';
import { startStructuralHolesOfPairs, structuralHolesOfPairs } from '../../../../packages/core/src/structure/structural-holes.js';
import { randomGraph } from '../kernels/graphs.js';

describe('workerRunner', () => {
  it('throws on an invalid thread count', () => {
    expect(() => workerRunner({ threads: 0 })).toThrow(/workerRunner: invalid `threads` 0/);
    expect(() => workerRunner({ threads: 1.5 })).toThrow(/threads/);
  });

  const graph = randomGraph(41, { agencies: 80, tasks: 400, maxTeam: 7, hubs: 2, isolated: 2, blocks: 2 });
  const view = compact(graph);
  const sources = Int32Array.from({ length: view.keys.length }, (_, i) => i);
  const runner = workerRunner({ threads: 2, minWork: 0 });

  it('sums dependencies in the same order as the serial runner, with and without weights', () => {
    expect(runner.dependencies(view, sources)).toEqual(serialRunner.dependencies(view, sources));
    const weights = Float64Array.from(sources, (s) => 1 + (s % 3));
    expect(runner.dependencies(view, sources, weights)).toEqual(serialRunner.dependencies(view, sources, weights));
  });

  it('started in the background and joined later, gives the same sums (and joins on the calling thread when serial)', () => {
    const weights = Float64Array.from(sources, (s) => 1 + (s % 5));
    const join = runner.startDependencies?.(view, sources, weights);
    expect(join).toBeTypeOf('function');
    // Work on the calling thread while the worker searches, then the join does the rest.
    const other = serialRunner.dependencies(view, sources);
    expect((join as () => Float64Array)()).toEqual(serialRunner.dependencies(view, sources, weights));
    expect(other).toEqual(serialRunner.dependencies(view, sources));
    const small = workerRunner({ threads: 2 }).startDependencies?.(view, sources);
    expect((small as () => Float64Array)()).toEqual(serialRunner.dependencies(view, sources));
  });

  it('runs a self-contained kernel on another thread with the same results (Latapy clustering, each mode; structural holes)', () => {
    for (const mode of ['dot', 'min', 'max'] as const) {
      expect(latapyClustering.compute(view, { mode, runner })).toEqual(latapyClustering.compute(view, { mode }));
    }
    const counts = pairCounts(view, 'agency');
    const holes = startStructuralHolesOfPairs(view, counts, ['shared', 'jaccard', null], undefined, runner);
    expect(holes()).toEqual(structuralHolesOfPairs(view, counts, ['shared', 'jaccard', null]));
    // A kernel that throws on the worker is reported at the join.
    const failing = runner.startKernel?.(((out: Float64Array) => {
      out[0] = 1;
      throw new Error('boom');
    }), [new Float64Array(1)], Infinity);
    expect(() => failing?.()).toThrow(/a worker thread failed/);
  });

  it('gives the same distance sums', () => {
    expect(runner.distances(view, sources)).toEqual(serialRunner.distances(view, sources));
  });

  it('gives the same betweenness (exact and sampled) and closeness', () => {
    expect(betweenness(graph, { runner })).toEqual(betweenness(graph));
    expect(betweenness(graph, { runner, pivots: 50, seed: 9 })).toEqual(betweenness(graph, { pivots: 50, seed: 9 }));
    expect(closeness(graph, { runner })).toEqual(closeness(graph));
  });

  it('reports progress up to the last chunk, and done = total exactly once, last, whichever thread did the last chunk', () => {
    // Before the fix, when a worker finished the last chunk after the calling thread's last report
    // and before its wait loop looked, no report reached done = total (a terminal kept "94%";
    // CI's package test saw no "100%"). Repeated, so both orders of finishing occur.
    for (let run = 0; run < 20; run += 1) {
      for (const job of ['distances', 'dependencies'] as const) {
        const seen: [number, number][] = [];
        const r = workerRunner({ threads: 3, minWork: 0, onProgress: (done, total) => seen.push([done, total]) });
        if (job === 'distances') r.distances(view, sources);
        else r.dependencies(view, sources);
        const total = seen.at(-1)?.[1] ?? -1;
        expect(total).toBeGreaterThan(1);
        expect(seen.at(-1)).toEqual([total, total]);
        expect(seen.filter(([done]) => done >= total)).toHaveLength(1);
      }
    }
  });

  it('with one thread, runs a large job on the calling thread chunk by chunk: the same sums, and its progress reported', () => {
    for (const job of ['distances', 'dependencies'] as const) {
      const seen: [number, number][] = [];
      const one = workerRunner({ threads: 1, minWork: 0, onProgress: (done, total) => seen.push([done, total]) });
      if (job === 'distances') expect(one.distances(view, sources)).toEqual(serialRunner.distances(view, sources));
      else expect(one.dependencies(view, sources)).toEqual(serialRunner.dependencies(view, sources));
      const total = seen.at(-1)?.[1] ?? -1;
      expect(total).toBeGreaterThan(1);
      expect(seen.map(([done]) => done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    }
  });

  it('gives analyze the same report', () => {
    const bundled = buildResponsibilityGraph(parseTable(hunanGba2020.text));
    expect(analyze(bundled, { runner })).toEqual(analyze(bundled));
  });
});

describe('terminalProgress', () => {
  /** What `terminalProgress(label, options)` writes for progress (1, 4) then (4, 4), stderr being a terminal or not. */
  function writesOf(isTTY: boolean, options: Parameters<typeof terminalProgress>[1]): unknown[] {
    const tty = process.stderr.isTTY;
    const write = process.stderr.write.bind(process.stderr);
    const writes: unknown[] = [];
    process.stderr.isTTY = isTTY;
    process.stderr.write = (chunk: unknown) => writes.push(chunk) > 0;
    try {
      const report = terminalProgress('closeness', options);
      report(1, 4);
      report(4, 4);
    } finally {
      process.stderr.write = write;
      process.stderr.isTTY = tty;
    }
    return writes;
  }

  it('redraws one line on a terminal, and clears it at the end', () => {
    expect(writesOf(true, { intervalMs: 0 })).toEqual(['\r\x1b[2Kcloseness 25%', '\r\x1b[2K']);
  });

  it('writes plain lines when forced on where stderr is not a terminal', () => {
    expect(writesOf(false, { enabled: true, intervalMs: 0 })).toEqual(['closeness 25%\n', 'closeness 100%\n']);
  });

  it('is silenced by enabled: false even on a terminal', () => {
    expect(writesOf(true, { enabled: false, intervalMs: 0 })).toEqual([]);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const tty = process.stderr.isTTY;
    process.stderr.isTTY = false;
    try {
      const writes: unknown[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = (chunk: unknown) => writes.push(chunk) > 0;
      terminalProgress('closeness')(1, 2);
      process.stderr.write = write;
      expect(writes).toEqual([]);
    } finally {
      process.stderr.isTTY = tty;
    }
  });
});
