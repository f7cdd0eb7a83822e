// A minimal static server for `fengong view`: the built explorer plus one table, on 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { InputError } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Where the served table lives; the app is opened with `?src=` pointing here. */
export const TABLE_PATH = '__table/';

export interface Served {
  url: string;
  close: () => void;
}

/**
 * Serves `app` (a built @fengong/viz) and, if given, one table's bytes under `__table/<name>`, on
 * 127.0.0.1. Paths are resolved inside `app` only (no `..`); everything else is a 404.
 */
export async function serveViewer(app: string, table: { name: string; bytes: Uint8Array } | undefined, port: number): Promise<Served> {
  const root = normalize(app + sep);
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      // A malformed escape (%E0%A4%A): a bad request, not a crash of the server.
      response.writeHead(400).end();
      return;
    }
    if (table !== undefined && path === `/${TABLE_PATH}${table.name}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(table.bytes);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new InputError(`port ${port} is in use on 127.0.0.1: give another with --port, or leave --port out for a free one`));
      else if (error.code === 'EACCES') reject(new InputError(`port ${port} needs privileges this user does not have: use a port above 1023, or leave --port out`));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  const query = table === undefined ? '' : `?src=${encodeURIComponent(`${TABLE_PATH}${table.name}`)}`;
  return { url: `http://127.0.0.1:${actual}/${query}`, close: () => server.close() };
}
