// The text of prose items: trimming, lines joined, headings, first sentences and the title of a
// task from the text since the previous one.
import { findClauses } from './clauses.js';
import { isRuleText } from './unit-phrase-checks.js';
import { isDeadline } from './deadline.js';

const TRAILING = new Set(['。', '；', ';', '，', ',', ' ', '\u3000', '.', '、', '：', ':']);
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end -= 1;
  return text.slice(0, end).trim();
}
/** Trims separators, and a bullet opening an item (——, •, ●, ■, ◆), from the start of a text. */
export const trimStart = (text: string): string => text.replace(/^(?:[\s。；;，,、：:.]|[—–―]{1,2}|[•●■◆▪])+/u, '');

/** Joins the lines of a sentence broken by hard line breaks (a space only between two Latin letters or digits). */
export function joinLines(text: string): string {
  return text.replace(/([A-Za-z0-9])\n(?=[A-Za-z0-9])/gu, '$1 ').replace(/\s*\n\s*/gu, '');
}

/** A heading's category: its first sentence (headings often run on: 产业提升人才行动计划。围绕…：). */
export function headingText(text: string): string {
  const line = joinLines(text.split('\n')[0] ?? '');
  const stop = line.search(/[。！？]/u);
  // A dash opening a heading (——推进教育高质量发展) marks it, as a number would.
  return trimEnd(stop > 0 ? line.slice(0, stop) : line).replace(/[：:]$/u, '').replace(/^[—–―]{1,2}\s*/u, '');
}

/** A short line with no sentence in it, which can name the section below it (加强基础设施建设). */
export const headingLike = (line: string): boolean =>
  line.length <= 30 && !/[。，,；;！？：:]/u.test(line.slice(0, -1)) && !/[：:]$/u.test(line) && !/^[（(〔【[]/u.test(line) && !isRuleText(line) && findClauses(line).length === 0;

/** How a news story's first paragraph opens after its headline: a date, 近日, a byline, the page's record. */
const DATELINE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^\d{4}[-./]\d{1,2}[-./]\d{1,2}|^(?:近日|日前|昨天|昨日|今天|今日|本报讯|本報訊|记者|記者|新华社|新華社|据悉|據悉|【|（记者|\(记者)|^(?:发表时间|發表時間|发布时间|發布時間|来源|來源|作者|时间|時間)\s*[:：]/u;

/**
 * How a news story's first lines open: 本报讯 / 记者 / 近日, or a dateline sentence reporting an event
 * (4月11日，某县召开…). A page's own record (来源：, 发布时间：) is on notices and plans too: not enough.
 */
const STORY_LINE =
  /^(?:本报讯|本報訊|记者|記者|新华社|新華社|近日|日前)|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,][^。]{0,60}(?:召开|召開|举行|舉行|主持|公布|印发|印發|听取|聽取|出席|调研|調研|视察|視察|部署)/u;

/**
 * Whether the text is a news story: one of its first lines opens as a story does (4月11日，某县召开…,
 * 本报讯). A date alone on a line, as plans print their issue date, is not enough.
 */
export function isNewsStory(text: string): boolean {
  return storyLineAt(text) >= 0;
}

/**
 * The index (among the first non-empty lines) of the line a news story opens with, or −1. Under a
 * document's own title (某镇防汛工作方案, …的通知) a dated line is the plan's schedule (5月10日，召开全镇
 * 部署会), not a story's dateline.
 */
function storyLineAt(text: string): number {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 6);
  const at = lines.findIndex((l) => STORY_LINE.test(l));
  // (A headline reporting the news, 某市公布今年重点任务分工, is no document's title.)
  const documentTitle = (l: string): boolean => isTitleLine(l) && !/公布|印发|印發|出台|出臺|发布|發布|召开|召開|举行|舉行|部署/u.test(l);
  return at >= 0 && !lines.slice(0, at).some(documentTitle) ? at : -1;
}

/**
 * Whether the text is a news story retelling a division of work (3月16日，某市公布今年重点任务分工，明确…
 * 牵头单位及责任单位): its opening lines say so. There a sentence with a unit for subject (市甲局要…) is a
 * task; in the story of a meeting it is not (test/fixtures/real/CONVENTIONS.md).
 */
export function retellsDivision(text: string): boolean {
  const at = storyLineAt(text);
  if (at < 0) return false;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // The headline and the story's first sentence (over lines broken by width too): what the story
  // is about, not what it goes on to say — a division published (公布 / 印发 …分工), not a meeting that
  // heard how one is carried out (召开…会，听取…分工落实情况).
  const story = lines.slice(at, at + 6).join('');
  const opening = [...lines.slice(0, at), ...story.split(/(?<=[。！？])/u).slice(0, 1)].join('\n');
  return DIVISION_PUBLISHED.test(opening) && !/召开|召開|会议|會議|推进会|推進會/u.test(opening);
}

/** A division of work published: 公布 / 印发 / 明确 … 分工 / 牵头单位 / 责任分解. */
const DIVISION_PUBLISHED =
  /(?:公布|印发|印發|出台|出臺|下发|下發|发布|發布|明确|明確)[^。！？]{0,60}(?:分工|牵头单位|牽頭單位|责任单位|責任單位|责任分解|責任分解|任务分解|任務分解|分解落实|分解落實|任务清单|任務清單)/u;

/**
 * The headline of a news story: the text's first line when the next line opens as a story does (a
 * date, 近日, 本报讯, the page's 发布时间 / 来源 record). A headline names no category of the tasks under it.
 */
export function headline(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const [first, next] = lines;
  return first !== undefined && next !== undefined && first.length <= 80 && DATELINE.test(next) ? first : undefined;
}

/** A document's or attachment's title (…实施方案, …责任分工, 附件1), not a section heading. */
export const isTitleLine = (line: string): boolean => /(方案|意见|通知|分工|清单|分解|计划|要点|安排|附件\s*\d*|决定|办法|细则|规划|报告|通报|函|表|台账|一览)[)）]?$/u.test(line.trim());

/** The first date the work is due by in the sentence after a division (`，参照…，于7月17日前完成…`): `7月17日前`. */
export function deadlineAfterDivision(text: string): string | undefined {
  const sentence = text.split(/[。；;\n]/u)[0] ?? '';
  for (const m of sentence.matchAll(/(?:于|於|在)((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|底)?前)/gu)) {
    if (isDeadline(m[1] as string)) return m[1];
  }
  return undefined;
}

/** The first sentence of a text, its lines joined. */
export function firstSentence(text: string): string {
  const t = joinLines(text);
  const stop = t.search(/[。！？]/u);
  return trimEnd(stop > 0 ? t.slice(0, stop) : t);
}

/**
 * The title of a task whose text is `segment` (the text since the previous task): the paragraph
 * the units close — its first lines back to a line that ends a sentence — and the headings and
 * other lines before it.
 */
export function splitSegment(segment: string): { title: string; before: string[] } {
  const lines = segment.split('\n').map((l) => l.trim());
  while (lines.length > 0 && trimStart(lines[lines.length - 1] as string) === '') lines.pop();
  let k = lines.length - 1;
  while (k > 0) {
    const prev = lines[k - 1] as string;
    // …and back to a lead-in that ends with a colon (主要指标如下：), or to an item opened by a bullet (——).
    if (/[。！？；;）)】〕：:]$/u.test(prev) || headingLike(prev) || prev === '' || /^[—–―•●■◆▪]/u.test(lines[k] as string)) break;
    k -= 1;
  }
  return { title: trimEnd(trimStart(joinLines(lines.slice(Math.max(k, 0)).join('\n')))), before: lines.slice(0, Math.max(k, 0)).filter((l) => l !== '') };
}

/** Words that open a sentence of a retelling, not its task (例如，完善… / 此外，…). */
export const DISCOURSE_OPENER = /^(?:例如|比如|譬如|其中|同时|此外|另外|另|还有|還有|同時)[，,：:]\s*/u;

/** Splits a text's first sentence (a heading, 某方面。) from the rest, or undefined when it has only one. */
export function stripSentenceHead(title: string): { heading: string; rest: string } | undefined {
  const m = /^([^。！？]{2,60}?)[。！？](.+)$/su.exec(title);
  if (m === null) return undefined;
  return { heading: trimEnd(m[1] as string), rest: (m[2] as string).trim() };
}
