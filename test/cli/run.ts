// Runs the built `fengong` bin as a child process, for the CLI tests.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}packages/cli/bin/fengong.js`;

/** Absolute path of a table under test/fixtures/tables/. */
export const fixture = (name: string): string => `${root}test/fixtures/tables/${name}`;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `fengong …args` from the repository root, with `input` on stdin. */
export function fengong(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Display width in terminal columns (CJK characters are two wide). */
export const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);

/** A CSV line split on commas (for lines without quoted cells). */
export const cells = (line: string | undefined): string[] => (line ?? '').split(',');
