// Text for the terminal: control characters from the input shown, never obeyed.

/**
 * C0 controls, DEL and C1 controls: what a terminal may act on rather than show (`ESC ] 0 ; … BEL`
 * retitles the window, `ESC [ 2 J` clears the screen, CR overwrites the line); and the
 * bidirectional marks, embeddings, overrides and isolates (U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), which reorder what is shown ("Trojan Source", CVE-2021-42574) and which git
 * shows escaped too.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * `text` with every control character (C0, DEL, C1, bidi) written as an escape — `\t`, `\n`, `\r`, else
 * `\x1b`, `\x7f`, `\x9b`, `\u202e` — as `ls` and git show file names: for the human-readable outputs (text
 * tables, Markdown, messages), whose names and titles come from documents the user did not write.
 * JSON and CSV keep the data exact instead.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code > 0xff ? `\\u${code.toString(16)}` : `\\x${code.toString(16).padStart(2, '0')}`);
  });
}

/** A message of several lines with the control characters in each escaped, its line breaks kept. */
export function escapeControlsByLine(text: string): string {
  return text.split('\n').map(escapeControls).join('\n');
}
