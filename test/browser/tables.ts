// Small tables for the browser tests, written in the word-table layout core's parser reads
// (one tab-indented cell per line, a blank line between rows).

export interface Row {
  category: string;
  title: string;
  /** Responsible units; by the documents' convention the first one leads. */
  units: string[];
}

/** A table's text: header, then rows numbered from 1. */
export function wordTable(rows: readonly Row[], preamble = '附件'): string {
  const lines = [preamble, '', '\t序号', '\t类别', '\t重点任务', '\t责任单位', ''];
  rows.forEach((row, i) => lines.push(`\t${i + 1}`, `\t${row.category}`, `\t${row.title}`, `\t${row.units.join('、')}`, ''));
  return lines.join('\n');
}

/** Four tasks in two categories; an agency whose name is an HTML payload. */
export const SMALL_TABLE = wordTable([
  { category: '交通', title: '建设高速铁路', units: ['省交通运输厅', '省财政厅', '<img src=x onerror=alert(1)>'] },
  { category: '', title: '建设城际公路', units: ['省交通运输厅', '省自然资源厅'] },
  { category: '产业', title: '培育先进制造业', units: ['省工业和信息化厅', '省财政厅', '<img src=x onerror=alert(1)>'] },
  { category: '', title: '发展数字经济', units: ['<img src=x onerror=alert(1)>', '省工业和信息化厅'] },
]);

/** Row 2 has three cells instead of four: the parser reports the line (13) and stops. */
/** A table whose only row is malformed (no row can be read, so it is an error naming line 8). */
export const MALFORMED_TABLE = ['附件', '', '\t序号', '\t类别', '\t重点任务', '\t责任单位', '', '\t2', '\t', '\t建设公路', ''].join('\n');
