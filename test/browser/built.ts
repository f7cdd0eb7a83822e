// The built viewer (`vite build`, with its Content-Security-Policy), served from a sub-path by a
// tiny static server, as a static host would: "done" means the built app works, not only dev.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const VIZ_ROOT = fileURLToPath(new URL('../../packages/viz/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface BuiltViewer {
  /** The app's URL, under the sub-path (e.g. http://127.0.0.1:PORT/fengong/). */
  url: string;
  /** Tables served at `<url>tables/<name>`, same-origin, for `?src=`. */
  tables: Map<string, string>;
  close(): Promise<void>;
}

/** Builds packages/viz into a temporary folder and serves it under `base` on 127.0.0.1. */
export async function startBuiltViewer(base = '/fengong/'): Promise<BuiltViewer> {
  const outDir = mkdtempSync(join(tmpdir(), 'fengong-viz-'));
  await build({ root: VIZ_ROOT, configFile: `${VIZ_ROOT}vite.config.ts`, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const tables = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const rest = path.slice(base.length);
    if (rest.startsWith('tables/')) {
      const table = tables.get(rest.slice('tables/'.length));
      if (table === undefined) response.writeHead(404).end('no such table');
      else response.writeHead(200, { 'content-type': TYPES['.txt'] ?? '' }).end(table);
      return;
    }
    const file = normalize(join(outDir, rest === '' ? 'index.html' : rest));
    if (!file.startsWith(outDir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('browser tests: the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    tables,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
