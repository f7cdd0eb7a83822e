// SVG → PNG at print resolution with resvg (Rust, shipped prebuilt inside its npm packages; no
// download at install), loaded only when `--figures` writes PNGs.
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import { InputError } from '../errors.js';

/** Print resolution of the PNGs: 300 dots per inch, the SVG's CSS pixels being 1/96 inch. */
export const PNG_DPI = 300;

/** Renders each SVG to PNG at {@link PNG_DPI} with the system's fonts (a CJK font is needed for Chinese labels). */
export async function svgToPng(svgs: readonly string[]): Promise<Buffer[]> {
  let Resvg: typeof ResvgClass;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch (error) {
    throw new InputError(`cannot write PNG figures: resvg is not available on this platform (${(error as Error).message.split('\n')[0]}); the SVG figures are written`);
  }
  return svgs.map((svg) => {
    const resvg = new Resvg(svg, { background: 'white', fitTo: { mode: 'zoom', value: PNG_DPI / 96 }, font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei' } });
    return resvg.render().asPng();
  });
}
