// Starts `fengong view` as a process and waits for the address it prints, for the CLI and the
// packed-package tests.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface Viewing {
  /** The address `fengong view` printed (with `?src=` when a file was given). */
  url: string;
  /** Sends SIGTERM (to the process group when started detached); resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Runs `command args` (a `fengong view … --no-open`); rejects with its output if it exits before
 * printing an address. With `detached: true` the command leads a process group of its own and
 * `stop` signals the whole group: `npx fengong` runs the bin under `sh -c`, which does not pass a
 * SIGTERM on (a terminal's Ctrl-C reaches the whole group the same way).
 */
export function startView(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<Viewing> {
  const child = spawn(command, args, options);
  const signal = (): void => {
    if (options.detached === true && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    else child.kill('SIGTERM');
  };
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/\S*)/u.exec(out)?.[1];
      if (url !== undefined) {
        resolve({
          url,
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              signal();
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`fengong view exited ${code}: ${out}${err}`)));
  });
}
