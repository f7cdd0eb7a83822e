// Checks shared by the report tests in Chromium: text overflowing its box, and the share of a figure's pixels drawn.
import type { Page } from 'playwright-core';
import { decodePng } from './pixels.js';

/** Elements whose text overflows their box, and SVG texts reaching outside their figure's SVG. */
export const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('h1, h2, p, th, td, figcaption'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName} “${(el.textContent ?? '').slice(0, 30)}” ${el.scrollWidth} > ${el.clientWidth}`);
    }
    const body = document.body.getBoundingClientRect();
    for (const svg of Array.from(document.querySelectorAll('figure svg'))) {
      const box = svg.getBoundingClientRect();
      if (box.right > body.right + 1) out.push(`svg of ${svg.parentElement?.id} reaches ${box.right} > ${body.right}`);
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          out.push(`text “${t.textContent}” of ${svg.parentElement?.id} outside its figure`);
        }
      }
    }
    return out;
  });

/** Share of the pixels of `figure#id svg` that are not near-white (a blank figure gives about 0). */
export async function inkShare(page: Page, id: string): Promise<number> {
  const image = decodePng(await page.locator(`figure#${id} svg`).screenshot());
  let ink = 0;
  for (let i = 0; i < image.data.length; i += 4) if ((image.data[i] ?? 255) < 230 || (image.data[i + 1] ?? 255) < 230 || (image.data[i + 2] ?? 255) < 230) ink++;
  return ink / (image.width * image.height);
}
