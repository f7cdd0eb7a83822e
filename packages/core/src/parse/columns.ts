// Recognises header cells (序号, 类别, 重点任务, 责任单位, 牵头单位, 配合单位 and variants, in
// Chinese or English) and maps columns to what they hold.
import { headerKind } from './header-kind.js';
import { MAIN_UNIT_LABEL } from './labels.js';

/** The columns a parser interprets; any other column is kept as `extra`. */
export type ColumnRole = 'number' | 'category' | 'title' | 'units' | 'lead' | 'co';

/** Header texts seen in published tables, per column role (compared without spaces, case-insensitively). */
export const HEADER_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  number: ['序号', '编号', '序', 'No', 'No.', '#', 'id', 'number'],
  category: ['类别', '类型', '分类', '领域', '板块', '方面', '任务类别', 'category', 'area'],
  title: ['重点任务', '主要任务', '工作任务', '具体任务', '任务', '任务内容', '重点工作', '工作内容', '工作事项', '主要内容', 'task', 'title'],
  units: ['责任单位', '责任部门', '负责单位', '责任主体', '责任单位及分工', '实施单位', 'units', 'agencies', 'responsible'],
  lead: ['牵头单位', '牵头部门', '牵头责任单位', '主责单位', 'lead'],
  co: ['配合单位', '配合部门', '协同单位', '协同责任单位', '配合责任单位', '参与单位', 'co', 'cooperating'],
};

const LOOKUP = new Map<string, ColumnRole>(
  (Object.entries(HEADER_NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name) => [name.toLowerCase(), role] as const),
  ),
);

/** The role of a header cell, or `undefined` when it is not a known header. */
export function columnRole(cell: string): ColumnRole | undefined {
  const exact = LOOKUP.get(cell.replace(/[\s\u3000]/gu, '').toLowerCase());
  if (exact !== undefined) return exact;
  // Other header words by what they say (名称, 重点工作目标任务, 主要责任单位, 牵头负责部门); officials,
  // deadlines and remarks are kept as extra columns.
  const kind = headerKind(cell);
  return kind === 'number' || kind === 'category' || kind === 'title' || kind === 'units' || kind === 'lead' || kind === 'co' ? kind : undefined;
}

export interface ColumnMap {
  /** Column index of each interpreted role. */
  index: Partial<Record<ColumnRole, number>>;
  /** Columns that are not interpreted, as [index, header]. */
  extra: [number, string][];
}

/** Headers of a column of each unit's duties (责任分工, 职责分工). */
export const DUTIES_COLUMN = /^(?:责任|責任|职责|職責)分工$/u;

/** Maps header cells to roles; the first cell carrying a role wins, later duplicates become extra. */
export function mapColumns(cells: readonly string[]): ColumnMap {
  const index: Partial<Record<ColumnRole, number>> = {};
  const extra: [number, string][] = [];
  // A bare 单位 / 部门 (the unit of measure in a table of indicators) is the units column only when
  // no header says whose units they are (责任部门, 牵头单位).
  const bare = (cell: string): boolean => /^(单位|單位|部门|部門)$/u.test(cell.replace(/[\s\u3000]/gu, ''));
  const qualified = cells.some((cell) => !bare(cell) && ['units', 'lead', 'co'].includes(columnRole(cell) ?? ''));
  const roles = cells.map((cell) => (qualified && bare(cell) ? undefined : columnRole(cell)));
  // A column of each unit's duties (责任分工, 职责分工, 分工) is the units column when no other names
  // the units (序号 / 重点任务 / 责任分工: 市甲局牵头，市乙局配合); beside one, it says what each does.
  if (!roles.some((r) => r === 'units' || r === 'lead')) {
    const duties = cells.findIndex((cell) => DUTIES_COLUMN.test(cell.replace(/[\s\u3000]/gu, '')));
    if (duties >= 0) roles[duties] = 'units';
  }
  // A second units column beside a 主要责任单位 one (主要责任单位 / 责任部门) holds the units working with them.
  const main = roles.findIndex((r) => r === 'units');
  const second = roles.findIndex((r, i) => r === 'units' && i > main);
  if (main >= 0 && second >= 0 && !roles.includes('co') && !roles.includes('lead') && MAIN_UNIT_LABEL.test((cells[main] ?? '').replace(/[\s\u3000]/gu, ''))) roles[second] = 'co';
  cells.forEach((cell, i) => {
    const role = roles[i];
    if (role !== undefined && index[role] === undefined) index[role] = i;
    else extra.push([i, cell.trim()]);
  });
  return { index, extra };
}

/** Whether a row of cells looks like a header: at least two known headers, among them a task or units column. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const roles = new Set(cells.map(columnRole).filter((r) => r !== undefined));
  return roles.size >= 2 && (roles.has('title') || roles.has('units') || roles.has('lead'));
}

/** Columns assumed for a table without a header row, by its number of cells. */
export const POSITIONAL_COLUMNS: Readonly<Record<number, readonly ColumnRole[]>> = {
  3: ['number', 'title', 'units'],
  4: ['number', 'category', 'title', 'units'],
  5: ['number', 'category', 'title', 'lead', 'co'],
};
