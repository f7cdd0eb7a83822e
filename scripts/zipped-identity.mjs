#!/usr/bin/env node
// Check: a change to the zipped readers (.docx, .odt, .ods) leaves `fengong parse -f json` the
// same, byte for byte, on every such file among the test fixtures, on the growth benchmark's
// generated ones and on seeded mutants of the fixtures' main XML part (word/document.xml,
// content.xml: cut, doubled and inserted pieces, as the structure fuzz makes). Run with --save
// before the change, build the change, then with --check: it prints each case whose stdout,
// stderr or exit code differs and exits 1 when one does. Uses the built CLI.
//
//   node scripts/zipped-identity.mjs --save /tmp/before.json [--mutants 600] [--formats docx,odt,ods]
//   node scripts/zipped-identity.mjs --check /tmp/before.json [--mutants 600] [--formats docx,odt,ods]
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { main } from '../packages/cli/dist/main.js';
import { makers } from './growth/scale-formats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? undefined : argv[i + 1];
};
const save = option('save');
const check = option('check');
const mutants = Number(option('mutants') ?? 600);
const formats = (option('formats') ?? 'docx,odt,ods').split(',');
if ((save === undefined) === (check === undefined)) {
  console.error('usage: zipped-identity.mjs --save FILE | --check FILE [--mutants N] [--formats docx,odt,ods]');
  process.exit(2);
}

const fixtures = join(root, 'test/fixtures');
/** The main XML part of each format. */
const PART = { docx: 'word/document.xml', odt: 'content.xml', ods: 'content.xml' };
const zipFixtures = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((f) => formats.some((format) => f.endsWith(`.${format}`)))
  .sort();

/** Pieces inserted by the mutants: the structure fuzz's, for Word and OpenDocument. */
const PIECES = ['<', '>', '/>', '</w:tc>', '<w:tc>', '</w:tr>', '<w:tr>', '<w:tbl>', '</w:tbl>', '<w:p>', '</w:p>', '<w:gridSpan w:val="3"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>',
  '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', '<!DOCTYPE d [<!ENTITY a "哈哈">]>', '&a;', '&amp;', '&#0;', '&#xFFFF;', '<![CDATA[', ']]>', '<!--', '-->', '<?pi x?>',
  '序号', '重点任务', '牵头单位', '续表', '省发改委、', '（', '\u0000', '\t', '\n', '"', "'", '<w:t xml:space="preserve">', '</w:t>',
  '<table:table-row>', '</table:table-row>', '<table:table-cell>', '</table:table-cell>', '<table:covered-table-cell/>', '<text:p>', '</text:p>', '<text:s text:c="3"/>',
  '<table:table-cell table:number-columns-repeated="3">', '<table:table-cell table:number-rows-spanned="2">', '<table:table-row table:number-rows-repeated="4">', '<table:table>', '</table:table>'];

/** Seeded mutants of one fixture: 1–4 edits of its main XML part. */
function* mutantsOf(bytes, part, count, seed) {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const entries = unzipSync(bytes);
  const xml = strFromU8(entries[part]);
  for (let n = 0; n < count; n += 1) {
    let out = xml;
    const edits = 1 + Math.floor(random() * 4);
    for (let e = 0; e < edits; e += 1) {
      const i = Math.floor(random() * out.length);
      const length = 1 + Math.floor(random() * 400);
      const kind = random();
      if (kind < 0.3) out = out.slice(0, i) + out.slice(i + length);
      else if (kind < 0.45) out = out.slice(0, i + length) + out.slice(i, i + length) + out.slice(i + length);
      else if (kind < 0.95) out = out.slice(0, i) + PIECES[Math.floor(random() * PIECES.length)] + out.slice(i);
      else out = out.slice(0, i);
    }
    yield zipSync({ ...entries, [part]: strToU8(out) }, { level: 0 });
  }
}

/** `fengong parse FILE -f json` in this process: a hash of its exit code, stdout and stderr. */
async function outcome(path) {
  let out = '';
  let err = '';
  const output = { out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`), err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`), write: (t) => void (out += t) };
  const code = await main(['parse', path, '-f', 'json'], output);
  // The temporary directory's name differs between runs: the same placeholder for it each time.
  const stable = (text) => text.replaceAll(dir, '<dir>');
  const hash = createHash('sha256').update(`${code}\0${stable(out)}\0${stable(err)}`).digest('hex');
  return { code, hash, err: stable(err).split('\n').slice(0, 2).join(' ').slice(0, 240) };
}

const dir = mkdtempSync(join(tmpdir(), 'fengong-zipped-identity-'));
const results = {};
try {
  for (const f of zipFixtures) results[`fixture ${f}`] = await outcome(join(fixtures, f));
  for (const format of formats) {
    for (const k of [1, 10, 100]) {
      const path = join(dir, `scaled-${k}.${format}`);
      writeFileSync(path, makers[format](k));
      results[`scaled ${format} ×${k}`] = await outcome(path);
    }
  }
  const perFixture = Math.ceil(mutants / zipFixtures.length);
  for (const [i, f] of zipFixtures.entries()) {
    let n = 0;
    const format = f.slice(f.lastIndexOf('.') + 1);
    for (const bytes of mutantsOf(readFileSync(join(fixtures, f)), PART[format], perFixture, 1000 + i)) {
      const path = join(dir, `mutant.${format}`);
      writeFileSync(path, bytes);
      results[`mutant ${f} #${n}`] = await outcome(path);
      n += 1;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const codes = Object.values(results).reduce((m, r) => ({ ...m, [r.code]: (m[r.code] ?? 0) + 1 }), {});
if (save !== undefined) {
  writeFileSync(save, JSON.stringify(results, null, 1));
  console.log(`${Object.keys(results).length} cases saved to ${save} (exit codes ${JSON.stringify(codes)})`);
} else {
  const before = JSON.parse(readFileSync(check, 'utf8'));
  const differ = Object.keys(before).filter((k) => results[k]?.hash !== before[k].hash);
  for (const k of differ) console.log(`${k}: before exit ${before[k].code} “${before[k].err}”, now exit ${results[k]?.code} “${results[k]?.err}”`);
  console.log(`${Object.keys(before).length - differ.length} of ${Object.keys(before).length} cases identical (exit codes now ${JSON.stringify(codes)})`);
  process.exitCode = differ.length === 0 ? 0 : 1;
}
