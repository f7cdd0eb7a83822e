// Reader for responsibility lists written as prose: an outline of numbered items (outline.ts),
// the responsibility clauses of each item (clauses.ts), and the decision of which items are tasks
// — the ones the units are attached to — and which are headings (their categories).
import type { ResponsibilityTable, TaskRecord, UnitMention } from '../types.js';
import { findClauses } from './clauses.js';
import { isRuleText } from './unit-phrase-checks.js';
import { blockGroups, labelledFirst, type Content, type Group } from './prose-groups.js';
import { isDeadline } from './deadline.js';
import { DiagnosticSink } from './errors.js';
import { statesFirstListedRule } from './labels.js';
import { buildOutline, outlinePieces, type Block } from './outline.js';
import { TASK_LEVEL_STYLES, type NumberedLine } from './numbering.js';
import { lineFinder } from './unit-lines.js';
import { quote } from './text.js';
import { DEADLINE_LABEL, parseUnitPhrase, type LeadConvention } from './unit-phrase.js';
import { givenHeadingUnits, headingLead, headingOwner, isLeadHeading, labelledHeadings, splitHeadingLead } from './heading-lead.js';
import { opensLastSentence } from './opening-divisions.js';
import { taskIds } from './prose-ids.js';
import { rewriteProse } from './prose-rewrites.js';
import { readRecordLabels } from './title-labels.js';
import type { ParseOptions } from './word-table.js';
import { deadlineAfterDivision, DISCOURSE_OPENER, firstSentence, headingLike, headingText, headline, isTitleLine, joinLines, splitSegment, stripSentenceHead, trimEnd, trimStart } from './prose-text.js';

interface Draft {
  marker: string | null;
  number: number | null;
  path: string[];
  title: string;
  category: string | null;
  groups: { phrase: string; line: number }[];
  line: number;
  /** A first-listed rule stated beside the task (in its paragraph). */
  rule: boolean;
  deadline: string | undefined;
  /** The nearest heading above that names the unit of its items (县某局牵头的工作, 属某局职责范围), or null. */
  owner?: string | null;
  /** The units the label lines under the nearest heading above give its items (牵头单位：市甲局), or null. */
  given?: string | null;
}

/**
 * Parses prose layouts. The text becomes an outline of numbered items (1. 1、 1﹒ (1) （一） 一、 ①,
 * also where an item starts inside a line); each item's responsibility clauses are found (a
 * bracket of units with labels, role words or only names — （）()〔〕【】[] —, labelled lines
 * 牵头单位：X；配合单位：Y, or a sentence of names with role words); the items the units attach to
 * are the tasks, and the items above them are headings (categories). Units given once after a
 * group of sub-items belong to the group's item; several tasks in one paragraph, each closed by
 * its bracket, are several tasks; field lists (甲领域（市人社局）、乙领域（…）) give one task per
 * field. Leading officials (责任领导：) and deadlines (6月底前完成) are kept in the task's `extra`,
 * never taken for agencies. Where no lead is marked, units are `responsible` unless
 * `firstListedLeads: true` or the document states the rule (列第一位者为牵头单位 — at its top for
 * the whole document, or with 下同 from that task on). A numbered item among tasks that lists no
 * unit is a warning on its line; the rest is read.
 *
 * @throws {TableParseError} when no task at all can be read.
 */
export function parseProse(written: string, options: ParseOptions = {}): ResponsibilityTable {
  const sink = new DiagnosticSink(options.file);
  // Retold lists, quoted tasks, brackets broken over lines, divisions opening sentences: in shapes read below.
  const opening = rewriteProse(written);
  const text = opening.text;
  const pieces = outlinePieces(text);
  // A news story's headline (its first line, over a dateline) is no category.
  const newsHeadline = headline(text);
  const root = buildOutline(pieces);

  const preamble: string[] = [];
  const notes: string[] = [];
  const drafts: Draft[] = [];
  let documentRule = options.firstListedLeads === true;
  let pendingCategory: string | null = null;

  const { contents, groups } = blockGroups(root, text);
  // Items under a heading that names their lead (一、县某局牵头工作(8项)), or gives it in label lines alone, are its unit's.
  const labelled = labelledHeadings(root, contents, groups);
  const leadHeading = (block: Block): boolean => block.marker !== null && block.children.length > 0 && (labelled.has(block) || isLeadHeading(headingText(contents.get(block)?.text ?? '')));
  // Items under such a heading, at any depth (属某局职责范围 / （一）某路段 / 1.某问题), are its unit's tasks.
  const owned = (block: Block): boolean => {
    for (let b = block.parent; b !== null; b = b.parent) if (leadHeading(b)) return true;
    return false;
  };
  const ownedLeaf = (block: Block): boolean => block.marker !== null && block.children.length === 0 && (contents.get(block)?.text ?? '') !== '' && owned(block);
  const hasTasks = (block: Block): boolean => (groups.get(block) ?? []).length > 0 || leadHeading(block) || ownedLeaf(block) || block.children.some(hasTasks);

  // Units written once after a group of sub-items (（1）… （2）… （责任单位：…）) belong to the item above them.
  const lift = (block: Block): void => {
    block.children.forEach(lift);
    if ((groups.get(block) ?? []).length > 0 || block.marker === null || block.children.length < 2) return;
    const last = block.children[block.children.length - 1] as Block;
    const others = block.children.slice(0, -1);
    if (others.some(hasTasks) || last.children.some(hasTasks)) return;
    const lastGroups = groups.get(last) ?? [];
    const c = contents.get(last) as Content;
    if (lastGroups.length !== 1) return;
    const g = lastGroups[0] as Group;
    const firstBreak = c.text.indexOf('\n');
    if (firstBreak < 0 || g.start <= firstBreak || c.text.slice(g.end).trim() !== '' || c.text[g.start - 1] !== '\n') return;
    // Move the group (and the text of the sub-items) up to the parent.
    const own = contents.get(block) as Content;
    const offset = own.text.length + 1;
    const moved: Group = { start: offset, end: offset + (g.end - g.start), clauses: g.clauses.map((cl) => ({ ...cl, start: cl.start - g.start + offset, end: cl.end - g.start + offset })) };
    const parentText = `${own.text}\n${c.text.slice(g.start, g.end)}`;
    const lineOfGroup = c.lineAt(g.start);
    const ownLineAt = own.lineAt;
    contents.set(block, { text: parentText, lineAt: (o) => (o >= offset ? lineOfGroup : ownLineAt(o)) });
    groups.set(block, [moved]);
    contents.set(last, { text: c.text.slice(0, g.start).trimEnd(), lineAt: c.lineAt });
    groups.set(last, []);
  };
  lift(root);

  const noteText = (t: string): void => {
    if (statesFirstListedRule(t) && drafts.length === 0) documentRule = true;
    if (drafts.length === 0) preamble.push(t);
    else notes.push(t);
  };

  // How many children of each block list units: a numbered item with none among siblings that do is
  // a warning (counted once per parent, not once per item: thousands of items stay linear).
  const withUnits = new Map<Block, number>();
  const siblingsWithUnits = (block: Block): number => {
    const parent = block.parent as Block;
    let n = withUnits.get(parent);
    if (n === undefined) withUnits.set(parent, (n = parent.children.filter((c) => (groups.get(c) ?? []).length > 0).length));
    return n - ((groups.get(block) ?? []).length > 0 ? 1 : 0);
  };

  let owner: string | null = null;
  let given: string | null = null;
  const addTask = (d: Omit<Draft, 'category'>, category: string | null): void => {
    // (A heading with no words left once its numbering and marks are gone names no category.)
    const named = pendingCategory ?? category;
    drafts.push({ ...d, category: named === '' ? null : named, owner, given });
  };

  /** Reads one block: its own tasks, then its children. `category` is the heading above it. */
  const visit = (block: Block, category: string | null, path: string[]): void => {
    const c = contents.get(block) as Content;
    const gs = groups.get(block) ?? [];
    const marker = block.marker;
    const own = marker === null ? path : [...path, String(marker.number)];
    let childCategory = category;

    if (labelled.has(block)) {
      // (The heading names the items' section; its labels are theirs, read with each of them below.)
      childCategory = headingText(c.text.split('\n')[0] ?? '');
      pendingCategory = null;
    } else if (gs.length === 0) {
      const lines = c.text.split('\n').map((l) => l.trim());
      const sub = lines[lines.length - 1];
      if (marker !== null && (block.children.some(hasTasks) || leadHeading(block))) {
        const heading = headingText(c.text);
        childCategory = heading === '' ? category : heading;
        pendingCategory = null;
        // A short line under the heading names a sub-section (（一）坚定不移做强增长引擎 / 加强基础设施建设).
        if (lines.length > 1 && sub !== undefined && headingLike(sub) && !isTitleLine(sub)) childCategory = headingText(sub);
        if (statesFirstListedRule(c.text) && (drafts.length === 0 || /下同|全文|本方案|以下/u.test(c.text))) documentRule = true;
      } else if (marker !== null && block.children.length === 0 && lines.length > 1 && isLeadHeading(headingText(c.text)) && lines.slice(1).join('').trim() !== '') {
        // Such a heading with a paragraph under it and no items (三、属某局职责范围： / 某问题。): one task of its unit.
        const heading = headingText(c.text);
        const ownerBefore = owner;
        owner = heading;
        addTask({ marker: null, number: null, path: own, title: firstSentence(lines.slice(1).join('\n').trim()), groups: [], line: block.line + 1, rule: false, deadline: undefined }, heading);
        owner = ownerBefore;
      } else if (marker !== null && block.children.length === 0 && (isLeadHeading(category) || ownedLeaf(block)) && c.text !== '') {
        // A place or topic heading with one paragraph under it and no numbered items ((二)某某路 / 某问题。):
        // the paragraph is the task, the heading its category.
        const rest = lines.slice(1).join('\n').trim();
        const headingLevel = marker.style === 'chinese' || marker.style === 'chinese-paren';
        if (headingLevel && lines.length > 1 && headingLike(lines[0] ?? '') && rest !== '') {
          addTask({ marker: null, number: null, path: own, title: firstSentence(rest), groups: [], line: block.line + 1, rule: false, deadline: undefined }, headingText(c.text));
        } else addTask({ marker: marker.marker, number: marker.number, path: own, title: firstSentence(c.text), groups: [], line: block.line, rule: false, deadline: undefined }, category);
      } else if (c.text !== '') {
        for (const p of c.text.split('\n')) noteText(p);
        // A short line right above the first items names their section (总体要求和主要预期目标), unless it is the document's title.
        if (marker === null && sub !== undefined && headingLike(sub) && !isTitleLine(sub) && block.children.some(hasTasks) && (block.children[0] as Block).rank >= 2) {
          childCategory = headingText(sub);
          preamble.pop();
        }
        // (…and one before the first task that names units with their roles, unread: not left in the preamble without a word.)
        const namesRoles = /牵头|牽頭|负责|負責|配合|责任单位|責任單位|牵头单位|牽頭單位/u.test(c.text);
        // (The first item of a list too, when two of its siblings name units: 1.某某。（按季度调度） / 2.…（市甲局负责）.)
        const siblings = marker !== null && !hasTasks(block) && block.parent !== null && block.children.length === 0 ? siblingsWithUnits(block) : 0;
        const amongTasks = drafts.length > 0 || namesRoles || /[。；;！？）)〕】]$/u.test(lines[0] ?? '') || siblings >= 2;
        if (marker !== null && amongTasks && siblings > 0) {
          sink.warn('empty-units', block.line, `item ${marker.marker} ${quote(c.text)} lists no responsible unit; kept as a note, not a task`);
        }
      }
    } else {
      const segments = gs.map((g, k) => c.text.slice(k === 0 ? 0 : (gs[k - 1] as Group).end, g.start));
      const tail = c.text.slice((gs[gs.length - 1] as Group).end);
      const rule = statesFirstListedRule(tail) || segments.some((s) => statesFirstListedRule(s) && !/[。]/u.test(s.slice(0, 4)));
      const phrases = (g: Group) => g.clauses.map((cl) => ({ phrase: cl.phrase, line: c.lineAt(cl.start) }));
      const tailDeadline = (() => {
        const t = trimEnd(trimStart(tail.split('\n')[0] ?? ''));
        return t !== '' && isDeadline(t) ? t : undefined;
      })();
      // How the groups divide the block: one task, one task per group (several tasks in one
      // paragraph, or paragraphs under a numbered heading), or one per field of a list.
      const between = segments.slice(1);
      // Field lists: short names of fields, each with its bracket, separated by 、 (甲领域（…）、乙领域（…）).
      const lastOf = (seg: string): string => (seg.split(/[\n。：:]/u).pop() ?? '').trim();
      const fieldList =
        gs.length >= 2 &&
        between.every((s) => /^[、，,]/u.test(s.trim()) && s.trim().length <= 20 && !/[。\n]/u.test(s)) &&
        between.some((s) => s.trim().startsWith('、')) &&
        lastOf(segments[0] ?? '').length <= 20 &&
        !/[，,]/u.test(lastOf(segments[0] ?? ''));
      const firstLine = c.text.split('\n')[0] ?? '';
      // (Under a section number, 二、 or （三）, the line may be a heading with commas: 加快某某改革，进一步转变职能.)
      const sectionLine = (l: string): boolean => l.length <= 40 && !/[。；;！？]/u.test(l.slice(0, -1)) && !/[：:]$/u.test(l) && findClauses(l).length === 0;
      const headingLine = marker !== null && (gs[0] as Group).start > firstLine.length && (headingLike(firstLine.trim()) || ((marker.style === 'chinese' || marker.style === 'chinese-paren') && block.children.length === 0 && sectionLine(firstLine.trim())));
      const firstSplit = stripSentenceHead(joinLines(segments[0] ?? ''));
      // (Text between two groups is never empty: groups with only glue between them are one group.)
      // A task-level number (1. / （1）) owns its paragraph: its second bracket is more units of the
      // same task (〔甲牵头，乙参与〕…（丙牵头）); under a heading-level number (（一）), each sentence
      // closed by a bracket is a task of its own.
      const taskLevel = marker !== null && TASK_LEVEL_STYLES.has(marker.style) && block.children.length === 0;
      // …unless the item's first sentence names its section and three or more sentences follow, each
      // closed by its own bracket (1.实施某专项行动。完善…。（甲局负责）严格…。（乙局负责）…): those are tasks.
      const sentences = between.every((s) => s.includes('\n') || /[。！？；;]/u.test(s));
      const section = taskLevel && gs.length >= 3 && firstSplit !== undefined && !/[（(〔【[]/u.test(firstSplit.heading) && firstSplit.heading.length <= 40;
      const separate = marker === null || (gs.length >= 2 && (headingLine || ((!taskLevel || section) && firstSplit !== undefined && sentences)));
      if (fieldList) {
        const first = segments[0] ?? '';
        // What comes before the first field names the list: a heading line, a sentence, or a phrase before ：.
        const cut = Math.max(first.lastIndexOf('\n'), first.lastIndexOf('。'), first.lastIndexOf('：'), first.lastIndexOf(':'));
        const head = cut > 0 ? first.slice(0, cut) : '';
        const heading = head.trim() !== '' ? headingText(head) : null;
        const fieldCategory = heading ?? category;
        gs.forEach((g, k) => {
          const seg = k === 0 && cut > 0 ? first.slice(cut + 1) : (segments[k] as string);
          addTask({ marker: null, number: null, path: own, title: trimEnd(trimStart(joinLines(seg))), groups: phrases(g), line: c.lineAt(g.start), rule, deadline: undefined }, fieldCategory);
        });
      } else if (separate) {
        let heading: string | null = category;
        gs.forEach((g, k) => {
          let seg = segments[k] as string;
          if (k === 0) {
            if (headingLine) {
              heading = headingText(firstLine);
              seg = seg.slice(firstLine.length);
            } else if (firstSplit !== undefined && (marker !== null || (headingLike(firstSplit.heading) && !isTitleLine(firstSplit.heading)))) {
              // (Text under no number opens with a heading only when its first sentence reads as one:
              // a news dateline, 本报讯 近日，某市印发…, is no category, nor the document's title, …的通报.)
              heading = firstSplit.heading;
              seg = firstSplit.rest;
            }
          }
          const split = splitSegment(seg);
          const { before } = split;
          let { title } = split;
          for (const b of before) {
            // (Under a section number, a stray stop left after the last units, `。`, does not end the section.)
            // (In a news story a sentence of its own, 县甲局要完成某某改造。, is no heading.)
            if (headingLike(b) && (marker === null ? !isTitleLine(b) && b.trim() !== newsHeadline && !(opening.news && /[。！？]$/u.test(b.trim())) : /\p{L}/u.test(b))) heading = headingText(b);
            else if (marker === null) noteText(b);
          }
          // Units that close a sentence (…，由甲局、乙局分工负责。) are that sentence's: the sentences before
          // it in the paragraph (a lead-in, 例如) are not the task's.
          // (A division that is a sentence of its own, after a paragraph, is the whole paragraph's.)
          const ownSentence = g.clauses[0]?.whole === true && /[。！？]\s*$/u.test(segments[k] as string) && marker !== null;
          if (((g.clauses[0]?.kind === 'sentence' && !ownSentence) || opensLastSentence(title, g.clauses[0]?.phrase, opening.retold)) && /[。！？]/u.test(title)) {
            const stop = Math.max(title.lastIndexOf('。'), title.lastIndexOf('！'), title.lastIndexOf('？'));
            // (Kept as a note under a number too: nothing the document says is dropped.)
            noteText(title.slice(0, stop + 1));
            title = trimStart(title.slice(stop + 1));
          }
          if (g.clauses[0]?.kind === 'sentence') title = title.replace(DISCOURSE_OPENER, '');
          // A numbered heading whose units follow it alone (一、某项工作 / 由甲中心承办，乙站配合。): the heading
          // is the task (its number too), under the category above it.
          let headingItem: NumberedLine | null = null;
          if (marker !== null && k === 0 && title === '' && heading !== null && heading !== category) {
            title = heading;
            heading = category;
            headingItem = marker;
          }
          if (marker === null && title === '') {
            sink.warn('text-inside-table', c.lineAt(g.start), `units ${quote(c.text.slice(g.start, g.end))} come before any task they could belong to; kept in the preamble`);
            noteText(c.text.slice(g.start, g.end));
            return;
          }
          addTask({ marker: headingItem?.marker ?? null, number: headingItem?.number ?? null, path: own, title, groups: phrases(g), line: headingItem === null ? c.lineAt(g.start) : block.line, rule, deadline: undefined }, marker === null ? (before.length > 0 && headingLike(before[before.length - 1] as string) ? heading : (pendingCategory ?? heading)) : heading);
        });
      } else {
        let title = joinLines(segments[0] ?? '');
        // Units first: an item that opens with who does it (由县林业局负责，于7月17日前完成…) is titled by
        // its first sentence, the division included; after a bracket or a label, by what follows it.
        const opensWithDivision = (gs[0] as Group).clauses[0]?.kind === 'opening';
        // An item whose first sentence is its units alone (市公安局。负责对…) is titled by the next.
        const unitsAlone = (gs[0] as Group).clauses[0]?.alone === true;
        if (trimEnd(title) === '') title = opensWithDivision && !unitsAlone ? firstSentence(c.text) : firstSentence(tail.replace(/^[。；;\s]+/u, ''));
        // A speech's point (一要提高政治站位。要加大…。由甲局牵头，…) is titled by its first sentence.
        else if (marker?.style === 'ordinal') title = firstSentence(title);
        // …and the date that follows the division (由县甲局负责，于7月11日前完成…) is the item's deadline.
        const headDeadline = opensWithDivision ? deadlineAfterDivision(c.text.slice((gs[0] as Group).end)) : undefined;
        if (marker === null) {
          const split = splitSegment(segments[0] ?? '');
          for (const b of split.before) {
            if (headingLike(b)) pendingCategory = headingText(b);
            else noteText(b);
          }
          title = split.title;
        }
        addTask(
          { marker: marker?.marker ?? null, number: marker?.number ?? null, path: own, title: trimEnd(trimStart(title)), groups: labelledFirst(gs).flatMap(phrases), line: marker === null ? c.lineAt((gs[0] as Group).start) : block.line, rule, deadline: tailDeadline ?? headDeadline },
          category,
        );
        // Tasks below a task (a project and its sub-items, each with units) belong to it.
        if (block.children.some(hasTasks)) childCategory = headingText(trimEnd(trimStart(title)));
      }
      // Lines after the units: a deadline of the task (2025年底前完成), a short line naming the next
      // section (加强基础设施建设), or text kept as a note.
      const tailLines = tail.split('\n').slice(1).map((l) => l.trim()).filter((l) => l !== '');
      const lastDraft = drafts[drafts.length - 1];
      tailLines.forEach((l, k) => {
        if (isDeadline(l) && lastDraft !== undefined && lastDraft.deadline === undefined) lastDraft.deadline = trimEnd(l);
        else if (k === tailLines.length - 1 && headingLike(l)) pendingCategory = headingText(l);
        else if (isRuleText(l)) noteText(l);
        else {
          notes.push(l);
          sink.warn('text-after-table', c.lineAt((gs[gs.length - 1] as Group).end + 1), `text ${quote(l)} after the units of a task is not a task, a heading or a unit list; kept as a note`);
        }
      });
    }
    const before = pendingCategory;
    const ownerBefore = owner;
    const givenBefore = given;
    if (labelled.has(block)) given = labelled.get(block) as string;
    else if (leadHeading(block)) owner = headingText(c.text);
    for (const child of block.children) visit(child, childCategory, own);
    owner = ownerBefore;
    given = givenBefore;
    if (before !== null && pendingCategory === before && block.marker !== null && gs.length === 0 && block.children.some(hasTasks)) pendingCategory = null;
  };
  visit(root, null, []);

  if (drafts.length === 0) {
    sink.error(
      'not-a-table',
      pieces[0]?.line ?? 1,
      'not a table: no tasks found (expected a table (tab-indented cells, CSV, Markdown) or numbered tasks with their units (牵头单位：… / 责任单位：… / a closing （…牵头…）))',
    );
    sink.throwIfErrors();
  }

  // A heading naming the lead, run together with the task's text (a document on one line).
  for (const d of drafts) splitHeadingLead(d);

  readRecordLabels(drafts);
  const ids = taskIds(drafts);

  const tasks: TaskRecord[] = [];
  const categories: string[] = [];
  const seenCategories = new Set<string>();
  let convention: LeadConvention = documentRule ? 'first-listed' : 'marked-only';
  drafts.forEach((d, i) => {
    const joined = d.groups.map((g) => g.phrase).join('；');
    const phrase = parseUnitPhrase(joined, d.rule ? 'first-listed' : convention);
    headingLead(d.owner ?? d.category, phrase);
    headingOwner(d.owner ?? d.category, phrase);
    if (d.given !== undefined && d.given !== null) givenHeadingUnits(parseUnitPhrase(d.given, convention), phrase);
    // 排名第一位为牵头单位，下同: the document's own rule holds for this task and those below.
    if (phrase.firstListedRule && phrase.remarks.some((r) => /下同|以下/u.test(r))) convention = 'first-listed';
    const id = ids[i] as string;
    const lineOf = lineFinder(d.groups, joined, d.line);
    const extra: Record<string, string> = {};
    for (const o of [...phrase.officials, ...phrase.attributes]) extra[o.label] = extra[o.label] === undefined ? o.text : `${extra[o.label]}，${o.text}`;
    if (d.deadline !== undefined && extra[DEADLINE_LABEL] === undefined) extra[DEADLINE_LABEL] = d.deadline;
    for (const dup of phrase.duplicates) sink.warn('duplicate-unit', lineOf(dup), `${quote(dup)} is listed twice on task ${id}; counted once, at its first position`);
    const units: UnitMention[] = phrase.units.map((u, position) => ({ name: u.name, canonical: u.name, role: u.role, position, line: lineOf(u.name) }));
    if (units.length === 0) {
      sink.warn('empty-units', d.line, `task ${quote(d.title)} lists no responsible unit (only ${quote(d.groups.map((g) => g.phrase).join('；'))}); kept as a note`);
      notes.push(d.title);
      return;
    }
    if (d.title === '') sink.warn('empty-title', d.line, `task ${id} has no text before its units`);
    if (d.category !== null && !seenCategories.has(d.category)) {
      seenCategories.add(d.category);
      categories.push(d.category);
    }
    tasks.push({ id, number: d.number ?? i + 1, marker: d.marker, category: d.category, title: d.title, units, dutyClause: phrase.dutyClause, leadSource: phrase.leadSource, extra, line: d.line });
  });
  if (tasks.length === 0) {
    sink.error('not-a-table', drafts[0]?.line ?? 1, 'not a table: no task lists a responsible unit');
    sink.throwIfErrors();
  }
  const table: ResponsibilityTable = { layout: 'prose', preamble, notes, columns: [], categories, tasks, diagnostics: sink.warnings };
  if (options.file !== undefined) table.file = options.file;
  if (opening.evidence.length > 0) table.evidence = opening.evidence;
  return table;
}
