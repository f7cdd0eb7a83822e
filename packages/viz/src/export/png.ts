// PNG of the current view with its legend: sigma's layers drawn by @sigma/export-image (a
// temporary renderer with the same settings, reducers and camera), the legend drawn above them.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Renderer } from '../renderer.js';
import { COLORS } from '../style.js';
import type { Legend, LegendItem } from '../ui/legend-model.js';

const PAD = 16;
const LINE = 20;
const SWATCH = 11;
const GAP = 16;

type Placed = { item: LegendItem; x: number; y: number };

/** Height of an item's row: discs of the size key may be taller than a line of text. */
function itemHeight(item: LegendItem): number {
  return Math.max(LINE, 2 * (item.radius ?? 0) + 4);
}

/** Flows legend items into rows `width` wide; returns their positions (row middles) and the height used. */
function flow(context: CanvasRenderingContext2D, groups: LegendItem[][], width: number, top: number): { placed: Placed[]; bottom: number } {
  const placed: Placed[] = [];
  let y = top;
  for (const items of groups) {
    let row: Placed[] = [];
    let x = PAD;
    const closeRow = (): void => {
      const height = Math.max(LINE, ...row.map((p) => itemHeight(p.item)));
      for (const p of row) placed.push({ ...p, y: y + height / 2 });
      y += height;
      row = [];
      x = PAD;
    };
    for (const item of items) {
      const w = swatchWidth(item) + 6 + context.measureText(item.label).width;
      if (x > PAD && x + w > width - PAD) closeRow();
      row.push({ item, x, y: 0 });
      x += w + GAP;
    }
    if (row.length > 0) closeRow();
  }
  return { placed, bottom: y + PAD / 2 };
}

function swatchWidth(item: LegendItem): number {
  return item.radius !== undefined ? 2 * item.radius : item.swatch === 'line' || item.swatch === 'arrow' ? SWATCH + 4 : SWATCH;
}

function drawSwatch(context: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): void {
  context.fillStyle = item.color;
  context.strokeStyle = item.color;
  const cy = y - SWATCH / 2 + 1;
  if (item.swatch === 'line' || item.swatch === 'arrow') {
    context.fillRect(x, cy + SWATCH / 2 - (item.width ?? 1) / 2, SWATCH + 4, Math.max(1, item.width ?? 1));
  } else if (item.swatch === 'circle') {
    const r = item.radius ?? SWATCH / 2;
    context.beginPath();
    context.arc(x + r, y, r, 0, 2 * Math.PI);
    context.fill();
  } else if (item.swatch === 'ring') {
    context.lineWidth = 1.5;
    context.strokeRect(x + 0.75, cy + 0.75, SWATCH - 1.5, SWATCH - 1.5);
  } else {
    context.fillRect(x, cy, SWATCH, SWATCH);
  }
}

/**
 * sigma's layers drawn at `scale` device pixels per CSS pixel: sigma and @sigma/export-image read
 * `window.devicePixelRatio` when they set up the temporary renderer, so it is set to the scale for
 * that call and put back (the page's own renderer keeps the ratio it started with).
 */
async function layersAt(renderer: Renderer, scale: number): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => scale });
  try {
    return await drawOnCanvas(renderer as unknown as Sigma, { backgroundColor: COLORS.background });
  } finally {
    if (own === undefined) delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    else Object.defineProperty(window, 'devicePixelRatio', own);
  }
}

/** The image of what `renderer` shows, under a title and the legend, at `scale` × (1, 2 or 4: pixels per screen pixel). */
export async function viewPng(renderer: Renderer, legend: Legend, title: string, scale = 1): Promise<Blob> {
  // The interface language's font (Latin first in English), as the labels on the canvas.
  const font = renderer.getSetting('labelFont');
  const graph = await layersAt(renderer, scale);
  const ratio = scale;
  const width = graph.width / ratio;
  const measure = document.createElement('canvas').getContext('2d');
  if (measure === null) throw new Error('@fengong/viz: no 2D canvas context for the PNG export');
  measure.font = `12px ${font}`;
  const { placed, bottom } = flow(measure, [legend.colors.filter((item) => item.off !== true), legend.keys], width, PAD + LINE + 4);

  const out = document.createElement('canvas');
  out.width = graph.width;
  out.height = graph.height + Math.ceil(bottom * ratio);
  const context = out.getContext('2d');
  if (context === null) throw new Error('@fengong/viz: no 2D canvas context for the PNG export');
  context.fillStyle = COLORS.background;
  context.fillRect(0, 0, out.width, out.height);
  context.scale(ratio, ratio);
  context.textBaseline = 'middle';
  context.fillStyle = COLORS.label;
  context.font = `600 15px ${font}`;
  context.fillText(title, PAD, PAD + LINE / 2, width - 2 * PAD);
  context.font = `12px ${font}`;
  for (const { item, x, y } of placed) {
    drawSwatch(context, item, x, y);
    context.fillStyle = COLORS.label;
    context.fillText(item.label, x + swatchWidth(item) + 6, y);
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(graph, 0, Math.ceil(bottom * ratio));
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob === null ? reject(new Error('PNG encoding failed')) : resolve(blob)), 'image/png'));
}
