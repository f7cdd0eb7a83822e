// A table whose cells run together with no separator at all — what document-sharing sites give as
// the text of a Word table: `序号工作内容目标任务责任单位备注1将…宣传发动。2021年2月底前,…。市委宣传部、
// 市城管委,各区(市)县政府2完善…`. The header is found as header words written one after another; rows
// start at the next 序号 in sequence; each row's units are the names at its end (read back from the
// end while they are names), and two unit columns run together split where their names do.
import { splitOutsideBrackets } from './bracket-match.js';
import type { ResponsibilityTable } from '../types.js';
import { hasTaskWords } from './agency-name.js';
import { BODY_END, isName, junction, LEAD_OR_CO_ROLE, MAX_GLUED, ownPartsSplit, runTogether, startsName, withoutRole } from './glued-names.js';
import { splitOfficial } from './run-together-officials.js';
import { HEADER_NAMES } from './columns.js';
import { DiagnosticSink } from './errors.js';
import { headerKind, type HeaderKind } from './header-kind.js';
import { ALL_LABELS, CO_LABELS, isShortLabel, LEAD_LABELS, PLAIN_LABELS, statesFirstListedRule } from './labels.js';
import { interpretRows, type Item } from './rows.js';
import type { ParseOptions } from './word-table.js';
import { splitLines } from './text.js';
import { extraKind, trailingExtras } from './run-together-extras.js';
import { headingAtEnd } from './run-together-headings.js';
import { unfoldedHeader } from './sub-header.js';

/** Header words seen in tables, longest first: the vocabulary a run-together header is cut into. */
const WORDS = [
  ...new Set([
    ...Object.values(HEADER_NAMES).flat(),
    ...ALL_LABELS,
    '工作内容', '目标任务', '主要工作任务', '工作任务', '重点任务', '具体任务', '任务内容', '项目名称', '主要内容', '建设内容', '主要目标',
    '工作目标', '工作措施', '具体措施', '主要措施', '第一责任单位', '第一责任部门', '主要责任单位', '主要责任部门', '工作重点', '序号', '序號',
    '完成时限', '完成时间', '备注', '分管领导', '责任领导', '牵头领导', '项目内容', '目标要求', '进度安排', '时间节点',
    '任务名称', '工作名称', '事项名称', '重点项目', '工作事项', '具体工作', '工作要求', '具体要求', '时限要求', '完成期限', '完成时间节点',
    '联系领导', '责任人', '编号', '編號', '工作类别', '任务类别', '类别', '领域',
    // Columns of progress and figures after the units (进展情况, 投资额（万元）, 目标值).
    '进展情况', '完成情况', '工作进展', '推进情况', '目前进展', '进度情况', '目标值', '指标值', '预期目标', '年度目标', '量化指标', '投资额', '总投资', '投资', '资金', '金额',
    // Unit columns: a role and a body's word (牵头负责单位, 配合责任部门, 协办单位).
    ...['牵头', '牵头负责', '牵头责任', '主责', '主要责任', '第一责任', '责任', '负责', '配合', '配合责任', '协办', '协同', '参与', '承办', '实施', '主办']
      .flatMap((role) => ['单位', '部门'].map((body) => `${role}${body}`)),
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
      // (Never over a figure: 1工业投资 is the first row's number and task.)
      if (word !== undefined && (skip === 0 || (!/\d/u.test(text.slice(p, p + skip)) && (headerKind(text.slice(p, p + skip + word.length)) ?? 'x') === headerKind(word)))) piece = text.slice(p, p + skip + word.length);
    }
    if (piece === undefined) break;
    // A gloss after the word (责任单位（牵头）) belongs to it and may give its role.
    const gloss = /^[（(][\p{Script=Han}]{1,4}[）)]/u.exec(text.slice(p + piece.length));
    if (gloss !== null) piece += gloss[0];
    const kind = headerKind(piece) ?? (NUMBER_WORD.test(piece) ? 'number' : undefined);
    if (kind === undefined) break;
    cells.push({ text: piece, kind });
    p += piece.length;
  }
  const kinds = new Set(cells.map((c) => c.kind));
  if (cells.length < 3 || cells[0]?.kind !== 'number' || !kinds.has('title') || !(kinds.has('units') || kinds.has('lead'))) return undefined;
  return { cells, end: p };
}

/** The header word of a numbers column. */
const NUMBER_WORD = /^(序号|序號|编号|編號)$/u;
const NUMBER_HEADER = /序号|序號|编号|編號/u;

const SEPARATORS = /[、，,；;]/u;
/** Splits text on 、，,；; outside brackets. */
const pieces = (text: string): string[] => splitOutsideBrackets(text, SEPARATORS);

/** A unit label with its colon (牵头单位：, 责任部门:). */
// (Only labels naming units — 牵头单位, 责任部门, 承办单位 — not 分工： or 工作职责：, which a task's text may hold,
// nor a role word alone, 牵头： / 配合：, which may stand in a task's text run together.)
const UNIT_LABEL_AT = new RegExp(
  `(?:${[...LEAD_LABELS, ...CO_LABELS, ...PLAIN_LABELS.filter((l) => /(?:单位|部门|科室|处室|主体|机构|單位|部門|處室|機構)$/u.test(l))].filter((l) => !isShortLabel(l)).sort((a, b) => b.length - a.length).join('|')})[：:]`,
  'u',
);
/**
 * The units at the end of a row's text: the unit cells (one per unit column) and where they start.
 * Read back from the end while the pieces are names; the first piece may have the text before it
 * run into it, cut where a name opening with a level starts.
 */
function unitsAtEnd(row: string, columns: number): { start: number; cells: string[] } | undefined {
  // Units given with their labels (…体系牵头单位：市科技局；配合单位：市财政局): the labels say where they start.
  const label = UNIT_LABEL_AT.exec(row);
  if (label !== null && label.index > 0 && columns === 1) return { start: label.index, cells: [row.slice(label.index)] };
  const stop = Math.max(row.lastIndexOf('。'), row.lastIndexOf('；'));
  const region = row.slice(stop + 1);
  const list = pieces(region);
  let first = list.length;
  // (With no sentence's end before them, the names cannot take the whole row: the task's title comes first.)
  while (first > (stop < 0 ? 1 : 0) && (list[first - 1] as string).trim() !== '') {
    // (A name may end with its role, 市卫健委牵头, 各区政府配合.)
    const piece = withoutRole(list[first - 1] as string);
    // A short place before 、 that makes one name with the next (各乡、镇人民政府, 人民大垸、荒湖管理区).
    // (A long piece with a task's words that does not open like a name, 规范公开工作区司法局, is text run
    // into one; a short one is a name whatever its words: 组织部, 投资促进局, 项目推进中心.)
    const named = isName(piece) && (startsName(piece) || piece.length <= 6 || !hasTaskWords(piece));
    if (named || (first < list.length && /^\p{Script=Han}{1,6}$/u.test(piece) && !hasTaskWords(piece) && isName(`${piece}、${list[first] as string}`))) first -= 1;
    else break;
  }
  let offset = region.length - list.slice(first).join('、').length;
  let glued: string[] | undefined;
  if (first > 0) {
    // The piece where the text runs into the names: the shortest tail of it made of names.
    const whole = list[first - 1] as string;
    const [piece, role] = splitRole(whole);
    const memo = new Map<number, string[] | null>();
    // (A piece that opens the region, right after the task's last sentence, may be names from its first character.)
    // (A lead mark is where the first name starts: the names do not begin before it.)
    const mark = piece.search(/[★☆※▲△●◆]/u);
    for (let k = Math.max(first === 1 && stop >= 0 ? 0 : 1, piece.length - MAX_GLUED, mark); k <= piece.length - 2 && glued === undefined; k += 1) {
      // (Text runs into a name only where the name's start shows: a level, a collective, a department.)
      if (!startsName(piece.slice(k))) continue;
      glued = runTogether(piece, memo, k);
      // (The pieces after it follow a separator; with none after it, the names end the region.)
      if (glued !== undefined) offset = region.length - list.slice(first).join('、').length - (whole.length - k) - (first < list.length ? 1 : 0);
    }
    if (glued !== undefined && role !== '') glued[glued.length - 1] += role;
    if (glued === undefined && first === list.length) return undefined;
  } else {
    const [name, role] = splitRole(list[0] as string);
    glued = runTogether(name);
    if (glued === undefined) return undefined;
    glued[glued.length - 1] += role;
    first = 1;
    offset = 0;
  }
  const rest = list.slice(first);
  const names = glued ?? [];
  // (The cells after the glued names as the row gives them, with their own separators: 市相关部门、各区政府配合.)
  const restText = region.slice(region.length - rest.join('、').length);
  const separator = region[region.length - restText.length - 1] ?? '、';
  if (columns >= 2) {
    // Two unit columns run together: the first cell ends where its names run into the second's.
    // With no separator left at all, the names of each cell ran together too: the lead cell holds one.
    if (names.length >= 2 && rest.length === 0) return { start: stop + 1 + offset, cells: [names[0] as string, names.slice(1).join('、')] };
    if (names.length >= 2) return { start: stop + 1 + offset, cells: [names.slice(0, -1).join('、'), [names[names.length - 1], ...rest].join('、')] };
    if (names.length === 1) {
      // One name ending in a body's own parts (市建委相关部门) where two unit cells ran together:
      // a lead is one body, so the body leads and its parts open the second cell.
      // (With cells after it, the two cells must meet inside it: 市商务局经委，财政局 → 市商务局 / 经委，财政局.)
      const own = ownPartsSplit(names[0] as string) ?? (rest.length > 0 ? junction(names[0] as string) : undefined);
      if (own !== undefined) return { start: stop + 1 + offset, cells: [own[0], [own[1], restText].filter((t) => t !== '').join(SEPARATORS.test(separator) ? separator : '、')] };
    }
    if (names.length === 1) return { start: stop + 1 + offset, cells: [names[0] as string, rest.join('、')] };
    return { start: stop + 1 + offset, cells: [rest[0] ?? '', rest.slice(1).join('、')] };
  }
  // (Names that carry their roles are clauses: 市卫健委牵头，各区政府配合.)
  const withRoles = names.some((n) => LEAD_OR_CO_ROLE.test(n));
  return { start: stop + 1 + offset, cells: [[names.join(withRoles ? '，' : '、'), restText].filter((t) => t !== '').join(SEPARATORS.test(separator) ? separator : '、')] };
}

/** A piece as its name and the role word (or lead bracket) it ends with: 市卫健委牵头 → 市卫健委, 牵头. */
function splitRole(piece: string): [string, string] {
  const name = withoutRole(piece);
  return [name, piece.slice(name.length)];
}

/** What continues a body's name past an ending it already has (市发展和改革委 + 员会, 区河长制办 + 公室, 县公安局 + 交警大队). */
const NAME_GOES_ON = /^(?:员会|員會|公室|办公室|辦公室|分局|支队|大队|中队|支隊|大隊|中隊|派出所|中心)/u;

/**
 * The names a row opens with, run into its task (科技部着力实施…, 区劳动保障局城镇登记…, 市甲局、市乙局推进…):
 * names before each 、, then the shortest name with a body's ending (longer only where the name goes
 * on: 市发展和改革委员会). Undefined when the row opens with no name.
 */
function leadingNames(text: string): string | undefined {
  let at = 0;
  // (Whole names before a 、: 市甲局、市乙局推进….)
  for (let comma = text.indexOf('、'); comma > at && comma - at <= 24 && isName(text.slice(at, comma)); comma = text.indexOf('、', at)) at = comma + 1;
  for (let k = at + 2; k <= Math.min(text.length - 2, at + 24); k += 1) {
    const head = text.slice(at, k);
    if (!BODY_END.test(head) || !isName(head) || !startsName(head) || NAME_GOES_ON.test(text.slice(k))) continue;
    return text.slice(0, k);
  }
  return at > 0 ? text.slice(0, at) : undefined;
}

/** A row's text read: the task's text cells before the units, the units, and the cells around them. */
interface RowRead {
  before: string;
  units: { start: number; cells: string[] };
  due?: string;
  official?: string;
  /** The cells after the units (进展情况, 投资额), in the header's order. */
  extras?: string[];
}

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
  if (!NUMBER_HEADER.test(text)) return undefined;
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
  for (let i = joined.search(NUMBER_HEADER); i >= 0 && header === undefined; ) {
    header = headerAt(joined, i);
    if (header !== undefined) at = i;
    const next = joined.slice(i + 1).search(NUMBER_HEADER);
    i = next < 0 ? -1 : i + 1 + next;
  }
  if (header === undefined) return undefined;
  // A header in two rows (责任单位 over 牵头单位 / 配合单位) runs on as one: the roles take the group's place.
  const unfolded = unfoldedHeader(header.cells.map((c) => c.text));
  if (unfolded.length !== header.cells.length) header = { ...header, cells: unfolded.map((t) => ({ text: t, kind: headerKind(t) ?? (NUMBER_WORD.test(t) ? 'number' : 'extra') })) };
  const kinds = header.cells.map((c) => c.kind);
  // Cells the header puts after the units (进展情况, 投资额（万元）, 完成时限): cut from the end of each row.
  const lastUnit = kinds.reduce((last, k, i) => (k === 'units' || k === 'lead' || k === 'co' ? i : last), -1);
  const extras = header.cells.slice(lastUnit + 1).map((c) => extraKind(c.text, c.kind));
  const figuresAfter = extras.includes('figure');
  const unitColumns = kinds.filter((k) => k === 'units' || k === 'lead' || k === 'co').length;
  const textColumns = kinds.findIndex((k) => k === 'units' || k === 'lead' || k === 'co' || k === 'official') - 1;
  const lineAt = (i: number): number => lineOf[Math.min(i, lineOf.length - 1)] ?? 1;

  const items: Item[] = [{ kind: 'row', line: lineAt(at), cells: [{ text: '类别', line: lineAt(at) }, ...header.cells.map((c) => ({ text: c.text, line: lineAt(at) }))] }];
  // The header printed again at the top of each page is not part of the rows.
  const headerText = joined.slice(at, header.end);
  const body = joined.slice(header.end).split(headerText).join('');
  const numberAt = (n: number, from: number): number[] => {
    const found: number[] = [];
    const counted: number[] = [];
    const s = String(n);
    for (let i = body.indexOf(s, from); i >= 0 && found.length + counted.length < 40; i = body.indexOf(s, i + 1)) {
      const before = body[i - 1] ?? '';
      const after = body[i + s.length] ?? '';
      // (A date, 5月底, is never where a row starts.)
      if (!/[\p{Script=Han}“"（(《]/u.test(after) || (/[年月日]/u.test(after) && !(i === 0 && n === 1))) continue;
      // (Nor, most often, right after a figure — but a row's figure cell may run into the next row's number: 80005积极…, 80%2发挥….)
      if (/[\d.．%％]/u.test(before)) {
        if (figuresAfter && !/[.．]/u.test(before)) counted.push(i);
        continue;
      }
      // (A counter after the number, 3个 / 1万元, is most often part of a task's text — except right where
      // the rows begin — so it is tried last: a title may open with one, 2万元地区生产总值能耗….)
      if (/[个項项万亿元人户家所处座条、]/u.test(after) && !(i === 0 && n === 1)) counted.push(i);
      else found.push(i);
    }
    return [...found, ...counted];
  };
  let category = '';
  let start = numberAt(1, 0)[0];
  if (start === undefined) return undefined;
  // The number the next heading has (二 after 一), so that a heading with 、 in it is told from a list.
  let headings = 1;
  const lead = headingAtEnd(body.slice(0, start), headings);
  if (lead !== undefined) {
    category = lead.words;
    headings = lead.number + 1;
  }
  const preamble = [joined.slice(0, at).trim()].filter((p) => p !== '');
  // Cells the header puts after the units (完成时限) or between the task and its units (分管领导).
  const officialBefore = kinds[textColumns + 1] === 'official';
  // A units column before the task's (编号 / 主责单位 / 具体任务 / 配合部门): each row opens with its names.
  const firstUnit = kinds.findIndex((k) => k === 'units' || k === 'lead');
  const leadFirst = firstUnit >= 0 && kinds.indexOf('title') > firstUnit;
  const officialAfterTitle = kinds[kinds.indexOf('title') + 1] === 'official';
  const readRow = (rowText: string): RowRead | undefined => {
    const trailing = trailingExtras(rowText, extras);
    const dueAt = extras.indexOf('deadline');
    const due = dueAt >= 0 && trailing.cells[dueAt] !== '' ? trailing.cells[dueAt] : undefined;
    const text = trailing.text;
    const extraCells = trailing.cells;
    if (leadFirst) {
      const head = leadingNames(text);
      if (head === undefined) return undefined;
      const rest = text.slice(head.length);
      // (The cell after the task may be empty: the names opening the row are its evidence then.)
      const after = (unitColumns > 1 ? unitsAtEnd(rest, unitColumns - 1) : undefined) ?? { start: rest.length, cells: [] };
      if (after.start === 0) return undefined;
      // (A 责任领导 column after the task: the person opens the cell after it, or ends the task's text when that cell is empty.)
      const split = officialAfterTitle ? splitOfficial(rest.slice(0, after.start), after.cells[0], false) : { before: rest.slice(0, after.start), firstCell: after.cells[0] };
      const cells = [head, ...(split.firstCell === undefined ? [] : [split.firstCell]), ...after.cells.slice(1)];
      return { before: split.before, units: { start: head.length + after.start, cells }, extras: extraCells, ...(due === undefined ? {} : { due }), ...(split.official === undefined ? {} : { official: split.official }) };
    }
    const units = unitsAtEnd(text, unitColumns);
    if (units === undefined) return undefined;
    let before = text.slice(0, units.start);
    let official: string | undefined;
    if (officialBefore) {
      const split = splitOfficial(before, units.cells[0]);
      ({ before, official } = split);
      if (split.firstCell !== undefined) units.cells[0] = split.firstCell;
    }
    return { before, units, extras: extraCells, ...(due === undefined ? {} : { due }), ...(official === undefined ? {} : { official }) };
  };
  let n = 1;
  while (start !== undefined && n < 10000) {
    const from: number = start + String(n).length;
    let next: number | undefined;
    let read: (RowRead & { heading?: string; headingNumber?: number }) | undefined;
    for (const c of numberAt(n + 1, from)) {
      const chunk = body.slice(from, c);
      const heading = headingAtEnd(chunk, headings);
      const row = readRow(heading === undefined ? chunk : chunk.slice(0, heading.index));
      if (row !== undefined && row.units.start > 0) {
        next = c;
        read = { ...row, ...(heading === undefined ? {} : { heading: heading.words, headingNumber: heading.number }) };
        break;
      }
    }
    // The last row: the rest of the text.
    const following: number | undefined = numberAt(n + 1, from)[0];
    if (read === undefined && following === undefined) read = readRow(body.slice(from));
    if (read === undefined) {
      // A row whose units cannot be told from its text: kept without units (the reader warns on it), and
      // the next row read. (The last one is the rest of the text: kept too, never dropped.)
      const c = following ?? body.length;
      const chunk = body.slice(from, c);
      const heading = headingAtEnd(chunk, headings);
      read = { before: heading === undefined ? chunk : chunk.slice(0, heading.index), units: { start: chunk.length, cells: [] }, ...(heading === undefined ? {} : { heading: heading.words, headingNumber: heading.number }) };
      next = following;
    }
    const line = lineAt(header.end + from);
    const unitCells = [...read.units.cells];
    let cells: string[];
    if (leadFirst) {
      // (Cells in the header's order: the names opening the row, the task, the units after it.)
      cells = [category];
      for (const [i, k] of kinds.entries()) {
        if (i > lastUnit) cells.push(read.extras?.[i - lastUnit - 1] ?? '');
        else if (k === 'number') cells.push(String(n));
        else if (k === 'title') cells.push(textCells(read.before, 1)[0] ?? '');
        else if (k === 'units' || k === 'lead' || k === 'co') cells.push(unitCells.shift() ?? '');
        else if (k === 'official') cells.push(read.official ?? '');
        else if (k === 'deadline') cells.push(read.due ?? '');
        else cells.push('');
      }
    } else {
      cells = [category, String(n), ...textCells(read.before, Math.max(textColumns, 1))];
      for (let i = cells.length - 1; i < kinds.length; i += 1) {
        const k = kinds[i] as HeaderKind;
        if (i > lastUnit) cells.push(read.extras?.[i - lastUnit - 1] ?? '');
        else if ((k === 'units' || k === 'lead' || k === 'co') && unitCells.length > 0) cells.push(unitCells.shift() as string);
        else if (k === 'official') cells.push(read.official ?? '');
        else if (k === 'deadline') cells.push(read.due ?? '');
        else cells.push('');
      }
    }
    items.push({ kind: 'row', line, cells: cells.map((t) => ({ text: t.trim(), line })) });
    if (read.heading !== undefined) {
      category = read.heading;
      headings = (read.headingNumber ?? headings) + 1;
    }
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
