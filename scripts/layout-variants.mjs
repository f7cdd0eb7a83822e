#!/usr/bin/env node
// Metamorphic test of the reader: the tasks of the tuning split (real titles, real unit names) are
// written out again as tables in the many shapes real plans are published in — other header words,
// columns in another order, no 序号, extra columns (完成时限, 责任领导, 备注), categories as a
// column or as heading rows, one cell per line, `|` cells, spaces or tabs between cells — and read
// back. A reader that only knows the shapes it was tuned on fails here, though no document is new.
// Usage: node scripts/layout-variants.mjs [--cases N] [--seed S] [--show K] (after `tsc -b packages/core`).
import { arg, seeded, loadPool, score } from './variants/shared.mjs';
import { render } from './variants/render.mjs';

const CASES = arg('--cases', 400);
const SHOW = arg('--show', 0);
const { random, pick } = seeded(arg('--seed', 1));
const loaded = loadPool();
const pool = loaded.pool;
// Headings that name a lead (某局牵头的工作) give their rows a unit: not plain categories here.
const categories = loaded.categories.filter((c) => !/牵头|牽頭/u.test(c));

const TITLE_HEADS = ['重点任务', '工作任务', '任务内容', '主要任务', '具体任务', '目标任务', '工作内容', '项目名称', '重点工作', '工作措施', '任务名称'];
const LEAD_HEADS = ['牵头单位', '牵头部门', '牵头责任单位', '主责单位', '牵头负责单位', '责任单位（牵头）'];
const CO_HEADS = ['配合单位', '配合部门', '协办单位', '参与单位', '责任单位', '协同单位', '配合责任单位'];
const ONE_HEADS = ['责任单位', '责任部门', '主要责任单位', '承办单位', '责任主体'];
const ID_HEADS = ['序号', '编号'];
const CAT_HEADS = ['类别', '领域', '工作类别', '任务类别'];
const DEADLINES = ['2025年底前', '6月底前', '长期坚持', '持续推进', '2024年12月', '年底前完成'];
const PEOPLE = ['王建国', '李明', '张红梅', '刘志强', '陈静', '杨帆'];
const CN = '一二三四五六七八九十';
const FOOTERS = [
  '注：带“★”的为牵头单位。',
  '联系人：王某某，联系电话：0731-88888888。',
  '某某市人民政府办公室 2024年3月5日印发',
  '抄送：市委各部门，市人大常委会办公室，市政协办公室。',
  '备注：各责任单位于每季度末报送进展情况。',
];
const MEASURES = ['建立工作台账，每季度报送进展。', '加强督促检查，确保按期完成。', '完善配套政策，形成长效机制。', '开展专项培训，提升工作能力。', '强化资金保障，落实专项经费。'];

/** One generated table: its cells by row, the expected reading, and what was varied. */
function makeCase() {
  const size = 3 + Math.floor(random() * 5);
  const mode = random() < 0.75 ? 'lead-co' : pick(['one', 'one-first-rule']);
  const tasks = [];
  while (tasks.length < size) {
    const t = pick(pool);
    if (mode === 'lead-co' && t.lead.length !== 1) continue;
    if (tasks.some((x) => x.title === t.title)) continue;
    tasks.push(t);
  }
  // Merged cells (rowspan) as pages flatten them: the cell only on the first row of its run, the
  // later rows one cell short. A run of tasks shares one lead then.
  // (A lead left out is told from an empty 配合单位 cell only where empty cells show: tab rows. In
  // the other shapes the two read alike, so there only category cells are merged.)
  const merged = random() < 0.25;
  // (one-line: the whole table run into one line of running text, cells and rows split by spaces, class 4;
  // run-together: no separator at all, as document-sharing sites give a Word table's text.)
  const shape = pick(['cell-per-line', 'cell-pipe', 'space-row', 'pipe-row', 'tab-row', 'one-line', 'run-together']);
  const runTogether = shape === 'run-together';
  if (merged && mode === 'lead-co' && shape === 'tab-row') {
    for (let i = 1; i < tasks.length; i += 2) {
      const co = tasks[i].co.filter((n) => !tasks[i - 1].lead.includes(n));
      if (co.length > 0) tasks[i] = { ...tasks[i], lead: tasks[i - 1].lead, co };
    }
  }
  // (Run together, only the 序号 in sequence tells where a row starts, and a category cell from its title.)
  const withId = runTogether || random() < 0.8;
  // Section headings written across the 序号 and title cells (一 | 教育文化 | |), as tables keep them in rows of cells.
  const acrossHeadings = withId && random() < 0.3;
  const catMode = runTogether ? pick(['none', 'headings']) : pick(['none', 'column', 'headings']);
  // A title cell printed with its final 。, as Word tables often are: run together it is the only break before the units.
  const fullStop = runTogether && random() < 0.5;
  // Document-sharing pages put the file name and a notice before the text, and break it into pages (`1、` … `2、`).
  const shared = runTogether && random() < 0.5;
  const cats = [pick(categories), pick(categories)].filter((c, i, a) => a.indexOf(c) === i);
  const extra = pick(['none', 'none', 'deadline', 'leader', 'remark', 'deadline+remark', 'measures']);
  // A requirements cell of several paragraphs, numbered or not: one line each when cells go one per line (a Word cell's paragraphs).
  // (Its header names requirements: which of two task-like columns, 重点任务 and 工作措施, holds the task is another question.)
  const paragraphs = extra === 'measures' && ['cell-per-line', 'cell-pipe'].includes(shape) ? 1 + Math.floor(random() * 3) : 1;
  const numberedMeasures = random() < 0.5;
  const leadFirst = mode === 'lead-co' && random() < 0.15;
  // (Rows split by spaces may list units with spaces too: 县财政局 县乡村振兴局, as a PDF's table is copied.)
  const joinDraw = random();
  const join = joinDraw < 0.85 ? (shape === 'space-row' && joinDraw < 0.2 ? ' ' : '、') : '，';
  // Rows split by spaces with a cell wrapped onto the next line, as a table copied from a PDF leaves it:
  // a list of units cut after its 、 (its rest alone on the next line), or inside a name, the task's text
  // cut with it (`1 加快推进某某建 县甲局 县乙局、县` / `设 丙局`).
  const wrapRows = shape === 'space-row' && join === '、' && random() < 0.35;
  // Rows numbered below a parent row of a number and a title alone (1 | 经济发展 / 1.1 | … / 1.2 | …): the parent is their category.
  const subRows = withId && catMode === 'none' && !runTogether && !wrapRows && random() < 0.25;
  // A co-operating units cell filled to say it has none (—, /, 无), on some rows.
  // (Only in a column of its own: 甲局（牵头）、— is no way to write it.)
  const emptyCo = mode === 'lead-co' && !runTogether && random() < 0.2;
  const head = [];
  if (withId) head.push(pick(ID_HEADS));
  if (catMode === 'column') head.push(pick(CAT_HEADS));
  const titleHead = pick(TITLE_HEADS);
  const leadHead = pick(LEAD_HEADS);
  const coHead = pick(CO_HEADS);
  const oneHead = pick(ONE_HEADS);
  // One units column whose cells say who leads (牵头单位：X；配合单位：Y, X（牵头）、Y, X牵头，Y配合).
  const roleCell = mode === 'lead-co' && random() < 0.25 ? pick(['labels', 'lead-bracket', 'role-words', 'lead-mark']) : 'none';
  const unitHeads = roleCell !== 'none' ? [pick(['责任单位', '责任部门', '责任单位及分工'])] : mode === 'lead-co' ? [leadHead, coHead] : [oneHead];
  if (leadFirst && roleCell === 'none') head.push(leadHead, titleHead, coHead);
  else head.push(titleHead, ...unitHeads);
  if (extra === 'leader') head.splice(head.indexOf(titleHead) + 1, 0, '责任领导');
  if (extra === 'measures') head.splice(head.indexOf(titleHead) + 1, 0, pick(['工作要求', '具体要求', '目标要求']));
  if (extra.startsWith('deadline')) head.push(pick(['完成时限', '时限要求', '完成时间']));
  if (extra.endsWith('remark')) head.push('备注');
  const rows = [];
  const expected = [];
  tasks.forEach((t0, i) => {
    const half = i < tasks.length / 2 ? 0 : cats.length - 1;
    const category = subRows ? cats[half] : catMode === 'none' ? null : cats[half];
    // (Every third row's co-operating units left as a mark of none.)
    const t = emptyCo && i % 3 === 1 ? { ...t0, co: [] } : t0;
    if (subRows && (i === 0 || category !== expected[i - 1].category)) {
      const parent = head.map(() => '');
      parent[0] = String(half + 1);
      parent[head.indexOf(titleHead)] = category;
      rows.push({ cells: parent });
    }
    if (catMode === 'headings' && (i === 0 || category !== expected[i - 1].category)) rows.push({ heading: `${CN[cats.indexOf(category)]}、${category}`, ...(acrossHeadings ? { across: [CN[cats.indexOf(category)], category] } : {}) });
    const lead = t.lead.join(join);
    const co = emptyCo && i % 3 === 1 ? (roleCell === 'none' ? pick(['—', '/', '无']) : '') : t.co.join(join);
    const inCell = {
      labels: `牵头单位：${lead}${co === '' ? '' : `；配合单位：${co}`}`,
      'lead-bracket': `${lead}（牵头）${co === '' ? '' : `${join}${co}`}`,
      'role-words': `${lead}牵头${co === '' ? '' : `，${co}配合`}`,
      'lead-mark': `★${lead}${co === '' ? '' : `${join}${co}`}`,
    };
    const units = roleCell !== 'none' ? [inCell[roleCell]] : mode === 'lead-co' ? [lead, co] : [[...t.lead, ...t.co, ...t.responsible].join(join)];
    const cells = [];
    // (Below a parent row, numbered from 1 again after the parent's number.)
    const firstOfHalf = subRows ? tasks.findIndex((_, k) => (k < tasks.length / 2 ? 0 : cats.length - 1) === half) : 0;
    if (withId) cells.push(subRows ? `${half + 1}.${i - firstOfHalf + 1}` : String(i + 1));
    const sameCategory = i > 0 && category === expected[i - 1].category;
    if (catMode === 'column' && !(merged && sameCategory)) cells.push(sameCategory ? '' : category);
    // (A lead merged with the row above is left out: that row's lead holds for this one.)
    const sameLead = merged && shape === 'tab-row' && mode === 'lead-co' && i > 0 && t.lead.join() === tasks[i - 1].lead.join();
    const leadCell = sameLead ? [] : [units[0]];
    const titleCell = fullStop ? `${t.title}。` : t.title;
    if (mode !== 'lead-co') cells.push(titleCell, ...units);
    else if (roleCell !== 'none') cells.push(titleCell, units[0]);
    else if (leadFirst) cells.push(...leadCell, titleCell, units[1]);
    else cells.push(titleCell, ...leadCell, units[1]);
    if (extra === 'leader') cells.splice(cells.indexOf(titleCell) + 1, 0, pick(PEOPLE));
    if (extra === 'measures') {
      const sentences = [...MEASURES].sort(() => random() - 0.5).slice(0, paragraphs);
      cells.splice(cells.indexOf(titleCell) + 1, 0, sentences.map((m, k) => (numberedMeasures && paragraphs > 1 ? `${k + 1}.${m}` : m)).join('\n'));
    }
    if (extra.startsWith('deadline')) cells.push(pick(DEADLINES));
    if (extra.endsWith('remark')) cells.push('');
    const wrapped = wrapRows ? wrapRow(cells, cells.indexOf(titleCell), random) : undefined;
    rows.push(wrapped === undefined ? { cells } : { cells: wrapped.cells, next: wrapped.next });
    const all = [...t.lead, ...t.co, ...t.responsible];
    const reading =
      mode === 'lead-co'
        ? { lead: t.lead, co: t.co, responsible: [] }
        : mode === 'one'
          ? { lead: [], co: [], responsible: all }
          : { lead: all.slice(0, 1), co: all.slice(1), responsible: [] };
    // (Run together with no 。 after the title, where a title ends and its requirements begin cannot be
    // told from the text: the task is found by the start of its title.)
    const untold = runTogether && extra === 'measures' && !fullStop;
    expected.push({ title: t.title, category, ...reading, ...(untold ? { titleIsPrefix: true } : {}), ...(subRows ? { id: `${half + 1}.${i - firstOfHalf + 1}` } : {}) });
  });
  const preamble = ['附件', '重点任务责任分工表', ...(mode === 'one-first-rule' ? ['（列第一位者为牵头单位）'] : [])];
  let body = render(shape, head, rows);
  if (shared) body = sharedPage(body[0]);
  // What pages print after a table: a note on it, a contact, the issuer and date, a copy line.
  const footer = runTogether ? [] : random() < 0.3 ? [...FOOTERS].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3)) : [];
  const text = [...preamble, ...body, ...footer].join('\n');
  const dims = { shape, merged, mode, roleCell, footer: footer.length, withId, catMode, ...(catMode === 'headings' && acrossHeadings ? { acrossHeadings } : {}), extra, ...(extra === 'measures' ? { paragraphs, numberedMeasures } : {}), leadFirst, join, ...(wrapRows ? { wrapRows } : {}), ...(subRows ? { subRows } : {}), ...(emptyCo ? { emptyCo } : {}), titleHead, unitHeads: unitHeads.join('/'), ...(runTogether ? { fullStop, shared } : {}) };
  return { text, expected, dims };
}

/**
 * A run-together table as a document-sharing site prints it: the file's name, the site's notice, and the
 * text cut into pages numbered `1、` `2、` at arbitrary points (inside a name too, as those pages do).
 */
function sharedPage(text) {
  const name = '重点任务责任分工表.docx';
  const pages = [];
  const size = 120 + Math.floor(random() * 200);
  for (let at = 0; at < text.length; at += size) pages.push(`${pages.length + 1}、${text.slice(at, at + size)}`);
  return [name, `《${name}》由会员分享,可在线阅读,更多相关《${name}(3页珍藏版)》请在某某文库上搜索。`, ...pages];
}

score(CASES, makeCase, SHOW);

/**
 * A space-separated row with a cell wrapped (see `wrapRows`): the last units cell listing two names or
 * more is cut after its first 、, or inside its second name with the task's text cut in its middle
 * (only where the task's text is the row's longest cell, as the reader assumes). The row's cells and the
 * next line's words, or undefined when the row has no such cell.
 */
function wrapRow(cells, titleAt, random) {
  const at = cells.map((c, i) => (i !== titleAt && c.split('、').length >= 2 ? i : -1)).filter((i) => i >= 0).pop();
  if (at === undefined) return undefined;
  const names = cells[at].split('、');
  const title = cells[titleAt];
  const inName = random() < 0.5 && title.length >= 6 && cells.every((c, i) => i === titleAt || c.length < title.length) && names[1].length >= 3;
  const out = [...cells];
  if (!inName) {
    out[at] = `${names[0]}、`;
    return { cells: out, next: [names.slice(1).join('、')] };
  }
  const mid = Math.floor(title.length / 2);
  out[titleAt] = title.slice(0, mid);
  out[at] = `${names[0]}、${names[1].slice(0, 1)}`;
  return { cells: out, next: [title.slice(mid), [names[1].slice(1), ...names.slice(2)].join('、')] };
}
