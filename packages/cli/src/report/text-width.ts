// Widths of label text estimated without a font: Han characters and full-width forms one em, Latin narrower.

/** Estimated width in pixels of `text` at `fontSize`: 1 em per CJK or full-width character, 0.62 em per capital or digit, 0.52 em otherwise. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch)) em += 1;
    else if (/[A-Z0-9]/u.test(ch)) em += 0.62;
    else em += 0.52;
  }
  return em * fontSize;
}

/** `text` cut to at most `max` pixels at `fontSize`, with an ellipsis when cut. */
export function clip(text: string, fontSize: number, max: number): string {
  if (textWidth(text, fontSize) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > max) chars.pop();
  return `${chars.join('')}…`;
}
