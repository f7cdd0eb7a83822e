// A header in two rows: a units column merged across (责任单位) over its roles (牵头单位 / 配合单位),
// the other header cells merged down. Word tables print it so; flattened, the second row is either
// in place under the first (a grid: empty cells where cells were merged) or only its own cells, at
// the end of the header or right after the group's cell (one cell per line).
import { headerKind, type HeaderKind } from './header-kind.js';

const ROLE_KINDS: ReadonlySet<HeaderKind | undefined> = new Set(['lead', 'co']);
const UNIT_KINDS: ReadonlySet<HeaderKind | undefined> = new Set(['lead', 'co', 'units']);

/** Two to four cells naming units by role (牵头单位 / 配合单位, 牵头单位 / 责任单位), one of them a role. */
function roleCells(cells: readonly string[]): boolean {
  const kinds = cells.map(headerKind);
  return cells.length >= 2 && cells.length <= 4 && kinds.every((k) => UNIT_KINDS.has(k)) && kinds.some((k) => ROLE_KINDS.has(k));
}

/** The one group cell of a top header row: a units column (责任单位), with no role column beside it. */
function groupAt(top: readonly string[]): number | undefined {
  const kinds = top.map(headerKind);
  if (kinds.some((k) => ROLE_KINDS.has(k))) return undefined;
  // (A group spanning two grid columns may repeat its name: one group.)
  const groups = kinds.flatMap((k, i) => (k === 'units' && !(i > 0 && top[i - 1]?.trim() === top[i]?.trim()) ? [i] : []));
  return groups.length === 1 ? groups[0] : undefined;
}

/**
 * The header of a table whose header is in two rows, `top` over `sub`, as one row: the units group
 * (责任单位) replaced by its role columns (牵头单位 / 配合单位). `sub` is either the grid's row (as
 * long as `top`, empty where a cell of `top` was merged down; a group spanning two columns leaves an
 * empty or repeated cell in `top`) or only its own cells. `undefined` when `sub` is not such a row.
 */
export function mergedHeaderRows(top: readonly string[], sub: readonly string[]): string[] | undefined {
  const own = sub.map((c) => c.trim()).filter((c) => c !== '');
  if (!roleCells(own)) return undefined;
  const group = groupAt(top);
  if (group === undefined) return undefined;
  if (sub.length === top.length && own.length < sub.length) {
    const name = top[group]?.trim();
    // In place: each role cell under the group or under a cell the group spans (empty, or its name repeated).
    const placed = sub.every((c, k) => c.trim() === '' || k === group || top[k]?.trim() === '' || top[k]?.trim() === name);
    if (!placed) return undefined;
    const out: string[] = [];
    top.forEach((t, k) => {
      const below = (sub[k] as string).trim();
      if (below !== '') out.push(below);
      else if (t.trim() !== '' && !(t.trim() === name && k !== group)) out.push(t);
    });
    return out;
  }
  return [...top.slice(0, group), ...own, ...top.slice(group + 1)];
}

/**
 * The header cells of a flattened table with its second header row read into it (`序号 / 重点任务 /
 * 责任单位 / 完成时限 / 牵头单位 / 配合单位`, or `… / 责任单位 / 牵头单位 / 配合单位`): the role cells
 * at its end taken for the group's columns. The cells unchanged when they are not such a header.
 */
export function unfoldedHeader(cells: readonly string[]): string[] {
  const kinds = cells.map(headerKind);
  let start = cells.length;
  while (start > 0 && UNIT_KINDS.has(kinds[start - 1]) && cells.length - start < 4) start -= 1;
  // (The run may open with the group itself: … / 责任单位 / 牵头单位 / 配合单位.)
  for (let s = start; s <= cells.length - 2; s += 1) {
    const merged = mergedHeaderRows(cells.slice(0, s), cells.slice(s));
    if (merged !== undefined) return merged;
  }
  return [...cells];
}
