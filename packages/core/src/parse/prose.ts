// Reader for responsibility lists written as prose: numbered tasks followed by labelled lines
// (牵头单位：…；配合单位：…), or ending in a parenthetical (（X牵头，Y按职责分工负责）), with
// section headings between them.
import type { ResponsibilityTable, TaskRecord, UnitMention } from '../types.js';
import { DiagnosticSink } from './errors.js';
import { numberedLine, type NumberedLine } from './numbering.js';
import { quote, splitLines } from './text.js';
import { ATTRIBUTE_LABELS, CO_LABELS, LEAD_LABELS, OFFICIAL_LABELS, parseUnitPhrase, PLAIN_LABELS, withTraditional } from './unit-phrase.js';
import type { ParseOptions } from './word-table.js';

const LABELS = [...OFFICIAL_LABELS, ...ATTRIBUTE_LABELS, ...LEAD_LABELS, ...CO_LABELS, ...PLAIN_LABELS];
/** Words that make a parenthetical a unit list rather than part of the title (e.g. （2020—2025年）). */
const ROLE_WORDS = withTraditional(['牵头', '配合', '负责', '协同', '参与', '责任单位', '责任部门']);
const OPEN = new Set(['（', '(', '[', '【']);
const CLOSE = new Set(['）', ')', ']', '】']);
const TRAILING = new Set(['。', '；', ';', '，', ',', ' ', '\u3000', '.']);

function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

/** Index where the first label (牵头单位：, 责任领导：…) starts in `text`, or -1. */
export function labelIndex(text: string): number {
  let best = -1;
  for (const label of LABELS) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(label, from);
      if (i < 0) break;
      const next = text[i + label.length];
      if (next === '：' || next === ':') {
        if (best < 0 || i < best) best = i;
        break;
      }
      from = i + 1;
    }
  }
  return best;
}

/** Splits a trailing parenthetical that lists units: [text before it, its content], or undefined. */
export function trailingParenthetical(text: string): [string, string] | undefined {
  const t = trimEnd(text);
  if (!CLOSE.has(t[t.length - 1] as string)) return undefined;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i -= 1) {
    const ch = t[i] as string;
    if (CLOSE.has(ch)) depth += 1;
    else if (OPEN.has(ch)) {
      depth -= 1;
      if (depth === 0) {
        const inner = t.slice(i + 1, -1);
        return ROLE_WORDS.some((w) => inner.includes(w)) ? [t.slice(0, i), inner] : undefined;
      }
    }
  }
  return undefined;
}

/** A heading's category: its first sentence (headings often run on: 产业提升人才行动计划。围绕…：). */
function headingText(rest: string): string {
  const stop = rest.indexOf('。');
  return trimEnd(stop > 0 ? rest.slice(0, stop) : rest).replace(/[：:]$/u, '');
}

/**
 * Splits a line before inline sub-item markers that follow the end of a sentence or of a unit
 * list: `1.深化改革。(1)全面落实…(市工商质监局牵头负责)(2)完善…` → three lines.
 */
export function splitInlineItems(line: string): string[] {
  const parts: string[] = [];
  let cut = 0;
  for (let i = 1; i < line.length - 2; i += 1) {
    const ch = line[i];
    if (ch !== '(' && ch !== '（') continue;
    const before = line[i - 1] as string;
    if (!['。', ')', '）', '；', ';'].includes(before)) continue;
    let j = i + 1;
    while (j < line.length && j < i + 4 && /[0-9０-９]/u.test(line[j] as string)) j += 1;
    if (j === i + 1 || (line[j] !== ')' && line[j] !== '）')) continue;
    parts.push(line.slice(cut, i));
    cut = i;
  }
  parts.push(line.slice(cut));
  return parts;
}

interface Draft {
  id: string;
  number: number;
  line: number;
  title: string;
  phrases: { text: string; line: number }[];
  category: string | null;
}

const STYLE_RANK: Record<NumberedLine['style'], number> = { chinese: 0, 'chinese-paren': 1, arabic: 2, 'arabic-paren': 3 };

/**
 * Parses prose layouts. A task is a numbered line (1. 1、 1﹒ (1) （一） 一、 …) — or an unnumbered
 * paragraph — whose units come as labelled lines after it (牵头单位：X；配合单位：Y、Z /
 * 牵头责任单位：X。协同责任单位：Y / 责任单位：… / 部门分工：X牵头，Y、Z配合), as labels at the end
 * of its own line, or as a parenthetical ending its sentence (（X、Y牵头，Z按职责分工负责）).
 * Numbered lines of a higher-level numbering style without units are section headings: they
 * become categories, not tasks. Leading officials (责任领导：, 分管省领导：, 牵头负责领导：) are kept
 * in the task's `extra`, never taken for agencies. Where no lead is marked, units are
 * `responsible` unless `firstListedLeads: true`.
 *
 * @throws {TableParseError} with every error and its line.
 */
export function parseProse(text: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  // Keep each piece's original line number when a line is split into inline sub-items.
  const pieces: { text: string; line: number }[] = [];
  splitLines(text).forEach((raw, i) => {
    for (const piece of splitInlineItems(raw)) pieces.push({ text: piece, line: i + 1 });
  });
  const lines = pieces.map((p) => p.text);
  let convention: 'first-listed' | 'marked-only' = options.firstListedLeads === true ? 'first-listed' : 'marked-only';

  // Pass 1: which numbering style carries the tasks (the one whose lines have units).
  const styleCount = new Map<NumberedLine['style'], number>();
  lines.forEach((raw, i) => {
    const n = numberedLine(raw);
    if (n === undefined) return;
    const next = lines.slice(i + 1, i + 4).find((l) => l.trim() !== '') ?? '';
    if (labelIndex(n.rest) >= 0 || trailingParenthetical(n.rest) !== undefined || labelIndex(next.trim()) === 0) {
      styleCount.set(n.style, (styleCount.get(n.style) ?? 0) + 1);
    }
  });
  const taskStyle = [...styleCount].sort((a, b) => b[1] - a[1] || STYLE_RANK[b[0]] - STYLE_RANK[a[0]])[0]?.[0];

  const preamble: string[] = [];
  const notes: string[] = [];
  const categories: string[] = [];
  const drafts: Draft[] = [];
  let category: string | null = null;
  let current: Draft | undefined;
  let labelsSeen = false; // the current task already has its labelled lines

  const startTask = (id: number, line: number, rest: string): void => {
    current = { id: String(id), number: id, line, title: '', phrases: [], category };
    labelsSeen = false;
    drafts.push(current);
    addText(rest, line);
  };
  const addText = (rest: string, line: number): void => {
    if (current === undefined) return;
    // A closing parenthetical (which may itself hold labels: （牵头单位：X；配合单位：Y）) ends the task.
    const paren = trailingParenthetical(rest);
    let body = rest;
    if (paren !== undefined) {
      body = paren[0];
      current.phrases.push({ text: paren[1], line });
      labelsSeen = true;
    } else {
      const at = labelIndex(rest);
      if (at >= 0) {
        body = rest.slice(0, at);
        current.phrases.push({ text: rest.slice(at), line });
        labelsSeen = true;
      }
    }
    current.title += body.trim();
  };

  lines.forEach((raw, i) => {
    const line = (pieces[i] as { line: number }).line;
    const text = raw.trim();
    if (text === '') return;
    const n = numberedLine(text);
    if (n !== undefined && n.style === taskStyle) {
      startTask(n.number, line, n.rest);
      return;
    }
    if (n === undefined && taskStyle === undefined && labelIndex(text) !== 0 && trailingParenthetical(text) !== undefined) {
      startTask(drafts.length + 1, line, text); // unnumbered paragraphs, each closing with its units
      labelsSeen = true;
      return;
    }
    if (n !== undefined && taskStyle !== undefined && STYLE_RANK[n.style] < STYLE_RANK[taskStyle] && labelIndex(n.rest) < 0) {
      category = headingText(n.rest);
      if (!categories.includes(category)) categories.push(category);
      current = undefined;
      return;
    }
    if (labelIndex(text) === 0) {
      if (current === undefined) {
        sink.error('text-inside-table', line, `labelled line ${quote(text)} comes before any task it could belong to`);
        return;
      }
      current.phrases.push({ text, line });
      labelsSeen = true;
      return;
    }
    if (current !== undefined && !labelsSeen) {
      addText(text, line); // a task sentence running over several lines
      return;
    }
    // A short unnumbered line right before a numbered task is a heading (加强基础设施建设).
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    const nextNumbered = next === undefined ? undefined : numberedLine(next.trim());
    if (taskStyle !== undefined && nextNumbered?.style === taskStyle && text.length <= 30 && !text.includes('。') && labelIndex(text) < 0 && trailingParenthetical(text) === undefined) {
      category = headingText(text);
      if (!categories.includes(category)) categories.push(category);
      current = undefined;
      return;
    }
    if (drafts.length === 0) preamble.push(text);
    else {
      notes.push(text);
      sink.warn('text-after-table', line, `text ${quote(text)} is not a task, a heading or a unit list; kept as a note`);
      current = undefined;
    }
  });

  if (drafts.length === 0) {
    sink.error(
      'not-a-table',
      lines.findIndex((l) => l.trim() !== '') + 1 || 1,
      'not a table: no tasks found (expected a table (tab-indented cells, CSV, Markdown) or numbered tasks with their units (牵头单位：… / 责任单位：… / a closing （…牵头…）))',
    );
    sink.throwIfErrors();
  }

  const tasks: TaskRecord[] = [];
  const seen = new Map<string, number>();
  let previous: number | undefined;
  for (const d of drafts) {
    if (seen.has(d.id)) {
      sink.error('duplicate-task-number', d.line, `task number ${d.id} is used twice (first on line ${seen.get(d.id)})`);
      continue;
    }
    seen.set(d.id, d.line);
    if (previous !== undefined && d.number !== previous + 1 && d.number !== 1) sink.warn('numbering-gap', d.line, `task number ${d.number} follows ${previous}`);
    previous = d.number;
    d.title = trimEnd(d.title);
    if (d.title === '') sink.error('empty-title', d.line, `task ${d.id} has no text`);
    const units: UnitMention[] = [];
    const extra: Record<string, string> = {};
    const listed = new Set<string>();
    let dutyClause = false;
    let leadSource: TaskRecord['leadSource'] = 'none';
    const phrase = parseUnitPhrase(d.phrases.map((p) => p.text).join('；'), convention);
    // 排名第一位为牵头单位，下同: the document's own rule holds for this task and those below.
    if (phrase.firstListedRule) convention = 'first-listed';
    const lineOf = (name: string): number => d.phrases.find((p) => p.text.includes(name))?.line ?? d.line;
    dutyClause = phrase.dutyClause;
    leadSource = phrase.leadSource;
    for (const o of [...phrase.officials, ...phrase.attributes]) extra[o.label] = o.text;
    for (const dup of phrase.duplicates) sink.warn('duplicate-unit', lineOf(dup), `${quote(dup)} is listed twice on task ${d.id}; counted once, at its first position`);
    for (const u of phrase.units) {
      if (listed.has(u.name)) continue;
      listed.add(u.name);
      units.push({ name: u.name, canonical: u.name, role: u.role, position: units.length, line: lineOf(u.name) });
    }
    if (units.length === 0) {
      sink.error('empty-units', d.line, `task ${d.id} lists no responsible unit (expected 牵头单位：… / 责任单位：… or a closing （…牵头…）)`);
      continue;
    }
    tasks.push({ id: d.id, number: d.number, category: d.category, title: d.title, units, dutyClause, leadSource, extra, line: d.line });
  }
  sink.throwIfErrors();
  const table: ResponsibilityTable = { layout: 'prose', preamble, notes, columns: [], categories, tasks, diagnostics: sink.warnings };
  if (options.file !== undefined) table.file = options.file;
  return table;
}
