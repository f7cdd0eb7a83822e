// Builds the explorer (packages/viz) into packages/cli/viewer, so the packed @fengong/cli carries
// the viewer `fengong view` serves. Run by the CLI's `prepack`; `postpack` removes the copy.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}packages/cli/viewer`;

if (process.argv[2] === '--clean') {
  rmSync(outDir, { recursive: true, force: true });
} else {
  await build({
    root: `${root}packages/viz`,
    configFile: `${root}packages/viz/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
