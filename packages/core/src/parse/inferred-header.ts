// Tables copied without their header row (a page that starts at the first row, a header kept as
// an image): the columns are inferred from what their cells hold, so that the rows can still be
// aligned and read. Rows are compared from their right end, since merged cells (a category over
// several rows) drop out on the left.
import { isUnitPhrase } from './unit-phrase-checks.js';
import { isDeadline } from './deadline.js';
import type { HeaderKind } from './header-kind.js';
import { numberedLine } from './numbering.js';
import { largest } from '../largest.js';

/** The header names given to inferred columns: the reader's own words, so it reads them back. */
const NAMES: Record<HeaderKind, string> = {
  number: '序号',
  category: '类别',
  title: '工作任务',
  units: '责任单位',
  lead: '牵头单位',
  co: '配合单位',
  official: '责任领导',
  deadline: '完成时限',
  extra: '备注',
};

const isNumber = (t: string): boolean => /^\d{1,4}$/u.test(t) || (t.length <= 5 && numberedLine(t)?.rest === '');

/** The share of `values` for which `test` holds (0 for no values). */
const share = (values: readonly string[], test: (v: string) => boolean): number => (values.length === 0 ? 0 : values.filter(test).length / values.length);

/**
 * Infers the columns of rows of cells that have no header row: a 序号 column (bare numbers),
 * units columns (unit lists), deadline columns, the task (the longest text), the category
 * (the column just before the number or the task) and other columns kept as they are. Returns
 * the header names, in the reader's words, or undefined when no task and units columns stand out.
 */
export function inferHeader(rows: readonly (readonly string[])[]): string[] | undefined {
  if (rows.length < 3) return undefined;
  const width = largest(rows.map((r) => r.length));
  if (width < 2 || width > 12) return undefined;
  // Merged cells drop out on the left: column c of a row counts from the right end.
  const column = (c: number): string[] =>
    rows.flatMap((r) => {
      const v = r[c - (width - r.length)];
      return v === undefined || v === '' ? [] : [v];
    });
  const kinds: (HeaderKind | undefined)[] = [];
  for (let c = 0; c < width; c += 1) {
    const values = column(c);
    if (values.length === 0) kinds.push('extra');
    else if (share(values, isNumber) >= 0.7) kinds.push('number');
    else if (share(values, (v) => isUnitPhrase(v, true) || isUnitPhrase(v, false)) >= 0.6) kinds.push('units');
    else if (share(values, isDeadline) >= 0.6) kinds.push('deadline');
    else kinds.push(undefined);
  }
  const mean = (c: number): number => {
    const values = column(c);
    return values.reduce((sum, v) => sum + v.length, 0) / Math.max(values.length, 1);
  };
  const numberAt = kinds.indexOf('number');
  let title = -1;
  for (let c = numberAt + 1; c < width; c += 1) if (kinds[c] === undefined && (title < 0 || mean(c) > mean(title))) title = c;
  if (title < 0 || !kinds.includes('units')) return undefined;
  kinds[title] = 'title';
  // The innermost heading before the task is its category; headings further left are kept as they are.
  const before = numberAt >= 0 ? numberAt : title;
  for (let c = before - 1; c >= 0; c -= 1) {
    if (kinds[c] !== undefined) continue;
    kinds[c] = kinds.includes('category') ? 'extra' : 'category';
  }
  const names = kinds.map((k) => NAMES[k ?? 'extra']);
  // Names of kept columns stay distinct, as a header's do (units columns are all read as units).
  return names.map((n, i) => (names.indexOf(n) === i || kinds[i] === 'units' ? n : `${n}${i + 1}`));
}
