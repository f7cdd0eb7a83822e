// What follows the names of units in a clause, other than a role word: the work they are charged
// with (甲局、乙局牵头办理 / 丙局做好技术支持), a modal and an adverb before the role word (市甲局要牵头,
// 市乙局要积极配合), and guiding the work (市甲局指导，市乙局负责).
import { isAgencyName } from './agency-name.js';
import { withTraditional } from './traditional.js';
import { cleanName } from './unit-names.js';

/** The role a clause's words give its units: leading, co-operating, answering for their duty, or none. */
export type Mark = 'lead' | 'co' | 'duty' | 'none';

/** Separators between names in a clause. */
export const NAME_SEPARATORS: ReadonlySet<string> = new Set(['、', '/', '／']);

/** Verbs that open what the units listed before them are charged with (办理, 做好…, 负责…, 牵头…); not the verbs of tasks (加强, 推进). */
const DUTY_VERBS = withTraditional(['牵头', '配合', '协助', '参与', '指导', '支持', '办理', '做好', '负责', '落实', '承担']);
const LEAD_VERBS = withTraditional(['牵头']);
// (A body guiding or supporting the work, 市甲局指导，市乙局负责 / 市丁局支持, co-operates beside the one that does it.)
const CO_VERBS = withTraditional(['配合', '协助', '参与', '指导', '支持']);

/**
 * A clause of unit names that goes on with what the last of them does (`甲局、乙局牵头办理`,
 * `丙局做好技术支持和指导`): the names, the words after them, and the role those words give.
 * Undefined when the clause's last piece is a name, or no name ends before such a verb.
 */
export function splitDutyTail(clause: string): { names: string; tail: string; mark: Mark } | undefined {
  const lastSeparator = Math.max(...[...NAME_SEPARATORS].map((sep) => clause.lastIndexOf(sep)));
  const piece = clause.slice(lastSeparator + 1);
  if (piece.length < 4 || isAgencyName(cleanName(piece))) return undefined;
  for (let k = Math.min(piece.length - 2, 40); k >= 2; k -= 1) {
    const tail = piece.slice(k);
    const verb = DUTY_VERBS.find((v) => tail.startsWith(v));
    if (verb === undefined) continue;
    // (An adverb before the verb is the verb's: 市乙局大力支持, 市乙局积极配合.)
    const cut = piece.slice(0, k).replace(ADVERB, '');
    const name = cleanName(cut);
    if (!isAgencyName(name)) continue;
    const mark: Mark = LEAD_VERBS.includes(verb) ? 'lead' : CO_VERBS.includes(verb) ? 'co' : 'duty';
    return { names: clause.slice(0, lastSeparator + 1 + cut.length), tail: piece.slice(cut.length), mark };
  }
  return undefined;
}

/** Adverbs before a verb of the work (大力支持, 积极配合, 给予支持). */
const ADVERB = /(?:大力|积极|積極|全力|主动|主動|密切|给予|給予|提供)$/u;

/** A modal and an adverb a clause may put between its names and the role word after them (要, 应, 须 … 积极, 密切 …). */
const MODAL = /(?:要|应|應|须|須|将|將|需)(?:紧密|緊密|密切|积极|積極|全力|主动|主動|大力|认真|認真)?$/u;

/** The clause before its role word without the modal ending it (市甲局要 → 市甲局), when what is left is a body's name. */
export function withoutModal(names: string): string {
  const m = MODAL.exec(names);
  if (m === null) return names;
  const bare = names.slice(0, m.index);
  const lastSeparator = Math.max(...[...NAME_SEPARATORS].map((sep) => bare.lastIndexOf(sep)));
  return isAgencyName(cleanName(bare.slice(lastSeparator + 1))) ? bare : names;
}
