// The matrix view as an image (SVG, or PNG drawn from it): the agency × task table as shown —
// its order, category bands, community groups and lead / co / responsible cells — so exporting
// from the matrix view gives the matrix, not a blank canvas.
import { COLORS } from '../style.js';
import { svg } from '../ui/svg.js';

const CELL = 14;
const NAME = 260;
const BAND = 16;
const HEAD = 28;
const TOP = 36;
const SHADE: Record<string, string> = { lead: '#4b5363', co: '#dfe3ea', responsible: '#b3bac5' };

/** An SVG document of the matrix `table` (the `#matrix table` the view shows). */
export function matrixSvg(table: HTMLTableElement, title: string, keys: readonly { role: string; label: string }[] = []): string {
  const bands = Array.from(table.querySelectorAll<HTMLElement>('thead th.band'));
  const heads = Array.from(table.querySelectorAll<HTMLElement>('thead tr:last-child th'));
  const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const width = NAME + heads.length * CELL + 16;
  const height = TOP + BAND + HEAD + rows.length * CELL + 16 + (keys.length > 0 ? 24 : 0);
  const root = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': getComputedStyle(table).fontFamily });
  root.append(svg('rect', { width, height, fill: COLORS.background }));
  root.append(svg('text', { x: 8, y: 24, 'font-size': 15, 'font-weight': 600, fill: COLORS.label }, title));
  let x = NAME;
  for (const band of bands) {
    const span = Number(band.getAttribute('colspan') ?? '1');
    root.append(svg('rect', { x, y: TOP, width: span * CELL - 1, height: 4, fill: band.style.borderTopColor || COLORS.uncategorised }));
    if (span >= 4) root.append(svg('text', { x: x + 1, y: TOP + BAND - 3, 'font-size': 10, fill: COLORS.label }, (band.getAttribute('title') ?? '').slice(0, Math.floor(span * 1.3))));
    x += span * CELL;
  }
  heads.forEach((th, i) => root.append(svg('text', { x: NAME + i * CELL + CELL / 2, y: TOP + BAND + HEAD - 6, 'font-size': 9, 'text-anchor': 'middle', fill: COLORS.label }, th.textContent ?? '')));
  const y0 = TOP + BAND + HEAD;
  rows.forEach((tr, r) => {
    const y = y0 + r * CELL;
    const group = tr.querySelector<HTMLElement>('th.group');
    if (group !== null) root.append(svg('rect', { x: 0, y, width: 10, height: Number(group.getAttribute('rowspan') ?? '1') * CELL - 1, fill: group.style.backgroundColor }));
    root.append(svg('text', { x: 14, y: y + CELL - 3, 'font-size': 11, fill: COLORS.label }, tr.querySelector('th[scope="row"]')?.textContent ?? ''));
    Array.from(tr.querySelectorAll('td')).forEach((td, c) => {
      const fill = SHADE[td.className];
      root.append(svg('rect', { x: NAME + c * CELL, y, width: CELL - 1, height: CELL - 1, fill: fill ?? '#ffffff', stroke: '#e6e8ec', 'stroke-width': 0.5, ...(fill === undefined ? {} : { 'data-role': td.className }) }));
    });
  });
  // The legend under the matrix: which shade is which role.
  let kx = 14;
  const ky = y0 + rows.length * CELL + 14;
  for (const key of keys) {
    const fill = SHADE[key.role];
    // Only the roles the table has (a table without 负责 cells gets no 负责 key).
    if (fill === undefined || table.querySelector(`td.${key.role}`) === null) continue;
    root.append(svg('rect', { x: kx, y: ky, width: CELL - 1, height: CELL - 1, fill, stroke: '#e6e8ec', 'stroke-width': 0.5 }), svg('text', { x: kx + CELL + 4, y: ky + CELL - 3, 'font-size': 11, fill: COLORS.label }, key.label));
    kx += CELL + 12 + 12 * key.label.length;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** The SVG drawn onto a canvas at `scale` × and encoded as PNG. */
export async function svgToPng(text: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('@fengong/viz: no 2D canvas context for the PNG export');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob === null ? reject(new Error('PNG encoding failed')) : resolve(blob)), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
