// The units of one row of a flattened table: every unit column's cell read as a phrase (its roles
// marked in it, or given by its column: 牵头单位, 配合单位, a 责任单位 beside them), and the
// officials and attributes the cells name.
import type { TaskRecord, UnitMention } from '../types.js';
import { isAgencyName } from './agency-name.js';
import type { HeaderKind as Kind } from './header-kind.js';
import { MAIN_UNIT_LABEL } from './labels.js';
import { parseUnitPhrase } from './unit-phrase.js';
import { isEmptyCellMark } from './unit-phrase-checks.js';

/**
 * The lines of a units cell as one phrase: a name wrapped over lines (市政 / 府办公室) is joined
 * back, lines that each hold whole names (区林业局 / 区供销联社) are separated with 、.
 */
function joinWrappedNames(text: string): string {
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (const next of lines.slice(1)) {
    const last = out.split(/[、，,；;]/u).pop() ?? '';
    const first = next.split(/[、，,；;]/u)[0] ?? '';
    // Short pieces are the ends of wrapped names (市政府办 / 公厅), whatever they end with.
    const whole = (name: string): boolean => name.length >= 3 && isAgencyName(name);
    out += whole(last.trim()) && whole(first.trim()) ? `、${next}` : next;
  }
  return out;
}

/** What a row's unit cells give: each unit once with its role and line, the lead's source, the duty mark, and officials and attributes. */
export interface RowUnits {
  found: { name: string; role: UnitMention['role']; line: number }[];
  leadSource: TaskRecord['leadSource'];
  dutyClause: boolean;
  extra: Record<string, string>;
}

/**
 * Reads the unit cells of a row (`cells` by column, `columns` their kinds, `headers` their names):
 * a 责任单位 column beside a 牵头单位 column co-operates; a 主要责任单位 column beside a 配合单位
 * column leads, a plain 责任单位 one stays responsible; with `firstListed`, a lone 责任单位 cell's
 * first unit leads. A unit named twice counts once, leading if either cell makes it lead.
 */
export function rowUnits(cells: readonly ({ text: string; line: number } | undefined)[], columns: readonly Kind[], headers: readonly string[], firstListed: boolean): RowUnits {
  const found: RowUnits['found'] = [];
  let leadSource: TaskRecord['leadSource'] = 'none';
  let dutyClause = false;
  const extra: Record<string, string> = {};
  const hasLeadColumn = columns.includes('lead');
  const hasCoColumn = columns.includes('co');
  // Every unit column counts: a table may have two (责任单位 … 实施部门).
  const unitColumns = columns.flatMap((k, i) => (k === 'lead' || k === 'units' || k === 'co' ? [[k, i] as const] : []));
  for (const [k, i] of unitColumns) {
    const c = cells[i];
    if (c === undefined || c.text === '' || isEmptyCellMark(c.text)) continue;
    const marked = /[★☆※▲△●◆]/u.test(c.text);
    const phrase = parseUnitPhrase(joinWrappedNames(c.text), k === 'units' && !hasLeadColumn && firstListed ? 'first-listed' : 'marked-only', k === 'units' ? undefined : k);
    // ★ marks the lead: the cell's other units co-operate.
    if (marked && phrase.units.some((u) => u.role === 'lead')) for (const u of phrase.units) if (u.role === 'responsible') u.role = 'co';
    const main = MAIN_UNIT_LABEL.test((headers[i] ?? '').replace(/\s/gu, ''));
    const columnRole = k !== 'units' ? undefined : hasLeadColumn ? 'co' : hasCoColumn ? (main ? 'lead' : 'responsible') : undefined;
    if (columnRole !== undefined) for (const u of phrase.units) if (u.role === 'responsible') u.role = columnRole;
    if (phrase.leadSource !== 'none') leadSource = phrase.leadSource;
    dutyClause ||= phrase.dutyClause;
    for (const u of phrase.units) {
      const seen = found.find((f) => f.name === u.name);
      // A unit in the 责任单位 cell and again in the 牵头单位 cell leads (counted once).
      if (seen === undefined) found.push({ name: u.name, role: u.role, line: c.line });
      else if (u.role === 'lead') seen.role = 'lead';
    }
    for (const a of [...phrase.attributes, ...phrase.officials]) extra[a.label] = a.text;
  }
  return { found, leadSource, dutyClause, extra };
}
