// bin/fengong.js runs bundle/main.js when the package carries one (an installed @fengong/cli, see
// scripts/bundle-cli.mjs) and dist/main.js otherwise (the repository, where the tests run the tsc
// build). Checked on a copy of the bin beside two stand-in entries that say which one ran.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../packages/cli/bin/fengong.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fengong-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in entry: `main(argv)` prints which entry ran and its arguments, and exits with 3. */
const entry = (name: string) => `export async function main(argv) { console.log(${JSON.stringify(name)}, argv.join(' ')); return 3; }\n`;

function run(): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'fengong.js'), 'rank', '--top', '1'], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/fengong.js', () => {
  for (const sub of ['bin', 'dist']) mkdirSync(join(dir, sub));
  copyFileSync(bin, join(dir, 'bin', 'fengong.js'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'dist', 'main.js'), entry('dist'));

  it('runs dist/main.js when there is no bundle (the repository)', () => {
    expect(run()).toEqual({ code: 3, stdout: 'dist rank --top 1\n', stderr: '' });
  });

  it('runs bundle/main.js when the package carries one (installed), passing the arguments and the exit code through', () => {
    mkdirSync(join(dir, 'bundle'));
    writeFileSync(join(dir, 'bundle', 'main.js'), entry('bundle'));
    expect(run()).toEqual({ code: 3, stdout: 'bundle rank --top 1\n', stderr: '' });
  });

  it('the repository has no bundle: the CLI tests run the tsc build', () => {
    expect(existsSync(fileURLToPath(new URL('../../packages/cli/bundle', import.meta.url)))).toBe(false);
  });
});
