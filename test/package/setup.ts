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
    /** A second empty project with the tarballs installed by pnpm: strict, each package sees only its own dependencies. */
    strictApp: string;
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
    project.provide('strictApp', installStrict(work, packs));
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

/**
 * Installs the tarballs with pnpm into an empty project: node_modules/.pnpm holds every package
 * apart, so @fengong/cli's bundle finds only what @fengong/cli itself depends on (pdf.js, resvg …).
 * @fengong/core is pointed at its tarball (the CLI's dependency on it names a version).
 */
function installStrict(work: string, packs: string): string {
  const app = join(work, 'strict-app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'strict-consumer', private: true, type: 'module' }, null, 2)}\n`);
  const core = join(packs, 'core.tgz');
  writeFileSync(join(app, 'pnpm-workspace.yaml'), `overrides:\n  '@fengong/core': 'file:${core}'\nignoredOptionalDependencies:\n  - '@napi-rs/canvas'\n`);
  const [cmd, pre] = pnpm();
  execFileSync(cmd, [...pre, 'add', '--prefer-offline', core, join(packs, 'cli.tgz')], { cwd: app, stdio: 'pipe' });
  return app;
}
