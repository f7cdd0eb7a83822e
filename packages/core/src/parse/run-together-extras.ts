// The cells a run-together row has after its units (`…市甲局市乙局1200已完成前期手续。`): the header's
// columns of figures (投资额（万元）, 目标值) and of progress (进展情况, 完成情况) come after the names,
// with nothing between. Each is cut from the end of the row's text, last column first, so that the
// names end the text again; a cell that cannot be told is left (the row is read as it stands).
import { BODY_END } from './glued-names.js';
import { isDeadline } from './deadline.js';
import type { HeaderKind } from './header-kind.js';

/** What a column after the units holds, by its header. */
export type ExtraKind = 'deadline' | 'progress' | 'figure' | 'other';

/** The kind of a header cell after the units: progress notes, figures (amounts, targets), a deadline. */
export function extraKind(text: string, kind: HeaderKind): ExtraKind {
  if (kind === 'deadline' || /时限|时间|期限|進度|进度|時限|時間/u.test(text)) return 'deadline';
  if (/进展|進展|情况|情況|成效/u.test(text)) return 'progress';
  if (/投资|投資|资金|資金|金额|金額|规模|規模|数量|數量|经费|經費|目标|目標|指标|指標|[（(](万元|亿元|億元|元|万|个|個|项|項|人|户|亩|公里|%|％)[）)]/u.test(text)) return 'figure';
  return 'other';
}

/** How a progress note opens (已完成…, 正在推进…, 目前…, 截至…, 1.已召开…). */
// (Two characters at least: a bare 已 / 未 / 累计 opens words of a title too, 全市累计新建…, 农村未成年人….)
const PROGRESS_OPENING = /^(?:已(?:完成|经|經|于|於|会同|會同|召开|召開|开工|開工|建成|落实|落實|下达|下達|印发|印發|启动|啟動|全面|基本|初步|按|累计|累計)|正在|正按|尚未|未(?:完成|开工|開工|启动|啟動)|目前|截至|截止|按计划|按計劃|1[.、．](?=已|正在|完成))/u;
/** A figure at the end of a row (1200, 0.8, 完成80%, 新增3000户, ≥95%, 不少于5个). */
const TRAILING_FIGURE = /(?:完成|新增|达到|達到|不少于|不低于|不超过|≥|≤|>|<|＞|＜)?\d+(?:\.\d+)?\s*(?:万元|亿元|億元|元|万|萬|%|％|个|個|户|戶|所|人|亩|畝|公里|项|項|家|座|条|條)?$/u;
/** Text ending as a unit's name does (市甲局, 各镇街, 各有关单位). */
const nameEnds = (text: string): boolean => BODY_END.test(text) || /(街|村|社区|單位|单位|部门|部門|平台|平臺|市|县|縣|[)）])$/u.test(text);

/** The longest figure cell read from a row's end. */
const MAX_FIGURE = 24;
/** The longest progress note read from a row's end. */
const MAX_PROGRESS = 200;

/** The progress note a row's text ends with: it opens with progress words right after a name's end or a figure. */
function trailingProgress(text: string): string | undefined {
  for (let p = Math.max(2, text.length - MAX_PROGRESS); p <= text.length - 2; p += 1) {
    if (!PROGRESS_OPENING.test(text.slice(p))) continue;
    // (Only the characters just before: a name's ending is short, and the row may be long.)
    const before = text.slice(Math.max(0, p - 8), p);
    if (nameEnds(before) || /\d$/u.test(before)) return text.slice(p);
  }
  return undefined;
}

/** A deadline the text ends with (…县交通局持续推进, …2024年12月). */
export function trailingDeadline(text: string): string | undefined {
  for (let k = Math.max(1, text.length - 20); k <= text.length - 2; k += 1) {
    if (/[\d０-９年]/u.test(text[k - 1] as string)) continue;
    const tail = text.slice(k);
    if (isDeadline(tail)) return tail;
  }
  return undefined;
}

/**
 * Cuts the cells of `kinds` (the header's columns after the units, in order) from the end of a row's
 * text: the text left (ending with the units) and each cell's text, `''` where it was not found.
 */
export function trailingExtras(text: string, kinds: readonly ExtraKind[]): { text: string; cells: string[] } {
  let rest = text;
  const cells = kinds.map(() => '');
  for (let i = kinds.length - 1; i >= 0; i -= 1) {
    const kind = kinds[i];
    const body = rest.replace(/\s+$/u, '');
    let cell: string | undefined;
    if (kind === 'deadline') cell = trailingDeadline(body);
    else if (kind === 'progress') cell = trailingProgress(body);
    else if (kind === 'figure') {
      // (Read from the row's last characters only: a figure cell is short, and a long run of digits is no cell.)
      const tail = body.slice(-MAX_FIGURE);
      const m = TRAILING_FIGURE.exec(tail);
      const at = m === null ? -1 : body.length - tail.length + m.index;
      // (Only after a name's end: a title's own figure, 增长15%, is no cell.)
      if (m !== null && at > 0 && nameEnds(body.slice(Math.max(0, at - 8), at))) cell = m[0];
    }
    if (cell === undefined || cell === '') continue;
    cells[i] = cell;
    rest = body.slice(0, body.length - cell.length);
  }
  return { text: rest, cells };
}
