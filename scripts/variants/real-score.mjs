// Scoring a reading of a real document against its hand-written expected.json (the rules:
// test/fixtures/real/CONVENTIONS.md), shared by scripts/corpus.mjs and scripts/noise-variants.mjs.
import { parseTable, parseTaskNumber, OFFICIAL_LABELS } from '@fengong/core';

/** Title key: letters only (no spaces, punctuation or brackets), for matching a read task to an expected one. */
export const key = (t) => String(t ?? '').replace(/[\s\p{P}\p{S}]/gu, '');
function titlesMatch(a, b) {
  const x = key(a);
  const y = key(b);
  if (x === '' || y === '') return x === y;
  const n = Math.min(x.length, y.length, 12);
  return x.slice(0, n) === y.slice(0, n);
}
const sorted = (list) => [...list].sort();
export const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** What a read task says, in the terms of expected.json. */
function reading(t) {
  const names = (role) => t.units.filter((u) => u.role === role).map((u) => u.name);
  const officials = Object.entries(t.extra)
    .filter(([label]) => OFFICIAL_LABELS.includes(label))
    .flatMap(([, v]) => v.split(/[、，,]/u).map((s) => s.trim()).filter((s) => s !== ''));
  const own = t.marker === undefined ? t.id : t.marker === null ? null : String(parseTaskNumber(t.marker) ?? t.marker);
  return { id: own, title: t.title, category: t.category, lead: names('lead'), co: names('co'), responsible: names('responsible'), officials };
}

const matches = (e, g) => (e.id === null || e.id === undefined || g.id === null || String(e.id) === String(g.id)) && titlesMatch(e.title, g.title);

/** Longest common subsequence of expected and read tasks under `matches`: the pairs aligned. */
function align(expected, got) {
  const m = expected.length;
  const n = got.length;
  const dp = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = m - 1; i >= 0; i -= 1) {
    for (let j = n - 1; j >= 0; j -= 1) {
      dp[i][j] = matches(expected[i], got[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (matches(expected[i], got[j]) && dp[i][j] === dp[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (dp[i + 1][j] >= dp[i][j + 1]) i += 1;
    else j += 1;
  }
  return pairs;
}

/**
 * `text` read by `parseTable` with no options and compared with `expected` (an expected.json):
 * the expected tasks aligned with the read ones by number and title start, which of them are
 * exact (lead, co-operating and responsible units), full (and title, category, officials),
 * the spurious and the missed tasks, or the rejection's message.
 */
export function scoreText(expected, text, file) {
  let got = [];
  let rejected = null;
  try {
    got = parseTable(text, { file }).tasks.map(reading);
  } catch (error) {
    rejected = String(error.message).split('\n').slice(0, 2).join(' ');
  }
  const want = expected.tasks;
  const pairs = align(want, got);
  let exact = 0;
  let full = 0;
  const exactAt = new Set();
  const wrong = [];
  for (const [i, j] of pairs) {
    const e = want[i];
    const g = got[j];
    const units = same(e.lead, g.lead) && same(e.co, g.co) && same(e.responsible, g.responsible);
    if (units) {
      exact += 1;
      exactAt.add(i);
    } else wrong.push({ index: i, expected: e, got: g });
    const titleOk = e.titleIsPrefix === true ? key(g.title).startsWith(key(e.title)) : key(g.title) === key(e.title);
    if (units && titleOk && (e.category ?? null) === (g.category ?? null) && same(e.officials ?? [], g.officials)) full += 1;
  }
  const matched = new Set(pairs.map(([, j]) => j));
  const spurious = got.filter((_, j) => !matched.has(j));
  const missed = want.filter((_, i) => !pairs.some(([k]) => k === i));
  return { tasks: want.length, exact, full, exactAt, spurious: spurious.length, whole: exact === want.length && spurious.length === 0, rejected, wrong, missed, spuriousTasks: spurious };
}
