// `fengong view`: serves an explorer build and the user's table on 127.0.0.1, run as a process.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startView } from '../helpers/view-process.js';
import { fengong, root } from './run.js';

const app = mkdtempSync(join(tmpdir(), 'fengong-view-'));
writeFileSync(join(app, 'index.html'), '<!doctype html><title>explorer</title>');
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** Starts `fengong view … --no-open --app <stub>` from the repository. */
const start = (args: string[]) => startView(process.execPath, [`${root}packages/cli/bin/fengong.js`, 'view', ...args, '--no-open', '--app', app], { cwd: root });

describe('fengong view', () => {
  it('serves the explorer and the table on 127.0.0.1, opening the app on it with ?src=', async () => {
    const { url, stop } = await start(['test/fixtures/tables/small.txt']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?src=__table%2Fsmall\.txt$/u);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>explorer</title>');
    const table = await fetch(new URL('/__table/small.txt', url));
    expect(Buffer.from(await table.arrayBuffer()).equals(readFileSync(`${root}test/fixtures/tables/small.txt`))).toBe(true);
    expect((await fetch(new URL('/../../etc/passwd', url))).status).toBe(404);
    expect((await fetch(new URL('/..%2f..%2fetc%2fpasswd', url))).status).toBe(403); // decoded to ../../etc/passwd: refused
    expect(await stop()).toBe(0);
  });

  it('exits 1 for a missing file or a missing explorer build, 2 for a bad port', () => {
    expect(fengong(['view', 'no/such/file', '--no-open', '--app', app])).toMatchObject({ code: 1, stderr: expect.stringContaining('no/such/file: cannot read') as string });
    expect(fengong(['view', '--no-open', '--app', '/nonexistent'])).toMatchObject({ code: 1, stderr: expect.stringContaining('not a built explorer') as string });
    expect(fengong(['view', '--port', 'abc']).code).toBe(2);
    const tooHigh = fengong(['view', '--port', '99999', '--no-open', '--app', app]);
    expect(tooHigh).toMatchObject({ code: 2, stderr: expect.stringContaining('expected a port number from 1 to 65535 (0 for a free one)') as string });
  });

  it('--port 0 listens on a free port', async () => {
    const { url, stop } = await start(['--port', '0']);
    expect(Number(new URL(url).port)).toBeGreaterThan(0);
    expect((await fetch(url)).status).toBe(200);
    expect(await stop()).toBe(0);
  });

  it('from the repository after install, without --app or FENGONG_VIEWER, serves the workspace build (packages/viz/dist), wherever it is run from', async () => {
    const built = `${root}packages/viz/dist/index.html`;
    expect(existsSync(built), 'packages/viz/dist is built by the install (postinstall) and by `pnpm build`').toBe(true);
    const env = { ...process.env };
    delete env.FENGONG_VIEWER;
    const { url, stop } = await startView(process.execPath, [`${root}packages/cli/bin/fengong.js`, 'view', '--no-open'], { cwd: app, env });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(readFileSync(built, 'utf8'));
    const script = /<script[^>]+src="\.?\/?([^"]+\.js)"/u.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(new URL(script ?? '', url))).status).toBe(200);
    expect(await stop()).toBe(0);
  });

  it('a port in use is one line and exit 1; a malformed URL is a 400, and the server keeps serving', async () => {
    const { url, stop } = await start([]);
    const port = new URL(url).port;
    const busy = fengong(['view', '--port', port, '--no-open', '--app', app]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toBe(`fengong: port ${port} is in use on 127.0.0.1: give another with --port, or leave --port out for a free one\n`);
    expect((await fetch(new URL('/%E0%A4%A', url))).status).toBe(400);
    expect((await fetch(url)).status).toBe(200);
    expect(await stop()).toBe(0);
  });
});
