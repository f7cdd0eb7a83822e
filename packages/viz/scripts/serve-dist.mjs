// What the measuring scripts share: the built explorer (dist/) served on 127.0.0.1 with tables
// beside it, and headless Chromium (Debian's, or FENGONG_CHROMIUM) with the flags that work here.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves `dist` and the tables of `tables` (path without the leading / → text); resolves to the server and its base URL. */
export async function serveDist(dist, tables) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const table = tables.get(path.slice(1));
    if (table !== undefined) return response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(table);
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

/** Headless Chromium without a GPU, as the benchmarks and tests run it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.FENGONG_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
