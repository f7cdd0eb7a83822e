// Name normalisation: one canonical name per agency, with every merge reported.
import type { Dictionary } from '../dictionary.js';
import type { Diagnostic, ResponsibilityTable } from '../types.js';
import { EXACT_ALIASES, SUFFIX_ALIASES } from './aliases.js';
import { simplified } from './simplified.js';

/**
 * Why a written name was changed: `characters` (invisible or look-alike characters: zero-width
 * spaces, soft hyphens, control characters, full-width letters and digits, Kangxi radicals, ASCII
 * brackets, replacement characters), `traditional`, `alias`, `dictionary` or `prefix`.
 */
export type NameChangeReason = 'characters' | 'traditional' | 'alias' | 'dictionary' | 'prefix';

/** One change from a written form to a canonical name, with where it happened. */
export interface NameChange {
  from: string;
  to: string;
  reason: NameChangeReason;
  /** Ids of the tasks where the written form appears. */
  tasks: string[];
  /** Lines where it appears. */
  lines: number[];
}

export interface NormaliseOptions {
  /** Extra exact aliases, written form → canonical name (applied after the bundled ones, so they win). */
  aliases?: Readonly<Record<string, string>>;
  /** Use the bundled aliases (abbreviations such as 省发改委 → 省发展改革委). Default `true`. */
  bundledAliases?: boolean;
  /** Convert traditional characters to simplified (OpenCC, Taiwan and Hong Kong variants). Default `true`. */
  traditional?: boolean;
  /** A dictionary whose agencies' `fullName`s become aliases of their `name`. */
  dictionary?: Dictionary;
  /**
   * Infer an elided prefix: in `市发改委、国土房管局、规划局` the later units inherit 市.
   * Off by default (it guesses); every inference is reported.
   */
  inferPrefixes?: boolean;
}

export type NormalisedTable = ResponsibilityTable & { normalisation: NameChange[] };

/** Administrative prefixes a unit name may open with. */
const PREFIXES = ['省', '市', '县', '区', '州', '自治区', '自治州'];
/** Names that stand on their own without a prefix (central bodies, collectives). */
const STANDALONE = ['各', '中央', '国家', '中国', '人民银行', '全国', '有关', '相关'];
const ENDINGS = ['厅', '委', '局', '办', '部', '会', '院', '中心', '政府', '联', '室', '处', '署', '站', '所', '队', '社', '团', '馆'];

/**
 * One written form for the characters of a name: format and control characters removed (U+200B,
 * U+00AD, U+FEFF, NUL …), replacement characters of broken text (U+FFFD, lone surrogates)
 * removed, Unicode NFKC (full-width Ａ１ → A1, Kangxi radical ⼈ → 人), and brackets around
 * Chinese written full-width, as Chinese text writes them (`(市、区)` → `（市、区）`; `(1)` stays).
 */
export function cleanCharacters(name: string): string {
  const stripped = name.replace(/[\p{Cc}\p{Cf}\uFFFD]|\p{Cs}/gu, '');
  // NFKC writes （） as (); brackets around Chinese are written full-width again, others stay as they are.
  return stripped
    .normalize('NFKC')
    .replace(/\(([^()]*\p{Script=Han}[^()]*)\)/gu, '（$1）')
    .trim();
}

function applySuffixAlias(name: string): string {
  for (const [from, to] of Object.entries(SUFFIX_ALIASES)) {
    if (name.endsWith(from) && from !== to) return name.slice(0, -from.length) + to;
  }
  return name;
}

/**
 * Gives every unit mention a canonical name and reports each change: look-alike characters
 * ({@link cleanCharacters}), traditional → simplified
 * (OpenCC), exact aliases (bundled, the dictionary's full names, then the user's), suffix aliases
 * (省发改委 → 省发展改革委, any prefix), and — only with `inferPrefixes` — elided prefixes
 * (市发改委、国土房管局 → 市国土房管局). Names as written stay in `name`; `canonical` holds the
 * result, which the graph uses. A task listing two forms of one agency gets a `same-agency`
 * warning. Returns a new table with `normalisation`, the list of changes.
 */
export function normaliseTable(table: ResponsibilityTable, options: NormaliseOptions = {}): NormalisedTable {
  const { bundledAliases = true, traditional = true, inferPrefixes = false } = options;
  const exact = new Map<string, [string, NameChangeReason]>();
  if (bundledAliases) for (const [from, to] of Object.entries(EXACT_ALIASES)) if (from !== to) exact.set(from, [to, 'alias']);
  for (const a of options.dictionary?.agencies ?? []) if (a.fullName !== undefined && a.fullName !== a.name) exact.set(a.fullName, [a.name, 'dictionary']);
  for (const [from, to] of Object.entries(options.aliases ?? {})) if (from !== to) exact.set(from, [to, 'alias']);

  const changes = new Map<string, NameChange>();
  // Tasks and lines already recorded for each change (Sets, so a change seen on every task of a
  // large table costs O(1) per mention, not a scan of its list).
  const seenIn = new Map<NameChange, { tasks: Set<string>; lines: Set<number> }>();
  const record = (from: string, to: string, reason: NameChangeReason, task: string, line: number): void => {
    const key = `${reason}\u0000${from}\u0000${to}`;
    let change = changes.get(key);
    if (change === undefined) {
      change = { from, to, reason, tasks: [], lines: [] };
      changes.set(key, change);
      seenIn.set(change, { tasks: new Set(), lines: new Set() });
    }
    const seen = seenIn.get(change) as { tasks: Set<string>; lines: Set<number> };
    if (!seen.tasks.has(task)) {
      seen.tasks.add(task);
      change.tasks.push(task);
    }
    if (!seen.lines.has(line)) {
      seen.lines.add(line);
      change.lines.push(line);
    }
  };
  const diagnostics: Diagnostic[] = [...table.diagnostics];

  // The context-free steps (traditional → simplified, exact and suffix aliases) depend on the name
  // alone: worked out once per distinct written form, replayed for every mention.
  type Step = [from: string, to: string, reason: NameChangeReason];
  const resolved = new Map<string, { name: string; steps: Step[] }>();
  const resolve = (written: string): { name: string; steps: Step[] } => {
    let hit = resolved.get(written);
    if (hit !== undefined) return hit;
    const steps: Step[] = [];
    let name = written;
    const clean = cleanCharacters(name);
    if (clean !== name && clean !== '') {
      steps.push([name, clean, 'characters']);
      name = clean;
    }
    if (traditional) {
      const s = simplified(name);
      if (s !== name) steps.push([name, s, 'traditional']);
      name = s;
    }
    const alias = exact.get(name);
    if (alias !== undefined) {
      steps.push([name, alias[0], alias[1]]);
      name = alias[0];
    } else if (bundledAliases) {
      const s = applySuffixAlias(name);
      if (s !== name) steps.push([name, s, 'alias']);
      name = s;
    }
    hit = { name, steps };
    resolved.set(written, hit);
    return hit;
  };

  const tasks = table.tasks.map((task) => {
    let prefix: string | undefined;
    const seen = new Map<string, string>();
    const units = task.units.map((unit) => {
      const { name: base, steps } = resolve(unit.name);
      let name = base;
      for (const [from, to, reason] of steps) record(from, to, reason, task.id, unit.line);
      if (inferPrefixes) {
        const own = PREFIXES.find((p) => name.startsWith(p));
        if (own !== undefined) prefix = own;
        else if (prefix !== undefined && !STANDALONE.some((s) => name.startsWith(s)) && ENDINGS.some((e) => name.endsWith(e))) {
          record(name, prefix + name, 'prefix', task.id, unit.line);
          name = prefix + name;
        }
      }
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        const d: Diagnostic = {
          severity: 'warning',
          code: 'same-agency',
          message: `“${unit.name}” and “${earlier}” on task ${task.id} are the same agency (${name}) after normalisation; counted once`,
          line: unit.line,
        };
        if (table.file !== undefined) d.file = table.file;
        diagnostics.push(d);
      } else seen.set(name, unit.name);
      return { ...unit, canonical: name };
    });
    return { ...task, units };
  });
  return { ...table, tasks, diagnostics, normalisation: [...changes.values()] };
}
