// Recognises header cells (序号, 类别, 重点任务, 责任单位 and their common variants) and maps columns.

/** The columns a parser interprets; any other column is kept as `extra`. */
export type ColumnRole = 'number' | 'category' | 'title' | 'units';

/** Header texts seen in published tables, per column role (compared after removing spaces). */
export const HEADER_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  number: ['序号', '编号', '序', 'No', 'No.', '#'],
  category: ['类别', '类型', '分类', '领域', '板块', '方面'],
  title: ['重点任务', '主要任务', '工作任务', '具体任务', '任务', '任务内容', '重点工作', '工作内容', '工作事项'],
  units: ['责任单位', '责任部门', '牵头单位', '负责单位', '责任主体', '责任单位及分工'],
};

const LOOKUP = new Map<string, ColumnRole>(
  (Object.entries(HEADER_NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name) => [name.toLowerCase(), role] as const),
  ),
);

/** The role of a header cell, or `undefined` when it is not a known header. */
export function columnRole(cell: string): ColumnRole | undefined {
  return LOOKUP.get(cell.replace(/[\s\u3000]/gu, '').toLowerCase());
}

export interface ColumnMap {
  /** Column index of each interpreted role (category may be absent). */
  index: Partial<Record<ColumnRole, number>>;
  /** Columns that are not interpreted, as [index, header]. */
  extra: [number, string][];
}

/** Maps header cells to roles; the first cell carrying a role wins, later duplicates become extra. */
export function mapColumns(cells: readonly string[]): ColumnMap {
  const index: Partial<Record<ColumnRole, number>> = {};
  const extra: [number, string][] = [];
  cells.forEach((cell, i) => {
    const role = columnRole(cell);
    if (role !== undefined && index[role] === undefined) index[role] = i;
    else extra.push([i, cell.trim()]);
  });
  return { index, extra };
}

/** Whether a row of cells looks like a header: at least two known headers, among them the title or units. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const roles = new Set(cells.map(columnRole).filter((r) => r !== undefined));
  return roles.size >= 2 && (roles.has('title') || roles.has('units'));
}
