// The ids of the tasks a prose reading found, from their numbers and the items above them.

/**
 * One id per task, in order: the task's own number while every task has one and none repeats;
 * a running index when none is numbered; otherwise the numbers of the items above it joined with
 * dots (`2.3`, or `2.t5` for the fifth task, unnumbered, under item 2). An id used twice takes a
 * suffix (`3-2`).
 */
export function taskIds(drafts: readonly { number: number | null; path: readonly string[] }[]): string[] {
  const ownNumbers = drafts.map((d) => (d.number === null ? null : String(d.number)));
  const unique = ownNumbers.every((n, i) => n !== null && ownNumbers.indexOf(n) === i);
  const noneNumbered = ownNumbers.every((n) => n === null);
  const used = new Set<string>();
  return drafts.map((d, i) => {
    let id = unique ? String(d.number) : noneNumbered ? String(i + 1) : d.number === null ? [...d.path, `t${i + 1}`].join('.') : d.path.join('.');
    if (id === '') id = String(i + 1);
    let k = 2;
    const base = id;
    while (used.has(id)) id = `${base}-${k++}`;
    used.add(id);
    return id;
  });
}
