// Builds small tables in the "Word table pasted as text" layout for tests.

export const HEADER = ['序号', '类别', '重点任务', '责任单位'];

/** One cell per tab-indented line, a blank line between rows, as Word's paste gives. */
export function wordTable(rows: readonly (readonly string[])[], options: { header?: readonly string[] | null; preamble?: string } = {}): string {
  const header = options.header === undefined ? HEADER : options.header;
  const blocks = [...(header === null ? [] : [header]), ...rows].map((cells) => cells.map((c) => `\t${c}`).join('\n'));
  return [options.preamble ?? '附件\n\n重点任务责任分工', ...blocks].join('\n\n') + '\n';
}
