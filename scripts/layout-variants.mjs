#!/usr/bin/env node
// Metamorphic test of the reader: the tasks of the tuning split (real titles, real unit names) are
// written out again as tables in the many shapes real plans are published in — other header words,
// columns in another order, no 序号, extra columns (完成时限, 责任领导, 备注), categories as a
// column or as heading rows, one cell per line, `|` cells, spaces or tabs between cells — and read
// back. A reader that only knows the shapes it was tuned on fails here, though no document is new.
// Usage: node scripts/layout-variants.mjs [--cases N] [--seed S] [--show K] (after `tsc -b packages/core`).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTable } from '@fengong/core';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const CASES = arg('--cases', 400);
const SHOW = arg('--show', 0);
let seed = arg('--seed', 1) >>> 0;
/** mulberry32: a small seeded generator, so that every run writes the same tables. */
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

// The pool: tasks of the tuning split whose title and units can stand in a table cell.
const root = fileURLToPath(new URL('../test/fixtures/real/', import.meta.url));
const pool = [];
const categories = [];
for (const slug of readdirSync(root).sort()) {
  const file = `${root}${slug}/expected.json`;
  if (!existsSync(file)) continue;
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (doc.split !== 'tune') continue;
  for (const t of doc.tasks) {
    const title = String(t.title ?? '');
    const names = [...t.lead, ...t.co, ...t.responsible];
    if (title.length < 4 || title.length > 60 || /[|\n\t（）()【】〔〕]|牵头|配合|负责|^\d/u.test(title)) continue;
    if (names.length === 0 || names.some((n) => /[\s|]/u.test(n))) continue;
    if (t.lead.length > 1) continue;
    pool.push({ slug, title, lead: t.lead, co: t.co, responsible: t.responsible });
    if (t.category && t.category.length <= 20 && !/[|\n（）()]/u.test(t.category)) categories.push(t.category);
  }
}

const TITLE_HEADS = ['重点任务', '工作任务', '任务内容', '主要任务', '具体任务', '目标任务', '工作内容', '项目名称', '重点工作', '工作措施', '任务名称'];
const LEAD_HEADS = ['牵头单位', '牵头部门', '牵头责任单位', '主责单位', '牵头负责单位', '责任单位（牵头）'];
const CO_HEADS = ['配合单位', '配合部门', '协办单位', '参与单位', '责任单位', '协同单位', '配合责任单位'];
const ONE_HEADS = ['责任单位', '责任部门', '主要责任单位', '承办单位', '责任主体'];
const ID_HEADS = ['序号', '编号'];
const CAT_HEADS = ['类别', '领域', '工作类别', '任务类别'];
const DEADLINES = ['2025年底前', '6月底前', '长期坚持', '持续推进', '2024年12月', '年底前完成'];
const PEOPLE = ['王建国', '李明', '张红梅', '刘志强', '陈静', '杨帆'];
const CN = '一二三四五六七八九十';

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
  const withId = random() < 0.8;
  const catMode = pick(['none', 'column', 'headings']);
  const cats = [pick(categories), pick(categories)].filter((c, i, a) => a.indexOf(c) === i);
  const extra = pick(['none', 'none', 'deadline', 'leader', 'remark', 'deadline+remark']);
  const leadFirst = mode === 'lead-co' && random() < 0.15;
  const join = random() < 0.85 ? '、' : '，';
  const head = [];
  if (withId) head.push(pick(ID_HEADS));
  if (catMode === 'column') head.push(pick(CAT_HEADS));
  const titleHead = pick(TITLE_HEADS);
  const leadHead = pick(LEAD_HEADS);
  const coHead = pick(CO_HEADS);
  const oneHead = pick(ONE_HEADS);
  const unitHeads = mode === 'lead-co' ? [leadHead, coHead] : [oneHead];
  if (leadFirst) head.push(leadHead, titleHead, coHead);
  else head.push(titleHead, ...unitHeads);
  if (extra === 'leader') head.splice(head.indexOf(titleHead) + 1, 0, '责任领导');
  if (extra.startsWith('deadline')) head.push(pick(['完成时限', '时限要求', '完成时间']));
  if (extra.endsWith('remark')) head.push('备注');
  const rows = [];
  const expected = [];
  tasks.forEach((t, i) => {
    const category = catMode === 'none' ? null : cats[i < tasks.length / 2 ? 0 : cats.length - 1];
    if (catMode === 'headings' && (i === 0 || category !== expected[i - 1].category)) rows.push({ heading: `${CN[cats.indexOf(category)]}、${category}` });
    const units = mode === 'lead-co' ? [t.lead.join(join), t.co.join(join)] : [[...t.lead, ...t.co, ...t.responsible].join(join)];
    const cells = [];
    if (withId) cells.push(String(i + 1));
    if (catMode === 'column') cells.push(i > 0 && category === expected[i - 1].category ? '' : category);
    if (leadFirst) cells.push(units[0], t.title, units[1]);
    else cells.push(t.title, ...units);
    if (extra === 'leader') cells.splice(cells.indexOf(t.title) + 1, 0, pick(PEOPLE));
    if (extra.startsWith('deadline')) cells.push(pick(DEADLINES));
    if (extra.endsWith('remark')) cells.push('');
    rows.push({ cells });
    const all = [...t.lead, ...t.co, ...t.responsible];
    const reading =
      mode === 'lead-co'
        ? { lead: t.lead, co: t.co, responsible: [] }
        : mode === 'one'
          ? { lead: [], co: [], responsible: all }
          : { lead: all.slice(0, 1), co: all.slice(1), responsible: [] };
    expected.push({ title: t.title, category, ...reading });
  });
  const shape = pick(['cell-per-line', 'cell-pipe', 'space-row', 'pipe-row', 'tab-row']);
  const preamble = ['附件', '重点任务责任分工表', ...(mode === 'one-first-rule' ? ['（列第一位者为牵头单位）'] : [])];
  const text = [...preamble, ...render(shape, head, rows)].join('\n');
  const dims = { shape, mode, withId, catMode, extra, leadFirst, join, titleHead, unitHeads: unitHeads.join('/') };
  return { text, expected, dims };
}

function render(shape, head, rows) {
  const lines = [];
  const row = (cells) => {
    if (shape === 'cell-per-line') lines.push(...cells.map((c) => c));
    // (Pages give an empty cell no line of its own: a lone `|` line is a separator there.)
    else if (shape === 'cell-pipe') lines.push(...cells.filter((c) => c !== '').map((c) => `${c} |`));
    else if (shape === 'space-row') lines.push(cells.map((c) => (c === '' ? '　' : c)).join(' '));
    else if (shape === 'pipe-row') lines.push(`| ${cells.join(' | ')} |`);
    else lines.push(cells.join('\t'));
  };
  row(head);
  for (const r of rows) {
    if (r.heading !== undefined) {
      if (shape === 'pipe-row') lines.push(`| ${r.heading} |`);
      else if (shape === 'cell-pipe') lines.push(`${r.heading} |`);
      else lines.push(r.heading);
    } else row(r.cells);
  }
  return lines;
}

const sorted = (l) => [...l].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const key = (t) => String(t ?? '').replace(/[\s\p{P}\p{S}]/gu, '');

let exactTasks = 0;
let allTasks = 0;
let spurious = 0;
const byDim = new Map();
const failures = [];
for (let c = 0; c < CASES; c += 1) {
  const { text, expected, dims } = makeCase();
  let got = [];
  let error = null;
  try {
    got = parseTable(text, { file: `case-${c}.txt` }).tasks;
  } catch (e) {
    error = String(e.message).split('\n')[0];
  }
  let exact = 0;
  for (const e of expected) {
    const g = got.find((x) => key(x.title) === key(e.title));
    const names = (role) => (g ? g.units.filter((u) => u.role === role).map((u) => u.name) : null);
    if (g && same(names('lead'), e.lead) && same(names('co'), e.co) && same(names('responsible'), e.responsible) && (g.category ?? null) === (e.category ?? null)) exact += 1;
  }
  const extraTasks = Math.max(0, got.length - expected.length);
  exactTasks += exact;
  allTasks += expected.length;
  spurious += extraTasks;
  const ok = exact === expected.length && extraTasks === 0;
  for (const [d, v] of Object.entries(dims)) {
    const k = `${d}=${v}`;
    const s = byDim.get(k) ?? { cases: 0, ok: 0 };
    s.cases += 1;
    if (ok) s.ok += 1;
    byDim.set(k, s);
  }
  if (!ok) failures.push({ c, dims, error, text, expected, got: got.map((g) => ({ title: g.title, category: g.category, units: g.units.map((u) => `${u.name}:${u.role}`) })) });
}

const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`${CASES} tables, ${allTasks} tasks: ${exactTasks} exact (${pct(exactTasks, allTasks)}), ${spurious} spurious, ${CASES - failures.length} tables whole (${pct(CASES - failures.length, CASES)})`);
const rows = [...byDim.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
for (const [k, s] of rows) if (s.ok < s.cases) console.log(`  ${k}: ${s.ok}/${s.cases} whole (${pct(s.ok, s.cases)})`);
for (const f of failures.slice(0, SHOW)) {
  console.log(`\n== case ${f.c} ${JSON.stringify(f.dims)}${f.error ? ` ERROR ${f.error}` : ''}`);
  console.log(f.text);
  // Only the tasks read wrong, each beside its expected reading, and the tasks no row expected.
  const want = (e) => [e.category, ...e.lead.map((n) => `${n}:lead`), ...e.co.map((n) => `${n}:co`), ...e.responsible.map((n) => `${n}:responsible`)];
  for (const e of f.expected) {
    const g = f.got.find((x) => key(x.title) === key(e.title));
    const have = g ? [g.category, ...g.units] : null;
    if (have && same(have.map(String), want(e).map(String))) continue;
    console.log(`-- ${e.title.slice(0, 16)}\n   expected ${JSON.stringify(want(e))}\n   got      ${have ? JSON.stringify(have) : 'no such task'}`);
  }
  for (const g of f.got) if (!f.expected.some((e) => key(e.title) === key(g.title))) console.log(`-- spurious ${JSON.stringify(g)}`);
}
