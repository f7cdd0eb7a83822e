// UCINET DL files in the edge-list formats: the agency–task graph as a two-mode agency × task matrix
// (edgelist2), or the agency projection as a valued one-mode matrix (edgelist1).
import type { ResponsibilityGraph } from '../graph/types.js';
import { networkLists, quotedLabel, type NetworkMode } from './network-lists.js';

export interface UcinetDlOptions {
  /** `two-mode` (default): the agency × task matrix; `projection`: the agency × agency matrix of shared tasks. */
  mode?: NetworkMode;
}

/**
 * The network as a UCINET DL file (Borgatti, Everett & Freeman, UCINET 6 user's guide, "DL"), in the
 * edge-list formats: one data line per tie, vertices by number, labels listed once in quotes —
 * sparse (a table of 10,000 tasks is 61,000 lines, where `fullmatrix` would be 10 million cells),
 * valued where the projection needs it (`nodelist` formats are binary only), and safe for names
 * with spaces or commas (numbers, never names, on the data lines).
 *
 * - `two-mode`: `DL nr=n_A nc=n_T`, `format = edgelist2` (rows and columns of different kinds):
 *   `row labels:` the agencies, `column labels:` the tasks (`task:<id>`), then `data:` one line
 *   `row column 1` per agency–task link — the incidence matrix UCINET's two-mode routines take.
 * - `projection`: `DL n=n_A`, `format = edgelist1`, `labels:` the agencies, then `data:` a line
 *   `i j S_ij` in both directions for every pair sharing S_ij ≥ 1 tasks (the matrix is symmetric;
 *   pairs sharing none are absent, i.e. 0).
 *
 * Labels are in double quotes (`quotedLabel`: names with spaces kept whole, Chinese as written, UTF-8
 * without a byte-order mark; a `"` inside a name becomes ＂, as DL has no escape). Lines end in CRLF. The same graph always gives the same bytes.
 *
 * @example
 * writeFileSync('plan.dl', toUcinetDl(graph));
 */
export function toUcinetDl(graph: ResponsibilityGraph, options: UcinetDlOptions = {}): string {
  const mode = options.mode ?? 'two-mode';
  const lists = networkLists(graph, mode, 'toUcinetDl');
  const labels = (from: number, to: number): string[] => lists.labels.slice(from, to).map(quotedLabel);
  const lines: string[] = [];
  if (mode === 'two-mode') {
    const n = lists.rows;
    lines.push(`DL nr=${n} nc=${lists.labels.length - n}`, 'format = edgelist2', 'row labels:', ...labels(0, n), 'column labels:', ...labels(n, lists.labels.length), 'data:');
    for (let e = 0; e < lists.u.length; e += 1) lines.push(`${(lists.u[e] as number) + 1} ${(lists.v[e] as number) - n + 1} 1`);
  } else {
    lines.push(`DL n=${lists.rows}`, 'format = edgelist1', 'labels:', ...labels(0, lists.rows), 'data:');
    for (let e = 0; e < lists.u.length; e += 1) {
      const i = (lists.u[e] as number) + 1;
      const j = (lists.v[e] as number) + 1;
      const s = lists.value[e] as number;
      lines.push(`${i} ${j} ${s}`, `${j} ${i} ${s}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
