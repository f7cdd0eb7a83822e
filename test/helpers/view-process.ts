// Starts `fengong view` as a process and waits for the address it prints, for the CLI and the
// packed-package tests.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface Viewing {
  /** The address `fengong view` printed (with `?src=` when a file was given). */
  url: string;
  /** Sends SIGTERM; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** Runs `command args` (a `fengong view … --no-open`); rejects with its output if it exits before printing an address. */
export function startView(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<Viewing> {
  const child = spawn(command, args, options);
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
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`fengong view exited ${code}: ${out}${err}`)));
  });
}
