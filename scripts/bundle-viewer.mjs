// Builds the explorer (packages/viz) into packages/cli/viewer, so the packed @fengong/cli carries
// the viewer `fengong view` serves. Run by the CLI's `prepack`; `postpack` removes the copy.
// Also copies the workspace LICENSE into the package: the viewer holds pdf.js's own LICENSE files
// (which must travel with its CMaps and fonts), and pnpm adds the root LICENSE only to a package
// that has no file of that name at all.
import { copyFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}packages/cli/viewer`;

const license = `${root}packages/cli/LICENSE`;

if (process.argv[2] === '--clean') {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(license, { force: true });
} else {
  copyFileSync(`${root}LICENSE`, license);
  await build({
    root: `${root}packages/viz`,
    configFile: `${root}packages/viz/vite.config.ts`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
