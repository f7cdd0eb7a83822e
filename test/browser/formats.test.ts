// The explorer opens every file format core reads — from the file menu and dropped on the page —
// and a table pasted from a web page, Word or WPS (the clipboard's text/html), in real Chromium.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handmadePdf, ucs2 } from '../helpers/pdf.js';
import type { Hook } from './hook.js';
import { useBuiltViewer } from './setup.js';

const session = useBuiltViewer();
const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/formats/hunan-gba-2020/${name}`, import.meta.url));
const counts = async (): Promise<string[]> => session.page.locator('[data-count]').allTextContents();
const agencies = async (): Promise<string[]> =>
  session.page.evaluate(() => {
    const { graph } = window.__fengong as Hook;
    return graph.nodes().filter((n) => graph.getNodeAttributes(n).part === 'agency').sort();
  });

async function openWithMenu(name: string, buffer: Buffer): Promise<void> {
  await session.page.setInputFiles('input[type="file"]', { name, mimeType: 'application/octet-stream', buffer });
  await session.page.waitForFunction((n) => document.querySelector('#header h1')?.textContent === n, name, { timeout: 30_000 });
}

async function dropBytes(name: string, buffer: Buffer): Promise<void> {
  await session.page.evaluate(
    ([fileName, base64]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], fileName));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, buffer.toString('base64')] as const,
  );
  await session.page.waitForFunction((n) => document.querySelector('#header h1')?.textContent === n, name, { timeout: 30_000 });
}

describe('opening the formats plans are published in', () => {
  it('every format, from the file menu, shows the network its text gives', async () => {
    await openWithMenu('text.txt', fixture('text.txt'));
    const expected = await counts();
    const names = await agencies();
    expect(expected[0]).toBe('30');
    for (const file of ['page.gbk.html', 'page.mht', 'document.docx', 'document.doc', 'document.odt', 'document.rtf', 'document.pdf', 'document.xlsx', 'document.xls', 'document.ods']) {
      await openWithMenu(file, fixture(file));
      expect([file, await counts()]).toEqual([file, expected]);
      expect(await agencies()).toEqual(names);
      // Read off the page's thread, in the reading worker; a PDF on the page (pdf.js has a worker of its own).
      const where = await session.page.evaluate((n) => {
        const detail = (m: PerformanceEntry): { file?: string; where?: string } | undefined => (m as PerformanceMeasure).detail as { file?: string; where?: string } | undefined;
        const measure = performance.getEntriesByName('fengong:parse').findLast((m) => detail(m)?.file === n);
        return measure === undefined ? undefined : detail(measure)?.where;
      }, file);
      expect([file, where]).toEqual([file, file.endsWith('.pdf') ? 'page' : 'worker']);
    }
  });

  it('every format dropped on the page opens too (a .doc under a .wps name, a page saved as .txt)', async () => {
    await openWithMenu('text.txt', fixture('text.txt'));
    const expected = await counts();
    const drops: [string, string][] = [
      ['plan.wps', 'document.doc'],
      ['page.txt', 'page.gbk.html'],
      ['plan.mht', 'page.mht'],
      ['plan.docx', 'document.docx'],
      ['plan.odt', 'document.odt'],
      ['plan.rtf', 'document.rtf'],
      ['plan.pdf', 'document.pdf'],
      ['plan.xlsx', 'document.xlsx'],
      ['plan.xls', 'document.xls'],
      ['plan.ods', 'document.ods'],
    ];
    for (const [name, file] of drops) {
      await dropBytes(name, fixture(file));
      expect([name, await counts()]).toEqual([name, expected]);
    }
  });

  it('a Chinese PDF whose fonts use predefined CMaps (not embedded) opens: the CMaps are served with the app', async () => {
    const line = (y: number, text: string) => `BT /F1 12 Tf 72 ${y} Td ${ucs2(text)} Tj ET`;
    const pdf = handmadePdf([[line(760, '1. 建设高速铁路。（牵头单位：省发改委；配合单位：省财政厅）'), line(740, '2. 推进公路互联互通。（牵头单位：省交通运输厅）')].join('\n')]);
    await openWithMenu('cid.pdf', Buffer.from(pdf));
    expect(await counts()).toEqual(['2', '3', '3']);
    expect(await agencies()).toEqual(['agency:省交通运输厅', 'agency:省发展改革委', 'agency:省财政厅'].sort());
  });

  it('Ctrl+V of a table copied from a web page opens it (the clipboard’s text/html), but not while typing in a field', async () => {
    const { page } = session;
    await openWithMenu('text.txt', fixture('text.txt'));
    const expected = await counts();
    await dropBytes('small.txt', Buffer.from('附件\n\n\t序号\n\t重点任务\n\t责任单位\n\n\t1\n\t建设高铁\n\t省发改委、省财政厅\n'));
    expect(await counts()).not.toEqual(expected);
    const html = fixture('page.html').toString('utf8');
    const paste = (into: string) =>
      page.evaluate(
        ([markup, selector]) => {
          const data = new DataTransfer();
          data.setData('text/html', markup);
          data.setData('text/plain', 'not this');
          (document.querySelector(selector) ?? document.body).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        },
        [html, into] as const,
      );
    await paste('input[type="search"]');
    await page.waitForTimeout(300);
    expect(await page.textContent('#header h1')).toBe('small.txt');
    await paste('body');
    await page.waitForFunction(() => document.querySelector('#header h1')?.textContent === 'clipboard.html', undefined, { timeout: 30_000 });
    expect(await counts()).toEqual(expected);
  });
});
