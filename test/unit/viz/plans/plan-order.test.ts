// The order of several plans in the viewer: by the date in the document, else a date-like file
// name, undated last; never by file name alone.
import { describe, expect, it } from 'vitest';
import { comparePlanOrder, dateFromFileName, planOrderDate } from '../../../../packages/viz/src/plans/plan-order.js';

describe('dateFromFileName', () => {
  it('finds no date in a name without a year', () => {
    expect(dateFromFileName('plan.txt')).toBeUndefined();
    expect(dateFromFileName('方案(12345).docx')).toBeUndefined();
    // A year inside a longer number is no year; one outside 1949–2100 neither.
    expect(dateFromFileName('doc120170.txt')).toBeUndefined();
    expect(dateFromFileName('plan-1911.txt')).toBeUndefined();
  });

  it('reads a year, a month and a day, with or without separators', () => {
    expect(dateFromFileName('2017.docx')).toBe('2017');
    expect(dateFromFileName('plan-2020-3.txt')).toBe('2020-03');
    expect(dateFromFileName('plan_2021.06.15.pdf')).toBe('2021-06-15');
    expect(dateFromFileName('湘政办发2019年7月.doc')).toBe('2019-07');
    expect(dateFromFileName('20170301-plan.txt')).toBe('2017-03-01');
    // The folders are not read; the last date of the name wins.
    expect(dateFromFileName('2010/revised-2012.txt')).toBe('2012');
  });
});

describe('planOrderDate and comparePlanOrder', () => {
  const none = { preamble: [], notes: [] };
  it('prefers the document date to the file name', () => {
    expect(planOrderDate({ preamble: ['某省人民政府', '2017年3月1日'], notes: [] }, 'plan-2020.txt')).toEqual({ date: '2017-03-01', source: 'document' });
    expect(planOrderDate(none, 'plan-2020.txt')).toEqual({ date: '2020', source: 'file-name' });
    expect(planOrderDate(none, 'plan.txt')).toBeUndefined();
  });

  it('orders by date, undated plans last, then by file name', () => {
    const plans = [
      { file: 'a.txt', date: undefined },
      { file: 'b.txt', date: { date: '2021', source: 'file-name' as const } },
      { file: 'c.txt', date: { date: '2017-03-01', source: 'document' as const } },
      { file: 'd.txt', date: { date: '2017', source: 'document' as const } },
      { file: 'plan10.txt', date: undefined },
      { file: 'plan9.txt', date: undefined },
    ];
    expect([...plans].sort(comparePlanOrder).map((p) => p.file)).toEqual(['d.txt', 'c.txt', 'b.txt', 'a.txt', 'plan9.txt', 'plan10.txt']);
  });
});
