// The comparison's sections as a plain-text report or as Markdown.
import { textTable } from '../text-table.js';
import { escapeControls } from '../terminal.js';
import type { Section } from './compare-sections.js';
import { escapeMarkdown, markdownTable } from './markdown.js';

/** Sections as aligned text tables, each under its title. */
export function compareText(sections: readonly Section[]): string {
  return sections
    .map((s) => [escapeControls(s.title), s.rows.length === 0 && s.empty !== undefined ? `  ${s.empty}` : textTable(s.rows, s.columns), ...s.notes.map(escapeControls)].join('\n'))
    .join('\n\n');
}

/** Sections as GitHub-flavoured Markdown: a heading and a table each; every cell escaped. */
export function compareMarkdown(heading: string, sections: readonly Section[]): string {
  const body = sections.map((s) =>
    [`## ${escapeMarkdown(s.title)}`, s.rows.length === 0 && s.empty !== undefined ? escapeMarkdown(s.empty) : markdownTable(s.rows, s.columns), ...s.notes.map(escapeMarkdown)].join('\n\n'),
  );
  return [`# ${escapeMarkdown(heading)}`, ...body].join('\n\n') + '\n';
}
