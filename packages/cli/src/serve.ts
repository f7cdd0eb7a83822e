// A minimal static server for `fengong view`: the built explorer plus one table, on 127.0.0.1 only,
// answering only requests addressed to 127.0.0.1 or localhost (a DNS-rebinding page is refused).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
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

/**
 * The Content-Security-Policy sent with every response: the one the built explorer carries in its
 * `<meta>` tag (`CONTENT_SECURITY_POLICY` in packages/viz/vite.config.ts; a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Headers on every response, whatever its status. */
const SECURITY_HEADERS: OutgoingHttpHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

export interface Served {
  url: string;
  close: () => void;
}

/**
 * The `Host` headers the server answers: `127.0.0.1:PORT` and `localhost:PORT` (and both without
 * the port when it is 80, as browsers then send them). Anything else is a page on another name that
 * resolves to 127.0.0.1 (DNS rebinding), and must not read the table.
 */
export function allowedHosts(port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost'];
  return new Set([...names.map((n) => `${n}:${port}`), ...(port === 80 ? names : [])]);
}

/** The path of a request's URL, percent-decoded; undefined when its escapes are malformed (`/%`, `%E0%A4%A`). */
export function requestPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return undefined;
  }
}

/** The app's address opening `table` (its name percent-encoded, so `#`, `?` and `%` in it survive). */
export function viewerUrl(port: number, tableName: string | undefined): string {
  const query = tableName === undefined ? '' : `?src=${encodeURIComponent(`${TABLE_PATH}${encodeURIComponent(tableName)}`)}`;
  return `http://127.0.0.1:${port}/${query}`;
}

/** Ends a response with a status and a one-line plain-text body. */
function refuse(response: ServerResponse, status: number, line: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(`${line}\n`);
}

/**
 * Serves `app` (a built @fengong/viz) and, if given, one table's bytes under `__table/<name>`, on
 * 127.0.0.1. Requests whose `Host` is not 127.0.0.1 or localhost on this port get a 421; a URL with
 * malformed percent-escapes a 400. Paths are resolved inside `app` only (no `..`); everything else
 * is a 404. Every response carries `X-Content-Type-Options: nosniff` and the explorer's
 * Content-Security-Policy.
 */
export async function serveViewer(app: string, table: { name: string; bytes: Uint8Array } | undefined, port: number): Promise<Served> {
  const root = normalize(app + sep);
  let hosts = new Set<string>();
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !hosts.has(host)) {
      refuse(response, 421, `misdirected request: fengong view answers only for ${[...hosts].join(' and ')}`);
      return;
    }
    const path = requestPath(request.url);
    if (path === undefined) {
      refuse(response, 400, 'bad request: malformed percent-escape in the URL');
      return;
    }
    if (table !== undefined && path === `/${TABLE_PATH}${table.name}`) {
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(table.bytes);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      refuse(response, 403, 'forbidden: outside the explorer');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      refuse(response, 404, 'not found');
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
  hosts = allowedHosts(actual);
  return { url: viewerUrl(actual, table?.name), close: () => server.close() };
}
