// The two interface languages, in real Chromium on the built app: English text in a Latin font
// (the CJK fonts only for Chinese names), Chinese in the CJK fonts; notices and errors in the
// language shown — written again when the language is switched — with no Chinese left in the
// English ones but the document's own words (quoted, or the header cells in brackets), and no
// English left in the Chinese ones but file names.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dropFile, type Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';
import { MALFORMED_TABLE } from './tables.js';

const session = useBuiltViewer();
const CJK = /[\u3400-\u9fff]/u;
/** Full-width and CJK punctuation (，。：；（）、 …). */
const FULL_WIDTH = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** A message line without the document's words it quotes: “…” and a bracketed list of header cells. */
const outsideDocumentWords = (line: string): string => line.replace(/“[^”]*”/gu, '').replace(/\([^)]*\)/gu, '');

async function message(page: Page): Promise<{ heading: string; lines: string[]; kind: string }> {
  return page.$eval('#messages', (m): { heading: string; lines: string[]; kind: string } => ({ heading: m.querySelector('.message-heading')?.textContent ?? '', lines: Array.from(m.querySelectorAll('li'), (li) => li.textContent ?? ''), kind: m.getAttribute('class') ?? '' }));
}

async function switchLanguage(page: Page, to: 'en' | 'zh'): Promise<void> {
  await page.click('button.lang');
  await page.waitForFunction((lang) => (window.__fengong as Hook).state.lang === lang && document.documentElement.lang.startsWith(lang), to);
}

/**
 * The interface's own text on the page now: every text node and every `aria-label` / `placeholder`
 * outside the elements marked as the other language (`lang`: the document's words — its title, its
 * number, a name — and the switch naming the other language), and outside hidden parts.
 */
async function ownText(page: Page, other: 'zh' | 'en'): Promise<string[]> {
  return page.evaluate((otherLang) => {
    const foreign = (e: Element): boolean => {
      const marked = e.closest('[lang]');
      return marked !== null && marked !== document.documentElement && marked.getAttribute('lang')?.startsWith(otherLang) === true;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const p = n.parentElement;
      if (p === null || foreign(p) || p.closest('[hidden], script, style') !== null || (n.textContent ?? '').trim() === '') continue;
      out.push(`${p.tagName.toLowerCase()}.${p.className}: ${n.textContent ?? ''}`);
    }
    for (const e of Array.from(document.querySelectorAll<HTMLElement>('[aria-label], [placeholder]'))) {
      if (foreign(e)) continue;
      for (const a of ['aria-label', 'placeholder']) {
        const v = e.getAttribute(a);
        if (v !== null) out.push(`${e.tagName.toLowerCase()}@${a}: ${v}`);
      }
    }
    out.push(`document.title: ${document.title}`);
    return out;
  }, other);
}

/** English: no Chinese outside the document's words and the file name, no full-width punctuation at all outside them. */
function expectEnglish(text: string, file: string): void {
  const own = outsideDocumentWords(text).split(file).join('');
  expect(own, text).not.toMatch(CJK);
  expect(own, text).not.toMatch(FULL_WIDTH);
  expect(own, text).toMatch(/[A-Za-z]{3}/u);
}

/** Chinese: Chinese text, no English words but the file name, HTTP and a command to type (fengong view FILE). */
function expectChinese(text: string, file: string): void {
  const own = text.split(file).join('').replace(/HTTP|fengong [a-z]+(?: FILE)?/gu, '');
  expect(own, text).toMatch(CJK);
  expect(own, text).not.toMatch(/[A-Za-z]{3}/u);
}

describe('interface language', () => {
  it('writes English in a Latin font and Chinese in a CJK font, on the page and on the canvas', async () => {
    const { page } = session;
    /** The width of a Latin sample in an element's font and in the CJK font: equal when the CJK font draws Latin. */
    const widths = () =>
      page.evaluate(() => {
        const context = document.createElement('canvas').getContext('2d')!;
        const width = (font: string): number => {
          context.font = `16px ${font}`;
          return context.measureText('Agency–task responsibility network, 2020').width;
        };
        const body = getComputedStyle(document.body).fontFamily;
        return { body, own: width(body), cjk: width('"WenQuanYi Micro Hei"'), label: (window.__fengong as Hook).renderer.getSetting('labelFont') };
      });
    const zh = await widths();
    expect(zh.body).toMatch(/^"WenQuanYi Micro Hei"/u);
    expect(zh.label).toMatch(/^"WenQuanYi Micro Hei"/u);
    await switchLanguage(page, 'en');
    const en = await widths();
    // A Latin font first, the CJK fonts after it for Chinese names; Latin text is not drawn by the CJK font.
    expect(en.body).toMatch(/^"Segoe UI".*"Liberation Sans".*"WenQuanYi Micro Hei"/u);
    expect(en.label).toBe(en.body.replace(/, system-ui, sans-serif$/u, ', sans-serif'));
    expect(Math.abs(en.own - en.cjk)).toBeGreaterThan(1);
    // A Chinese name in the English interface keeps the CJK font.
    await page.click('#ranking tr[data-node="agency:省发展改革委"]');
    const h2 = await page.$eval('#details h2', (h) => ({ lang: h.getAttribute('lang'), font: getComputedStyle(h).fontFamily }));
    expect(h2.lang).toBe('zh-Hans');
    expect(h2.font).toMatch(/^"WenQuanYi Micro Hei"/u);
  });

  it('leaves no Chinese and no full-width punctuation in the English interface, and no English labels in the Chinese one, in every view', async () => {
    const { page } = session;
    await page.waitForSelector('body[data-metrics="done"]');
    await page.click('#ranking tr[data-node="agency:省发展改革委"]');
    await page.waitForSelector('#details[data-node="agency:省发展改革委"]');
    await switchLanguage(page, 'en');
    const leftovers = new Set<string>();
    for (const view of ['bipartite', 'projection', 'lead', 'matrix'] as const) {
      if (view !== 'bipartite') await page.selectOption('select[name="view"]', view);
      await page.waitForSelector(view === 'matrix' ? '#matrix th.group' : `body[data-view="${view}"][data-layout="done"]`);
      await page.click('.categories-filter summary');
      const text = await ownText(page, 'zh');
      expect(text.length, view).toBeGreaterThan(50);
      for (const line of text) if (CJK.test(line) || FULL_WIDTH.test(line)) leftovers.add(line);
      await page.click('.categories-filter summary');
    }
    expect([...leftovers]).toEqual([]);
    // The document's words the English page keeps are marked as Chinese (drawn in the CJK font).
    expect(await page.getAttribute('#header h1', 'lang')).toBe('zh-Hans');
    expect(await page.getAttribute('#details .full-name', 'lang')).toBe('zh-Hans');

    // The Chinese interface names its landmarks and controls in Chinese (English only where marked so).
    await switchLanguage(page, 'zh');
    const labels = (await ownText(page, 'en')).filter((line) => line.includes('@') || line.startsWith('document.title'));
    // Names of formats, programs and keys stay as they are written (Ctrl+V, Esc, Word, WPS, Gephi …).
    const names = /fengong|PNG|SVG|GEXF|CSV|XLSX|SDSM|Louvain|Gephi|Ctrl|Esc|Word|WPS/gu;
    const english = labels.filter((line) => /[A-Za-z]{3}/u.test(line.replace(/^[^:]+: /u, '').replace(names, '')));
    expect(english).toEqual([]);
  });

  it('writes an error in the language shown, and again in the other one after a switch', async () => {
    const { page } = session;
    await switchLanguage(page, 'en');
    await dropFile(page, 'bad.txt', MALFORMED_TABLE);
    await page.waitForSelector('#messages.error');
    const en = await message(page);
    expect(en.heading).toBe('Cannot open bad.txt; the current view is kept.');
    expect(en.lines).toEqual(['bad.txt:8: row has 3 cells, expected 4 (序号 / 类别 / 重点任务 / 责任单位); an empty cell must still be a tab-indented line']);
    for (const text of [en.heading, ...en.lines]) expectEnglish(text, 'bad.txt');

    await switchLanguage(page, 'zh');
    const zh = await message(page);
    expect(zh.kind).toContain('error');
    expect(zh.heading).toBe('无法打开 bad.txt；当前视图保持不变。');
    expect(zh.lines).toEqual(['bad.txt 第 8 行：该行的单元格少于表头的列数：有 3 个，应为 4 个（序号 / 类别 / 重点任务 / 责任单位）；空单元格也须是以制表符缩进的一行']);
    for (const text of [zh.heading, ...zh.lines]) expectChinese(text, 'bad.txt');
    expect(await page.getAttribute('#messages button.dismiss', 'aria-label')).toBe('关闭');
  });

  it('writes a notice with its warnings in the language shown, and a failed load in either', async () => {
    const { page, viewer } = session;
    // 省甲厅 twice on task 1: a warning (duplicate-unit) in the notice of the opened file.
    const text = ['附件', '', '\t序号', '\t类别', '\t重点任务', '\t责任单位', '', '\t1', '\t交通', '\t建设公路', '\t省甲厅、省乙厅、省甲厅', ''].join('\n');
    await dropFile(page, 'dup.txt', text);
    await page.waitForSelector('#messages.notice');
    const zh = await message(page);
    expect(zh.heading).toMatch(/^已打开 dup\.txt：1 项任务，2 个单位。/u);
    expect(zh.lines).toEqual(['dup.txt 第 11 行：警告：同一单位在一项任务中列出两次，只计一次：“省甲厅”']);
    for (const line of [zh.heading, ...zh.lines]) expectChinese(line, 'dup.txt');

    await switchLanguage(page, 'en');
    const en = await message(page);
    expect(en.heading).toMatch(/^Opened dup\.txt: 1 task, 2 agencies\. The file is in this browser only/u);
    // One task is one task in the header too (plural forms, i18n.ts `{n:one|other}`).
    expect(await page.$$eval('#header .counts .count', (cs) => cs.map((c) => c.textContent))).toEqual(['1 task', '2 agencies', '2 links']);
    expect(en.lines).toHaveLength(1);
    expect(en.lines[0]).toMatch(/^dup\.txt:11: warning: “省甲厅” is listed twice on task 1/u);
    for (const line of [en.heading, ...en.lines]) expectEnglish(line, 'dup.txt');

    // A table the server does not have: the status, in the page's language (not the browser's).
    const missing = await session.open(`${viewer.url}?src=tables/none.txt&lang=en`);
    await missing.waitForSelector('#messages.error');
    const gone = await message(missing);
    expect(gone.heading).toBe('Cannot load tables/none.txt: the server answered HTTP 404.');
    await switchLanguage(missing, 'zh');
    expect((await message(missing)).heading).toBe('无法读取 tables/none.txt：服务器返回 HTTP 404。');
    // Chromium logs the 404 itself: expected here, and the only console error allowed.
    const expected = session.errors.filter((e) => /status of 404/u.test(e));
    expect(expected).toHaveLength(1);
    session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !expected.includes(e)));
  });
});
