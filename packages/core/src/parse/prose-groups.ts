// A prose block's text and its groups of responsibility clauses: the pieces of a numbered item
// joined into one text with the line of every offset, and the clauses found in it grouped where
// only glue stands between them (one task's units).
import { findClauses, isGlue, type Clause } from './clauses.js';
import { columnRole } from './columns.js';
import { namesAlone } from './names-alone.js';
import type { Block } from './outline.js';
import { splitLines } from './text.js';
import { labelAt } from './unit-phrase-checks.js';

/** A block's text as one string (its pieces joined by line breaks), with the line of every offset. */
export interface Content {
  text: string;
  lineAt: (offset: number) => number;
}

/** Adjacent clauses (nothing but punctuation or a deadline between them) form one group: one task's units. */
export interface Group {
  start: number;
  end: number;
  clauses: Clause[];
}

export function contentOf(block: Block): Content {
  let text = '';
  const starts: [number, number][] = [];
  for (const p of block.pieces) {
    if (text !== '') text += '\n';
    starts.push([text.length, p.line]);
    text += p.text;
  }
  return {
    text,
    lineAt(offset: number) {
      let line = block.line;
      for (const [at, l] of starts) if (at <= offset) line = l;
      return line;
    },
  };
}

/**
 * The groups of one task's units, without the divisions its body tells in passing
 * (`39.加强组织领导。由某领导小组负责全市的组织和协调。…（牵头单位：甲局，配合单位：乙局）`) when the
 * task also labels its units: the labels are the division, the sentence describes the work.
 */
export function labelledFirst(gs: readonly Group[]): Group[] {
  const labelled = (cl: Clause): boolean => cl.kind === 'label' || (cl.kind === 'bracket' && labelAt(cl.phrase.trim()) === 0);
  if (!gs.some((g) => g.clauses.some(labelled))) return [...gs];
  return gs.filter((g) => !g.clauses.every((cl) => cl.kind === 'sentence'));
}

/** The groups of a block's text; `numbered`: the block is a numbered item; `spaced`: names after spaces may close it (see {@link findClauses}). */
export function groupsOf(text: string, numbered = false, spaced = false): Group[] {
  const groups: Group[] = [];
  for (const c of findClauses(text, numbered, spaced)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && isGlue(text.slice(last.end, c.start))) {
      last.end = c.end;
      last.clauses.push(c);
    } else groups.push({ start: c.start, end: c.end, clauses: [c] });
  }
  return groups;
}

/**
 * Every block's text and groups, from the outline's root down: names alone after an item's work
 * are its units only where the text writes units so ({@link findClauses}, `numbered`), and names
 * after spaces only where no header is above (`spaced`).
 */
export function blockGroups(root: Block, text: string): { contents: Map<Block, Content>; groups: Map<Block, Group[]> } {
  const contents = new Map<Block, Content>();
  const groups = new Map<Block, Group[]>();
  // Names alone on the line before the first item head the items under them (市发展改革委 / 1.… 2.… /
  // 市财政局 / 3.…): then such a line between items is the next group's heading, not the last item's units.
  const beforeFirst = root.pieces[root.pieces.length - 1]?.text.trim() ?? '';
  const namesHead = root.children.length > 0 && beforeFirst !== '' && namesAlone(beforeFirst);
  // Rows of cells split by spaces with a header above (序号 重点任务 责任单位) are the flattened table
  // reader's; without one, names after spaces close their item (1 某项指标 县甲局 县乙局).
  const headed = splitLines(text).slice(0, 40).some((l) => l.split(/[\s\u3000]+/u).filter((w) => w !== '' && columnRole(w) !== undefined).length >= 2);
  const analyse = (block: Block): void => {
    const c = contentOf(block);
    contents.set(block, c);
    groups.set(block, groupsOf(c.text, block.marker !== null && !namesHead, !headed));
    block.children.forEach(analyse);
  };
  analyse(root);
  // Names alone closing an item are its units where the document writes its units so: not in one item
  // alone among items with units of their own (a signature after the last), nor in a heading whose
  // items name their own (（一）推进项目建设 / 县发改局 / 1.… （县甲局负责））.
  const namesOnly = (b: Block): boolean => {
    const gs = groups.get(b) ?? [];
    return gs.length > 0 && gs.every((g) => g.clauses.every((cl) => cl.namesLine === true));
  };
  const all: Block[] = [];
  const collect = (b: Block): void => {
    all.push(b);
    b.children.forEach(collect);
  };
  collect(root);
  const descendantUnits = (b: Block): boolean => b.children.some((c) => (groups.get(c) ?? []).length > 0 || descendantUnits(c));
  const namedItems = all.filter(namesOnly);
  const otherItems = all.filter((b) => (groups.get(b) ?? []).length > 0 && !namesOnly(b));
  for (const b of namedItems) if ((namedItems.length === 1 && otherItems.length > 0) || descendantUnits(b)) groups.set(b, []);
  return { contents, groups };
}
