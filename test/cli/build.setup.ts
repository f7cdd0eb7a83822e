// Rebuilds core and cli before the CLI tests, so the process under test runs current code.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-b', 'packages/core', 'packages/cli'], { cwd: root, stdio: 'inherit' });
  // bin/fengong.js prefers packages/cli/bundle/, which exists only between prepack and postpack: one
  // left by an interrupted pack would be run instead of the build above.
  const bundle = `${root}packages/cli/bundle`;
  if (existsSync(bundle)) {
    console.warn(`build.setup: removing ${bundle}, left by an interrupted pack (scripts/bundle-cli.mjs --clean)`);
    rmSync(bundle, { recursive: true, force: true });
  }
}
