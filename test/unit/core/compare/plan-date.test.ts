// Dates of plans found in the text around their tables.
import { readFileSync } from 'node:fs';
import { isPlanDate, parseFile, planDate } from '@fengong/core';
import { describe, expect, it } from 'vitest';

const at = (preamble: string[], notes: string[] = []) => planDate({ preamble, notes });

describe('planDate', () => {
  it('finds nothing where there is no date', () => {
    expect(at([])).toBeUndefined();
    expect(at(['附件', '重点任务责任分工', '2020年全省GDP增长6%'])).toBeUndefined();
  });

  it('reads a signing-date line, in Arabic or Chinese numerals', () => {
    expect(at(['辽宁省人民政府', '2023年1月19日', '（此件公开发布）'])).toEqual({ date: '2023-01-19', source: 'date-line', text: '2023年1月19日' });
    expect(at(['川府发〔2011〕8号 二○一一年三月十七日'])?.date).toBe('2011-03-17');
    expect(at(['二〇二〇年十二月三十一日'])?.date).toBe('2020-12-31');
    expect(at(['二〇二〇年十月九日'])?.date).toBe('2020-10-09');
  });

  it('refuses dates that are not on the calendar', () => {
    expect(at(['2023年2月30日'])).toBeUndefined();
    expect(at(['2023年13月1日'])).toBeUndefined();
  });

  it('prefers the signing date to a publication stamp, and that to the document number', () => {
    expect(at(['湘政发〔2016〕1号', '发布时间: 2016-02-23 09:40', '2016年2月20日'])?.date).toBe('2016-02-20');
    expect(at(['湘政发〔2016〕1号', '发布时间: 2016-02-23 09:40'])).toEqual({ date: '2016-02-23', source: 'published', text: '发布时间: 2016-02-23 09:40' });
    expect(at(['湘政发〔2016〕1号'])).toEqual({ date: '2016', source: 'document-number', text: '湘政发〔2016〕1号' });
    expect(at([], ['鲁政办字[2015]46号'])?.date).toBe('2015');
  });

  it('finds the dates of real plans', async () => {
    const read = async (dir: string) => {
      const file = new URL(`../../../fixtures/real/${dir}/source.txt`, import.meta.url);
      return planDate(await parseFile(readFileSync(file)));
    };
    expect((await read('liaoning-2023-zfgzbg-renwu-fenjie-zeren-fengong'))?.date).toBe('2023-01-19');
    expect((await read('liaoning-2024-zfgzbg-zhongdian-gongzuo-fengong'))?.date).toBe('2024-02-05');
    expect((await read('hunan-2016-zfgzbg-bumen-fengong'))?.date).toBe('2016-02-23');
    expect((await read('shandong-2015-zfgzbg-bumen-fengong'))?.date).toBe('2015');
  });

  it('checks dates given by hand', () => {
    for (const ok of ['2020', '2020-03', '2020-03-02', '2024-02-29']) expect(isPlanDate(ok)).toBe(true);
    for (const bad of ['20', '2020-3', '2020-13', '2023-02-29', '2020/03/02', 'soon']) expect(isPlanDate(bad)).toBe(false);
  });
});
