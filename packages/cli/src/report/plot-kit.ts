// Observable Plot in Node: the library and a linkedom document to draw into, loaded on first use
// (only `fengong report` pays for them), and the serialisation of a figure as standalone SVG.
import type * as PlotModule from '@observablehq/plot';

export interface PlotKit {
  Plot: typeof PlotModule;
  document: Document;
}

/** The fonts figures and page ask for: CJK faces common on Windows, macOS and Linux, then any sans-serif. */
export const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif';

/** Loads Observable Plot and a linkedom document (dynamic imports: nothing loads before the report is asked for). */
export async function loadPlotKit(): Promise<PlotKit> {
  const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')]);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return { Plot, document };
}

/**
 * A figure Plot drew, as standalone SVG text: the SVG namespace set, the font stack and size of the
 * report, the accessible title given.
 */
export function svgText(svg: SVGSVGElement | HTMLElement, title: string): string {
  const root = svg as unknown as Element;
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('font-family', FONT_STACK);
  // Plot's 10 px axis text is small on A4; the label widths above are estimated at 11 px or more.
  root.setAttribute('font-size', '11');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', title);
  return root.outerHTML;
}

/** The SVG without its `<style>` elements (the page's own stylesheet carries the same rules, under the page's CSP). */
export function withoutStyle(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/gu, '');
}
