// The closing matter of an official document, printed after its last table row or item: who it is
// copied to (抄送：…), the issuing office and date (某某市人民政府办公室 2024年3月5日印发), a contact
// (联系人：…，联系电话：…). It names bodies, so a reader would
// take it for one more task, or more units of the last one. Such lines are blanked (their line
// numbers kept) before the text is read, with a warning saying how many and where.

/** Lines that are closing matter whatever else they hold. */
const CLOSING = [
  /^(?:抄送|抄报|分送|主送)\s*[:：]/u,
  /^联系人\s*[:：]/u,
  /^(?:联系电话|电话|传真|电子邮箱|邮箱)\s*[:：]\s*[\d\-—－()（）\s,，、/]{6,}$/u,
  // The issuer and the date it was issued (…办公室 2024年3月5日印发), or the date alone with 印发.
  /^\S{0,40}\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*(?:印发|印發|发布|發布)$/u,
];

/** Whether a line is a document's closing matter (see the file's comment). */
export function isClosingMatter(line: string): boolean {
  const s = line.trim();
  return s !== '' && s.length <= 200 && CLOSING.some((re) => re.test(s));
}

/** The text with its closing-matter lines blanked, and the 1-based lines blanked. */
export function removeClosingMatter(text: string): { text: string; count: number; lines: number[] } {
  if (!/抄送|抄报|分送|主送|联系人|电话|传真|邮箱|印发|印發|发布|發布/u.test(text)) return { text, count: 0, lines: [] };
  const lines: number[] = [];
  const out = text.split('\n').map((line, i) => {
    if (!isClosingMatter(line.replace(/\r$/u, ''))) return line;
    lines.push(i + 1);
    return '';
  });
  return { text: out.join('\n'), count: lines.length, lines };
}
