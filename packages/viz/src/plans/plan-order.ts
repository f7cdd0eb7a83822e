// The order of several plans: by their date — from the document (core's planDate), else a
// date-like file name (2017.docx, 湘政发2020-3.txt, plan_2021-06.pdf) — not by file name.
import { planDate, type ResponsibilityTable } from '@fengong/core';

/** A plan's date and where it was read: the document, or the file's name. */
export interface PlanOrderDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  source: 'document' | 'file-name';
}

/**
 * A date in a file name (folders left out): a year 1949–2100 not inside a longer number,
 * optionally followed by a month and a day (`2017`, `2017-03`, `2017.3.1`, `20170301`,
 * `2017年3月`). The last one in the name wins. Undefined when there is none.
 */
export function dateFromFileName(file: string): string | undefined {
  const base = (file.split('/').pop() ?? file).replace(/\.[^.]+$/u, '');
  const pad = (n: string): string => n.padStart(2, '0');
  // Either with separators (2017-3-1, 2017.03, 2017年3月1日) or compact with two-digit month and day (20170301).
  const re = /(?<!\d)(19[4-9]\d|20\d\d|2100)(?:[-._年](0?[1-9]|1[0-2])(?:[-._月](0?[1-9]|[12]\d|3[01]))?|(0[1-9]|1[0-2])([012]\d|3[01]))?(?!\d)/gu;
  let found: string | undefined;
  for (const m of base.matchAll(re)) {
    const [, year = '', month = m[4], day = m[5]] = m;
    found = month === undefined ? year : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }
  return found;
}

/** The date a plan is ordered by: the document's (core's `planDate`), else its file name's. */
export function planOrderDate(table: Pick<ResponsibilityTable, 'preamble' | 'notes'>, file: string): PlanOrderDate | undefined {
  const inDocument = planDate(table);
  if (inDocument !== undefined) return { date: inDocument.date, source: 'document' };
  const inName = dateFromFileName(file);
  return inName === undefined ? undefined : { date: inName, source: 'file-name' };
}

/**
 * Compares two plans for ordering: by date (a year alone sorts before the same year with a
 * month, `2017` < `2017-03`), undated plans last, then by file name (numbers by value).
 */
export function comparePlanOrder(a: { date: PlanOrderDate | undefined; file: string }, b: { date: PlanOrderDate | undefined; file: string }): number {
  const da = a.date?.date;
  const db = b.date?.date;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return a.file.localeCompare(b.file, 'en', { numeric: true });
}
