// Rewrites and checks of one clause of a unit list before it is split into names: the units a
// `协同` / `配合` between two names makes assist the other (甲局配合乙局抓好落实), and whether a clause is
// names with their role word (where an attribute's text stops).
import { isAgencyName } from './agency-name.js';
import { stripSuffix } from './clause-labels.js';
import { CO_SUFFIXES, DUTY_SUFFIXES, LEAD_SUFFIXES } from './labels.js';
import { cleanName } from './unit-names.js';

/** Whether every name of a 、 list reads as a unit's. */
const allNames = (list: string): boolean => list.split('、').every((n) => isAgencyName(cleanName(n)));

/** Whether a clause is units' names, with or without a role word after them (市住建局负责, 市财政局、市商务局配合). */
export function namesWithRole(clause: string): boolean {
  let rest = clause;
  for (const suffixes of [LEAD_SUFFIXES, CO_SUFFIXES, DUTY_SUFFIXES]) {
    const [stripped, suffix] = stripSuffix(rest, suffixes);
    if (suffix !== undefined) {
      rest = stripped;
      break;
    }
  }
  return rest !== '' && allNames(rest);
}

/** `甲局、乙局协同丙局负责`, `甲局配合乙局抓好落实`: the units before 协同 / 配合 assist the one after it. */
const ASSISTING = /(^|[，,；;。\n])([^，,；;。\n]{2,80}?)(?:协同|協同|配合)([^，,；;。\n]{2,40}?)(牵头负责|牵头|负责|抓好落实|负责落实|落实|牽頭負責|牽頭|負責|抓好落實|負責落實|落實)?(?=[，,；;。\n]|$)/gu;

/** Rewrites `甲局、乙局协同丙局负责` as `丙局负责；甲局、乙局配合` when both sides are units' names. */
export function withAssistingFirst(text: string): string {
  if (!text.includes('协同') && !text.includes('協同') && !text.includes('配合')) return text;
  return text.replace(ASSISTING, (whole: string, sep: string, left: string, right: string, role: string | undefined) =>
    allNames(left) && allNames(right) ? `${sep}${right}${role ?? ''}；${left}配合` : whole,
  );
}

/** A role word in brackets after the names, closing its clause or before the next name (甲局、乙局（按职责分工负责）, 丙局（配合）、丁局（配合）). */
const BRACKETED_ROLE = new RegExp(`(?<=\\p{Script=Han})[（(](${[...CO_SUFFIXES, ...DUTY_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})[）)](?:(、)|(?=$|[，,；;。]))`, 'gu');

/** Rewrites a bracketed role word closing a clause as the role word itself: 甲局（配合） → 甲局配合. */
export function unbracketedRoles(text: string): string {
  // (Before 、 the role closes its clause: 乙局（配合）、丙局（配合） → 乙局配合，丙局配合.)
  return text.includes('（') || text.includes('(') ? text.replace(BRACKETED_ROLE, (_, role: string, list: string | undefined) => (list === undefined ? role : `${role}，`)) : text;
}
