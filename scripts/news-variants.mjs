#!/usr/bin/env node
// Metamorphic test of the reader on running text: the tuning split's tasks (real titles, real unit
// names) retold as the news of a meeting retells a division of work — a headline, a source line,
// paragraphs of exhortation with no unit in them, and among them sentences that give the work to
// units in the wordings such reports use (由甲局牵头，乙局配合，… / 甲局要会同乙局，… / 甲局负责…，
// 乙局积极配合), after a lead-in (会议要求，) or not, loose in a paragraph or as the points of a speech
// (一要…。); or the news retelling a division of work (某市公布今年重点任务分工…), which says it with a
// unit for subject too (甲局要…). Read back under test/fixtures/real/CONVENTIONS.md: each such sentence
// is a task titled by the whole sentence, each point with units a task titled by its first sentence;
// the exhortations, the attendance, a collective's duty (各乡镇要…) and, in a meeting's story, a
// sentence with a unit for subject and no role word (甲局要…) are none.
// Usage: node scripts/news-variants.mjs [--cases N] [--seed S] [--show K] [--only DIM=V] (after `tsc -b packages/core`).
import { arg, seeded, loadPool, score } from './variants/shared.mjs';

const CASES = arg('--cases', 300);
const SHOW = arg('--show', 0);
const { random, pick } = seeded(arg('--seed', 1));
const { pool } = loadPool();

// A sentence's words: no stop inside, short enough to be said in one breath.
const actions = pool.filter((t) => t.title.length <= 36 && !/[。；;：:！？“”"《》]/u.test(t.title));
// Units that can be a sentence's subject: a named body, not a collective (各乡镇, 有关部门).
const named = (n) => !/^各|有关|相关|有關|相關|其他|其它|等$/u.test(n);

const TOPICS = ['农村人居环境整治', '安全生产大排查', '优化营商环境', '创建全国文明城市', '秸秆禁烧', '防汛抗旱', '招商引资', '城乡环境综合整治', '耕地保护'];
const PEOPLE = ['副县长王某某', '县委常委、常务副县长李某', '副市长张某某', '区长刘某', '县长陈某某'];
const LEAD_INS = ['', '', '', '会议要求，', '会议明确，', '下一步，', '对此，', '会议强调，'];
const FILLERS = [
  '会议指出，要充分认识做好此项工作的重要意义，切实增强责任感和紧迫感。',
  '会议强调，各乡镇、各部门要加强协调配合，形成工作合力。',
  '会议听取了有关工作进展情况的汇报。',
  '与会人员就下一步工作进行了深入讨论。',
  '要坚持问题导向，压实工作责任，确保各项任务按时保质完成。',
  '各乡镇要切实履行属地责任，抓好工作落实。',
  '要加大督查力度，对工作不力的严肃问责。',
];
const POINTS = ['提高政治站位', '强化时间概念', '坚持因地制宜', '加强沟通对接', '压实工作责任', '强化督促检查', '加强宣传引导', '注重统筹协调'];
const CN = '一二三四五六七八九十';

/**
 * A sentence giving `t`'s work to its units, in one of the wordings, and the reading it has. With
 * `subject`, only `甲局要…` (a unit for subject); else any other wording.
 */
function assignment(t, leadIn, subject = false) {
  const all = [...t.lead, ...t.co, ...t.responsible];
  const lead = t.lead[0];
  const co = t.co;
  const join = (list) => list.join('、');
  const forms = [];
  if (lead !== undefined && co.length > 0) {
    forms.push(
      ['by-lead-co', `由${lead}牵头，${join(co)}配合，${t.title}`, { lead: [lead], co, responsible: [] }],
      ['lead-co-etc', `${lead}牵头，${join(co)}等部门密切配合，${t.title}`, { lead: [lead], co, responsible: [] }],
    );
    if (named(lead)) {
      forms.push(
        ['together-with', `${lead}要会同${join(co)}，${t.title}`, { lead: [lead], co, responsible: [] }],
        ['duty-co', `${lead}负责${t.title}，${join(co)}积极配合`, { lead: [], co, responsible: [lead] }],
      );
    }
  }
  if (lead !== undefined && co.length === 0) forms.push(['by-lead', `由${lead}牵头，${t.title}`, { lead: [lead], co: [], responsible: [] }]);
  if (all.every(named) && all.length <= 3) {
    if (subject) return { form: 'subject', sentence: `${leadIn}${join(all)}要${t.title}`, reading: { lead: [], co: [], responsible: all } };
    forms.push(['duty', `${join(all)}负责${t.title}`, { lead: [], co: [], responsible: all }]);
  }
  if (forms.length === 0 || subject) return undefined;
  const [form, words, reading] = pick(forms);
  return { form, sentence: `${leadIn}${words}`, reading };
}

function makeCase() {
  const topic = pick(TOPICS);
  // The story of a meeting, or one retelling a plan's division of work.
  const retelling = random() < 0.25;
  const points = !retelling && random() < 0.35;
  const count = 1 + Math.floor(random() * 4);
  const month = 4 + Math.floor(random() * 6);
  const day = 10 + Math.floor(random() * 10);
  const lines = retelling
    ? [`某某市公布今年${topic}重点任务分工`, `    ${month}月${day}日，某某市人民政府公布2023年${topic}重点任务分工，明确各项任务的牵头单位及责任单位。`]
    : [`某某县召开${topic}工作推进会`, `来源：某某县人民政府网 发布时间：2023-0${month}-${day}`, `    ${month}月${day}日，某某县召开${topic}工作推进会，研究部署下一步工作。${pick(PEOPLE)}出席会议并讲话。`];
  const expected = [];
  const forms = [];
  const used = new Set();
  let point = 0;
  for (let i = 0; i < count; i += 1) {
    let t;
    let said;
    // (A sentence with a unit for subject: a task where the story retells a division, none in a meeting's.)
    const subject = random() < 0.3;
    for (let tries = 0; tries < 50 && said === undefined; tries += 1) {
      t = pick(actions);
      if (used.has(t.title)) continue;
      said = assignment(t, points ? '' : pick(LEAD_INS), subject);
    }
    if (said === undefined) continue;
    used.add(t.title);
    forms.push(retelling || said.form !== 'subject' ? said.form : 'subject-no-task');
    const before = random() < 0.5 ? pick(FILLERS) : '';
    const after = random() < 0.5 ? pick(FILLERS) : '';
    if (said.form === 'subject' && !retelling) {
      // (…said of a meeting it is no task: the point it stands in has none either.)
      if (points) {
        lines.push(`    ${CN[point]}要${POINTS[point % POINTS.length]}。${before}${said.sentence}。${after}`);
        point += 1;
      } else lines.push(`    ${before}${said.sentence}。${after}`);
      continue;
    }
    if (points) {
      // A speech's point: its first sentence heads it; the point with units in it is the task.
      const heading = `${CN[point]}要${POINTS[point % POINTS.length]}。`;
      point += 1;
      lines.push(`    ${heading}${before}${said.sentence}。${after}`);
      expected.push({ id: String(point), title: heading.slice(2, -1), category: null, ...said.reading });
      // (A point naming no unit is none.)
      if (random() < 0.3) {
        lines.push(`    ${CN[point]}要${POINTS[point % POINTS.length]}。${FILLERS[0]}`);
        point += 1;
      }
    } else {
      lines.push(`    ${before}${said.sentence}。${after}`);
      expected.push({ title: said.sentence, category: null, ...said.reading });
    }
  }
  if (!retelling && random() < 0.5) lines.push('    各乡镇、县直有关部门主要负责同志参加会议。');
  return { text: lines.join('\n'), expected, dims: { retelling, points, count: expected.length, ...Object.fromEntries(forms.map((f) => [`with ${f}`, true])) } };
}

score(CASES, makeCase, SHOW, 'reports');
