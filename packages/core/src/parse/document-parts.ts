// A plan whose tasks come in two parts of different layouts: numbered paragraphs with their units,
// then a table attached after them (附件 / 重点项目责任分工表 / 序号 项目名称 牵头单位 …) — or the table
// first and numbered paragraphs below it. One reading keeps only one part (the other is notes or
// preamble); each part is read on its own, the rest of the text blanked so that line numbers stay.
import type { ResponsibilityTable, TaskRecord } from '../types.js';
import { looksLikeHeader } from './columns.js';
import { findLineHeader } from './line-cells.js';
import { splitLines } from './text.js';

/** How a header row's cells are separated: tabs, `|`, or blanks. */
const CELL_SEPARATORS = [/\t+/u, /\s*[|｜]\s*/u, /[ \u3000]+/u];

/**
 * The index of the first line at or after `from` that starts a table — a header row of three to
 * twelve cells (separated by tabs, `|` or blanks), or header names one per line — or -1.
 */
export function tableStart(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const t = (lines[i] as string).trim();
    if (t === '' || t.length > 120) continue;
    for (const sep of CELL_SEPARATORS) {
      const cells = t.split(sep).filter((c) => c !== '');
      if (cells.length >= 3 && cells.length <= 12 && looksLikeHeader(cells)) return i;
    }
  }
  const rest = lines.slice(from).map((text, k) => ({ text: text.trim(), line: from + k })).filter((l) => l.text !== '');
  const header = findLineHeader(rest);
  return header === undefined ? -1 : (rest[header[0]] as { line: number }).line;
}

/**
 * The table read in its parts when its text has two (see the file's comment): the numbered
 * paragraphs before a table's header, or after the last task a prose reading found, read apart
 * from the table. Kept only when both parts give tasks and together more than the one reading did;
 * otherwise the reading as it was. The paragraphs count only when every one is numbered. Ids that
 * repeat across the parts take a suffix (`1-2`).
 */
export function readInParts(table: ResponsibilityTable, text: string, read: (text: string) => ResponsibilityTable): ResponsibilityTable {
  if (table.tasks.length === 0) return table;
  const lines = splitLines(text);
  const prose = table.layout === 'prose';
  // (A prose reading: a table after its last task. A table reading: numbered paragraphs before its
  // header, or after its last row where the table reader found text after the table.)
  const start = tableStart(lines, prose ? table.tasks.reduce((m, t) => Math.max(m, t.line), 0) : 0);
  const lastRow = table.tasks.reduce((m, t) => Math.max(m, t.line), 0);
  const trailing = prose || start > 0 ? undefined : table.diagnostics.find((d) => AFTER_ROWS.has(d.code) && d.line > lastRow);
  if (trailing !== undefined) return withTrailingParagraphs(table, lines, trailing.line - 1, read);
  if (start <= 0) return table;
  const blanked = (keep: (i: number) => boolean): string => lines.map((l, i) => (keep(i) ? l : '')).join('\n');
  const readPart = (keep: (i: number) => boolean): ResponsibilityTable | undefined => {
    try {
      return read(blanked(keep));
    } catch {
      return undefined;
    }
  };
  const isTable = (part: ResponsibilityTable | undefined): part is ResponsibilityTable => part !== undefined && part.layout !== 'prose' && part.tasks.length > 0;
  // (The smaller part first: a long table is read again only when the paragraphs before it are tasks.)
  let before: ResponsibilityTable | undefined;
  let after: ResponsibilityTable | undefined;
  if (prose) {
    after = readPart((i) => i >= start);
    if (!isTable(after)) return table;
    before = readPart((i) => i < start);
    // (Paragraphs above a table that are a notice's own requirements, read as tasks when they tied with
    // the table's rows: the table is the plan's, the paragraphs its preamble.)
    if (!paragraphs(before)) return after.tasks.length >= table.tasks.length ? tableAlone(after, lines.slice(0, start), table) : table;
  } else {
    before = readPart((i) => i < start);
    if (!paragraphs(before)) return table;
    after = readPart((i) => i >= start);
    if (!isTable(after)) return table;
  }
  if (before.tasks.length + after.tasks.length <= table.tasks.length) return table;
  // A table that repeats the paragraphs' tasks (an annex listing them again) is the same tasks, not more.
  if (repeats(before.tasks, after.tasks)) return table;
  const renamed = afterIds(before.tasks, after.tasks);
  const categories = [...before.categories, ...after.categories.filter((c) => !before.categories.includes(c))];
  const evidence = [
    `read in two parts: numbered paragraphs on lines 1–${start} (${before.tasks.length} tasks), then a table from line ${start + 1} (${after.tasks.length} tasks, ${after.layout})`,
    ...(before.evidence ?? []),
    ...(after.evidence ?? []),
  ];
  const merged: ResponsibilityTable = {
    ...before,
    // (The layout of the part with more tasks.)
    layout: after.tasks.length > before.tasks.length ? after.layout : before.layout,
    notes: [...before.notes, ...after.preamble, ...after.notes],
    columns: after.columns,
    categories,
    tasks: [...before.tasks, ...renamed],
    diagnostics: [...before.diagnostics, ...after.diagnostics].sort((a, b) => a.line - b.line),
    evidence,
  };
  return merged;
}

/** The table read from its part, the lines above it its preamble, with the evidence for that. */
function tableAlone(after: ResponsibilityTable, above: readonly string[], whole: ResponsibilityTable): ResponsibilityTable {
  const preamble = [...above.map((l) => l.trim()).filter((l) => l !== ''), ...after.preamble];
  const why = `read as the table from line ${above.length + 1} (${after.tasks.length} tasks); the ${above.length} lines above it are the notice's own, kept as preamble (a prose reading found ${whole.tasks.length} requirements there)`;
  return { ...after, preamble, evidence: [why, ...(whole.evidence ?? []), ...(after.evidence ?? [])] };
}

/**
 * Whether a part's reading is numbered paragraphs that are tasks of the plan: not a notice's own
 * sentences above its table (市政府将加大督查…, 区统计局负责审核…: who checks the work), nor its numbered
 * requirements (一、提高思想认识 / 二、加强组织领导。市政府办公室牵头…): some of those name no unit (the
 * prose reader warns of it), or their headings say they are requirements.
 */
function paragraphs(part: ResponsibilityTable | undefined): part is ResponsibilityTable {
  return (
    part !== undefined &&
    part.layout === 'prose' &&
    part.tasks.length > 0 &&
    part.tasks.every((t) => typeof t.marker === 'string' && !REQUIREMENTS.test(t.category ?? '') && !REQUIREMENTS.test(t.title.slice(0, 12))) &&
    !part.diagnostics.some((d) => d.code === 'empty-units')
  );
}

/** Headings and titles of a notice's requirements for the work, not tasks of the plan (工作要求, 保障措施, 加强组织领导, 强化督查考核 …). */
const REQUIREMENTS = /要求|保障措施|组织领导|組織領導|组织保障|督查|督导|考核|纪律|紀律|宣传引导|思想认识|思想認識|责任落实|責任落實|工作机制|工作機制/u;

/** Whether most of the second part's tasks repeat the first's (the same start of title). */
function repeats(first: readonly TaskRecord[], second: readonly TaskRecord[]): boolean {
  const starts = new Set(first.map((t) => t.title.slice(0, 8)));
  const same = second.filter((t) => starts.has(t.title.slice(0, 8))).length;
  return same * 2 >= Math.min(first.length, second.length);
}

/** What a table reader says of lines after its last row that are no rows: text after it, or rows short of cells. */
const AFTER_ROWS = new Set(['text-after-table', 'missing-cells']);

/** A table followed by numbered paragraphs from line index `from` on: the paragraphs read apart and added after the rows. */
function withTrailingParagraphs(table: ResponsibilityTable, lines: readonly string[], from: number, read: (text: string) => ResponsibilityTable): ResponsibilityTable {
  let tail: ResponsibilityTable;
  try {
    tail = read(lines.map((l, i) => (i >= from ? l : '')).join('\n'));
  } catch {
    return table;
  }
  // (…and paragraphs under a line that names them requirements, 工作要求：, are requirements.)
  if (!paragraphs(tail) || tail.preamble.some((l) => REQUIREMENTS.test(l)) || repeats(table.tasks, tail.tasks)) return table;
  const tasks = afterIds(table.tasks, tail.tasks);
  // (The lines the table reader kept as notes after it are now tasks: their warnings go; the paragraphs' own stay.)
  const kept = table.diagnostics.filter((d) => !(AFTER_ROWS.has(d.code) && d.line - 1 >= from));
  return {
    ...table,
    notes: [...tail.preamble, ...tail.notes],
    categories: [...table.categories, ...tail.categories.filter((c) => !table.categories.includes(c))],
    tasks: [...table.tasks, ...tasks],
    diagnostics: [...kept, ...tail.diagnostics].sort((a, b) => a.line - b.line),
    evidence: [`read in two parts: a table to line ${from} (${table.tasks.length} tasks), then numbered paragraphs from line ${from + 1} (${tail.tasks.length} tasks)`, ...(table.evidence ?? []), ...(tail.evidence ?? [])],
  };
}

/** The second part's tasks, an id that the first part's tasks already use given a suffix (`1-2`). */
function afterIds(first: readonly TaskRecord[], second: readonly TaskRecord[]): TaskRecord[] {
  const used = new Set(first.map((t) => t.id));
  return second.map((t) => {
    let id = t.id;
    for (let k = 2; used.has(id); k += 1) id = `${t.id}-${k}`;
    used.add(id);
    return id === t.id ? t : { ...t, id };
  });
}
