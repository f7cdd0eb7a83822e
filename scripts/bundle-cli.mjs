// Bundles the CLI into packages/cli/bundle/ for the packed @fengong/cli (issue 17): bin/fengong.js
// runs bundle/main.js when it is there, so an installed `fengong` loads a few chunks instead of
// about 120 library files. Run by the CLI's `prepack`; `postpack` removes it (`--clean`), so the
// repository never runs a stale bundle.
//
// - Input: the tsc output (dist/main.js, which imports @fengong/core's dist), built first.
// - Code-split along the dynamic imports: one chunk per command and per file reader, so a command
//   loads what it loaded before, now in fewer files.
// - The library and the pure-JS dependencies are inlined; heavy, native or rarely used ones are
//   left as imports (EXTERNAL) and resolve from the installed package: each must be a dependency of
//   @fengong/cli itself (checked below), so that strict installs (pnpm) find them too.
// - Beside it: bundled-plan.json (the bundled plan parsed and normalised, src/bundled-plan.ts) and
//   THIRD-PARTY-LICENSES.md, the licences of the inlined packages.
import { execFileSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'packages/cli');
export const BUNDLE_DIR = join(cli, 'bundle');

/** Imports left out of the bundle: pdf.js (large, with CMaps and fonts read from its folder), resvg (native), the report's Plot and linkedom and the workbook writer (large, loaded on use). */
export const EXTERNAL = ['pdfjs-dist', '@resvg/resvg-js', '@observablehq/plot', 'linkedom', 'write-excel-file'];

const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);

/** The package folder (name, version, licence, author) holding a module that went into the bundle, or undefined for the workspace's own. */
function inlinedPackage(id) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at === -1) return undefined;
  const rest = id.slice(at + 14).split(sep);
  const dir = id.slice(0, at + 14) + rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join(sep);
  const { name, version, license, author } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { dir, name, version, license, author };
}

/** The licence texts of the inlined packages, one section each. */
function licences(packages) {
  const sections = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ dir, name, version, license, author }) => {
      if (license === undefined) throw new Error(`bundle-cli: ${name}@${version} is inlined but declares no licence`);
      // LICENSE, NOTICE and third-party licence files at the package's top (opencc-js's dictionaries are Apache-2.0 data).
      const files = readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice|third[-_]party[-_]licen[cs]es)(\.|$)/iu.test(f)).sort();
      const texts = files.length === 0 ? [`${license}: the package ships no licence file (author: ${author?.name ?? author ?? 'not given'}).`] : files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
      return `## ${name} ${version} (${license})\n\n${texts.map((t) => `\`\`\`\`\n${t}\n\`\`\`\`\n`).join('\n')}`;
    });
  return `# Third-party licences\n\nbundle/ inlines these packages (scripts/bundle-cli.mjs); their licences follow.\n\n${sections.join('\n')}`;
}

/** Builds the bundle, the read-ahead plan and the licences; returns the bundle's file names. */
export async function bundleCli() {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/core', 'packages/cli'], { cwd: root, stdio: 'inherit' });
  // rolldown is the CLI's dev dependency: resolve it from there.
  const { rolldown } = await import(pathToFileURL(createRequire(join(cli, 'package.json')).resolve('rolldown')).href);
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const external = (id) => EXTERNAL.includes(packageOf(id));
  const build = await rolldown({ input: { main: join(cli, 'dist/main.js') }, cwd: cli, platform: 'node', external, logLevel: 'warn' });
  const { output } = await build.write({ dir: BUNDLE_DIR, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  await build.close();

  const { dependencies } = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));
  const packages = new Map();
  for (const chunk of output.filter((o) => o.type === 'chunk')) {
    for (const specifier of [...chunk.imports, ...chunk.dynamicImports].filter((s) => !s.startsWith('./') && !s.endsWith('.js') && !isBuiltin(s))) {
      if (!(packageOf(specifier) in dependencies)) throw new Error(`bundle-cli: ${chunk.fileName} imports ${specifier}, which is not a dependency of @fengong/cli`);
    }
    for (const id of chunk.moduleIds) {
      if (id.includes(root) && !id.includes(`${sep}node_modules${sep}`) && !id.startsWith(join(root, 'packages', 'cli', 'dist')) && !id.startsWith(join(root, 'packages', 'core', 'dist'))) {
        throw new Error(`bundle-cli: ${chunk.fileName} holds ${id}, which is neither a built package nor a dependency`);
      }
      const p = inlinedPackage(id);
      if (p !== undefined) packages.set(p.name, p);
    }
    if (chunk.code.includes(root)) throw new Error(`bundle-cli: ${chunk.fileName} holds the workspace path ${root}`);
  }
  writeFileSync(join(BUNDLE_DIR, 'THIRD-PARTY-LICENSES.md'), licences(packages));

  // The bundled plan read ahead, by the CLI's own code (the same functions the command uses).
  const { readAheadOf, READ_AHEAD_FILE } = await import(pathToFileURL(join(cli, 'dist/bundled-plan.js')).href);
  const { defaultDataset } = await import(pathToFileURL(join(root, 'packages/core/dist/datasets/index.js')).href);
  writeFileSync(join(BUNDLE_DIR, READ_AHEAD_FILE), JSON.stringify(readAheadOf(defaultDataset)));
  return output.map((o) => o.fileName);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--clean') rmSync(BUNDLE_DIR, { recursive: true, force: true });
  else {
    try {
      const files = await bundleCli();
      console.log(`bundle-cli: ${files.length} files in ${BUNDLE_DIR}`);
    } catch (error) {
      // Never leave half a bundle behind for the bin to run.
      rmSync(BUNDLE_DIR, { recursive: true, force: true });
      throw error;
    }
  }
}
