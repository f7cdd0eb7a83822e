// A legend drawn as marks in a figure's top margin: a coloured square and a name per item, left to right.
import type { PlotKit } from '../plot-kit.js';
import { textWidth } from '../text-width.js';

const FONT = 11;

export interface LegendItem {
  label: string;
  colour: string;
}

/**
 * Text marks forming a legend along the top-left of the frame, `dy` pixels above it; in a faceted
 * figure, `facet: 'super'` draws it once over all facets.
 */
export function legendMarks({ Plot }: PlotKit, items: readonly LegendItem[], dy = -24, facet?: 'super'): ReturnType<PlotKit['Plot']['text']>[] {
  const marks: ReturnType<PlotKit['Plot']['text']>[] = [];
  let dx = 0;
  for (const item of items) {
    const text = `■ ${item.label}`;
    marks.push(Plot.text([text], { frameAnchor: 'top-left', textAnchor: 'start', dx, dy, fontSize: FONT, fill: item.colour, text: (d: string) => d, ...(facet === undefined ? {} : { facet }) }));
    dx += textWidth(text, FONT) + 16;
  }
  return marks;
}
