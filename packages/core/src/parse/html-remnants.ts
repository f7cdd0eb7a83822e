// Remnants of a web page's markup in its copied text: layout tags (`<br>`, `</p>`), tags that lost their
// `<` (`稳增长/div>`) and character entities (`&nbsp;`). Not part of the text: removed (entities
// decoded) before the text is read, with a warning saying how many and where.

/** Tags of text layout only (`<br>`, `</p>`, `<span style=…>`): never an image, a script or a name. */
const TAG = /<\/?(?:br|p|div|span|font|b|strong|i|em|u|td|th|tr|table|tbody|thead|li|ul|ol|a|section|article|center|sup|sub|nobr)(?:\s[^<>]*)?\/?>/giu;
/** A closing tag that lost its `<`, as pages cut mid-tag leave it: `/div>`, `/p>`, `/td>`. */
const BROKEN = /(?<![<A-Za-z0-9])\/(?:div|p|span|td|th|tr|table|tbody|font|strong|b|br|li|ul|a|section|article)>/gu;
const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', ensp: ' ', emsp: '\u3000', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·', mdash: '—', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…' };
const ENTITY = /&(#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-z]{2,8});/gu;

function decode(m: string, name: string): string {
  if (name.startsWith('#x')) return safe(Number.parseInt(name.slice(2), 16), m);
  if (name.startsWith('#')) return safe(Number.parseInt(name.slice(1), 10), m);
  return ENTITIES[name] ?? m;
}
const safe = (code: number, m: string): string => (code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m);

/** The text without markup remnants, how many were removed and the 1-based lines they were on. */
export function removeHtmlRemnants(text: string): { text: string; count: number; lines: number[] } {
  if (!/[<>&]/u.test(text)) return { text, count: 0, lines: [] };
  let count = 0;
  const lines = new Set<number>();
  const out = text.split('\n').map((line, i) => {
    const note = (): void => {
      count += 1;
      lines.add(i + 1);
    };
    return line
      .replace(TAG, () => {
        note();
        return '';
      })
      .replace(BROKEN, () => {
        note();
        return '';
      })
      .replace(ENTITY, (m, name: string) => {
        const d = decode(m, name);
        if (d !== m) note();
        return d;
      });
  });
  return { text: out.join('\n'), count, lines: [...lines] };
}
