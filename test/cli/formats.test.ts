// The formats plans are published in, given to the `fengong` process as a user downloaded them:
// the bundled plan as a web page, a saved page, Word, OpenDocument, RTF, PDF and spreadsheets
// ranks as the bundled table does; `parse` names the format it found.
import { describe, expect, it } from 'vitest';
import { fengong } from './run.js';

const dir = 'test/fixtures/formats/hunan-gba-2020/';
const top = (args: string[]) => (JSON.parse(fengong(['rank', ...args, '--top', '5', '-f', 'json']).stdout) as { agency: string; tasks: number; lead: number }[]).map((r) => [r.agency, r.tasks, r.lead]);

describe('fengong on the file formats plans come in', () => {
  const bundled = top([]);

  it.each(['page.gbk.html', 'page.mht', 'document.docx', 'document.doc', 'document.odt', 'document.rtf', 'document.pdf', 'document.xlsx', 'document.xls', 'document.ods'])(
    'rank %s gives the ranking of the bundled table',
    (file) => {
      expect(top([`${dir}${file}`])).toEqual(bundled);
    },
  );

  it('parse names the format found from the content, not the name (a .doc saved as .wps, a page saved as .txt)', () => {
    const table = fengong(['parse', `${dir}page.gbk.html`, '-f', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('format html, layout grid: 30 tasks');
    const json = JSON.parse(fengong(['parse', `${dir}document.rtf`]).stdout) as { format: string; layout: string; tasks: unknown[] };
    expect([json.format, json.layout, json.tasks.length]).toEqual(['rtf', 'grid', 30]);
  });

  it('refuses a damaged file with one line naming the file and the problem', () => {
    const r = fengong(['parse', '-'], '{\\rtf1 {\\fonttbl');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l !== '').length).toBeLessThanOrEqual(3);
    expect(r.stderr).toContain('<stdin>');
  });
});
