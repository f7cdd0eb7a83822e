// What the metamorphic tests of the reader share (scripts/layout-variants.mjs for tables,
// scripts/prose-variants.mjs for prose): a seeded generator, the pool of the tuning split's tasks
// (real titles, real unit names) and the scoring of generated documents read back by parseTable.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTable } from '@fengong/core';

/** A number-valued command-line option (`--cases 400`), or the fallback. */
export const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

/** mulberry32: a small seeded generator, so that every run writes the same documents. */
export function seeded(start) {
  let seed = start >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  return { random, pick };
}

/** A category that is a body's name alone (省财政厅, 省直机关工委, 县发改委牵头的工作). */
const UNIT_HEADING = /^[^，,、；;。]{1,18}(委|局|厅|办|部|政府|中心|公司|集团|院|会|处|室|署|所|站|队|社|馆|联|工委|职责范围|牵头的工作|负责的工作)$/u;

/**
 * The pool: tasks of the tuning split whose title and units can stand in a table cell or a
 * sentence, and the categories short enough for a heading.
 */
export function loadPool() {
  const root = fileURLToPath(new URL('../../test/fixtures/real/', import.meta.url));
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
      // (Not a heading that is a unit's name, 省财政厅: under the conventions its items are that unit's work.)
      if (t.category && t.category.length <= 20 && !/[|\n（）()]/u.test(t.category) && !UNIT_HEADING.test(t.category)) categories.push(t.category);
    }
  }
  return { pool, categories };
}

const sorted = (l) => [...l].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const key = (t) => String(t ?? '').replace(/[\s\p{P}\p{S}]/gu, '');
/** The task read for an expected one: the same title, or one starting with it (`titleIsPrefix`). */
const find = (got, e) => got.find((x) => (e.titleIsPrefix ? key(x.title).startsWith(key(e.title)) : key(x.title) === key(e.title)));

/**
 * Generates `cases` documents with `makeCase()` (→ { text, expected, dims }), reads each back and
 * prints the share of tasks read exactly (units by role and category; the task found by its
 * title), spurious tasks, and the dimensions of the documents not read whole; `show` failures in
 * full. Returns the totals.
 */
export function score(cases, makeCase, show, noun = 'tables') {
  let exactTasks = 0;
  let allTasks = 0;
  let spurious = 0;
  const byDim = new Map();
  const failures = [];
  for (let c = 0; c < cases; c += 1) {
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
      const g = find(got, e);
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
  console.log(`${cases} ${noun}, ${allTasks} tasks: ${exactTasks} exact (${pct(exactTasks, allTasks)}), ${spurious} spurious, ${cases - failures.length} ${noun} whole (${pct(cases - failures.length, cases)})`);
  const rows = [...byDim.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [k, s] of rows) if (s.ok < s.cases) console.log(`  ${k}: ${s.ok}/${s.cases} whole (${pct(s.ok, s.cases)})`);
  // `--only shape=run-together` shows only the failures with that dimension.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const shown = only === null ? failures : failures.filter((f) => Object.entries(f.dims).some(([d, v]) => `${d}=${v}` === only));
  for (const f of shown.slice(0, show)) {
    console.log(`\n== case ${f.c} ${JSON.stringify(f.dims)}${f.error ? ` ERROR ${f.error}` : ''}`);
    console.log(f.text);
    // Only the tasks read wrong, each beside its expected reading, and the tasks none expected.
    const want = (e) => [e.category, ...e.lead.map((n) => `${n}:lead`), ...e.co.map((n) => `${n}:co`), ...e.responsible.map((n) => `${n}:responsible`)];
    for (const e of f.expected) {
      const g = find(f.got, e);
      const have = g ? [g.category, ...g.units] : null;
      if (have && same(have.map(String), want(e).map(String))) continue;
      console.log(`-- ${e.title.slice(0, 16)}\n   expected ${JSON.stringify(want(e))}\n   got      ${have ? JSON.stringify(have) : 'no such task'}`);
    }
    for (const g of f.got) if (!f.expected.some((e) => find([g], e))) console.log(`-- spurious ${JSON.stringify(g)}`);
  }
  return { cases, allTasks, exactTasks, spurious, whole: cases - failures.length };
}
