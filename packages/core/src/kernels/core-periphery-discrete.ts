// Borgatti & Everett's (1999) discrete core–periphery model: the core whose ideal pattern (a link
// unless both ends are in the periphery) correlates best with the cells, by prefix scans and local moves.
import type { WeightedCsr } from '../structure/louvain.js';
import { dataSums, type CellModel } from './core-periphery.js';

export interface DiscreteCorePeriphery {
  /** 1 for nodes of the core, 0 for the periphery. */
  core: Uint8Array;
  /** Pearson correlation of the cells with the ideal pattern (NaN when either is constant). */
  correlation: number;
  /** True when the local search stopped at `maxMoves` while a move still raised ρ (the core is the best found, not a local optimum). */
  capped: boolean;
}

/** Node × link visits the default move cap allows (each move scores every node and link once). */
export const CORE_PERIPHERY_WORK = 3e8;

/** The default cap on local moves for n nodes and m links: n, but at most {@link CORE_PERIPHERY_WORK}/(n + m) and at least 100. */
export const coreMoveCap = (n: number, m: number): number => Math.min(n, Math.max(100, Math.floor(CORE_PERIPHERY_WORK / Math.max(1, n + m))));

/** A core and what scoring a move needs: each node's weight to the periphery, W_pp, the periphery's rows and columns. */
interface State {
  core: Uint8Array;
  toPeriphery: Float64Array;
  wpp: number;
  pr: number;
  pc: number;
}

/**
 * Discrete core–periphery model (Borgatti & Everett 1999, §3): the core C whose ideal pattern —
 * δ_ij = 1 when i or j is in C, 0 when both are in the periphery — correlates best with the cells,
 * ρ = corr(a_ij, δ_ij) over the model's cells (one mode: pairs i < j; two modes: every agency–task
 * cell, δ_at = 1 unless both the agency and the task are in the periphery). Only two things depend
 * on C: the periphery's size (two modes: its rows and its columns) and W_pp, the weight of the links
 * inside it, so ρ = (N·(S_a − W_pp) − S_a·S_δ) / √((N·S_aa − S_a²)(N·S_δ − S_δ²)) with
 * S_δ = N − (cells inside the periphery).
 *
 * Search, from each order given (nodes most core-like first): the best prefix of the order as the
 * core, then local moves while one raises ρ by more than 1e-12 — the best single node moved in or
 * out (O(n) to score all) or the best swap of a core and a periphery node (one mode: any pair; two
 * modes: of one side), found exactly in O(n + m) — at most `maxMoves` moves (default
 * min(n, max(100, ⌊3·10⁸ ÷ (n + m)⌋)), bounded by work so that a long chain is not O(n²)). The best
 * core over the orders is kept (the first on ties). Finding the best C is NP-hard in general
 * (Borgatti & Everett used a genetic algorithm); this search is deterministic and exact on an
 * ideal pattern.
 */
export function discreteCorePeriphery(graph: WeightedCsr, model: CellModel, orders: readonly ArrayLike<number>[], options: { maxMoves?: number } = {}): DiscreteCorePeriphery {
  const n = graph.n;
  const rows = model.mode === 'one-mode' ? n : model.rows;
  const data = dataSums(graph, model);
  const d = data.cells * data.sumSquares - data.sum * data.sum;
  const rho = (pr: number, pc: number, wpp: number): number => {
    const sd = data.cells - (model.mode === 'one-mode' ? (pr * (pr - 1)) / 2 : pr * pc);
    const v = data.cells * sd - sd * sd;
    if (!(v > 0) || !(d > 0)) return Number.NaN;
    return (data.cells * (data.sum - wpp) - data.sum * sd) / Math.sqrt(d * v);
  };
  let best: DiscreteCorePeriphery = { core: new Uint8Array(n), correlation: Number.NaN, capped: false };
  const maxMoves = options.maxMoves ?? coreMoveCap(n, graph.targets.length / 2);
  for (const order of orders) {
    const state = prefixStart(graph, rows, order, rho);
    const { r: correlation, capped } = refine(graph, rows, model, state, rho, maxMoves);
    if (Number.isNaN(best.correlation) || correlation > best.correlation) best = { core: state.core, correlation, capped };
  }
  return best;
}

/** The best prefix of `order` as the core (a core of all n is never taken: its pattern is constant). */
function prefixStart(graph: WeightedCsr, rows: number, order: ArrayLike<number>, rho: (pr: number, pc: number, wpp: number) => number): State {
  const n = graph.n;
  const core = new Uint8Array(n).fill(1);
  let wpp = 0;
  let pr = 0;
  let pc = 0;
  let best = Number.NEGATIVE_INFINITY;
  let bestSize = n;
  for (let p = n - 1; p >= 1; p -= 1) {
    const v = order[p] as number;
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e += 1) {
      if (core[graph.targets[e] as number] === 0) wpp += graph.weights[e] as number;
    }
    core[v] = 0;
    if (v < rows) pr += 1;
    else pc += 1;
    const r = rho(pr, pc, wpp);
    if (r > best) {
      best = r;
      bestSize = p;
    }
  }
  core.fill(0);
  for (let p = 0; p < bestSize; p += 1) core[order[p] as number] = 1;
  const state: State = { core, toPeriphery: new Float64Array(n), wpp: 0, pr: 0, pc: 0 };
  for (let v = 0; v < n; v += 1) {
    if (core[v] === 0) {
      if (v < rows) state.pr += 1;
      else state.pc += 1;
    }
    for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e += 1) {
      if (core[graph.targets[e] as number] !== 0) continue;
      state.toPeriphery[v] = (state.toPeriphery[v] as number) + (graph.weights[e] as number);
      if (core[v] === 0) state.wpp += (graph.weights[e] as number) / 2;
    }
  }
  return state;
}

/** Moves node v across (core ↔ periphery), updating W_pp, the sizes and its neighbours' weight to the periphery. */
function flip(graph: WeightedCsr, rows: number, state: State, v: number): void {
  const joining = state.core[v] === 0; // v leaves the periphery for the core
  const sign = joining ? -1 : 1;
  state.wpp += sign * (state.toPeriphery[v] as number);
  if (v < rows) state.pr += sign;
  else state.pc += sign;
  state.core[v] = joining ? 1 : 0;
  for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e += 1) {
    const u = graph.targets[e] as number;
    state.toPeriphery[u] = (state.toPeriphery[u] as number) + sign * (graph.weights[e] as number);
  }
}

/** Local moves (single flips and swaps) while ρ rises; returns the final ρ and whether the cap stopped it. */
function refine(graph: WeightedCsr, rows: number, model: CellModel, state: State, rho: (pr: number, pc: number, wpp: number) => number, maxMoves: number): { r: number; capped: boolean } {
  const n = graph.n;
  let r = rho(state.pr, state.pc, state.wpp);
  let moves = 0;
  for (; moves < maxMoves && !Number.isNaN(r); moves += 1) {
    // Best single flip.
    let bestR = r + 1e-12;
    let flipNode = -1;
    for (let v = 0; v < n; v += 1) {
      const row = v < rows ? 1 : 0;
      const t = state.toPeriphery[v] as number;
      const candidate = state.core[v] === 1 ? rho(state.pr + row, state.pc + 1 - row, state.wpp + t) : rho(state.pr - row, state.pc - 1 + row, state.wpp - t);
      if (candidate > bestR) {
        bestR = candidate;
        flipNode = v;
      }
    }
    // Best swap (sizes kept, so only W_pp changes): W' = W + t(u) − t(v) − w(u, v), u leaving the core, v joining it.
    let swap: [number, number] = [-1, -1];
    const sides: [number, number][] = model.mode === 'one-mode' ? [[0, n]] : [[0, rows], [rows, n]];
    for (const [from, to] of sides) {
      let u = -1;
      let v = -1;
      for (let i = from; i < to; i += 1) {
        const t = state.toPeriphery[i] as number;
        if (state.core[i] === 1 && (u < 0 || t < (state.toPeriphery[u] as number))) u = i;
        if (state.core[i] === 0 && (v < 0 || t > (state.toPeriphery[v] as number))) v = i;
      }
      if (u < 0 || v < 0) continue;
      let bestW = state.wpp + (state.toPeriphery[u] as number) - (state.toPeriphery[v] as number) - weightBetween(graph, u, v);
      let pair: [number, number] = [u, v];
      // Adjacent pairs gain their own weight; only the one-mode projection has links inside a side.
      if (model.mode === 'one-mode') {
        for (let a = 0; a < n; a += 1) {
          if (state.core[a] !== 1) continue;
          for (let e = graph.offsets[a] as number; e < (graph.offsets[a + 1] as number); e += 1) {
            const b = graph.targets[e] as number;
            if (state.core[b] !== 0) continue;
            const w = state.wpp + (state.toPeriphery[a] as number) - (state.toPeriphery[b] as number) - (graph.weights[e] as number);
            if (w < bestW) {
              bestW = w;
              pair = [a, b];
            }
          }
        }
      }
      const candidate = rho(state.pr, state.pc, bestW);
      if (candidate > bestR) {
        bestR = candidate;
        swap = pair;
        flipNode = -1;
      }
    }
    if (flipNode >= 0) flip(graph, rows, state, flipNode);
    else if (swap[0] >= 0) {
      flip(graph, rows, state, swap[0]);
      flip(graph, rows, state, swap[1]);
    } else return { r, capped: false };
    r = rho(state.pr, state.pc, state.wpp);
  }
  return { r, capped: moves >= maxMoves && !Number.isNaN(r) };
}

/** Weight of the link u–v (0 when there is none), by a scan of u's links. */
function weightBetween(graph: WeightedCsr, u: number, v: number): number {
  for (let e = graph.offsets[u] as number; e < (graph.offsets[u + 1] as number); e += 1) if (graph.targets[e] === v) return graph.weights[e] as number;
  return 0;
}
