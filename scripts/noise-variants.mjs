#!/usr/bin/env node
// Metamorphic test of the reader on the tuning split's own texts: each real source.txt changed in a
// way that must not change its reading — the page around it (site chrome above and below),
// indentation, blank lines added or removed, CRLF, trailing blanks, non-breaking spaces, long
// lines hard-wrapped as text copied from a page or a PDF is, brackets and punctuation in the other
// width — and read back. Counted: of the tasks read exactly from the text as it is, how many are
// still read exactly; how many spurious tasks and rejected documents the change adds. No document
// here is new; what fails is a rule that holds only for the texts as they happened to be stored.
// Usage: node scripts/noise-variants.mjs [--only NAME] [--show K] (after `tsc -b packages/core`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { arg } from './variants/shared.mjs';
import { scoreText } from './variants/real-score.mjs';

const SHOW = arg('--show', 0);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const root = fileURLToPath(new URL('../test/fixtures/real/', import.meta.url));

// What a government site prints around a document (a stored page keeps some of it).
const HEAD = ['首页 > 政务公开 > 政策文件', '【字体：大 中 小】 【打印】 【关闭】', '发布时间：2023-04-12 09:30:12  来源：本站  浏览次数：1024', ''];
const TAIL = ['', '扫一扫在手机打开当前页', '【打印本页】 【关闭窗口】', '网站标识码：3400000000  ICP备05001234号'];
const HALF = { '（': '(', '）': ')', '：': ':', '；': ';', '，': ',' };
const FULL = { '(': '（', ')': '）', ':': '：', ';': '；', ',': '，' };
const swap = (map) => (s) => s.replace(/./gsu, (c) => map[c] ?? c);
const eachLine = (f) => (text) => text.split('\n').map(f).join('\n');
/** Every line longer than `width` characters broken at that width, as a PDF's or a narrow page's text is copied. */
const wrap = (width) => eachLine((line) => (line.length <= width || /[|\t]/u.test(line) ? line : line.match(new RegExp(`.{1,${width}}`, 'gsu')).join('\n')));
/** Display columns of a character: two for CJK and full-width ones, one for others (as a PDF's column holds them). */
const columns = (ch) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1);
/** Lines broken where the next character would pass `width` columns, as text copied from a PDF is. */
const wrapColumns = (width) =>
  eachLine((line) => {
    if (/[|\t]/u.test(line)) return line;
    const out = [];
    let cur = '';
    let w = 0;
    for (const ch of line) {
      const c = columns(ch);
      if (w + c > width && cur !== '') {
        out.push(cur);
        cur = '';
        w = 0;
      }
      cur += ch;
      w += c;
    }
    out.push(cur);
    return out.join('\n');
  });

/** Each change: how it changes the text, and the names of the reading with it (brackets' width). */
const NOISE = {
  chrome: { text: (t) => [...HEAD, t, ...TAIL].join('\n') },
  indent: { text: eachLine((l) => (l.trim() === '' ? l : `\u3000\u3000${l}`)) },
  'blank-lines': { text: (t) => t.replace(/\n/gu, '\n\n') },
  'no-blank-lines': { text: (t) => t.replace(/\n[ \t\u3000]*(?=\n)/gu, '') },
  crlf: { text: (t) => t.replace(/\n/gu, '\r\n') },
  trailing: { text: eachLine((l) => `${l} \t`) },
  nbsp: { text: (t) => t.replace(/ /gu, '\u00a0') },
  'wrap-29': { text: wrap(29) },
  'wrap-38': { text: wrap(38) },
  'wrap-47': { text: wrap(47) },
  'wrap-60-columns': { text: wrapColumns(60) },
  'wrap-84-columns': { text: wrapColumns(84) },
  'half-width': { text: swap(HALF), names: swap(HALF) },
  'full-width': { text: swap(FULL), names: swap(FULL) },
};

const docs = readdirSync(root)
  .sort()
  .filter((slug) => existsSync(`${root}${slug}/expected.json`) && existsSync(`${root}${slug}/source.txt`))
  .map((slug) => ({ slug, expected: JSON.parse(readFileSync(`${root}${slug}/expected.json`, 'utf8')), text: readFileSync(`${root}${slug}/source.txt`, 'utf8') }))
  .filter((d) => (d.expected.split ?? 'tune') === 'tune');

const withNames = (expected, f) => ({
  ...expected,
  tasks: expected.tasks.map((t) => ({ ...t, lead: t.lead.map(f), co: t.co.map(f), responsible: t.responsible.map(f) })),
});

const base = docs.map((d) => scoreText(d.expected, d.text, `${d.slug}/source.txt`));
const baseExact = base.reduce((s, r) => s + r.exact, 0);
console.log(`${docs.length} tuning documents, ${baseExact} tasks read exactly as they are`);
let keptAll = 0;
let countAll = 0;
for (const [name, noise] of Object.entries(NOISE)) {
  if (only !== undefined && name !== only) continue;
  let kept = 0;
  let spurious = 0;
  let rejected = 0;
  const failures = [];
  docs.forEach((d, k) => {
    const expected = noise.names ? withNames(d.expected, noise.names) : d.expected;
    const r = scoreText(expected, noise.text(d.text), `${d.slug}/source.txt`);
    const b = base[k];
    const still = [...b.exactAt].filter((i) => r.exactAt.has(i)).length;
    kept += still;
    spurious += Math.max(0, r.spurious - b.spurious);
    if (r.rejected !== null && b.rejected === null) rejected += 1;
    if (still < b.exact || r.spurious > b.spurious || (r.rejected !== null && b.rejected === null)) failures.push({ slug: d.slug, b, r, still });
  });
  keptAll += kept;
  countAll += baseExact;
  console.log(`  ${name}: ${kept}/${baseExact} still exact (${((100 * kept) / baseExact).toFixed(1)}%), +${spurious} spurious, +${rejected} rejected, ${failures.length} documents changed`);
  for (const f of failures.slice(0, SHOW)) {
    console.log(`    == ${f.slug}: ${f.still}/${f.b.exact} still exact, spurious ${f.b.spurious} → ${f.r.spurious}${f.r.rejected ? `, REJECTED ${f.r.rejected}` : ''}`);
    for (const w of f.r.wrong.filter((x) => f.b.exactAt.has(x.index))) console.log('      wrong', JSON.stringify({ title: w.expected.title.slice(0, 20), want: [w.expected.lead, w.expected.co, w.expected.responsible], got: [w.got.lead, w.got.co, w.got.responsible] }));
    for (const m of f.r.missed) console.log('      missed', JSON.stringify({ id: m.id, title: m.title.slice(0, 24) }));
    for (const s of f.r.spuriousTasks.slice(0, 3)) console.log('      spurious', JSON.stringify({ title: s.title.slice(0, 24), units: [s.lead, s.co, s.responsible] }));
  }
}
if (only === undefined) console.log(`all changes: ${keptAll}/${countAll} still exact (${((100 * keptAll) / countAll).toFixed(1)}%)`);
