// What `fengong` agrees to read (issue 18, item 14): regular files and pipes only, and never more
// than the 64 MiB limit plus one byte, however much is offered.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INPUT_SIZE } from '@fengong/core';
import { afterAll, describe, expect, it } from 'vitest';
import { fengong, fixture, root } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'fengong-input-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `fengong rank -` with an endless stream of `x` on stdin; resolves with the exit, stderr and the bytes the CLI took. */
function rankEndlessStdin(): Promise<{ code: number | null; stderr: string; written: number }> {
  const child = spawn(process.execPath, [`${root}packages/cli/bin/fengong.js`, 'rank', '-'], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const chunk = Buffer.alloc(1 << 20, 'x');
  let written = 0;
  let open = true;
  child.stdin.on('error', () => (open = false));
  const pump = async (): Promise<void> => {
    // Four times the limit at most, so a CLI that reads everything before refusing still ends.
    while (open && written < 4 * MAX_INPUT_SIZE) {
      const more = child.stdin.write(chunk, (error) => {
        if (error === null || error === undefined) written += chunk.length;
      });
      if (!more) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            child.stdin.off('drain', done).off('close', done);
            resolve();
          };
          child.stdin.on('drain', done).on('close', done);
        });
      }
    }
    child.stdin.end();
  };
  void pump();
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr, written })));
}

describe('fengong reads only regular files and pipes, and no more than the limit', () => {
  it('refuses /dev/zero and a directory in one line, before reading', () => {
    // With a timeout: a CLI that reads /dev/zero never ends on its own.
    const zero = spawnSync(process.execPath, [`${root}packages/cli/bin/fengong.js`, 'rank', '/dev/zero'], { cwd: root, encoding: 'utf8', timeout: 20_000 });
    expect({ code: zero.status, stdout: zero.stdout, stderr: zero.stderr }).toEqual({ code: 1, stdout: '', stderr: 'fengong: /dev/zero: cannot read: a character device, not a regular file or a pipe\n' });
    expect(fengong(['parse', 'test/fixtures'])).toMatchObject({ code: 1, stdout: '', stderr: 'fengong: test/fixtures: cannot read: is a directory, not a table file\n' });
  });

  it('reads a named pipe (FIFO)', () => {
    const fifo = join(dir, 'table.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', fixture('small.txt'), fifo]);
    const r = fengong(['rank', fifo, '-f', 'csv']);
    writer.kill();
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n')[1]).toMatch(/^1,省交通运输厅,/u);
  });

  it('refuses a regular file past the limit by its size, without reading it', () => {
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_INPUT_SIZE + 1); // sparse: no disk used
    closeSync(fd);
    expect(fengong(['rank', big])).toMatchObject({
      code: 1,
      stderr: `fengong: ${big}: too large: ${MAX_INPUT_SIZE + 1} bytes, more than the ${MAX_INPUT_SIZE} bytes fengong reads; split the table into smaller files\n`,
    });
  });

  it('stops reading an endless stdin just past the limit and refuses it in one line', async () => {
    const { code, stderr, written } = await rankEndlessStdin();
    expect(code).toBe(1);
    expect(stderr).toBe(`fengong: <stdin>: too large: more than the ${MAX_INPUT_SIZE} bytes fengong reads; split the table into smaller files\n`);
    // What the pipe and the stream buffered beside the limit plus one byte, never the whole offer.
    expect(written).toBeLessThan(MAX_INPUT_SIZE + 16 * 2 ** 20);
  });
});
