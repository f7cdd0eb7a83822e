// `fengong view` under requests a hostile page or an odd file name makes (issue 18, items 10–11):
// the real server on an ephemeral port, asked with raw HTTP.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../packages/viz/vite.config.js';
import { startView } from '../helpers/view-process.js';
import { fixture, root } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'fengong-view-requests-'));
const app = join(dir, 'app');
const tables = join(dir, 'tables');
mkdirSync(app);
mkdirSync(tables);
writeFileSync(join(app, 'index.html'), '<!doctype html><title>explorer</title>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = readFileSync(fixture('small.txt'));

/** Starts `fengong view FILE --no-open --app <stub>`. */
const start = (file: string) => startView(process.execPath, [`${root}packages/cli/bin/fengong.js`, 'view', file, '--no-open', '--app', app], { cwd: root });

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET `path` from 127.0.0.1:`port` with the given Host header (node:http sends it as given). */
function get(port: number, path: string, host: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Writes `text` on a raw socket to 127.0.0.1:`port` and resolves with everything the server answers. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('fengong view: odd file names and malformed URLs', () => {
  it('answers a raw request for /% with 400 and goes on serving', async () => {
    const { url, stop } = await start(fixture('small.txt'));
    const port = Number(new URL(url).port);
    const answer = await raw(port, `GET /% HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /u);
    expect((await get(port, '/', `127.0.0.1:${port}`)).status).toBe(200);
    expect(await stop()).toBe(0);
  });

  it.each(['完成100%.txt', 'plan#2.txt', 'why?.txt', '50%25 done.txt'])('serves a table named %s at the address it prints', async (name) => {
    copyFileSync(fixture('small.txt'), join(tables, name));
    const { url, stop } = await start(join(tables, name));
    // What the viewer does with ?src=: a URL relative to the page, fetched as is.
    const src = new URL(url).searchParams.get('src') as string;
    const table = await fetch(new URL(src, url));
    expect(table.status).toBe(200);
    expect(Buffer.from(await table.arrayBuffer()).equals(small)).toBe(true);
    expect(decodeURIComponent(new URL(src, url).pathname)).toBe(`/__table/${name}`);
    expect(await stop()).toBe(0);
  });
});

describe('fengong view: Host header and security headers', () => {
  it('answers only for 127.0.0.1:PORT and localhost:PORT; other hosts get a one-line 421', async () => {
    const { url, stop } = await start(fixture('small.txt'));
    const port = Number(new URL(url).port);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await get(port, '/__table/small.txt', host)).status).toBe(200);
    }
    for (const host of [`attacker.example:${port}`, 'attacker.example', '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost.attacker.example:${port}`]) {
      const reply = await get(port, '/__table/small.txt', host);
      expect(reply.status).toBe(421);
      expect(reply.body).toBe(`misdirected request: fengong view answers only for 127.0.0.1:${port} and localhost:${port}\n`);
    }
    const noHost = await raw(port, 'GET /__table/small.txt HTTP/1.0\r\n\r\n');
    expect(noHost).toMatch(/^HTTP\/1\.1 421 /u);
    expect(noHost).not.toContain('交通');
    expect(await stop()).toBe(0);
  });

  it('sends nosniff and the explorer’s Content-Security-Policy on every response', async () => {
    const { url, stop } = await start(fixture('small.txt'));
    const port = Number(new URL(url).port);
    const host = `127.0.0.1:${port}`;
    const replies = await Promise.all([
      get(port, '/', host),
      get(port, '/__table/small.txt', host),
      get(port, '/no-such-file.js', host),
      get(port, '/..%2f..%2fetc%2fpasswd', host),
      get(port, '/%E0%A4%A', host),
      get(port, '/', 'attacker.example'),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 404, 403, 400, 421]);
    for (const reply of replies) {
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(await stop()).toBe(0);
  });
});
