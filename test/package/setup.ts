// Packs @fengong/core and @fengong/cli as they would be published and installs the tarballs with
// npm into an empty project outside the workspace, once for every test in test/package/.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import buildPackages from '../cli/build.setup.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the tarballs `core.tgz` and `cli.tgz`. */
    packs: string;
    /** The project the tarballs are installed in (package.json, node_modules, the consumer files). */
    app: string;
  }
}

/** pnpm: on PATH under `pnpm test`, else through npx at the version package.json pins. */
function pnpm(): [string, string[]] {
  if (spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0) return ['pnpm', []];
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', ['-y', packageManager]];
}

export default function setup(project: TestProject): () => void {
  buildPackages();
  const work = mkdtempSync(join(tmpdir(), 'fengong-package-'));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  try {
    const { packs, app } = packAndInstall(work);
    project.provide('packs', packs);
    project.provide('app', app);
  } catch (error) {
    cleanup();
    throw error;
  }
  return cleanup;
}

function packAndInstall(work: string): { packs: string; app: string } {
  const packs = join(work, 'packs');
  const app = join(work, 'app');
  mkdirSync(packs);
  const [cmd, pre] = pnpm();
  for (const name of ['core', 'cli']) {
    execFileSync(cmd, [...pre, 'pack', '--pack-destination', packs], { cwd: join(root, 'packages', name), stdio: 'pipe' });
  }
  for (const file of readdirSync(packs)) {
    const short = /^fengong-(core|cli)-/u.exec(file)?.[1];
    if (short !== undefined) renameSync(join(packs, file), join(packs, `${short}.tgz`));
  }
  cpSync(fileURLToPath(new URL('consumer', import.meta.url)), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  // What a new user runs. Third-party dependencies come from the registry (or npm's cache).
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(packs, 'core.tgz'), join(packs, 'cli.tgz')], {
    cwd: app,
    stdio: 'pipe',
  });
  return { packs, app };
}
