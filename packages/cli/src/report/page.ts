// The report as one self-contained HTML page: inline SVG figures, one stylesheet allowed by its
// hash in a strict Content-Security-Policy (no script, no font, no request of any kind), A4 print CSS.
import { createHash } from 'node:crypto';
import { esc } from './html.js';
import { FONT_STACK, withoutStyle } from './plot-kit.js';
import type { Strings } from './strings.js';

export interface PageFigure {
  id: string;
  title: string;
  caption: string;
  svg: string;
}

export interface PageSection {
  id: string;
  title: string;
  /** HTML built with escaped text. */
  html: string;
  note?: string;
}

export interface PageContent {
  title: string;
  subtitle: string;
  source: string;
  summary: string;
  figures: PageFigure[];
  sections: PageSection[];
}

const CSS = `
:root { --ink: #222; --muted: #666; --rule: #ddd; }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; color: var(--ink); background: #fff; line-height: 1.55; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 8mm; }
h1 { font-size: 22pt; line-height: 1.3; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid var(--rule); padding-bottom: 2pt; }
p { margin: 4pt 0 8pt; overflow-wrap: anywhere; }
.subtitle { font-size: 12pt; color: var(--muted); margin: 0 0 8pt; }
.source { font-size: 9.5pt; color: var(--muted); }
.summary { font-size: 11pt; }
figure { margin: 10pt 0 14pt; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; font-family: ${FONT_STACK}; }
figure svg text, figure svg tspan { white-space: pre; }
figcaption { font-size: 9pt; color: var(--muted); margin-top: 4pt; }
figcaption b { color: var(--ink); }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 4pt 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { font-weight: 600; background: #f4f6f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.note, .rest { font-size: 8.5pt; color: var(--muted); }
footer { margin-top: 18pt; font-size: 8pt; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.figure-page { break-before: auto; }
}
`;

/** The Content-Security-Policy of the page: nothing may load or run; only the page's own stylesheet (by hash) applies. */
export function contentSecurityPolicy(css: string): string {
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; font-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** The whole page. Every text is escaped here or was escaped where its HTML was built. */
export function reportPage(content: PageContent, s: Strings): string {
  const figures = content.figures
    .map(
      (f) =>
        `<figure id="${esc(f.id)}" data-figure="${esc(f.id)}">${withoutStyle(f.svg)}<figcaption><b>${esc(f.title)}.</b> ${esc(f.caption)}</figcaption></figure>`,
    )
    .join('\n');
  const sections = content.sections
    .map((x) => `<section id="${esc(x.id)}"><h2>${esc(x.title)}</h2>${x.html}${x.note === undefined ? '' : `<p class="note">${esc(x.note)}</p>`}</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${esc(s.htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(CSS))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fengong">
<title>${esc(content.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(content.title)}</h1>
${content.subtitle === '' ? '' : `<p class="subtitle">${esc(content.subtitle)}</p>`}
<p class="source">${esc(s.source)}: ${esc(content.source)}</p>
</header>
<section id="summary"><h2>${esc(s.summary)}</h2><p class="summary">${esc(content.summary)}</p></section>
${figures}
${sections}
<footer>${esc(s.generated)}</footer>
</body>
</html>
`;
}
