// Writing a report: the page, and with --figures each figure as SVG (and PNG at 300 dpi, unless --no-png).
import { join } from 'node:path';
import { makeDirectory, writeOutput } from '../files.js';
import type { PageFigure } from './page.js';

/** Writes `html` to `output` and the figures into `figures` (created if missing); returns the paths written, in order. */
export async function writeReport(output: string, html: string, figures: readonly PageFigure[], options: { figures?: string | undefined; png: boolean }): Promise<string[]> {
  await writeOutput(output, html);
  const wrote = [output];
  if (options.figures === undefined) return wrote;
  const dir = options.figures;
  await makeDirectory(dir);
  for (const f of figures) await writeOutput(join(dir, `${f.id}.svg`), f.svg);
  wrote.push(...figures.map((f) => join(dir, `${f.id}.svg`)));
  if (options.png) {
    const { svgToPng } = await import('./png.js');
    const pngs = await svgToPng(figures.map((f) => f.svg));
    for (const [i, f] of figures.entries()) await writeOutput(join(dir, `${f.id}.png`), pngs[i] as Buffer);
    wrote.push(...figures.map((f) => join(dir, `${f.id}.png`)));
  }
  return wrote;
}
