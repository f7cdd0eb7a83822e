// A bracket of units broken over lines (`[市水务局牵头，市工信委、城` / `乡建设局配合，各县(市)` /
// `区政府负责落实。]`), as text copied from a page or a PDF breaks it, in a text too short for the
// hard-wrap reader to tell its column: the lines are joined back where the bracket opened, so that
// the bracket is read whole. Line numbers are kept (a joined line is left empty).
import { matchBrackets } from './bracket-match.js';
import { hasRoleWord } from './role-words.js';
import { numberedLine, ordinalLine } from './numbering.js';

/** Lines joined to one bracket at most. */
const MOST = 4;
/** A unit label or a role word: what a bracket of units holds. */
const UNIT_WORDS = /牵头|牽頭|负责|負責|配合|责任单位|責任單位|责任部门|責任部門|参与|參與|协办|協辦/u;

/** The last opener of `line` left open at its end, when a bracket of units opens there; else −1. */
function openUnits(line: string): number {
  const { unmatched } = matchBrackets(line);
  let last = -1;
  for (const at of unmatched) if (at > last && /[（(〔【[［]/u.test(line[at] as string)) last = at;
  if (last < 0) return -1;
  const inside = line.slice(last + 1);
  return UNIT_WORDS.test(inside) || hasRoleWord(inside) ? last : -1;
}

/** The text with each bracket of units broken over lines joined back onto its first line (see the file's comment). */
export function joinBracketLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length - 1; i += 1) {
    for (let k = 1; k <= MOST && i + k < lines.length && openUnits(lines[i] as string) >= 0; k += 1) {
      const next = (lines[i + k] as string).trim();
      // (A line that starts an item, or a blank one, is not the bracket's: it stays open, and is reported.)
      if (next === '' || numberedLine(next) !== undefined || ordinalLine(next) !== undefined) break;
      // (Only a bracket that closes in the lines joined: an unclosed one does not swallow the text after it.)
      if (!lines.slice(i + k, i + MOST + 1).some((l) => /[）)〕】\]］]/u.test(l))) break;
      lines[i] = `${(lines[i] as string).trimEnd()}${next}`;
      lines[i + k] = '';
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}
