#!/usr/bin/env node
// Makes the file-format fixtures in test/fixtures/formats/ with real office software: for each
// document below, an HTML page (the source), converted by LibreOffice headless (Debian's
// libreoffice-writer-nogui and libreoffice-calc-nogui) into .docx, .doc, .odt, .rtf, .pdf and
// LibreOffice's own .html — and, for tables, .xlsx, .xls and .ods. Also written: the text version
// the readings are compared with (`text.txt`), the page in GB18030 (`page.gbk.html`, as many
// government sites serve it) and as a browser saves it (`page.mht`, MIME with quoted-printable,
// which LibreOffice cannot write). Rerun after changing a document; commit what it writes.
//
//   node scripts/make-format-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test/fixtures/formats');
const real = (slug) => join(root, 'test/fixtures/real', slug);
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rows of a Word table pasted as text (tab-indented cells, blank lines between rows), and the lines around it. */
function scanWordTable(text) {
  const before = [];
  const rows = [];
  const after = [];
  let row = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) {
      if (row === null) rows.push((row = []));
      row.push(line.trim());
    } else {
      row = null;
      if (line.trim() !== '') (rows.length === 0 ? before : after).push(line.trim());
    }
  }
  return { before, rows, after };
}

/** A table from a corpus document's hand-written reading: 序号 / 类别 / 重点任务 / 牵头单位 / 配合单位. */
function tableFromExpected(slug, title) {
  const { tasks } = JSON.parse(readFileSync(join(real(slug), 'expected.json'), 'utf8'));
  const hasCategory = tasks.some((t) => t.category !== null);
  const header = ['序号', ...(hasCategory ? ['类别'] : []), '重点任务', '牵头单位', '配合单位'];
  let previous;
  const rows = tasks.map((t, i) => {
    const category = t.category === previous ? '' : (t.category ?? '');
    previous = t.category;
    const lead = [...t.lead, ...t.responsible].join('、');
    return [String(i + 1), ...(hasCategory ? [category] : []), t.title, lead, t.co.join('、')];
  });
  return { before: [title], rows: [header, ...rows], after: [] };
}

/** The table as text in the word-table layout (what a user pasting the Word table gets). */
const wordTableText = ({ before, rows, after }) =>
  [...before, '', ...rows.flatMap((r) => [...r.map((c) => `\t${c}`), '']), ...after].join('\n');

/** An HTML page holding the table; an empty 类别 cell merges with the one above (rowspan). */
function tableHtml({ before, rows, after }, title) {
  const categoryColumn = rows[0].indexOf('类别');
  const spans = rows.map(() => 1);
  if (categoryColumn >= 0) {
    let start = 1;
    for (let r = 2; r < rows.length; r += 1) {
      if (rows[r][categoryColumn] === '') spans[start] += 1;
      else start = r;
    }
  }
  const body = rows
    .map((r, i) => {
      const tag = i === 0 ? 'th' : 'td';
      const cells = r.map((c, j) => {
        if (j === categoryColumn && i > 0) return c === '' ? '' : `<td rowspan="${spans[i]}">${esc(c)}</td>`;
        return `<${tag}>${esc(c)}</${tag}>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return page(title, `${before.map((p) => `<p>${esc(p)}</p>`).join('\n')}\n<table border="1" cellspacing="0">\n${body}\n</table>\n${after.map((p) => `<p>${esc(p)}</p>`).join('\n')}`);
}

/** An HTML page with one paragraph per non-empty line of the text. */
const proseHtml = (text, title) =>
  page(title, text.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${esc(l.trim())}</p>`).join('\n'));

const page = (title, body, charset = 'utf-8') =>
  `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(title)}</title>\n<style>td{border:1px solid #000}</style><script>var nav = "不是任务";</script></head>\n<body>\n<div class="nav"><a href="/">首页</a></div>\n${body}\n</body></html>\n`;

const DOCUMENTS = [
  {
    name: 'hunan-gba-2020',
    kind: 'table',
    title: '湖南省对接粤港澳大湾区实施方案（2020—2025年）',
    table: () => scanWordTable(readFileSync(join(root, 'data/hunan-gba-2020/table.txt'), 'utf8')),
  },
  { name: 'hunan-changsha-2012', kind: 'table', title: '长沙市2012年政府工作报告目标任务分解', table: () => tableFromExpected('hunan-changsha-2012-zfgzbg-mubiao-renwu-table', '长沙市2012年政府工作报告目标任务分解') },
  { name: 'zhejiang-cangnan-2022', kind: 'table', title: '苍南县2022年民生实事项目', table: () => tableFromExpected('zhejiang-cangnan-2022-minsheng-shishi-jindu-table', '2022年度县民生实事项目进度表') },
  { name: 'zhejiang-lishui-2023', kind: 'prose', title: '丽水市政府工作报告重点工作责任分解', slug: 'zhejiang-lishui-2023-zfgzbg-zeren-fenjie' },
  { name: 'heilongjiang-2013', kind: 'prose', title: '黑龙江省政府工作报告重点工作责任分工', slug: 'heilongjiang-2013-zfgzbg-zeren-fengong' },
  { name: 'henan-sanmenxia-2023', kind: 'prose', title: '三门峡市2023年重点工作责任单位', slug: 'henan-sanmenxia-2023-zfgzbg-zeren-danwei' },
];

const WRITER = { docx: 'docx:MS Word 2007 XML', doc: 'doc:MS Word 97', odt: 'odt:writer8', rtf: 'rtf:Rich Text Format', pdf: 'pdf:writer_pdf_Export', html: 'html:HTML (StarWriter)' };
const CALC = { xlsx: 'xlsx:Calc MS Excel 2007 XML', xls: 'xls:MS Excel 97', ods: 'ods:calc8' };

function convert(input, dir, filters, infilter) {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    for (const [ext, filter] of Object.entries(filters)) {
      const work = mkdtempSync(join(tmpdir(), 'lo-out-'));
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', `--infilter=${infilter}`, '--convert-to', filter, '--outdir', work, input], { stdio: 'pipe' });
      const made = readdirSync(work)[0];
      renameSync(join(work, made), join(dir, ext === 'html' ? 'libreoffice.html' : `document.${ext}`));
      rmSync(work, { recursive: true, force: true });
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page as a browser's "save as single file" writes it: MIME multipart, quoted-printable GB18030. */
function mht(gbk, title) {
  let qp = '';
  for (const line of gbk.toString('latin1').split('\n')) {
    let encoded = '';
    for (const ch of line) {
      const code = ch.charCodeAt(0);
      encoded += code > 126 || ch === '=' ? `=${code.toString(16).toUpperCase().padStart(2, '0')}` : ch;
    }
    // Soft line breaks keep lines under 76 characters.
    while (encoded.length > 75) {
      let cut = 75;
      while (encoded[cut - 1] === '=' || encoded[cut - 2] === '=') cut -= 1;
      qp += `${encoded.slice(0, cut)}=\r\n`;
      encoded = encoded.slice(cut);
    }
    qp += `${encoded}\r\n`;
  }
  const boundary = '----MultipartBoundary--fengong';
  return [
    `From: <Saved by a browser>`,
    `Snapshot-Content-Location: https://example.gov.cn/plan.html`,
    `Subject: =?utf-8?B?${Buffer.from(title).toString('base64')}?=`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="gb2312"',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://example.gov.cn/plan.html',
    '',
    qp,
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://example.gov.cn/style.css',
    '',
    Buffer.from('td { border: 1px solid #000 }').toString('base64'),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

for (const doc of DOCUMENTS) {
  const dir = join(out, doc.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let html;
  if (doc.kind === 'table') {
    const table = doc.table();
    writeFileSync(join(dir, 'text.txt'), wordTableText(table));
    html = tableHtml(table, doc.title);
  } else {
    const text = readFileSync(join(real(doc.slug), 'source.txt'), 'utf8');
    writeFileSync(join(dir, 'text.txt'), text);
    html = proseHtml(text, doc.title);
  }
  writeFileSync(join(dir, 'page.html'), html);
  const gbkHtml = html.replace('charset=utf-8', 'charset=gb2312');
  const gbk = execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030'], { input: gbkHtml });
  writeFileSync(join(dir, 'page.gbk.html'), gbk);
  writeFileSync(join(dir, 'page.mht'), mht(gbk, doc.title));
  convert(join(dir, 'page.html'), dir, WRITER, 'HTML (StarWriter)');
  if (doc.kind === 'table') convert(join(dir, 'page.html'), dir, CALC, 'HTML (StarCalc)');
  console.log(`wrote ${dir}: ${readdirSync(dir).join(' ')}`);
}
