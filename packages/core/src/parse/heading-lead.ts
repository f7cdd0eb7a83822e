// Headings that name the lead of the work under them (（一）省审计厅牵头的工作): the heading's unit
// leads each task below that marks none, the task's own units co-operating.
import { hasTaskWords, isAgencyName } from './agency-name.js';
import type { UnitPhrase } from './unit-phrase.js';
import type { Content, Group } from './prose-groups.js';
import type { Block } from './outline.js';
import { headingLike } from './prose-text.js';
import { parseUnitPhrase } from './unit-phrase.js';

/** A heading that names who leads the work under it: 省审计厅牵头的工作, 由市财政局牵头的任务, 县某局牵头工作(8项). */
const HEADING_LEAD = /^((?:由)?([^\s，,。；;：:（(]{2,30}?)(牵头|牽頭)(?:负责|負責)?的?(?:工作|任务|任務|事项|事項)(?:[（(][0-9一二三四五六七八九十百]+[项項][）)])?)(?:[：:\s]*(.+))?$/su;
/** …or the lead alone, as the whole heading: 一、市甲局牵头 (never a task's opening words: 市甲局牵头推进…). */
const HEADING_LEAD_ALONE = /^(?:由)?([^\s，,。；;：:（(、]{2,30}?)(?:牵头|牽頭)(?:负责|負責)?[：:]?$/u;
/**
 * A heading that names who answers for the items under it, with no lead: 属住建局职责范围,
 * 县公安局负责的问题, 由市城管局负责的事项 (an inspection notice grouping problems by unit).
 */
const HEADING_OWNER = /^(?:属(?!地)|屬(?!地)|由)?([^\s，,。；;：:（(]{2,30}?)(?:职责范围|職責範圍|责任范围|責任範圍|负责的?(?:工作|任务|事项|问题)|負責的?(?:工作|任務|事項|問題))(?:[（(][0-9一二三四五六七八九十百]+[项項个個][）)])?[：:]?$/su;

/** Endings of a body's name (not a place's) for a heading that is a name alone. */
const BODY_END = /(委|局|厅|办|部|政府|工委|办公室|委员会|廳|辦|辦公室|委員會)$/u;
/** …a government body's, opening with its level (省委政法委, 市发改委, 县财政局; not 成立领导小组, 养老服务中心). */
const LEVEL_START = /^(?:省|市|县|区|州|盟|旗|镇|乡|自治区|自治州|国家|中共|团|縣|區|鎮|鄉|國家)/u;

/** The unit a heading gives the items under it and its role there, or undefined. */
export function headingUnit(heading: string | null): { name: string; role: 'lead' | 'responsible' } | undefined {
  if (heading === null) return undefined;
  const m = HEADING_LEAD.exec(heading);
  if (m !== null && m[4] === undefined && isAgencyName(m[2] as string) && !hasTaskWords(m[2] as string)) return { name: m[2] as string, role: 'lead' };
  const alone = HEADING_LEAD_ALONE.exec(heading.trim());
  // (A body's name with its level, 市甲局: 坚持政府牵头 and 党委领导政府牵头 are principles, not leads.)
  if (alone !== null && LEVEL_START.test(alone[1] as string) && isAgencyName(alone[1] as string) && !hasTaskWords(alone[1] as string)) return { name: alone[1] as string, role: 'lead' };
  const o = HEADING_OWNER.exec(heading.trim());
  if (o !== null && isAgencyName(o[1] as string) && !hasTaskWords(o[1] as string)) return { name: o[1] as string, role: 'responsible' };
  // A heading that is a unit's name and nothing else (五、省发改委): the work listed under it is that unit's.
  const bare = heading.trim().replace(/[：:]$/u, '');
  // (A body's name, not a place's: 和平街, 城关镇 and 人民路 are where the problems are.)
  if (bare.length <= 20 && !/[，,、；;。（(]/u.test(bare) && LEVEL_START.test(bare) && BODY_END.test(bare) && isAgencyName(bare) && !hasTaskWords(bare)) return { name: bare, role: 'responsible' };
  return undefined;
}

/** Under a heading naming the unit that answers for its items (属某局职责范围), an item with no unit of its own is that unit's. */
export function headingOwner(heading: string | null, phrase: UnitPhrase): void {
  const unit = headingUnit(heading);
  if (unit?.role !== 'responsible' || phrase.units.some((u) => u.role !== 'co')) return;
  // Beside units that only co-operate (配合单位：省财政厅), the heading's unit is the one they work with: it leads.
  phrase.units.unshift({ name: unit.name, role: phrase.units.length > 0 ? 'lead' : 'responsible' });
  if (phrase.units.length > 1) phrase.leadSource = 'marked';
}

/**
 * Under a heading naming the lead (（一）省编办牵头的工作), the heading's unit leads each task
 * that marks no lead of its own, and the units the task lists co-operate with it.
 */
export function headingLead(category: string | null, phrase: UnitPhrase): void {
  const unit = headingUnit(category);
  if (unit?.role !== 'lead' || phrase.units.some((u) => u.role === 'lead')) return;
  const { name } = unit;
  for (const u of phrase.units) if (u.role === 'responsible') u.role = 'co';
  const at = phrase.units.findIndex((u) => u.name === name);
  if (at >= 0) phrase.units.splice(at, 1);
  phrase.units.unshift({ name, role: 'lead' });
  phrase.leadSource = 'marked';
}

/**
 * A task whose text opens with such a heading (the document on one line: `省审计厅牵头的工作 强化…`):
 * the heading becomes its category and the rest its title; the number was the heading's.
 */
export function splitHeadingLead(d: { title: string; category: string | null; marker: string | null; number: number | null }): void {
  const m = HEADING_LEAD.exec(d.title);
  const rest = m?.[4]?.trim() ?? '';
  if (m === null || rest === '' || !isAgencyName(m[2] as string) || hasTaskWords(m[2] as string) || d.category === m[1]) return;
  d.category = m[1] as string;
  d.title = rest;
  d.marker = null;
  d.number = null;
}

/** Whether a heading names the unit of the work under it and nothing else (县某局牵头工作(8项), 属某局职责范围). */
export function isLeadHeading(heading: string | null): boolean {
  return headingUnit(heading) !== undefined;
}

/**
 * A heading followed by label lines alone (（一）某方面 / 牵头单位：市甲局 / 配合单位：市乙局), over numbered
 * items: the labels' units, as one phrase, given to the items below; undefined for any other heading.
 * The heading's first line is its text; nothing but the labels may follow it.
 */
export function labelledHeadingUnits(text: string, groups: readonly Group[]): string | undefined {
  const first = text.split('\n')[0] ?? '';
  if (groups.length === 0 || first.trim() === '' || (groups[0] as Group).start < first.length) return undefined;
  if (!groups.every((g) => g.clauses.every((c) => c.kind === 'label'))) return undefined;
  const outside = groups.map((g, k) => text.slice(k === 0 ? first.length : (groups[k - 1] as Group).end, g.start)).join('') + text.slice((groups[groups.length - 1] as Group).end);
  if (outside.trim() !== '') return undefined;
  return groups.flatMap((g) => g.clauses.map((c) => c.phrase)).join('；');
}

/**
 * The headings (一、 or （一）) followed by label lines alone over numbered items, each with the units
 * its labels give them (see {@link labelledHeadingUnits}) — when at least one item names units of its
 * own and none names its own lead. Items with their own leads make the heading a task over its parts;
 * items naming no units are its phases or targets, the heading one task (CONVENTIONS.md).
 */
export function labelledHeadings(root: Block, contents: ReadonlyMap<Block, Content>, groups: ReadonlyMap<Block, readonly Group[]>): Map<Block, string> {
  const labelled = new Map<Block, string>();
  const ownUnits = (b: Block): boolean => (groups.get(b) ?? []).length > 0;
  const ownLead = (b: Block): boolean => (groups.get(b) ?? []).some((g) => parseUnitPhrase(g.clauses.map((cl) => cl.phrase).join('；'), 'marked-only').units.some((u) => u.role === 'lead'));
  const visit = (block: Block): void => {
    const m = block.marker;
    if (m !== null && (m.style === 'chinese' || m.style === 'chinese-paren') && block.children.length > 0) {
      const c = contents.get(block) as Content;
      const given = labelledHeadingUnits(c.text, groups.get(block) ?? []);
      if (given !== undefined && headingLike((c.text.split('\n')[0] ?? '').trim()) && block.children.some(ownUnits) && !block.children.some(ownLead)) labelled.set(block, given);
    }
    block.children.forEach(visit);
  };
  visit(root);
  return labelled;
}

/**
 * Gives a task the units its heading's label lines name (see {@link labelledHeadingUnits}): all of them
 * when the task names none; beside units of its own and no lead, the heading's lead leads, the task's
 * units co-operate and the heading's co-operating units join them. A task with its own lead keeps its units.
 */
export function givenHeadingUnits(heading: UnitPhrase, phrase: UnitPhrase): void {
  if (phrase.units.length === 0) {
    phrase.units.push(...heading.units.map((u) => ({ ...u })));
    phrase.leadSource = heading.leadSource;
    return;
  }
  const leads = heading.units.filter((u) => u.role === 'lead');
  if (leads.length === 0 || phrase.units.some((u) => u.role === 'lead')) return;
  for (const u of phrase.units) if (u.role === 'responsible') u.role = 'co';
  const own = new Set(phrase.units.map((u) => u.name));
  phrase.units.unshift(...leads.filter((u) => !own.has(u.name)).map((u) => ({ ...u })));
  for (const u of phrase.units.slice(leads.length)) own.add(u.name);
  for (const u of heading.units) if (u.role === 'co' && !own.has(u.name)) phrase.units.push({ ...u });
  for (const l of leads) {
    const at = phrase.units.findIndex((u, i) => i >= leads.length && u.name === l.name);
    if (at >= 0) phrase.units.splice(at, 1);
  }
  phrase.leadSource = 'marked';
}
