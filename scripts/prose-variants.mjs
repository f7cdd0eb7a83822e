#!/usr/bin/env node
// Metamorphic test of the reader's prose layouts: the tuning split's tasks (real titles, real unit
// names) written out again as the numbered lists real plans print — units in a closing bracket with
// role words or labels, as label lines after the task, as a bare bracket under a first-listed rule,
// as a sentence after the title; other brackets, numbering, headings, deadlines beside the units,
// a second sentence, a line broken mid-sentence — and read back. The issue 12 classes each
// dimension stands for are named beside it. No document here is new; a reader fitted to the
// documents it was tuned on still fails here.
// Usage: node scripts/prose-variants.mjs [--cases N] [--seed S] [--show K] (after `tsc -b packages/core`).
import { arg, seeded, loadPool, score } from './variants/shared.mjs';

const CASES = arg('--cases', 400);
const SHOW = arg('--show', 0);
const { random, pick } = seeded(arg('--seed', 1));
const loaded = loadPool();
const pool = loaded.pool;
// Headings that name a lead (某局牵头的工作) give their items a unit: not plain categories here.
const categories = loaded.categories.filter((c) => !/牵头|牽頭/u.test(c));

const CN = '一二三四五六七八九十';
// Brackets (class 9).
const BRACKETS = [['（', '）'], ['(', ')'], ['〔', '〕'], ['【', '】'], ['[', ']']];
// Task numbering; the headings above them take the next level up.
const NUMBERING = {
  'n.': (i) => `${i}.`,
  'n、': (i) => `${i}、`,
  'n．': (i) => `${i}．`,
  '（n）': (i) => `（${i}）`,
  '（一）': (i) => `（${CN[i - 1]}）`,
  // Points counted as speeches and minutes count them.
  '第一，': (i) => `第${CN[i - 1]}，`,
};
const HEADING = { 'n.': 'cn、', 'n、': 'cn、', 'n．': 'cn、', '（n）': '（cn）', '（一）': 'cn、', '第一，': 'cn、' };
// Role words beside a lead that make a unit co-operate (class 12).
const CO_WORDS = ['配合', '参与', '协同', '协助', '参加', '按职责分工负责', '依职责负责', '按分工负责', '具体负责', '积极配合', '协同落实', '（配合）'];
// Ways of marking the lead before the co-operating units (role-words, sentence).
const LEAD_WORDS = ['牵头', '牵头', '牵头', '牵头', '牵头负责', '主责', '统筹', '负总责', '主抓'];
// Ways of writing units with no lead (CONVENTIONS.md: responsible).
const ONE_WORDS = ['负责', '分别负责', '负责落实', '按职责分工负责', '共同负责', '依职责负责', '按分工负责'];
const LEAD_LABELS = ['牵头单位', '牵头部门', '牵头责任单位', '主责单位', '牵头'];
const CO_LABELS = ['配合单位', '责任单位', '配合部门', '协同单位', '参与单位', '配合'];
const ONE_LABELS = ['责任单位', '责任部门', '承办单位'];
const DEADLINES = ['2025年底前', '6月底前', '长期坚持', '持续推进', '年内持续推进'];
const SECOND = ['加强督促检查，确保按期完成。', '建立工作台账，每季度报送进展。', '完善配套措施，形成长效机制。'];
const PREAMBLES = [
  ['为抓好各项工作落实，现将重点任务分工如下：'],
  ['附件', '重点任务责任分工'],
  ['各有关单位要切实履行职责，认真抓好落实。'],
];
const PEOPLE = ['王建国', '李明', '张红梅', '刘志强'];
/** A line holding a task (not a heading, a preamble or the closing sentence): it ends with its bracket. */
const isItem = (line) => /[）)〕】\]]$/u.test(line) && !/^[（(][^）)]*第一位/u.test(line);
const CONTEXT = ['会议指出，要进一步压实责任。', '据了解，相关工作已全面启动。', '记者从会上获悉，各项任务均已明确分工。'];
const PROGRESS = ['截至目前，已完成前期工作。', '截至目前，完成进度60%。', '目前正在加快推进。', ''];
const RULES = ['（列第一位者为牵头单位）', '排在第一位的为牵头单位。', '各项任务中，第一个为牵头部门，其他为配合部门。'];

/** One generated list: its lines, the expected reading, and what was varied. */
function makeCase() {
  const size = 3 + Math.floor(random() * 5);
  const mode = random() < 0.65 ? 'lead-co' : pick(['one', 'one-first-rule']);
  // How the units are written; under a first-listed rule, a plain list in a bracket or a label.
  const form =
    mode === 'one-first-rule'
      ? pick(['bare-bracket', 'one-label'])
      : mode === 'one'
        ? pick(['one-words', 'one-label', 'one-label-line', 'bare-bracket', 'next-line-bare', 'news-duty', 'names-after', 'next-line-names', 'work-by-duty'])
        : pick(['role-words', 'labels', 'label-lines', 'sentence', 'lead-mark', 'lead-bracket', 'lead-said', 'you-sentence', 'duty-co', 'officials', 'one-label-lead', 'news', 'quoted', 'mark-after', 'mark-next-line', 'work-by']);
  const tasks = [];
  while (tasks.length < size) {
    const t = pick(pool);
    if (mode === 'lead-co' && (t.lead.length !== 1 || t.co.length === 0)) continue;
    if (tasks.some((x) => x.title === t.title)) continue;
    tasks.push(t);
  }
  // How the items stand: one per line, several on one line (class 15), or the tasks of a heading
  // in one paragraph, each closed by its bracket, with no number of their own (class 14).
  // (Units alone after the task, a table's units cell copied after its task cell: names-after, mark-after and their next-line forms.)
  const bracketed = !['label-lines', 'one-label-line', 'sentence', 'you-sentence', 'next-line-bare', 'news', 'news-duty', 'quoted', 'names-after', 'next-line-names', 'mark-after', 'mark-next-line', 'work-by', 'work-by-duty'].includes(form);
  // News retelling a plan: no numbers, each task a sentence closed by its division, after a
  // sentence of context or an opener (此外，) that is not the task's.
  // An inspection notice quotes each task after the units answering for it, then says how far it got.
  const news = form === 'news' || form === 'news-duty' || form === 'quoted';
  const catMode = random() < 0.6 && !news ? 'headings' : 'none';
  // (A paragraph needs two items under each heading: CONVENTIONS.md reads one item after a heading as a task titled by it.)
  // (News runs its tasks together in one paragraph as often as not.)
  const flow = news ? (random() < 0.5 ? 'news-paragraph' : 'lines') : bracketed && random() < 0.3 ? pick(catMode === 'headings' && size >= 4 ? ['inline', 'paragraph'] : ['inline']) : 'lines';
  const etc = form === 'role-words' && random() < 0.3 ? pick(['等', '等单位', '等部门']) : '';
  const ruleAt = mode === 'one-first-rule' && form === 'bare-bracket' && random() < 0.4 ? 'first-task' : 'top';
  const numbering = pick(Object.keys(NUMBERING));
  const cats = [pick(categories), pick(categories)].filter((c, i, a) => a.indexOf(c) === i);
  const bracket = form === 'sentence' || form.endsWith('line') || form === 'label-lines' ? ['（', '）'] : pick(BRACKETS);
  const join = random() < 0.85 ? '、' : '，';
  const deadline = random() < 0.3;
  const second = !news && random() < 0.25;
  const broken = flow !== 'paragraph' && !news && random() < 0.15; // class 18: a line broken inside the title
  const coWord = pick(CO_WORDS);
  const oneWord = pick(ONE_WORDS);
  const leadWord = pick(LEAD_WORDS);
  const leadLabel = pick(LEAD_LABELS);
  const coLabel = pick(CO_LABELS);
  const oneLabel = pick(ONE_LABELS);
  const colon = random() < 0.8 ? '：' : ':';
  const labelLayout = form === 'label-lines' ? pick(['stacked', 'stacked', 'inline', 'reversed']) : 'none';
  const labelExtra = form === 'label-lines' ? pick(['none', 'none', 'measures', 'leader']) : 'none';
  // Labels on lines of their own set in bold brackets instead of before a colon (【牵头单位】市甲局).
  // …or as a word processor sets them: letters spaced out to a column's width, a bullet before them.
  const labelMark = form === 'label-lines' || form === 'one-label-line' ? pick(['colon', 'colon', 'colon', 'bracketed', 'spaced', 'bulleted']) : 'colon';
  const space = pick([' ', '\u3000']);
  const bullet = pick(['◆', '●', '■', '►', '•']);
  const [markOpen, markClose] = pick([['【', '】'], ['[', ']'], ['〔', '〕']]);
  const labelled = (label) =>
    labelMark === 'bracketed' ? `${markOpen}${label}${markClose}` : labelMark === 'spaced' ? `${[...label].join(space)}${colon}` : labelMark === 'bulleted' ? `${bullet}${label}${colon}` : `${label}${colon}`;
  const sep = pick(['；', '，', ';']);
  const lines = form === 'quoted' ? ['某某县政府常务会议确定事项落实情况的通报', '按照有关规定，县政府督查室开展了专项督查，现通报如下。'] : news ? ['本报讯 近日，某某市印发重点工作任务分工方案。'] : [...pick(PREAMBLES)];
  if (mode === 'one-first-rule' && ruleAt === 'top') lines.push(pick(RULES));
  const expected = [];
  tasks.forEach((t, i) => {
    const category = catMode === 'none' ? null : cats[i < tasks.length / 2 ? 0 : cats.length - 1];
    const previous = expected[i - 1];
    if (catMode === 'headings' && (i === 0 || category !== previous.category)) {
      const n = cats.indexOf(category);
      const heading = HEADING[numbering] === 'cn、' ? `${CN[n]}、${category}` : `（${CN[n]}）${category}`;
      // In a paragraph, the heading opens it: （一）某方面。制定某清单。（…）推进某公开。（…）
      lines.push(flow === 'paragraph' ? `${heading}。` : heading);
    }
    const all = [...t.lead, ...t.co, ...t.responsible];
    const lead = t.lead.join(join);
    const co = t.co.join(join);
    const list = all.join(join);
    const due = deadline ? pick(DEADLINES) : null;
    let title = t.title;
    if (broken) {
      const at = 2 + Math.floor(random() * (title.length - 3));
      title = `${title.slice(0, at)}\n${title.slice(at)}`;
    }
    const number = flow === 'paragraph' || news ? '' : NUMBERING[numbering](i + 1);
    const body = `${number}${title}。${second ? pick(SECOND) : ''}`;
    const [open, close] = bracket;
    const dueTail = due ? `，${due}完成` : '';
    const ruleTail = ruleAt === 'first-task' && i === 0 ? '，列第一位者为牵头单位，下同' : '';
    if (form === 'role-words') lines.push(`${body}${open}${lead}${leadWord}，${co}${etc}${coWord}${dueTail}${close}`);
    else if (form === 'lead-mark') lines.push(`${body}${open}★${lead}${join}${co}${dueTail}${close}`);
    else if (form === 'lead-bracket') lines.push(`${body}${open}${lead}（牵头）${join}${co}${dueTail}${close}`);
    else if (form === 'lead-said') lines.push(`${body}${open}${lead}为牵头单位，${co}为配合单位${dueTail}${close}`);
    else if (news) {
      const context = random() < 0.4 ? pick(CONTEXT) : '';
      const opener = random() < 0.4 ? pick(['此外，', '同时，', '另外，']) : '';
      const division = form === 'news' ? `由${lead}牵头，${co}配合` : `由${list}负责`;
      if (form === 'quoted') lines.push(`${pick(['', '如', '其中，'])}${list}负责的“${title}。”${pick(PROGRESS)}`);
      else lines.push(`${context}${opener}${title}，${division}。`);
    } else if (form === 'you-sentence') lines.push(`${body.replace(/。$/u, '')}，由${lead}牵头，${co}配合。`);
    else if (form === 'duty-co') lines.push(`${body}${open}${lead}负责，${co}配合${dueTail}${close}`);
    else if (form === 'officials') lines.push(`${body}${open}责任领导${colon}${pick(PEOPLE)}${sep}${leadLabel}${colon}${lead}${sep}${coLabel}${colon}${co}${dueTail}${close}`);
    else if (form === 'one-label-lead') lines.push(`${body}${open}${oneLabel}${colon}${lead}（牵头）${join}${co}${dueTail}${close}`);
    else if (form === 'next-line-bare') lines.push(body, `（${list}）`);
    else if (form === 'names-after') lines.push(`${body}${list}`);
    // (The work named right before 由, no comma: 某某工作由甲局牵头，乙局配合。— titled by the work.)
    else if (form === 'work-by') lines.push(`${number}${title}工作由${lead}牵头，${co}${coWord}。`);
    else if (form === 'work-by-duty') lines.push(`${number}${title}工作由${list}负责。`);
    else if (form === 'next-line-names') lines.push(body, list);
    else if (form === 'mark-after') lines.push(`${body}★${lead}${join}${co}`);
    else if (form === 'mark-next-line') lines.push(body, `★${lead}${join}${co}`);
    else if (form === 'labels') lines.push(`${body}${open}${leadLabel}${colon}${lead}${sep}${coLabel}${colon}${co}${dueTail}${close}`);
    else if (form === 'label-lines') {
      // Labels one per line, both on one line, or the co-operating one first; measures (class 17) or
      // a leader's line between the title and the labels.
      const leadLine = `${labelled(leadLabel)}${lead}`;
      const coLine = `${labelled(coLabel)}${co}`;
      const labels = labelLayout === 'inline' ? [`${leadLine}${pick(['  ', '　', '；'])}${coLine}`] : labelLayout === 'reversed' ? [coLine, leadLine] : [leadLine, coLine];
      const measures = numbering === '（n）' ? '主要措施：①完善工作机制。②加强督促检查。' : '主要措施：（1）完善工作机制。（2）加强督促检查。';
      const before = labelExtra === 'measures' ? [measures] : labelExtra === 'leader' ? [`责任领导${colon}${pick(PEOPLE)}`] : [];
      lines.push(body, ...before, ...labels, ...(due ? [`完成时限${colon}${due}`] : []));
    }
    else if (form === 'sentence') lines.push(`${body}${lead}${leadWord}，${co}${coWord}。${due ? `${due}完成。` : ''}`);
    else if (form === 'one-words') lines.push(`${body}${open}${list}${oneWord}${dueTail}${close}`);
    else if (form === 'one-label') lines.push(`${body}${open}${oneLabel}${colon}${list}${dueTail}${close}`);
    else if (form === 'one-label-line') lines.push(body, `${labelled(oneLabel)}${list}`, ...(due ? [`完成时限${colon}${due}`] : []));
    else lines.push(`${body}${open}${list}${ruleTail}${dueTail}${close}`);
    const reading =
      form === 'news-duty' || form === 'quoted'
        ? { lead: [], co: [], responsible: all }
        : form === 'duty-co'
        ? { lead: [], co: t.co, responsible: t.lead }
        : mode === 'lead-co'
        ? { lead: t.lead, co: t.co, responsible: [] }
        : mode === 'one'
          ? { lead: [], co: [], responsible: all }
          : { lead: all.slice(0, 1), co: all.slice(1), responsible: [] };
    const workBy = form === 'work-by' || form === 'work-by-duty';
    expected.push({ title: workBy ? `${t.title}工作` : t.title, ...(!workBy && (second || labelExtra === 'measures') ? { titleIsPrefix: true } : {}), category, ...reading });
  });
  lines.push('各单位要于每季度末报送工作进展情况。');
  if (form === 'mark-after' || form === 'mark-next-line') lines.push(pick(['注：带★的为牵头单位。', '注：标★的为牵头单位，其余为配合单位。']));
  // Several items on one line (class 15), or each heading's tasks in one paragraph (class 14).
  let out = lines;
  if (flow === 'news-paragraph') out = [...lines.slice(0, lines.length - tasks.length - 1), lines.slice(lines.length - tasks.length - 1, -1).join(''), lines[lines.length - 1]];
  else if (flow !== 'lines') {
    out = [];
    for (const [at, line] of lines.entries()) {
      const previous = out[out.length - 1] ?? '';
      // (A heading with one item in its paragraph titles that task: CONVENTIONS.md; only two or more join.)
      const heading = /^[一二三四五六七八九十（].*。$/u.test(previous) && isItem(lines[at + 1] ?? '');
      const joins = flow === 'inline' ? isItem(previous) && isItem(line) : isItem(line) && (isItem(previous) || heading);
      if (joins) out[out.length - 1] += line;
      else out.push(line);
    }
  }
  const dims = { mode, form, labelLayout, labelExtra, labelMark, flow, ruleAt, etc, numbering, catMode, bracket: bracket.join(''), join, deadline, second, broken, ...(form === 'role-words' || form === 'sentence' ? { coWord, leadWord } : {}), ...(form === 'one-words' ? { oneWord } : {}) };
  return { text: out.join('\n'), expected, dims };
}

score(CASES, makeCase, SHOW, 'lists');
