// Pajek .net files (Pajek, NetworkX `read_pajek`, igraph `Read_Pajek`): the agency–task graph as a
// two-mode network, or the agency projection valued by shared tasks.
import type { ResponsibilityGraph } from '../graph/types.js';
import { networkLists, quotedLabel, type NetworkMode } from './network-lists.js';

export interface PajekOptions {
  /** `two-mode` (default): agencies and tasks; `projection`: agencies, tied by shared tasks. */
  mode?: NetworkMode;
}

/**
 * The network as a Pajek `.net` file (Batagelj & Mrvar, Pajek manual: `*Vertices`, `*Edges`), lines
 * ending in CRLF as Pajek writes them, UTF-8 without a byte-order mark.
 *
 * - `two-mode`: `*Vertices N n_A` — Pajek's header of a two-mode network, agencies 1 … n_A (their
 *   names), then tasks n_A + 1 … N (labelled `task:<id>`) — and one `*Edges` line per link,
 *   `agency task 1 l "lead" | "co" | "responsible"` (value 1, the role as the line's label).
 * - `projection`: `*Vertices n_A` and one `*Edges` line per pair of agencies sharing a task, valued
 *   by the number of tasks they share.
 *
 * Every label is in double quotes (`quotedLabel`: names keep spaces and Chinese as written; Pajek
 * has no escape, so a `"` inside a name is written as ＂), and NetworkX's `read_pajek` and igraph's
 * `Read_Pajek` read the same labels back. NetworkX 2.8 cannot read the two-mode header (it expects
 * `*Vertices N` alone; igraph reads it and marks the tasks `type`): the projection it reads as is.
 * The same graph always gives the same bytes.
 *
 * @example
 * writeFileSync('plan.net', toPajek(graph));
 * writeFileSync('plan-agencies.net', toPajek(graph, { mode: 'projection' }));
 */
export function toPajek(graph: ResponsibilityGraph, options: PajekOptions = {}): string {
  const lists = networkLists(graph, options.mode ?? 'two-mode', 'toPajek');
  const lines = [lists.labels.length === lists.rows ? `*Vertices ${lists.rows}` : `*Vertices ${lists.labels.length} ${lists.rows}`];
  lists.labels.forEach((label, i) => lines.push(`${i + 1} ${quotedLabel(label)}`));
  lines.push('*Edges');
  for (let e = 0; e < lists.u.length; e += 1) {
    const role = lists.role === null ? '' : ` l ${quotedLabel(lists.role[e] as string)}`;
    lines.push(`${(lists.u[e] as number) + 1} ${(lists.v[e] as number) + 1} ${lists.value[e] as number}${role}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}
