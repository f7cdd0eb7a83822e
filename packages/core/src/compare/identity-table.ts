// Identity tables of your own (renames and mergers of local bodies), read from CSV or JSON.
import Papa from 'papaparse';
import type { UserIdentityRule } from './identity.js';
import { isPlanDate } from './plan-date.js';
import type { ReformLevel } from './reforms.js';

const LEVELS: readonly string[] = ['national', 'provincial', 'local'];
const COLUMNS = ['from', 'to', 'effective', 'level', 'source'] as const;

function rule(raw: Record<string, unknown>, where: string): UserIdentityRule {
  const from = raw['from'];
  const names = typeof from === 'string' ? from.split(/\s*\+\s*/u).map((s) => s.trim()).filter((s) => s !== '') : Array.isArray(from) ? from : [];
  if (names.length === 0 || names.some((n) => typeof n !== 'string' || n.trim() === '')) throw new Error(`${where}: \`from\` must be a name, names joined by +, or a list of names`);
  const to = raw['to'];
  if (typeof to !== 'string' || to.trim() === '') throw new Error(`${where}: \`to\` must be a name`);
  const out: UserIdentityRule = { from: (names as string[]).map((n) => n.trim()), to: to.trim() };
  const effective = raw['effective'];
  if (effective !== undefined && effective !== null && effective !== '') {
    if (typeof effective !== 'string' || !isPlanDate(effective)) throw new Error(`${where}: \`effective\` must be a date YYYY, YYYY-MM or YYYY-MM-DD on the calendar, got ${JSON.stringify(effective)}`);
    out.effective = effective;
  }
  const level = raw['level'];
  if (level !== undefined && level !== null && level !== '') {
    if (typeof level !== 'string' || !LEVELS.includes(level)) throw new Error(`${where}: \`level\` must be national, provincial or local, got ${JSON.stringify(level)}`);
    out.level = level as ReformLevel;
  }
  const source = raw['source'];
  if (source !== undefined && source !== null && source !== '') {
    if (typeof source !== 'string') throw new Error(`${where}: \`source\` must be text`);
    out.source = source;
  }
  return out;
}

/**
 * Reads an identity table of your own, for `comparePlans`' `identity.rules`:
 * - JSON: a list of `{ "from": "旧名" | ["旧名", …], "to": "新名", "effective"?: "2019-01-01",
 *   "level"?: "provincial", "source"?: "…" }`, or an object `{ "旧名": "新名", … }`;
 * - CSV with a header naming the columns `from,to[,effective][,level][,source]` in any order; a
 *   merger lists its predecessors joined by `+` (`市工商局+市质监局`) or on rows of their own.
 * Without `level`, `from` and `to` are whole names (市规划局 → 市自然资源和规划局); with it, roles
 * matched at that level with the place kept, as the bundled reform rules are. Throws an Error
 * naming the file and the line or entry of the first problem.
 */
export function parseIdentityTable(text: string, file = '<identity>'): UserIdentityRule[] {
  const body = text.replace(/^\uFEFF/u, '');
  if (/^\s*[[{]/u.test(body)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
    }
    if (Array.isArray(data)) {
      return data.map((entry, i) => {
        if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new Error(`${file}: entry ${i + 1}: expected an object { "from": …, "to": … }`);
        return rule(entry as Record<string, unknown>, `${file}: entry ${i + 1}`);
      });
    }
    if (data !== null && typeof data === 'object') {
      return Object.entries(data as Record<string, unknown>).map(([from, to]) => rule({ from, to }, `${file}: "${from}"`));
    }
    throw new Error(`${file}: expected a list of rules or an object { "old name": "new name" }`);
  }
  const parsed = Papa.parse<string[]>(body.trim(), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (header === undefined) throw new Error(`${file}: empty identity table: expected a header from,to[,effective][,level][,source]`);
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.find((n) => !(COLUMNS as readonly string[]).includes(n));
  if (unknown !== undefined || !names.includes('from') || !names.includes('to')) {
    throw new Error(`${file}:1: expected a header naming from and to (and optionally effective, level, source), got "${header.join(',')}"`);
  }
  return rows.map((cells, i) => {
    if (cells.length !== names.length) throw new Error(`${file}:${i + 2}: ${cells.length} cells, expected ${names.length} (${names.join(', ')})`);
    return rule(Object.fromEntries(names.map((n, j) => [n, (cells[j] ?? '').trim()])), `${file}:${i + 2}`);
  });
}
