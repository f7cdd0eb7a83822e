// The passes that rewrite running text before the prose reader outlines it, each into a shape that
// reader knows: labels set in brackets written with their colon, a bracket of units broken over lines joined back, a division retold for a counted
// list and tasks quoted after their units written as sentences closed by their division, and the
// division of each sentence that opens with one marked at its end. What each pass did is evidence.
import { unbracketedRoles } from './clause-rewrites.js';
import { joinBracketLines } from './bracket-lines.js';
import { unbracketLabels } from './bracketed-labels.js';
import { markOpeningDivisions } from './opening-divisions.js';
import { expandQuotedTasks, expandRetoldLists } from './retold.js';
import { withoutMeasureLabels } from './title-labels.js';
import { numberUnitHeadings } from './unit-heading-lines.js';

/** The text rewritten, whether it is a news story and one retelling a division, and what was done. */
export interface RewrittenProse {
  text: string;
  news: boolean;
  retold: boolean;
  evidence: string[];
}

/** Runs the passes in order (see the file's comment). */
export function rewriteProse(written: string): RewrittenProse {
  // A division retold for a counted list (有3项由X牵头，分别是A；B；C): one sentence per task, on the same line.
  // A bracket of units broken over lines is read whole (a short text the hard-wrap reader leaves as it is).
  // Labels set in brackets (【牵头单位】市甲局) are labels (牵头单位：市甲局).
  // Lines of unit names alone heading the items under them (市发展改革委 / 1.… 2.…): numbered headings.
  const headed = numberUnitHeadings(written);
  const labels = unbracketLabels(headed.text);
  // A role word in brackets after names (市乙局、市丙局（配合）) is the role word, outside a bracket of units too.
  const roles = labels.text.includes('（') || labels.text.includes('(') ? labels.text.split('\n').map(unbracketedRoles).join('\n') : labels.text;
  const retold = expandRetoldLists(joinBracketLines(roles));
  // A task quoted after its units (县甲局负责的“…。”), as inspection notices retell them: likewise.
  const quoted = expandQuotedTasks(retold.text);
  // Sentences inside a paragraph that open with who does the work (即县甲局牵头，组织开展…。): each a task.
  const opening = markOpeningDivisions(withoutMeasureLabels(quoted.text));
  const evidence: string[] = [];
  if (headed.count > 0) evidence.push(`${headed.count} line${headed.count === 1 ? '' : 's'} of unit names alone over numbered items (市发展改革委 / 1.…): read as headings naming the unit that answers for them`);
  if (labels.count > 0) evidence.push(`${labels.count} label${labels.count === 1 ? '' : 's'} set in brackets (【牵头单位】…): read as labels`);
  if (retold.count > 0) evidence.push(`${retold.count} division${retold.count === 1 ? '' : 's'} retold for a counted list (有3项由X牵头，分别是A；B；C): one task per item`);
  if (quoted.count > 0) evidence.push(`${quoted.count} task${quoted.count === 1 ? '' : 's'} quoted after the units answering for ${quoted.count === 1 ? 'it' : 'them'} (县甲局负责的“…”): one task each`);
  if (opening.count > 0) evidence.push(`${opening.count} sentence${opening.count === 1 ? '' : 's'} inside a paragraph opening with who does the work (即县甲局牵头，组织开展…): one task each, titled by the sentence`);
  return { text: opening.text, news: opening.news, retold: opening.retold, evidence };
}
