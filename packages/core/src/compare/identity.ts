// Agency identity across plans: renames and mergers (the bundled reform table and your own rules),
// applied to the plans' names, and roles held by differently placed agencies.
import type { ResponsibilityTable, Role, UnitMention } from '../types.js';
import { placeRole } from './place-role.js';
import { isPlanDate } from './plan-date.js';
import { REFORM_RULES, type IdentityRule, type ReformLevel } from './reforms.js';

/** A rule of your own: `from` becomes `to`. Without `level`, `from` and `to` are whole names; with it, roles matched as the bundled rules are. */
export interface UserIdentityRule {
  from: string | readonly string[];
  to: string;
  /** When it took effect (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`): the rule applies only if a plan is dated on or after it. Absent: always. */
  effective?: string;
  level?: ReformLevel;
  /** Where the rule comes from (shown in reports). */
  source?: string;
}

export interface IdentityOptions {
  /** Apply the bundled reform table ({@link REFORM_RULES}). Default `true`. */
  reforms?: boolean;
  /** Your own renames and mergers (local bodies), applied before the bundled ones. */
  rules?: readonly UserIdentityRule[];
  /**
   * `name` (default): agencies are the same when their names are; names differing only by place
   * (省发展改革委, 市发展改革委) are listed in `sameRole`, not merged. `role`: agencies are aligned by
   * role (the name without its place, see `placeRole`), for comparing plans of different places.
   */
  matchBy?: 'name' | 'role';
  /**
   * Where a dated rule applies: `comparison` (default) — in every plan, once any plan is dated on or
   * after it, so bodies line up across the reform; `plan` — only in the plans dated on or after it
   * (an old name in a later document is read as its successor; earlier plans keep the bodies of
   * their time, which then leave and enter).
   */
  scope?: 'comparison' | 'plan';
}

/** One rename or merger applied to one plan. */
export interface IdentityChange {
  plan: string;
  /** The name in the plan (after normalisation) and the name it is compared under. */
  from: string;
  to: string;
  /** `merger` when the rule joins several bodies into one, else `rename`. */
  kind: 'rename' | 'merger';
  /** The rule: its predecessor bodies (one name each), successor, level, date and source (a key of `REFORM_SOURCES`, or yours). */
  rule: { from: string[]; to: string; level: ReformLevel | 'name'; effective: string | null; source: string; dateNote?: string };
  /** Ids of the plan's tasks the name is on. */
  tasks: string[];
}

/** A role held by agencies of different names (different places) in the plans. */
export interface SameRole {
  role: string;
  /** Each plan's names with this role (plans without one left out). */
  names: { plan: string; names: string[] }[];
}

interface Rule {
  /** Each predecessor body's names (its variants). */
  from: readonly (readonly string[])[];
  to: string;
  level: ReformLevel | 'name';
  effective: string | null;
  source: string;
  dateNote?: string;
}

/** Provinces, autonomous regions, municipalities and SARs by their short names (湖南银保监局). */
const PROVINCES = new Set(
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门'.split(' '),
);

/** The level a place prefix names: provincial (省, 湖南省, 广西壮族自治区, 湖南), local (市, 长沙市, 岳阳楼区), or undefined (none, or not a place). */
function levelOf(prefix: string): 'provincial' | 'local' | undefined {
  if (prefix === '') return undefined;
  if (/(?:省|自治区)$/u.test(prefix) || PROVINCES.has(prefix)) return 'provincial';
  if (/(?:市|县|区|州|盟|旗|地区)$/u.test(prefix)) return 'local';
  return undefined;
}

/** The start of a (possibly partial) ISO date: `2018` → `2018-01-01`. */
const dayOf = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/** The level most of a plan's placed agencies are at: names without a place are read at it. */
function planLevel(names: Iterable<string>): 'provincial' | 'local' {
  let provincial = 0;
  let local = 0;
  for (const name of names) {
    const level = levelOf(placeRole(name).place.replace(/委$/u, ''));
    if (level === 'provincial') provincial += 1;
    else if (level === 'local') local += 1;
  }
  return local > provincial ? 'local' : 'provincial';
}

/** The successor of `name` under `rule`, or undefined when the rule does not name it. */
function successor(name: string, rule: Rule, level: 'provincial' | 'local'): string | undefined {
  if (rule.level === 'name' || rule.level === 'national') return rule.from.some((body) => body.includes(name)) ? rule.to : undefined;
  const place = placeRole(name).place;
  for (const f of rule.from.flat()) {
    if (!name.endsWith(f)) continue;
    const prefix = name.slice(0, name.length - f.length);
    if (prefix !== '' && prefix !== place && !PROVINCES.has(prefix)) continue;
    if ((levelOf(prefix) ?? level) === rule.level) return prefix + rule.to;
  }
  return undefined;
}

const STRENGTH: Record<Role, number> = { lead: 2, responsible: 1, co: 0 };

/** The table with names replaced; a task naming two bodies that became one lists it once, in its strongest role. */
function rename(table: ResponsibilityTable, renamed: ReadonlyMap<string, string>): ResponsibilityTable {
  if (renamed.size === 0) return table;
  const tasks = table.tasks.map((task) => {
    const units: UnitMention[] = [];
    const at = new Map<string, number>();
    for (const unit of task.units) {
      const canonical = renamed.get(unit.canonical) ?? unit.canonical;
      const i = at.get(canonical);
      if (i === undefined) {
        at.set(canonical, units.length);
        units.push({ ...unit, canonical });
      } else if (STRENGTH[unit.role] > STRENGTH[(units[i] as UnitMention).role]) units[i] = { ...(units[i] as UnitMention), role: unit.role };
    }
    return { ...task, units };
  });
  return { ...table, tasks };
}

function userRules(rules: readonly UserIdentityRule[]): Rule[] {
  return rules.map((r, i) => {
    const from = typeof r.from === 'string' ? [r.from] : [...r.from];
    if (from.length === 0 || from.some((f) => typeof f !== 'string' || f.trim() === '') || typeof r.to !== 'string' || r.to.trim() === '') {
      throw new Error(`comparePlans: identity rule ${i + 1} needs a non-empty \`from\` (a name or a list of names) and \`to\``);
    }
    if (r.effective !== undefined && (typeof r.effective !== 'string' || !isPlanDate(r.effective))) {
      throw new Error(`comparePlans: identity rule ${i + 1} (${from.join(' + ')} → ${r.to}) has effective date "${String(r.effective)}"; expected YYYY, YYYY-MM or YYYY-MM-DD, a date on the calendar`);
    }
    if (r.level !== undefined && !['national', 'provincial', 'local'].includes(r.level)) {
      throw new Error(`comparePlans: identity rule ${i + 1} has level "${String(r.level)}"; expected national, provincial or local`);
    }
    return { from: from.map((f) => [f]), to: r.to, level: r.level ?? 'name', effective: r.effective ?? null, source: r.source ?? 'user' };
  });
}

/**
 * Applies agency identity to the plans: your rules, then the bundled reform table
 * ({@link REFORM_RULES}). A rule with an effective date applies when at least one plan is dated on
 * or after it (a date given as a year counts from its first day): then the bodies it names are
 * compared under their successor's name in every plan, earlier plans included, so a 2016 plan's
 * 省卫生计生委 lines up with a 2020 plan's 省卫生健康委; when every plan predates it, names stay as
 * they were. With `scope: 'plan'` it applies only in the plans dated on or after it. Without dates,
 * dated rules do not apply. Rules apply in turn until no name changes
 * (银监会 → 银保监会 → 金融监管总局). Roles are matched with their place kept (省, 湖南省, 长沙市 + 环境保护厅
 * → 生态环境厅); a name without a place is read at the plan's level (the level of most of its
 * agencies). Every change is reported, per plan, with its rule and source.
 */
export function applyIdentity(
  plans: readonly { table: ResponsibilityTable; label: string; date: string | null }[],
  options: IdentityOptions,
): {
  tables: ResponsibilityTable[];
  changes: IdentityChange[];
  sameRole: SameRole[];
  keyOf: (name: string) => string;
  matchBy: 'name' | 'role';
  reforms: boolean;
  scope: 'comparison' | 'plan';
} {
  const { reforms = true, matchBy = 'name', scope = 'comparison' } = options;
  if (matchBy !== 'name' && matchBy !== 'role') throw new Error(`comparePlans: invalid \`identity.matchBy\` "${String(matchBy)}" (expected name or role)`);
  if (scope !== 'comparison' && scope !== 'plan') throw new Error(`comparePlans: invalid \`identity.scope\` "${String(scope)}" (expected comparison or plan)`);
  const latest = plans.reduce<string | null>((max, p) => (p.date !== null && (max === null || dayOf(p.date) > max) ? dayOf(p.date) : max), null);
  const all: Rule[] = [...userRules(options.rules ?? []), ...(reforms ? REFORM_RULES.map((r: IdentityRule) => ({ ...r, from: r.from.map((body) => body.split('|')) })) : [])];
  const since = (r: Rule, date: string | null): boolean => r.effective === null || (date !== null && date >= dayOf(r.effective));
  const comparisonRules = all.filter((r) => since(r, latest));
  const changes: IdentityChange[] = [];
  const tables = plans.map(({ table, label, date }) => {
    const active = scope === 'comparison' ? comparisonRules : all.filter((r) => since(r, date === null ? null : dayOf(date)));
    const names = new Map<string, string[]>();
    for (const task of table.tasks) {
      for (const unit of task.units) {
        const ids = names.get(unit.canonical) ?? [];
        if (!ids.includes(task.id)) ids.push(task.id);
        names.set(unit.canonical, ids);
      }
    }
    const level = planLevel(names.keys());
    const renamed = new Map<string, string>();
    for (const [name, ids] of names) {
      let current = name;
      for (let round = 0; round < 8; round += 1) {
        const hit = active.map((rule) => [rule, successor(current, rule, level)] as const).find(([, to]) => to !== undefined && to !== current);
        if (hit === undefined) break;
        const [rule, to] = hit as readonly [Rule, string];
        changes.push({
          plan: label,
          from: current,
          to,
          kind: rule.from.length > 1 ? 'merger' : 'rename',
          rule: { from: rule.from.map((body) => body[0] as string), to: rule.to, level: rule.level, effective: rule.effective, source: rule.source, ...(rule.dateNote === undefined ? {} : { dateNote: rule.dateNote }) },
          tasks: ids,
        });
        current = to;
      }
      if (current !== name) renamed.set(name, current);
    }
    return rename(table, renamed);
  });
  const keyOf = matchBy === 'role' ? (name: string) => placeRole(name).role : (name: string) => name;
  return { tables, changes, sameRole: sameRoles(tables, plans.map((p) => p.label)), keyOf, matchBy, reforms, scope };
}

/** Roles held under different names in different plans (by place), for `sameRole`. */
function sameRoles(tables: readonly ResponsibilityTable[], labels: readonly string[]): SameRole[] {
  const roles = new Map<string, Map<number, Set<string>>>();
  tables.forEach((table, i) => {
    for (const task of table.tasks) {
      for (const unit of task.units) {
        const { place, role } = placeRole(unit.canonical);
        if (place === '') continue;
        const byPlan = roles.get(role) ?? new Map<number, Set<string>>();
        const set = byPlan.get(i) ?? new Set<string>();
        set.add(unit.canonical);
        byPlan.set(i, set);
        roles.set(role, byPlan);
      }
    }
  });
  const out: SameRole[] = [];
  for (const [role, byPlan] of roles) {
    const distinct = new Set([...byPlan.values()].flatMap((s) => [...s]));
    if (byPlan.size < 2 || distinct.size < 2) continue;
    out.push({ role, names: [...byPlan.entries()].sort((a, b) => a[0] - b[0]).map(([i, s]) => ({ plan: labels[i] as string, names: [...s] })) });
  }
  return out;
}
