// Reading colours out of PNG screenshots.
import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

export interface Image {
  width: number;
  height: number;
  data: Buffer;
}

export function decodePng(buffer: Buffer): Image {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

/** `#rrggbb` → [r, g, b]. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`parseHex: expected #rrggbb, got ${JSON.stringify(hex)}`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
}

/** Largest per-channel difference. */
export function distance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

export function pixelAt(image: Image, x: number, y: number): Rgb {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

/**
 * The most frequent colour in the (2r+1)² patch around (x, y): a node's fill, even if a thin label
 * stroke or an anti-aliased edge crosses its centre.
 */
export function dominantColor(image: Image, x: number, y: number, r = 2): Rgb {
  const counts = new Map<string, { color: Rgb; n: number }>();
  for (let dy = -r; dy <= r; dy += 1) {
    for (let dx = -r; dx <= r; dx += 1) {
      const color = pixelAt(image, x + dx, y + dy);
      const key = color.join(',');
      const entry = counts.get(key) ?? { color, n: 0 };
      entry.n += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.color ?? [0, 0, 0];
}

/** Pixels within `tolerance` of `color`. */
export function countNear(image: Image, color: Rgb, tolerance: number): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const c: Rgb = [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
    if (distance(c, color) <= tolerance) n += 1;
  }
  return n;
}
