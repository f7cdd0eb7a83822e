// A table whose cells run together with no separator at all — what document-sharing sites give as
// the text of a Word table: `序号工作内容目标任务责任单位备注1将…宣传发动。2021年2月底前,…。市委宣传部、
// 市城管委,各区(市)县政府2完善…`. The header is found as header words written one after another; rows
// start at the next 序号 in sequence; each row's units are the names at its end (read back from the
// end while they are names), and two unit columns run together split where their names do.
import type { ResponsibilityTable } from '../types.js';
import { isAgencyName } from './agency-name.js';
import { HEADER_NAMES } from './columns.js';
import { DiagnosticSink } from './errors.js';
import { headerKind, type HeaderKind } from './header-kind.js';
import { ALL_LABELS, statesFirstListedRule } from './labels.js';
import { interpretRows, type Item } from './rows.js';
import type { ParseOptions } from './word-table.js';
import { splitLines } from './text.js';
import { cleanName, splitEtc } from './unit-names.js';

/** Header words seen in tables, longest first: the vocabulary a run-together header is cut into. */
const WORDS = [
  ...new Set([
    ...Object.values(HEADER_NAMES).flat(),
    ...ALL_LABELS,
    '工作内容', '目标任务', '主要工作任务', '工作任务', '重点任务', '具体任务', '任务内容', '项目名称', '主要内容', '建设内容', '主要目标',
    '工作目标', '工作措施', '具体措施', '主要措施', '第一责任单位', '第一责任部门', '主要责任单位', '主要责任部门', '工作重点', '序号', '序號',
    '完成时限', '完成时间', '备注', '分管领导', '责任领导', '牵头领导', '项目内容', '目标要求', '进度安排', '时间节点',
  ]),
]
  .filter((w) => /^\p{Script=Han}{2,10}$/u.test(w))
  .sort((a, b) => b.length - a.length);

interface HeaderCell {
  text: string;
  kind: HeaderKind;
}

/** The header cells written one after another from `at` (序号工作内容目标任务责任单位备注), and where they end. */
function headerAt(text: string, at: number): { cells: HeaderCell[]; end: number } | undefined {
  const cells: HeaderCell[] = [];
  let p = at;
  while (cells.length < 12) {
    let piece: string | undefined;
    for (let skip = 0; skip <= 4 && piece === undefined; skip += 1) {
      const word = WORDS.find((w) => text.startsWith(w, p + skip));
      // An unknown word before a known one names the same kind of column (区政府 + 分管领导).
      if (word !== undefined && (skip === 0 || (headerKind(text.slice(p, p + skip + word.length)) ?? 'x') === headerKind(word))) piece = text.slice(p, p + skip + word.length);
    }
    if (piece === undefined) break;
    const kind = headerKind(piece) ?? (/^(序号|序號)$/u.test(piece) ? 'number' : undefined);
    if (kind === undefined) break;
    cells.push({ text: piece, kind });
    p += piece.length;
  }
  const kinds = new Set(cells.map((c) => c.kind));
  if (cells.length < 3 || cells[0]?.kind !== 'number' || !kinds.has('title') || !(kinds.has('units') || kinds.has('lead'))) return undefined;
  return { cells, end: p };
}

/** Where a unit's name may start inside text run into it: a level or a collective. */
const NAME_START = /^(省|市|县|区|州|盟|旗|镇|乡|街道|各|国家|中共|共青团|团|驻|中国|全国|自治区|縣|區|鎮|鄉|國家)/u;
const SEPARATORS = /[、，,；;]/u;

/** Splits text on 、，,；; outside brackets. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if ('（(〔【[<'.includes(ch)) depth += 1;
    else if ('）)〕】]>'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SEPARATORS.test(ch)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** A unit's name as this reader takes it: a name, and either short or opening with a level (long text run into a name is not one). */
const isName = (piece: string): boolean => {
  const names = splitEtc(cleanName(piece)).filter((n) => n !== '');
  return names.length > 0 && names.every((n) => isAgencyName(n) && (n.length <= 10 || NAME_START.test(n)));
};
/** How a body's name ends (without a bracket after it): where a name run into the next may stop. */
const BODY_END = /(局|委|厅|办|所|站|馆|院|队|中心|公司|政府|部|室|会|处|科|股|组|行|社|台|团|联|关|廳|辦|館|隊|處|會)$/u;

/**
 * Names run together in `text` (市发展改革委各县(市、区)政府 → [市发展改革委, 各县(市、区)政府]): each a
 * unit's name, each after the first opening with a level or a collective, each before the last
 * ending like a body. The most names win: names inside one cell are separated, so a junction
 * with none is where two run together.
 */
function runTogether(text: string, memo = new Map<number, string[] | null>(), from = 0): string[] | undefined {
  // Suffixes are shared between the ways to cut: each is read once (linear in cuts, not exponential).
  const known = memo.get(from);
  if (known !== undefined) return known ?? undefined;
  let found: string[] | undefined;
  const rest = text.slice(from);
  if (rest.length <= MAX_GLUED) {
    for (let k = 2; k <= rest.length - 2 && found === undefined; k += 1) {
      if (!NAME_START.test(rest.slice(k))) continue;
      const head = rest.slice(0, k);
      if (!BODY_END.test(head.replace(/[（(][^（()）]*[）)]$/u, '')) || !isName(head)) continue;
      const tail = runTogether(text, memo, from + k);
      if (tail !== undefined) found = [head, ...tail];
    }
    if (found === undefined && isName(rest)) found = [rest];
  }
  memo.set(from, found ?? null);
  return found;
}
/** The longest text read as names run together (a few names of at most 40 characters). */
const MAX_GLUED = 160;

/**
 * The units at the end of a row's text: the unit cells (one per unit column) and where they start.
 * Read back from the end while the pieces are names; the first piece may have the text before it
 * run into it, cut where a name opening with a level starts.
 */
function unitsAtEnd(row: string, columns: number): { start: number; cells: string[] } | undefined {
  const stop = Math.max(row.lastIndexOf('。'), row.lastIndexOf('；'));
  const region = row.slice(stop + 1);
  const list = pieces(region);
  let first = list.length;
  while (first > 0 && isName(list[first - 1] as string) && (list[first - 1] as string).trim() !== '') first -= 1;
  let offset = region.length - list.slice(first).join('、').length;
  let glued: string[] | undefined;
  if (first > 0) {
    // The piece where the text runs into the names: the shortest tail of it made of names.
    const piece = list[first - 1] as string;
    const memo = new Map<number, string[] | null>();
    for (let k = Math.max(1, piece.length - MAX_GLUED); k <= piece.length - 2 && glued === undefined; k += 1) {
      if (!NAME_START.test(piece.slice(k))) continue;
      glued = runTogether(piece, memo, k);
      if (glued !== undefined) offset = region.length - list.slice(first).join('、').length - (piece.length - k) - 1;
    }
    if (glued === undefined && first === list.length) return undefined;
  } else {
    glued = runTogether(list[0] as string);
    if (glued === undefined) return undefined;
    first = 1;
    offset = 0;
  }
  const rest = list.slice(first);
  const names = glued ?? [];
  if (columns >= 2) {
    // Two unit columns run together: the first cell ends where its names run into the second's.
    if (names.length >= 2) return { start: stop + 1 + offset, cells: [names.slice(0, -1).join('、'), [names[names.length - 1], ...rest].join('、')] };
    if (names.length === 1) return { start: stop + 1 + offset, cells: [names[0] as string, rest.join('、')] };
    return { start: stop + 1 + offset, cells: [rest[0] ?? '', rest.slice(1).join('、')] };
  }
  return { start: stop + 1 + offset, cells: [[...names, ...rest].join('、')] };
}

/** A section heading written at the end of a row's text or before the first row (二、产业优化升级). */
const HEADING_AT_END = /(?:^|(?<=[\p{Script=Han}）)]))([一二三四五六七八九十]{1,3}[、.．]\p{Script=Han}[^、，,。；;\d]{1,30})$/u;

/** The text of a row split into its text cells: a second cell starts at a deadline or at the last sentence. */
function textCells(text: string, count: number): string[] {
  const t = text.replace(/[。；;\s]+$/u, '');
  if (count <= 1) return [t];
  const sentences = t.split(/(?<=[。])/u);
  let cut = sentences.findIndex((s, i) => i > 0 && /^\d{4}年(\d{1,2}月)?(底|中旬|上旬|下旬)?(前|底)?/u.test(s));
  if (cut < 0) cut = sentences.length > 1 ? sentences.length - 1 : -1;
  const cells = cut < 0 ? [t] : [sentences.slice(0, cut).join('').replace(/[。]$/u, ''), sentences.slice(cut).join('').replace(/[。]$/u, '')];
  while (cells.length < count) cells.push('');
  return cells.slice(0, count);
}

/**
 * Reads a table whose cells run together (see the file's comment), or undefined when the text has
 * no header written that way. Rows are numbered 1, 2, 3 … in order; the number is found where the
 * row before it ends in units.
 */
export function parseRunTogether(text: string, options: ParseOptions = {}): ResponsibilityTable | undefined {
  if (!/序号|序號/u.test(text)) return undefined;
  // Page furniture of the sites: page numbers (—2—) and the viewer's page marks (a line opening 2、).
  const lines = splitLines(text);
  let joined = '';
  const lineOf: number[] = [];
  lines.forEach((l, i) => {
    const cleaned = l.replace(/—\s*\d{1,3}\s*—/gu, '').replace(/^\s*\d{1,3}、/u, '');
    joined += cleaned;
    for (let k = 0; k < cleaned.length; k += 1) lineOf.push(i + 1);
  });
  let header: { cells: HeaderCell[]; end: number } | undefined;
  let at = -1;
  for (let i = joined.search(/序号|序號/u); i >= 0 && header === undefined; i = joined.indexOf('序', i + 1)) {
    header = headerAt(joined, i);
    if (header !== undefined) at = i;
  }
  if (header === undefined) return undefined;
  const kinds = header.cells.map((c) => c.kind);
  const unitColumns = kinds.filter((k) => k === 'units' || k === 'lead' || k === 'co').length;
  const textColumns = kinds.findIndex((k) => k === 'units' || k === 'lead' || k === 'co' || k === 'official') - 1;
  const lineAt = (i: number): number => lineOf[Math.min(i, lineOf.length - 1)] ?? 1;

  const items: Item[] = [{ kind: 'row', line: lineAt(at), cells: [{ text: '类别', line: lineAt(at) }, ...header.cells.map((c) => ({ text: c.text, line: lineAt(at) }))] }];
  const body = joined.slice(header.end);
  const numberAt = (n: number, from: number): number[] => {
    const found: number[] = [];
    const s = String(n);
    for (let i = body.indexOf(s, from); i >= 0 && found.length < 40; i = body.indexOf(s, i + 1)) {
      const before = body[i - 1] ?? '';
      const after = body[i + s.length] ?? '';
      if (/[\d.．%％]/u.test(before) || !/[\p{Script=Han}“"（(《]/u.test(after) || /[年月日个項项万亿元人户家所处座条、]/u.test(after)) continue;
      found.push(i);
    }
    return found;
  };
  let category = '';
  let start = numberAt(1, 0)[0];
  if (start === undefined) return undefined;
  const lead = HEADING_AT_END.exec(body.slice(0, start));
  if (lead !== null) category = (lead[1] as string).replace(/^[一二三四五六七八九十]+[、.．]/u, '');
  const preamble = [joined.slice(0, at).trim()].filter((p) => p !== '');
  let n = 1;
  while (start !== undefined && n < 10000) {
    const from = start + String(n).length;
    let next: number | undefined;
    let read: { text: string; heading?: string; units: { start: number; cells: string[] } } | undefined;
    for (const c of numberAt(n + 1, from)) {
      const chunk = body.slice(from, c);
      const heading = HEADING_AT_END.exec(chunk);
      const rowText = heading === null ? chunk : chunk.slice(0, heading.index);
      const units = unitsAtEnd(rowText, unitColumns);
      if (units !== undefined && units.start > 0) {
        next = c;
        read = { text: rowText, ...(heading === null ? {} : { heading: (heading[1] as string).replace(/^[一二三四五六七八九十]+[、.．]/u, '') }), units };
        break;
      }
    }
    if (read === undefined) {
      const rowText = body.slice(from);
      const units = unitsAtEnd(rowText, unitColumns);
      if (units === undefined) break;
      read = { text: rowText, units };
    }
    const line = lineAt(header.end + from);
    const cells = [category, String(n), ...textCells(read.text.slice(0, read.units.start), Math.max(textColumns, 1))];
    const unitCells = [...read.units.cells];
    for (const k of kinds.slice(cells.length - 1)) {
      if ((k === 'units' || k === 'lead' || k === 'co') && unitCells.length > 0) cells.push(unitCells.shift() as string);
      else cells.push('');
    }
    items.push({ kind: 'row', line, cells: cells.map((t) => ({ text: t.trim(), line })) });
    if (read.heading !== undefined) category = read.heading;
    start = next;
    n += 1;
  }
  if (items.length < 3) return undefined;
  const sink = new DiagnosticSink(options.file);
  const table = interpretRows(
    items,
    { ...options, layout: 'line-cells', addedCategory: true, firstListedLeads: options.firstListedLeads ?? preamble.some(statesFirstListedRule) },
    sink,
  );
  if (table === undefined) return undefined;
  return { ...table, columns: table.columns.slice(1), preamble: [...preamble, ...table.preamble], evidence: [`a table whose cells run together: header ${header.cells.map((c) => c.text).join(' / ')}`] };
}
