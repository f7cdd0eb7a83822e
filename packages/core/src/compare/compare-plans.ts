// Many plans at once: the same agencies across plans, with their load, turnover, rank stability,
// network measures and the co-responsibility ties that changed most.
import type { BuildOptions } from '../graph/build.js';
import type { AgencyLoad } from '../load.js';
import { normaliseTable, type NameChange, type NormaliseOptions } from '../normalise/index.js';
import type { ResponsibilityTable } from '../types.js';
import { applyIdentity, type IdentityChange, type IdentityOptions, type SameRole } from './identity.js';
import { isPlanDate, planDate, type PlanDate } from './plan-date.js';
import { pairKey, planProfile, type PlanNetwork, type PlanProfile } from './plan-profile.js';
import { mrqap, qapCorrelation, type Mrqap, type QapCorrelation, type QapOptions } from './qap.js';
import { kendallTauB, spearman } from './rank-correlation.js';

/** One plan to compare: its table, a label, and optionally its date (else it is looked for in the document). */
export interface PlanInput {
  table: ResponsibilityTable;
  /** What to call the plan in the results (a year, a file name); labels must be distinct. */
  label: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; overrides the date found in the document. */
  date?: string;
}

export interface CompareOptions {
  /** Leave collective units out of every plan. Default `false`. */
  excludeCollective?: boolean;
  /** Options of `normaliseTable`, applied to every table, or `false` to compare names as they are. Default `{}`. */
  normalise?: NormaliseOptions | false;
  /** Agency identity across plans: the reform table, your own rules, and matching by role. */
  identity?: IdentityOptions;
  /** How many pairs to list as grown and as fallen per step. Default 10. */
  pairs?: number;
  /** Seed of the Louvain partitions behind the modularities. Default 42. */
  seed?: number;
  /** `dictionary` and `isCollective`, as `buildResponsibilityGraph` takes them. */
  build?: BuildOptions;
  /** Permutations and seed of the QAP tests of each step, or `false` for none. Default `{ permutations: 1000, seed: 42 }`. */
  qap?: QapOptions | false;
}

/** A plan as compared. */
export interface ComparedPlan {
  label: string;
  /** ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null when neither given nor found. */
  date: string | null;
  /** `given`, how it was found in the document (see {@link PlanDate}), or null. */
  dateSource: 'given' | PlanDate['source'] | null;
  /** The document line the date was read from. */
  dateText: string | null;
  file: string | null;
  tasks: number;
  agencies: number;
  /** Name changes by normalisation (aliases, traditional → simplified …). */
  normalisation: NameChange[];
}

/** An agency's load in one plan. */
export interface AgencyInPlan {
  /** The name in this plan (differs from the row's name only when plans are matched by role). */
  name: string;
  /** Rank by tasks in this plan (ties by lead, then first appearance; tied agencies share a rank). */
  rank: number;
  tasks: number;
  lead: number;
  co: number;
  responsible: number;
  /** tasks / tasks of the plan. */
  share: number;
}

/** One agency across the plans. */
export interface AgencyAcross {
  agency: string;
  collective: boolean;
  /** Its load in each plan, in plan order; null where it does not appear. */
  plans: (AgencyInPlan | null)[];
  /** Mean share over all plans (0 where absent): the order of the rows. */
  meanShare: number;
}

/** From one plan to the next. */
export interface PlanStep {
  from: string;
  to: string;
  /** Agencies in the later plan only, and in the earlier only. */
  entered: string[];
  left: string[];
  /** Agencies in both. */
  shared: number;
  /** shared / agencies in either. */
  jaccard: number;
  /**
   * Rank stability of the shared agencies' loads (tasks; shares give the same ranks): Spearman's ρ
   * and Kendall's τ-b, null when undefined (fewer than two shared agencies, or one plan's loads all equal).
   */
  spearman: number | null;
  kendall: number | null;
  /** Pairs of shared agencies whose co-responsibility grew most, and fell most (see {@link PairChange}). */
  grew: PairChange[];
  fell: PairChange[];
  /**
   * QAP correlation (Krackhardt 1987) of the two plans' co-responsibility matrices (S_ab, tasks
   * shared) on the agencies they share, ordered by their load in the earlier plan; null with fewer than three shared
   * agencies, or with `qap: false`.
   */
  qap: QapCorrelation | null;
  /**
   * MRQAP (Dekker et al. 2007) of the later plan's co-responsibility on the earlier plan's
   * co-responsibility and its lead–co ties (tasks one leads and the other co-operates on), over the
   * shared agencies; null where QAP is, or when the two predictors are collinear (`regressionNote` says so).
   */
  regression: (Mrqap & { predictors: ['coResponsibilityBefore', 'leadCoBefore'] }) | null;
  regressionNote: string | null;
}

/**
 * A pair of agencies present in both plans, with the tasks they share in each and that count as a
 * share of the plan's tasks; `change` = share after − share before (plans differ in size, so shares
 * are compared, not counts).
 */
export interface PairChange {
  a: string;
  b: string;
  before: { shared: number; share: number };
  after: { shared: number; share: number };
  change: number;
}

export interface PlanComparison {
  plans: ComparedPlan[];
  /** Every agency of any plan, by mean share (descending), then first appearance. */
  agencies: AgencyAcross[];
  /** Network measures, one per plan, in plan order. */
  network: PlanNetwork[];
  /** Consecutive plans, in the order given. */
  steps: PlanStep[];
  /** Renames and mergers applied (the reform table and your own rules), plan by plan. */
  identity: IdentityChange[];
  /** Roles held by differently placed agencies in different plans (省发展改革委 / 市发展改革委), listed, not merged (unless `identity.matchBy` is `role`). */
  sameRole: SameRole[];
  settings: { excludeCollective: boolean; normalise: boolean; matchBy: 'name' | 'role'; reforms: boolean; reformScope: 'comparison' | 'plan'; seed: number };
}

const DEFAULT_PAIRS = 10;

function check(plans: readonly PlanInput[], options: CompareOptions): void {
  // Checked without Array.isArray, which would widen the plans to any[].
  const count = (plans as { length?: unknown } | null)?.length;
  if (typeof count !== 'number' || count < 2) throw new Error(`comparePlans: expected at least two plans, got ${typeof count === 'number' ? count : 'none'}`);
  const labels = new Set<string>();
  for (const [i, p] of plans.entries()) {
    if (p === null || typeof p !== 'object' || !Array.isArray((p.table as Partial<ResponsibilityTable> | undefined)?.tasks)) throw new Error(`comparePlans: plan ${i + 1} has no parsed table (expected { table, label, date? })`);
    if (typeof p.label !== 'string' || p.label.trim() === '') throw new Error(`comparePlans: plan ${i + 1} has no label`);
    if (labels.has(p.label)) throw new Error(`comparePlans: two plans are labelled "${p.label}"; labels must be distinct`);
    labels.add(p.label);
    if (p.date !== undefined && !isPlanDate(p.date)) throw new Error(`comparePlans: plan "${p.label}" has date "${p.date}"; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const n = options.pairs ?? DEFAULT_PAIRS;
  if (!Number.isInteger(n) || n < 0) throw new Error(`comparePlans: invalid \`pairs\` ${n} (expected a whole number ≥ 0)`);
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function inPlan(row: AgencyLoad, name: string): AgencyInPlan {
  return { name, rank: row.rank, tasks: row.tasks, lead: row.lead, co: row.co, responsible: row.responsible, share: row.share };
}

/** The symmetric matrix of a pair map over the given keys (0 on the diagonal and for absent pairs). */
function matrix(keys: readonly string[], pairs: ReadonlyMap<string, number>): number[][] {
  return keys.map((a) => keys.map((b) => (a === b ? 0 : (pairs.get(pairKey(a, b)) ?? 0))));
}

function step(before: PlanProfile, after: PlanProfile, labels: [string, string], keyOf: (name: string) => string, top: number, qap: QapOptions | false): PlanStep {
  const keysBefore = new Map([...before.load.keys()].map((n) => [keyOf(n), n]));
  const keysAfter = new Map([...after.load.keys()].map((n) => [keyOf(n), n]));
  const both = [...keysBefore.keys()].filter((k) => keysAfter.has(k));
  const x = both.map((k) => (before.load.get(keysBefore.get(k) as string) as AgencyLoad).tasks);
  const y = both.map((k) => (after.load.get(keysAfter.get(k) as string) as AgencyLoad).tasks);
  const union = keysBefore.size + keysAfter.size - both.length;
  // Tasks shared by each pair of agencies that are in both plans, keyed by the agencies' keys.
  const sharedPairs = (profile: PlanProfile, which: 'pairs' | 'leadPairs' = 'pairs'): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [key, s] of profile[which]) {
      const [a, b] = key.split('\u0000') as [string, string];
      const ka = keyOf(a);
      const kb = keyOf(b);
      if (ka !== kb && keysBefore.has(ka) && keysBefore.has(kb) && keysAfter.has(ka) && keysAfter.has(kb)) {
        const k = pairKey(ka, kb);
        // Matched by role, two pairs of one plan can fall on one key: the larger count stands.
        out.set(k, Math.max(out.get(k) ?? 0, s));
      }
    }
    return out;
  };
  const sBefore = sharedPairs(before);
  const sAfter = sharedPairs(after);
  const nBefore = before.view.nT;
  const nAfter = after.view.nT;
  const changes: PairChange[] = [...new Set([...sBefore.keys(), ...sAfter.keys()])].map((key) => {
    const [a, b] = key.split('\u0000') as [string, string];
    const s0 = sBefore.get(key) ?? 0;
    const s1 = sAfter.get(key) ?? 0;
    const share0 = nBefore === 0 ? 0 : s0 / nBefore;
    const share1 = nAfter === 0 ? 0 : s1 / nAfter;
    return { a, b, before: { shared: s0, share: share0 }, after: { shared: s1, share: share1 }, change: share1 - share0 };
  });
  const byKey = (p: PairChange, q: PairChange): number => (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0);
  const grew = changes.filter((c) => c.change > 0).sort((p, q) => q.change - p.change || q.after.shared - p.after.shared || byKey(p, q));
  const fell = changes.filter((c) => c.change < 0).sort((p, q) => p.change - q.change || q.before.shared - p.before.shared || byKey(p, q));
  let tested: QapCorrelation | null = null;
  let regression: PlanStep['regression'] = null;
  let regressionNote: string | null = null;
  if (qap !== false && both.length >= 3) {
    const y = matrix(both, sAfter);
    const x = matrix(both, sBefore);
    tested = qapCorrelation(x, y, qap);
    try {
      regression = { ...mrqap(y, [x, matrix(both, sharedPairs(before, 'leadPairs'))], qap), predictors: ['coResponsibilityBefore', 'leadCoBefore'] };
    } catch (error) {
      if (!(error as Error).message.startsWith('mrqap: the predictors are collinear')) throw error;
      regressionNote = 'the earlier plan’s lead–co ties are collinear with its co-responsibility (every task one lead, the rest co-operating), or all equal (no lead marked): MRQAP cannot separate them';
    }
  } else regressionNote = qap === false ? 'QAP not asked for' : 'fewer than three agencies in both plans';
  return {
    from: labels[0],
    to: labels[1],
    entered: [...keysAfter.keys()].filter((k) => !keysBefore.has(k)),
    left: [...keysBefore.keys()].filter((k) => !keysAfter.has(k)),
    shared: both.length,
    jaccard: union === 0 ? 0 : both.length / union,
    spearman: finite(spearman(x, y)),
    kendall: finite(kendallTauB(x, y)),
    grew: grew.slice(0, top),
    fell: fell.slice(0, top),
    qap: tested,
    regression,
    regressionNote,
  };
}

/**
 * Compares several plans. Each table is normalised (`normaliseTable`), then agency identity is
 * applied (renames and mergers of the 2018 and 2023 reforms when a plan is dated on or after them,
 * and your own rules; see {@link applyIdentity}), and agencies are aligned by name (or by role,
 * when asked). Gives, per plan, each agency's tasks, lead, co, share (k_a / n_T) and rank by tasks;
 * for each pair of consecutive plans (in the order given) the agencies entering and leaving, the
 * Jaccard overlap of their agency sets, rank stability of the shared agencies' loads (Spearman's ρ,
 * Kendall's τ-b; both match scipy.stats), and the pairs whose co-responsibility grew or fell most
 * (change in S_ab / n_T, the share of the plan's tasks both are on); network measures side by side
 * (density, degree centralisation, team size, load Gini, Barber's and the projection's modularity
 * of a seeded Louvain partition, as `analyze` reports them); QAP correlation of the consecutive
 * plans' co-responsibility matrices on their shared agencies, and MRQAP of the later on the earlier
 * plan's co-responsibility and lead–co ties (`qapCorrelation`, `mrqap`). Dates come from the options, else from
 * the document (`planDate`).
 */
export function comparePlans(plans: readonly PlanInput[], options: CompareOptions = {}): PlanComparison {
  check(plans, options);
  const { excludeCollective = false, seed = 42, build = {} } = options;
  const top = options.pairs ?? DEFAULT_PAIRS;
  const normalised = plans.map((p) => (options.normalise === false ? { ...p.table, normalisation: [] as NameChange[] } : normaliseTable(p.table, options.normalise ?? {})));
  const compared: ComparedPlan[] = plans.map((p, i) => {
    const found = p.date === undefined ? planDate(p.table) : undefined;
    const t = normalised[i] as (typeof normalised)[number];
    return {
      label: p.label,
      date: p.date ?? found?.date ?? null,
      dateSource: p.date !== undefined ? 'given' : (found?.source ?? null),
      dateText: found?.text ?? null,
      file: p.table.file ?? null,
      tasks: t.tasks.length,
      agencies: 0,
      normalisation: t.normalisation,
    };
  });
  const identity = applyIdentity(
    normalised.map((t, i) => ({ table: t, label: (compared[i] as ComparedPlan).label, date: (compared[i] as ComparedPlan).date })),
    options.identity ?? {},
  );
  const profiles = identity.tables.map((t) => planProfile(t, { excludeCollective, seed, build }));
  profiles.forEach((p, i) => ((compared[i] as ComparedPlan).agencies = p.view.nA));
  const keyOf = identity.keyOf;

  // Rows: every agency (by key) in order of first appearance across the plans.
  const rows = new Map<string, AgencyAcross>();
  profiles.forEach((profile, i) => {
    for (const [name, row] of profile.load) {
      const key = keyOf(name);
      let across = rows.get(key);
      if (across === undefined) {
        across = { agency: key, collective: row.collective, plans: plans.map(() => null), meanShare: 0 };
        rows.set(key, across);
      }
      // Matching by role, two agencies of one plan may share a role: the first (most loaded) stands for it.
      if (across.plans[i] === null) across.plans[i] = inPlan(row, name);
    }
  });
  const agencies = [...rows.values()];
  for (const a of agencies) a.meanShare = a.plans.reduce((s, p) => s + (p?.share ?? 0), 0) / plans.length;
  const order = new Map(agencies.map((a, i) => [a, i]));
  agencies.sort((a, b) => b.meanShare - a.meanShare || (order.get(a) as number) - (order.get(b) as number));

  const qap = options.qap ?? { permutations: 1000, seed };
  const steps = profiles.slice(1).map((after, i) => step(profiles[i] as PlanProfile, after, [(compared[i] as ComparedPlan).label, (compared[i + 1] as ComparedPlan).label], keyOf, top, qap));
  return {
    plans: compared,
    agencies,
    network: profiles.map((p) => p.network),
    steps,
    identity: identity.changes,
    sameRole: identity.sameRole,
    settings: { excludeCollective, normalise: options.normalise !== false, matchBy: identity.matchBy, reforms: identity.reforms, reformScope: identity.scope, seed },
  };
}
