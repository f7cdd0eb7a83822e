// A prose block's text and its groups of responsibility clauses: the pieces of a numbered item
// joined into one text with the line of every offset, and the clauses found in it grouped where
// only glue stands between them (one task's units).
import { findClauses, isGlue, labelAt, type Clause } from './clauses.js';
import type { Block } from './outline.js';

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
