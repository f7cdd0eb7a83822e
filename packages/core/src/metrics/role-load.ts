// Role-aware load of each agency: leading versus co-operating, credit, coordination, breadth.
import { compact, degreeOf, type CompactGraph } from '../graph/compact.js';
import type { ResponsibilityGraph } from '../graph/types.js';
import type { MetricOptions } from './metric.js';

export interface RoleLoadOptions extends MetricOptions {
  /** Weight λ of a lead in the role-weighted load W = λ·lead + co. Default 2 (leading counts double). */
  lambda?: number;
  /** Share ρ of a task's unit of credit that goes to its lead(s); the co-agencies split the rest. Default 0.5. */
  rho?: number;
}

export interface RoleLoad {
  /** Tasks the agency is on (degree). */
  tasks: number;
  lead: number;
  co: number;
  /** Tasks with no lead marked, on which it is listed (role `responsible`). */
  responsible: number;
  /** lead / tasks (0 when tasks = 0). */
  leadShare: number;
  /** W = λ·lead + co. */
  weightedLoad: number;
  /** Σ over its tasks of its fractional credit (see {@link roleLoad}). */
  credit: number;
  /** Σ over tasks it leads of the other agencies on them: how many hand-offs it must organise. */
  coordinationBurden: number;
  /** Distinct other agencies on the tasks it leads. */
  coordinated: number;
  /** Distinct categories among its tasks. */
  categories: number;
  /** Shannon entropy (nats) of the spread of its tasks over categories: −Σ p_c ln p_c. */
  entropy: number;
  /** 1 − entropy / ln C (C = categories in the table): 1 = all tasks in one category, 0 = evenly over all. */
  specialisation: number;
}

const DEFAULTS = { lambda: 2, rho: 0.5 };

/** Role-aware load of every agency on a compact view. */
export function roleLoadOf(g: CompactGraph, options: RoleLoadOptions = {}): Map<string, RoleLoad> {
  const { lambda, rho } = { ...DEFAULTS, ...options };
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`roleLoad: invalid \`lambda\` ${lambda} (expected a number ≥ 0)`);
  if (!(rho >= 0 && rho <= 1)) throw new Error(`roleLoad: invalid \`rho\` ${rho} (expected 0 ≤ rho ≤ 1)`);
  const { offsets, neighbors, lead } = g;

  // Credit each task hands to one of its leads and to one of its co-agencies.
  const leadCredit = new Float64Array(g.keys.length);
  const coCredit = new Float64Array(g.keys.length);
  for (let t = g.nA; t < g.keys.length; t += 1) {
    let leads = 0;
    for (let e = offsets[t] as number; e < (offsets[t + 1] as number); e += 1) leads += lead[e] as number;
    const cos = degreeOf(g, t) - leads;
    if (leads === 0) coCredit[t] = cos === 0 ? 0 : 1 / cos;
    else if (cos === 0) leadCredit[t] = 1 / leads;
    else {
      leadCredit[t] = rho / leads;
      coCredit[t] = (1 - rho) / cos;
    }
  }

  const C = g.categories.length;
  const result = new Map<string, RoleLoad>();
  const perCategory = new Float64Array(C);
  const partners = new Set<number>();
  for (let a = 0; a < g.nA; a += 1) {
    let leadCount = 0;
    let responsibleCount = 0;
    let credit = 0;
    let burden = 0;
    perCategory.fill(0);
    partners.clear();
    for (let e = offsets[a] as number; e < (offsets[a + 1] as number); e += 1) {
      const t = neighbors[e] as number;
      const c = g.category[t] as number;
      if (c >= 0) perCategory[c] = (perCategory[c] as number) + 1;
      if (lead[e] === 1) {
        leadCount += 1;
        credit += leadCredit[t] as number;
        burden += degreeOf(g, t) - 1;
        for (let f = offsets[t] as number; f < (offsets[t + 1] as number); f += 1) {
          if (neighbors[f] !== a) partners.add(neighbors[f] as number);
        }
      } else {
        if (g.responsible[e] === 1) responsibleCount += 1;
        credit += coCredit[t] as number;
      }
    }
    const tasks = degreeOf(g, a);
    let entropy = 0;
    let categories = 0;
    const categorised = perCategory.reduce((s, x) => s + x, 0);
    for (const count of perCategory) {
      if (count === 0) continue;
      categories += 1;
      const p = count / categorised;
      entropy -= p * Math.log(p);
    }
    result.set(g.keys[a] as string, {
      tasks,
      lead: leadCount,
      co: tasks - leadCount - responsibleCount,
      responsible: responsibleCount,
      leadShare: tasks === 0 ? 0 : leadCount / tasks,
      weightedLoad: lambda * leadCount + (tasks - leadCount),
      credit,
      coordinationBurden: burden,
      coordinated: partners.size,
      categories,
      entropy: entropy === 0 ? 0 : entropy,
      specialisation: C <= 1 ? 1 : 1 - entropy / Math.log(C),
    });
  }
  return result;
}

/**
 * Role-aware load per agency, `{ [agencyNode]: RoleLoad }`:
 * - lead, co and lead share = lead / tasks;
 * - role-weighted load W = λ·lead + co (λ = 2 by default: leading counts double);
 * - fractional credit: each task hands out one unit; its lead(s) share ρ (default ½) equally and its
 *   co-agencies split 1 − ρ equally; a task with no co-agency gives its leads the whole unit, one
 *   with no lead splits it among all its units. Credits sum to the number of tasks;
 * - coordination burden: Σ over tasks it leads of (k_t − 1), the other agencies it must bring along,
 *   and `coordinated`, how many distinct agencies those are;
 * - breadth (categories spanned) and specialisation 1 − H/ln C, with H = −Σ_c p_c ln p_c the Shannon
 *   entropy of its tasks over categories and C the table's number of categories.
 */
export function roleLoad(graph: ResponsibilityGraph, options: RoleLoadOptions = {}): Record<string, RoleLoad> {
  const view = compact(graph, { excludeCollective: options.excludeCollective ?? false, caller: 'roleLoad' });
  return Object.fromEntries(roleLoadOf(view, options));
}
