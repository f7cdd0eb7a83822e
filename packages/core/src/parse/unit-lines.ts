// The line each unit name of a prose task was written on, for messages and for the graph.
import { lastAtOrBefore } from './text.js';

/**
 * The line of each unit name in a task's unit groups (joined with `；`): names are looked up from
 * where the last one was found, as they come in order, so a list of any length is read in one pass.
 */
export function lineFinder(groups: readonly { phrase: string; line: number }[], joined: string, fallback: number): (name: string) => number {
  if (groups.length === 1) return () => (groups[0] as { line: number }).line;
  const starts: number[] = [];
  let offset = 0;
  for (const g of groups) {
    starts.push(offset);
    offset += g.phrase.length + 1;
  }
  let cursor = 0;
  return (name) => {
    let at = joined.indexOf(name, cursor);
    if (at < 0) at = joined.indexOf(name);
    if (at < 0) return fallback;
    cursor = at + name.length;
    return (groups[lastAtOrBefore(starts, at)] as { line: number }).line;
  };
}
