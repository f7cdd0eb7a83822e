// The leading official of a row whose cells run together (a 责任领导 column between the task and the
// units after it): a person's name opening the units (王建国市财政局…) or closing the task's text
// (…保持同步。王建国 / …创业刘志强) when the units cell is empty.
import { isName, startsName } from './glued-names.js';
import { isPersonName, leadingPerson, trailingPerson } from './person-names.js';

/** A row's task text and its first units cell with the official taken out, and the official if any. */
export interface OfficialSplit {
  before: string;
  firstCell: string | undefined;
  official?: string;
}

/**
 * Takes the official out of a row read as `before` (the task's text) and `firstCell` (the units cell
 * after it, undefined when it is empty): a person's name opening that cell before a unit's name, else
 * the names after the task's last sentence (…。王建国) or a name run into its end (…创业刘志强).
 */
export function splitOfficial(before: string, firstCell: string | undefined, runIn = true): OfficialSplit {
  const first = firstCell ?? '';
  // (With `runIn` false — the row opened with its lead, so a person need not end its text — only a name
  // set apart is taken: after the task's last sentence, or before a unit whose level does not follow it
  // straight away, as 高新 / 区管委会 or 陈静 / 市政府 would make a place of the two.)
  const person = leadingPerson(first, startsName);
  const opening = person !== undefined && (runIn || !/^[省市县区州鎮镇乡縣區鄉]/u.test(first.slice(person.length))) ? person : undefined;
  // (A name cut after the person's level, 王建国区 / 发展改革委, is one name again once the person is out.)
  if (opening !== undefined) return { before, firstCell: first.slice(opening.length).replace(/^([省市县区州縣區])[、，,]/u, '$1'), official: opening };
  const tail = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
  // (No units found after the task: the person may open them, run into the last sentence's end — …以上。杨帆各镇乡(街道).)
  const inTail = firstCell === undefined && (runIn || tail !== before) ? leadingPerson(tail, startsName) : undefined;
  if (inTail !== undefined && isName(tail.slice(inTail.length))) return { before: before.slice(0, before.length - tail.length), firstCell: tail.slice(inTail.length), official: inTail };
  const apart = runIn || tail !== before;
  const official = apart && tail.split(/[、，,]/u).every(isPersonName) ? tail : runIn ? trailingPerson(before) : undefined;
  if (official === undefined || official === '') return { before, firstCell };
  return { before: before.slice(0, before.length - official.length), firstCell, official };
}
