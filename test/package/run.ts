// Runs commands in the installed consumer project, for the package tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` in the consumer project (or `cwd`), with its installed binaries on PATH (and `extra` in the environment). */
export function inApp(command: string, args: readonly string[], cwd = inject('app'), extra: NodeJS.ProcessEnv = {}): Run {
  const env = { ...process.env, PATH: `${join(inject('app'), 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, NO_COLOR: '1', ...extra };
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
